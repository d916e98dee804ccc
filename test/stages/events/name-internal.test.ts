// A word inside a name of several words (match.ts insideNames) is part of the name and triggers no event:
// "the Anna & Leo Block Museum of Art" is no blocking. Full pipeline (the entities stage finds the name),
// own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();
const run = (text: string) => (pipeline.run(createDoc({ date: '2022-03-10', text })).layers.events ?? []).map((e) => `${e.type} ${e.trigger.text}`);

describe('a trigger word inside a name', () => {
  it('codes nothing for a word of a museum name', () => {
    expect(run('There is also a Polish and German exhibit at the Anna & Leo Block Museum of Art in Chicago.')).toEqual([]);
  });
  it('keeps the same word outside a name', () => {
    expect(run('Poland blocked the Russian proposal at the council on Monday.')).toEqual(['REJECT blocked']);
  });
});
