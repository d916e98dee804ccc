// A watchdog for test processes: a helper thread that kills the process when its main thread has made no
// progress for a while. A test's time limit cannot stop synchronous code (vitest's timer never fires while
// the main thread loops), so a reader that loops without end used to hang CI for as long as nobody looked
// (17 minutes at 100% CPU on 2026-12-05). The main thread beats through shared memory: a timer once a second
// while the event loop turns, and every `note` (a test that runs many cases in one synchronous stretch, as
// a fuzzer does, notes each case). When the beats stop for `stallMs`, the helper thread writes one line naming the last noted test (and what the
// test noted about its current case, such as a fuzzer's seed) to stderr and kills the process, so the run
// fails at once, with the name, instead of hanging.
import { Worker } from 'node:worker_threads';

const NOTE_BYTES = 2048;

/** The helper thread's source (plain JavaScript: a worker started from a string runs as CommonJS). */
const WATCH = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const beat = new Int32Array(workerData.shared, 0, 2);
const note = new Uint8Array(workerData.shared, 8);
let last = Atomics.load(beat, 0);
let since = Date.now();
setInterval(() => {
  const now = Atomics.load(beat, 0);
  if (now !== last) { last = now; since = Date.now(); return; }
  if (Date.now() - since < workerData.stallMs) return;
  const text = new TextDecoder().decode(note.slice(0, Atomics.load(beat, 1)));
  writeSync(2, '\\nwatchdog: the test process ' + process.pid + ' made no progress for ' + Math.round((Date.now() - since) / 1000) +
    ' s (synchronous code that does not end) in: ' + (text || 'no test noted') + '; killing it so the run fails instead of hanging\\n');
  process.kill(process.pid, 'SIGKILL');
}, Math.min(1000, workerData.stallMs / 4));
`;

export interface Watchdog {
  /** The test that runs now: a beat, and the name printed if the process hangs after it. */
  test(name: string): void;
  /** The case a test of many cases runs now (a fuzzer's seed and case number): a beat, printed after the test's name. */
  note(text: string): void;
}

/** Starts the watchdog of this process (once; later calls return the same one). */
export function startWatchdog(stallMs: number): Watchdog {
  const g = globalThis as { __eventlineWatchdog?: Watchdog };
  if (g.__eventlineWatchdog) return g.__eventlineWatchdog;
  const shared = new SharedArrayBuffer(8 + NOTE_BYTES);
  const beat = new Int32Array(shared, 0, 2);
  const noteBytes = new Uint8Array(shared, 8);
  const encoder = new TextEncoder();
  setInterval(() => Atomics.add(beat, 0, 1), Math.min(1000, stallMs / 4)).unref();
  new Worker(WATCH, { eval: true, workerData: { shared, stallMs } }).unref();
  let testName = '';
  const write = (text: string) => {
    const { written } = encoder.encodeInto(text, noteBytes);
    Atomics.store(beat, 1, written);
    Atomics.add(beat, 0, 1);
  };
  const dog: Watchdog = {
    test(name) {
      testName = name;
      write(name);
    },
    note(text) {
      write(testName ? `${testName}, ${text}` : text);
    },
  };
  g.__eventlineWatchdog = dog;
  return dog;
}
