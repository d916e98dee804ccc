// The rolling z-score behind the dyad escalation alert.
import { describe, expect, it } from 'vitest';
import { rollingZ } from '../../src/server/escalation.ts';

const series = (values: (number | null)[]) => values.map((value, i) => ({ period: `p${i}`, value }));

describe('rollingZ', () => {
  it('scores each value against the preceding window only', () => {
    const out = rollingZ(series([0, 2, 0, 2, 0, 2, -10]), { window: 4, threshold: 2 });
    expect(out[0].z).toBeNull(); // no baseline yet
    const last = out[6];
    expect(last.baselineMean).toBe(1); // 0, 2, 0, 2
    expect(last.baselineSd).toBeCloseTo(1.155, 3);
    expect(last.z).toBeCloseTo(-9.526, 2);
    expect(last.alert).toBe('conflict');
    expect(out.slice(0, 6).every((p) => p.alert === null)).toBe(true);
  });

  it('flags cooperation surges and skips empty periods', () => {
    const out = rollingZ(series([1, 1, null, 1, 1, 9]), { window: 3, threshold: 3 });
    expect(out[2]).toMatchObject({ value: null, z: null, alert: null });
    expect(out[5]).toMatchObject({ baselineMean: 1, z: 8, alert: 'cooperation' });
  });

  it('needs minPeriods of history before alerting', () => {
    const out = rollingZ(series([0, -50]), { window: 8, threshold: 2 });
    expect(out[1].alert).toBeNull();
  });
});
