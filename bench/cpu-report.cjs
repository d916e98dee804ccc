// Preloaded (`node -r bench/cpu-report.cjs …`) into a process the benchmark times as a whole: at exit it
// writes the process's CPU seconds (user + system, all threads) and peak RSS to $BENCH_CPU_FILE, and, where
// /proc gives each thread's times (Linux), the main thread's share: the rest is V8's helper threads
// (optimising compiler, garbage collector), which the process's CPU seconds include.
const { readFileSync, writeFileSync } = require('node:fs');

/** CPU seconds of the main thread (its task id is the process id), or null where /proc is not there. */
function mainThreadSeconds() {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime, stime in clock ticks (100 a second on Linux)
  } catch {
    return null;
  }
}

process.on('exit', () => {
  const r = process.resourceUsage();
  const file = process.env.BENCH_CPU_FILE;
  const main = mainThreadSeconds();
  if (file) {
    writeFileSync(file, JSON.stringify({ cpuSeconds: (r.userCPUTime + r.systemCPUTime) / 1e6, peakRssMb: r.maxRSS / 1024, mainThreadCpuSeconds: main }));
  }
});
