// A process for watchdog.test.ts: starts the watchdog (stall limit argv[2] ms), then either loops without
// end ("hang") or runs synchronous cases that note themselves for argv[3] ms and ends ("busy").
import { startWatchdog } from './watchdog-core.ts';

const [stallMs, mode, busyMs] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] ?? 0)];
const dog = startWatchdog(stallMs);
dog.test('watchdog-hang.ts › a loop');
if (mode === 'hang') {
  dog.note('case 1');
  let x = 0;
  for (;;) x = (x + 1) % 7;
} else {
  const end = Date.now() + busyMs;
  for (let n = 1; Date.now() < end; n++) {
    dog.note(`case ${n}`);
    for (let i = 0; i < 1e5; i++);
  }
  console.log('done');
}
