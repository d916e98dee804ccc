// The events stage on the seed article through the full default pipeline (skips when ../shared is
// absent): every required event found, precision ≥ 0.8, no must_not event, E1/E7/E8 dated right.
import { describe, expect, it } from 'vitest';
import { seedCase, runSeed } from '../../helpers/seed.ts';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { scoreSeedEvents } from '../../../src/eval/seed/events.ts';

describe.skipIf(!seedCase)('events on the seed article (full pipeline)', () => {
  const doc = seedCase ? runSeed(defaultPipeline()) : null;
  const result = seedCase && doc ? scoreSeedEvents(doc, seedCase.gold) : null;

  it('finds every required event with the right type, source and target', () => {
    expect(result!.notes!.filter((n) => n.startsWith('missed'))).toEqual([]);
    expect(result!.metrics.recall).toBe(1);
  });

  it('keeps precision at or above 0.8 and codes no must_not event', () => {
    expect(result!.metrics.precision).toBeGreaterThanOrEqual(0.8);
    expect(result!.metrics.mustNotViolations).toBe(0);
  });

  it('dates the dated required events right', () => {
    expect(result!.notes!.filter((n) => n.startsWith('date'))).toEqual([]);
    expect(result!.metrics.datesRight).toBe(1);
  });

  it('gives every event its evidence: sentence and trigger spans inside the text, a mode and a key', () => {
    for (const e of doc!.layers.events!) {
      expect(doc!.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end).toBe(true);
      expect(['asserted', 'reported', 'negated', 'hypothetical', 'future']).toContain(e.mode);
      expect(e.key).toBeTruthy();
    }
  });
});
