// Escalation alerts for a dyad's conflict–cooperation index: a rolling z-score of each period's value
// against the mean and standard deviation of the preceding `window` periods (its own recent baseline).
//
//   z_t = (x_t − mean(x_{t−w} … x_{t−1})) / sd(x_{t−w} … x_{t−1})
//
// The sd is floored at `minSd` (default 1 Goldstein point) so a flat baseline (ten quiet weeks of the
// same value) still has a scale and a sharp move off it is flagged, while tiny wobbles around a flat line are
// not. A period raises an alert when |z_t| ≥ threshold and the baseline holds at least `minPeriods` values
// (default half the window). Negative z = a move towards conflict (Goldstein falls), positive = cooperation.
// Periods without a value (the mean of an empty period) are skipped: neither scored nor part of a baseline.

export interface ScoredPoint {
  period: string;
  value: number | null;
  baselineMean: number | null;
  baselineSd: number | null;
  z: number | null;
  alert: 'conflict' | 'cooperation' | null;
}

export interface EscalationOptions {
  window: number;
  threshold: number;
  minPeriods?: number;
  minSd?: number;
}

export function rollingZ(series: { period: string; value: number | null }[], opts: EscalationOptions): ScoredPoint[] {
  const w = Math.max(2, Math.floor(opts.window));
  const minPeriods = Math.max(2, Math.min(w, opts.minPeriods ?? Math.ceil(w / 2)));
  const history: number[] = [];
  return series.map(({ period, value }) => {
    const base = history.slice(-w);
    let mean: number | null = null;
    let sd: number | null = null;
    let z: number | null = null;
    if (base.length >= minPeriods) {
      mean = base.reduce((a, b) => a + b, 0) / base.length;
      const m = mean;
      sd = Math.sqrt(base.reduce((a, b) => a + (b - m) ** 2, 0) / (base.length - 1));
      if (value !== null) z = (value - mean) / Math.max(sd, opts.minSd ?? 1);
    }
    if (value !== null) history.push(value);
    const alert = z !== null && Math.abs(z) >= opts.threshold ? (z < 0 ? 'conflict' : 'cooperation') : null;
    return {
      period,
      value,
      baselineMean: mean === null ? null : round(mean),
      baselineSd: sd === null ? null : round(sd),
      z: z === null ? null : round(z),
      alert,
    };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
