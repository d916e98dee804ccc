// Preloaded (`node -r bench/cpu-report.cjs …`) into a process the benchmark times as a whole: at exit it
// writes the process's CPU seconds (user + system, all threads) and peak RSS to $BENCH_CPU_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const r = process.resourceUsage();
  const file = process.env.BENCH_CPU_FILE;
  if (file) writeFileSync(file, JSON.stringify({ cpuSeconds: (r.userCPUTime + r.systemCPUTime) / 1e6, peakRssMb: r.maxRSS / 1024 }));
});
