// Date windows split into summary-table steps (windowPieces): every day of the window counted exactly once,
// from the coarsest steps that fit.
import { describe, expect, it } from 'vitest';
import { windowPieces } from '../../src/store/aggregates.ts';
import { dekadOf, quarterOf } from '../../src/store/rollups.ts';

const labelOf = { day: (d: string) => d, dekad: dekadOf, month: (d: string) => d.slice(0, 7), quarter: quarterOf };

function days(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d.toISOString().slice(0, 10) <= to; d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
}

describe('windowPieces', () => {
  const all = days('2019-11-20', '2021-02-10');
  const levelSets: ('day' | 'dekad' | 'month' | 'quarter')[][] = [['day', 'dekad', 'month', 'quarter'], ['day', 'month']];
  it('covers every day of a window once, open ends included', () => {
    let checked = 0;
    for (const levels of levelSets) {
      for (let i = 0; i < 300; i++) {
        const a = all[(i * 7919) % all.length];
        const b = all[(i * 104729 + 13) % all.length];
        const since = i % 11 === 0 ? undefined : a < b ? a : b;
        const until = i % 13 === 0 ? undefined : a < b ? b : a;
        const pieces = windowPieces(since, until, levels)!;
        const count = (d: string) => pieces.filter((p) => {
          const l = labelOf[p.level](d);
          return (p.from === undefined || l >= p.from) && (p.to === undefined || l <= p.to);
        }).length;
        const wrong = all.filter((d) => count(d) !== ((!since || d >= since) && (!until || d <= until) ? 1 : 0));
        if (wrong.length) expect.fail(`${since}..${until}: ${wrong[0]} miscounted by ${JSON.stringify(pieces)}`);
        expect(pieces.length).toBeLessThanOrEqual(2 * levels.length - 1);
        checked++;
      }
    }
    expect(checked).toBe(600);
  });

  it('uses the coarsest steps that fit', () => {
    expect(windowPieces('2021-03-02', '2021-08-29', ['day', 'dekad', 'month', 'quarter'])).toEqual([
      { level: 'day', from: '2021-03-02', to: '2021-03-10' },
      { level: 'day', from: '2021-08-21', to: '2021-08-29' },
      { level: 'dekad', from: '2021-03-2', to: '2021-03-3' },
      { level: 'dekad', from: '2021-08-1', to: '2021-08-2' },
      { level: 'month', from: '2021-07', to: '2021-07' },
      { level: 'quarter', from: '2021-Q2', to: '2021-Q2' },
    ]);
    expect(windowPieces(undefined, undefined, ['day', 'month'])).toEqual([{ level: 'month', from: undefined, to: undefined }]);
    expect(windowPieces('2021-05-04', '2021-05-04', ['day', 'dekad', 'month', 'quarter'])).toEqual([{ level: 'day', from: '2021-05-04', to: '2021-05-04' }]);
    expect(windowPieces('2021-05-09', '2021-05-01', ['day', 'month'])).toEqual([]);
    expect(windowPieces('2021-5-9', undefined, ['day', 'month'])).toBeNull();
  });
});
