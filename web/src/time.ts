// Periods on a real time axis: bucket labels (YYYY-MM-DD day or ISO-week Monday, YYYY-MM month) to UTC
// timestamps, every bucket between two labels (so gaps in time show as gaps), and the period an "auto"
// choice picks for a date span.
export type Period = 'day' | 'week' | 'month';

export function labelTime(label: string): number {
  return Date.parse(label.length === 7 ? `${label}-01T00:00:00Z` : `${label}T00:00:00Z`);
}

/** Every bucket label from `first` to `last` (inclusive), at most `max`. */
export function bucketsBetween(first: string, last: string, period: Period, max = 5000): string[] {
  const out: string[] = [];
  const d = new Date(labelTime(first));
  const end = labelTime(last);
  while (d.getTime() <= end && out.length < max) {
    out.push(period === 'month' ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10));
    if (period === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (period === 'week' ? 7 : 1));
  }
  return out;
}

/** Days per bucket, for bar widths and the "auto" choice. */
export const PERIOD_DAYS: Record<Period, number> = { day: 1, week: 7, month: 30.4 };

/** The period that gives a readable number of bars (≤ ~120) over a span of days. */
export function autoPeriod(spanDays: number): Period {
  if (spanDays <= 120) return 'day';
  if (spanDays <= 2 * 365) return 'week';
  return 'month';
}

/** ECharts time-axis label formatter for a period. */
export function axisLabel(period: Period): Record<string, unknown> {
  return period === 'month'
    ? { formatter: { year: '{yyyy}', month: '{MMM}', day: '{MMM}' }, hideOverlap: true }
    : { formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' }, hideOverlap: true };
}
