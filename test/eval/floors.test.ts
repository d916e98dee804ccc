import { describe, expect, it } from 'vitest';
import { checkFloors, loadFloors } from '../../src/eval/run.ts';
import type { EvalResult } from '../../src/eval/types.ts';

const results: EvalResult[] = [
  { set: 'seed', component: 'events', metrics: { recall: 0.75, precision: 1, mustNotViolations: 1 } },
  { set: 'plv', component: 'events', metrics: { typeF1: 0.8 } },
];

describe('eval floors (the regression guard)', () => {
  it('reports figures under their floor and over their ceiling, and ignores metrics without one', () => {
    expect(checkFloors(results, { 'seed/events/recall': 1, 'seed/events/mustNotViolations': { max: 0 }, 'plv/events/typeF1': 0.75 })).toEqual([
      'seed/events/recall: 0.750 < floor 1',
      'seed/events/mustNotViolations: 1 > ceiling 0',
    ]);
    expect(checkFloors(results, { 'nope/x/y': 1 })).toEqual([]);
  });

  it('keeps a floor for every gold set and for the seed must_not rule', () => {
    const floors = loadFloors();
    for (const set of ['seed', 'te3-platinum', 'meantime', 'tr-news', 'polnear', 'plv', 'event-sentences']) {
      expect(Object.keys(floors).some((k) => k.startsWith(`${set}/`))).toBe(true);
    }
    expect(floors['seed/events/mustNotViolations']).toEqual({ max: 0 });
  });
});
