// The rolling z-score behind the dyad escalation alert, its minimum of evidence and the overall verdict
// (never "calm" on sparse or zero data).
import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_EVENTS, DEFAULT_MIN_PERIODS, rollingZ, verdict } from '../../src/server/escalation.ts';

const series = (values: (number | null)[], count?: number) => values.map((value, i) => ({ period: `p${i}`, value, ...(count === undefined ? {} : { count: value === null ? 0 : count }) }));
const loose = { minPeriods: 2, minEvents: 0 };

describe('rollingZ', () => {
  it('scores each value against the preceding window only', () => {
    const out = rollingZ(series([0, 2, 0, 2, 0, 2, -10]), { window: 4, threshold: 2, ...loose });
    expect(out[0].z).toBeNull(); // no baseline yet
    const last = out[6];
    expect(last.baselineMean).toBe(1); // 0, 2, 0, 2
    expect(last.baselineSd).toBeCloseTo(1.155, 3);
    expect(last.z).toBeCloseTo(-9.526, 2);
    expect(last.alert).toBe('conflict');
    expect(out.slice(0, 6).every((p) => p.alert === null)).toBe(true);
  });

  it('flags cooperation surges and skips empty periods', () => {
    const out = rollingZ(series([1, 1, null, 1, 1, 9]), { window: 3, threshold: 3, ...loose });
    expect(out[2]).toMatchObject({ value: null, z: null, alert: null });
    expect(out[5]).toMatchObject({ baselineMean: 1, z: 8, alert: 'cooperation' });
  });

  it('needs minPeriods of history before alerting', () => {
    const out = rollingZ(series([0, -50]), { window: 8, threshold: 2, ...loose });
    expect(out[1].alert).toBeNull();
  });
});

describe('minimum of evidence', () => {
  it('defaults: 4 periods with events and 8 events in the baseline', () => {
    expect([DEFAULT_MIN_PERIODS, DEFAULT_MIN_EVENTS]).toEqual([4, 8]);
    // eight quiet periods with one event each, then a sharp fall: just enough evidence → an alert
    const enough = series([1, 1, 1, 1, 1, 1, 1, 1, -15], 1);
    const a = rollingZ(enough, { window: 8, threshold: 2 });
    expect(a[8]).toMatchObject({ baselineEvents: 8, alert: 'conflict' });
    expect(a.slice(0, 8).every((p) => p.z === null)).toBe(true); // 0–7 events before them: not scored
    expect(verdict(enough, a).status).toBe('alert');
  });

  it('a period with events but a thin baseline is not scored: seven events are not enough', () => {
    const thin = series([1, 1, 1, 1, 1, 1, 1, -15], 1);
    const out = rollingZ(thin, { window: 8, threshold: 2 });
    expect(out.every((p) => p.z === null && p.alert === null)).toBe(true);
    expect(verdict(thin, out)).toEqual({ status: 'insufficient', scoredPeriods: 0, periodsWithEvents: 8, events: 8 });
  });

  it('many events in too few periods are not a baseline (minPeriods)', () => {
    const bursty = [
      { period: 'w1', value: 5, count: 20 }, { period: 'w2', value: 0, count: 0 }, { period: 'w3', value: 0, count: 0 },
      { period: 'w4', value: 4, count: 20 }, { period: 'w5', value: -30, count: 3 },
    ];
    const out = rollingZ(bursty, { window: 8, threshold: 2 });
    expect(out[4]).toMatchObject({ baselineEvents: 40, z: null, alert: null });
    expect(verdict(bursty, out).status).toBe('insufficient');
    const tuned = rollingZ(bursty, { window: 8, threshold: 2, minPeriods: 2 });
    expect(tuned[4].alert).toBe('conflict'); // tunable
  });

  it('sparse data: one period of events gives "insufficient", never "calm"', () => {
    const one = series([2], 1);
    const out = rollingZ(one, { window: 8, threshold: 2 });
    expect(verdict(one, out)).toEqual({ status: 'insufficient', scoredPeriods: 0, periodsWithEvents: 1, events: 1 });
  });

  it('zero data: no periods at all gives "insufficient"', () => {
    expect(verdict([], rollingZ([], { window: 8, threshold: 2 }))).toEqual({ status: 'insufficient', scoredPeriods: 0, periodsWithEvents: 0, events: 0 });
    const empty = series([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0); // sum index over empty periods
    expect(verdict(empty, rollingZ(empty, { window: 8, threshold: 2 })).status).toBe('insufficient');
  });

  it('calm only once a period was scored against a sufficient baseline', () => {
    const steady = series([1, 2, 1, 2, 1, 2, 1, 2, 1, 2], 2);
    const out = rollingZ(steady, { window: 8, threshold: 2 });
    expect(out.filter((p) => p.z !== null).map((p) => p.period)).toEqual(['p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
    expect(verdict(steady, out)).toMatchObject({ status: 'calm', scoredPeriods: 6 });
  });
});
