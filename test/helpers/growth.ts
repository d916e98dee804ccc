// Load-robust complexity checks for tests: CPU time (this process) rather than wall time, and the growth of
// that time when the input grows 4× (about 4 for linear work, 16 for quadratic) rather than a fixed limit, so
// a test asserts how the code scales and not how busy the machine is. Speed figures belong to benchmarks.

/** CPU milliseconds (user + system, this process) of one call of `fn`: the least of `runs` calls. */
export function cpuMs(fn: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    fn();
    const d = process.cpuUsage(c);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

/**
 * How much the CPU time of `work(size)` grows from size n/4 to n: ~4 when linear (less with fixed costs),
 * ~16 when quadratic. Sizes too small to time (under 1 ms) count as 1 ms.
 */
export function growth(work: (size: number) => unknown, n: number, runs = 3): number {
  const small = Math.max(1, cpuMs(() => work(Math.floor(n / 4)), runs));
  const large = cpuMs(() => work(n), runs);
  return large / small;
}
