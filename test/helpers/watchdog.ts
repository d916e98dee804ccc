// vitest setup file: starts this test process's watchdog (watchdog-core.ts) and notes each test's name
// before it runs. EVENTLINE_TEST_STALL_MS sets how long the main thread may make no progress (default 300 s,
// longer than the suites' 180 s limit per test, which a loaded machine stretches); a test that runs many
// cases in one synchronous stretch (fast-check's fc.assert) notes each (watchedCase), which is also a beat.
import { beforeEach } from 'vitest';
import { startWatchdog } from './watchdog-core.ts';

const dog = startWatchdog(Number(process.env.EVENTLINE_TEST_STALL_MS ?? 300_000));

beforeEach((ctx) => dog.test(`${ctx.task.file?.name ?? '?'} › ${ctx.task.name}`));

/** For a test that runs many cases: notes the case (a fuzzer's seed and case number) after the test's name. */
export function noteCase(text: string): void {
  dog.note(text);
}

/** fast-check's seed for this process's fuzz tests: FUZZ_SEED replays a run (the watchdog prints it if a case hangs, fast-check if one fails). */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);

/** A property's predicate that first notes its case for the watchdog: the seed and the case's number. */
export function watchedCase<A extends unknown[], R>(predicate: (...args: A) => R): (...args: A) => R {
  let n = 0;
  return (...args) => {
    noteCase(`fast-check seed ${FUZZ_SEED} (FUZZ_SEED=${FUZZ_SEED} replays it), case ${++n}`);
    return predicate(...args);
  };
}
