import { describe, expect, it } from 'vitest';
import { seedCase, runSeed } from '../helpers/seed.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { scoreSeedQuotes } from '../../src/eval/seed/quotes.ts';

describe.skipIf(!seedCase)('quotes on the seed article (full default pipeline)', () => {
  it('meets the seed goals: quotes, speakers, outlets, indirect speech, no attributed scare quotes', () => {
    const doc = runSeed(defaultPipeline());
    const r = scoreSeedQuotes(doc, seedCase!.gold);
    console.log('seed quotes:', JSON.stringify(r.metrics), r.notes);
    for (const q of doc.layers.quotes ?? []) expect(doc.text.slice(q.start, q.end)).toBe(q.text);
    expect(r.metrics.quotes_found).toBe(seedCase!.gold.quotes.length);
    expect(r.metrics.speaker_correct).toBeGreaterThanOrEqual(seedCase!.gold.quotes.length - 1);
    expect(r.metrics.outlets_found).toBe(r.metrics.outlets_gold);
    expect(r.metrics.indirect_found).toBe(seedCase!.gold.indirect_quotes.length);
    expect(r.metrics.scare_attributed).toBe(0);
  });
});
