// A small town's name opening an organisation's name ("Drexel University", "Maxwell School") is the
// name's own word, unless the article names that town outside such names. Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { resolveToponym } from '../../../src/stages/places/analyze.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const run = (text: string) => pipeline.run(createDoc({ date: '2023-03-02', text }));

describe('places: a small town opening an organisation name', () => {
  it('makes no place of it when the article names the town nowhere else', () => {
    const doc = run('The economist Dana Holt, who teaches at Drexel University in Philadelphia, praised the plan.');
    const ps = doc.layers.places ?? [];
    expect(ps.some((p) => p.text === 'Drexel')).toBe(false);
    expect(ps.some((p) => p.text === 'Philadelphia')).toBe(true);
    // a given span still resolves to the town
    const start = doc.text.indexOf('Drexel');
    expect(resolveToponym(doc, { start, end: start + 6 })?.country).toBe('USA');
  });
  it('keeps it when the article names the town on its own', () => {
    const ps = run('A car struck a cyclist in Glasgow on Friday. The Glasgow Police Department is asking for witnesses.').layers.places ?? [];
    expect(ps.filter((p) => p.text === 'Glasgow').length).toBe(2);
  });
});
