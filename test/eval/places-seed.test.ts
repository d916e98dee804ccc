import { describe, expect, it } from 'vitest';
import { seedCase, runSeed } from '../helpers/seed.ts';
import { placesPipeline } from '../stages/places/pipeline.ts';
import { scoreSeedPlaces } from '../../src/eval/seed/places.ts';

describe.skipIf(!seedCase)('seed gold: places', () => {
  it('finds every gold place with its country, the border description as a point near the border', () => {
    const doc = runSeed(placesPipeline());
    const r = scoreSeedPlaces(doc, seedCase!.gold);
    expect(r.notes).toEqual([]);
    expect(r.metrics.recall).toBe(1);
    expect(r.metrics.border_points_ok).toBe(1);
  });
});
