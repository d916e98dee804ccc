// A quantity noun opening a sentence ("Thousands of …", src/stages/tokens/initial-case.ts) heads its
// of-phrase: the party is the whole phrase, with the sector its people tell, not the bare number word.
// Full pipeline, own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();
const run = (text: string) => pipeline.run(createDoc({ date: '2022-03-10', text })).layers.events ?? [];

describe('quantity heads opening a sentence', () => {
  it('keeps the of-phrase in the party', () => {
    const [e] = run('Thousands of protesters clashed with police in Kyiv.');
    expect(e.type).toBe('ASSAULT');
    // (the group the actors stage finds in the of-phrase, or the whole phrase; not "Thousands" alone)
    expect(e.source.text).toMatch(/protesters$/);
    expect(e.source.sector).toBe('CVL');
    const [f] = run('Dozens of students were detained by police in Minsk.');
    expect(f.type).toBe('COERCE');
    expect(f.target.text).toBe('Dozens of students');
    expect(f.target.sector).toBe('CVL');
  });
});
