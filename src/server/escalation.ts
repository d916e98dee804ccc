// Escalation alerts for a dyad's conflict–cooperation index: a rolling z-score of each period's value
// against the mean and standard deviation of the preceding `window` periods (its own recent baseline).
//
//   z_t = (x_t − mean(x_{t−w} … x_{t−1})) / sd(x_{t−w} … x_{t−1})
//
// The sd is floored at `minSd` (default 1 Goldstein point) so a flat baseline (ten quiet weeks of the
// same value) still has a scale and a sharp move off it is flagged, while tiny wobbles around a flat line are
// not. Negative z = a move towards conflict (Goldstein falls), positive = cooperation. Periods without a
// value (the mean of an empty period) are skipped: neither scored nor part of a baseline; with the sum index
// an empty period is a value of 0 (a quiet period is information) but it is no evidence.
//
// Minimum of evidence: a period is scored only when its baseline holds at least `minPeriods` periods that had
// events (default 4, at most the window) and at least `minEvents` events in total (default 8: one event per
// period of the default 8-period window). A series where no period reaches that minimum gets the verdict
// "insufficient" (not enough data), never "calm": silence on too little data is not a sign of calm.

export const DEFAULT_MIN_PERIODS = 4;
export const DEFAULT_MIN_EVENTS = 8;

export interface SeriesPoint {
  period: string;
  value: number | null;
  /** Events in the period (evidence); when absent, a period with a value counts as one event. */
  count?: number;
}

export interface ScoredPoint {
  period: string;
  value: number | null;
  baselineMean: number | null;
  baselineSd: number | null;
  /** Events in the baseline window before this period. */
  baselineEvents: number;
  z: number | null;
  alert: 'conflict' | 'cooperation' | null;
}

export interface EscalationOptions {
  window: number;
  threshold: number;
  /** Periods with events the baseline needs before a period is scored (default 4, capped at the window). */
  minPeriods?: number;
  /** Events the baseline needs before a period is scored (default 8). */
  minEvents?: number;
  minSd?: number;
}

/** The evidence minimum actually applied for these options. */
export function evidenceMinimum(opts: EscalationOptions): { window: number; minPeriods: number; minEvents: number } {
  const window = Math.max(2, Math.floor(opts.window));
  const minPeriods = Math.max(1, Math.min(window, Math.floor(opts.minPeriods ?? DEFAULT_MIN_PERIODS)));
  const minEvents = Math.max(0, Math.floor(opts.minEvents ?? DEFAULT_MIN_EVENTS));
  return { window, minPeriods, minEvents };
}

export function rollingZ(series: SeriesPoint[], opts: EscalationOptions): ScoredPoint[] {
  const { window: w, minPeriods, minEvents } = evidenceMinimum(opts);
  const history: { value: number; count: number }[] = [];
  return series.map(({ period, value, count }) => {
    const n = count ?? (value === null ? 0 : 1);
    // the preceding w periods (empty mean-index periods hold no value and are not part of it)
    const base = history.slice(-w);
    const baselineEvents = base.reduce((a, b) => a + b.count, 0);
    const withEvents = base.filter((b) => b.count > 0).length;
    let mean: number | null = null;
    let sd: number | null = null;
    let z: number | null = null;
    if (base.length >= 2 && withEvents >= minPeriods && baselineEvents >= minEvents) {
      mean = base.reduce((a, b) => a + b.value, 0) / base.length;
      const m = mean;
      sd = Math.sqrt(base.reduce((a, b) => a + (b.value - m) ** 2, 0) / (base.length - 1));
      if (value !== null) z = (value - mean) / Math.max(sd, opts.minSd ?? 1);
    }
    if (value !== null) history.push({ value, count: n });
    const alert = z !== null && Math.abs(z) >= opts.threshold ? (z < 0 ? 'conflict' : 'cooperation') : null;
    return {
      period,
      value,
      baselineMean: mean === null ? null : round(mean),
      baselineSd: sd === null ? null : round(sd),
      baselineEvents,
      z: z === null ? null : round(z),
      alert,
    };
  });
}

export interface Verdict {
  /** alert: at least one alert; calm: scored periods and none alerted; insufficient: no period had the minimum baseline. */
  status: 'alert' | 'calm' | 'insufficient';
  /** Periods that had enough baseline to be scored. */
  scoredPeriods: number;
  periodsWithEvents: number;
  events: number;
}

/** The series' overall verdict: never "calm" unless some period was scored against a sufficient baseline. */
export function verdict(series: SeriesPoint[], scored: ScoredPoint[]): Verdict {
  const events = series.reduce((a, p) => a + (p.count ?? (p.value === null ? 0 : 1)), 0);
  const periodsWithEvents = series.filter((p) => (p.count ?? (p.value === null ? 0 : 1)) > 0).length;
  const scoredPeriods = scored.filter((p) => p.z !== null).length;
  const status = scored.some((p) => p.alert) ? 'alert' : scoredPeriods > 0 ? 'calm' : 'insufficient';
  return { status, scoredPeriods, periodsWithEvents, events };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
