// A month, season or holiday word inside a time expression is no small town of that name ("the end of
// March" was March in Cambridgeshire, "in August 2003" August in California, "Spring of 1999" the Texas
// town), in ten untuned texts (thirty-seventh session, helper plc). Own invented sentences.
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, Entity } from '../../../src/doc/types.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { timeComponent } from '../../../src/stages/time/index.ts';
import { placesComponent } from '../../../src/stages/places/index.ts';

/** The places stage after the time stage, over the tokens of `text`, with `gpe` tagged GPE (as the tagger
 * does with a capitalised month now and then) and no mentions. */
function withTime(text: string, gpe: string[] = [], time = true): Doc {
  const k = bundledKnowledge();
  const doc = createDoc({ date: '2022-05-02', text });
  Object.assign(doc.layers, tokenize(text));
  doc.layers.entities = gpe.map((s): Entity => {
    const at = text.indexOf(s);
    return { start: at, end: at + s.length, text: s, label: 'GPE', actor: null };
  });
  doc.layers.mentions = [];
  if (time) timeComponent(k).process(doc);
  placesComponent(k).process(doc);
  return doc;
}
const texts = (doc: Doc) => doc.layers.places!.map((p) => p.text);

describe('places: words of a time expression', () => {
  it('reads no town in a month or season the time stage read', () => {
    const doc = withTime('The council met in Boston at the end of March 2003 and again in the Spring of 2004, before the vote of August 2004.', ['March', 'Spring', 'August']);
    expect(doc.layers.timexes!.length).toBeGreaterThan(0);
    expect(texts(doc)).toEqual(['Boston']);
  });
  it('keeps a big town a time expression holds', () => {
    const doc = withTime('The launch is set for 9 p.m. Beijing time on Monday.');
    expect(texts(doc)).toContain('Beijing');
  });
  it('reads the layer only where the time stage ran', () => {
    expect(texts(withTime('The council met at the end of March 2003.', ['March'], false))).toContain('March');
  });
});
