// Time per pipeline component: wraps each component's process() so that what it spends, read on a clock
// given (wall-clock milliseconds, CPU seconds), is added up under its name while `timing` is set (off
// during a warm-up); the median of repeated passes. Used by the benchmark (bench.ts), the per-stage CPU
// comparison (stage-cpu.ts) and the syntax speed bench (syntax-speed.ts).
import type { Component } from '../src/pipeline/component.ts';

export interface ComponentTimes {
  /** Time spent per component name, in the clock's unit. */
  readonly stages: Record<string, number>;
  timing: boolean;
}

export function timeComponents(components: readonly Component[], clock: () => number): ComponentTimes {
  const times: ComponentTimes = { stages: {}, timing: false };
  for (const c of components) {
    const run = c.process.bind(c);
    times.stages[c.name] = 0;
    c.process = (doc) => {
      const t0 = clock();
      try {
        run(doc);
      } finally {
        if (times.timing) times.stages[c.name] += clock() - t0;
      }
    };
  }
  return times;
}

/** CPU seconds (user + system) of this process so far, as a clock. */
export function cpuClock(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** The median of a list of measurements (the upper one of an even list). */
export function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}
