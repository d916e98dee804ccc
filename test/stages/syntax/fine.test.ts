// The fine (Penn) tag set read off training trees, the codes the parser reads, and the combined (UPOS, fine) classes of a second pass.
import { describe, expect, it } from 'vitest';
import { CompositeTags, buildFineTagSet, fineInputs } from '../../../src/stages/syntax/fine.ts';
import { UPOS, UPOS_ID } from '../../../src/stages/syntax/tagger.ts';

const u = (...tags: string[]) => Uint8Array.from(tags.map((t) => UPOS_ID.get(t)!));

describe('fine tags', () => {
  // a verb as a past form, a participle and a base form; a particle and a preposition; nouns
  const set = buildFineTagSet(
    [u('NOUN', 'VERB', 'ADP', 'NOUN'), u('AUX', 'VERB', 'ADP', 'NOUN', 'PUNCT'), u('VERB', 'NOUN', 'NOUN')],
    [['NN', 'VBD', 'RP', 'NNS'], ['VBD', 'VBN', 'IN', 'NN', '.'], ['VB', 'NN', 'NN']],
  );

  it('lists the tags each UPOS tag takes in the training trees', () => {
    expect(set.xpos).toEqual(['.', 'IN', 'NN', 'NNS', 'RP', 'VB', 'VBD', 'VBN']);
    const names = (upos: string) => set.byUpos[UPOS_ID.get(upos)!].map((x) => set.xpos[x]);
    expect(names('VERB')).toEqual(['VB', 'VBD', 'VBN']);
    expect(names('ADP')).toEqual(['IN', 'RP']);
    expect(names('PUNCT')).toEqual(['.']);
    expect(names('ADJ')).toEqual([]);
  });

  it('codes them for the parser as id + 1, ROOT last', () => {
    expect(Array.from(fineInputs(Uint8Array.from([0, 7])))).toEqual([1, 8, 99]);
  });

  it('combines each UPOS tag with its fine candidates into classes of a second pass', () => {
    const c = new CompositeTags(set);
    const pair = (k: number) => `${UPOS[c.upos[k]]}/${set.xpos[c.fine[k]]}`;
    const names = (upos: string) => Array.from(c.byUpos[UPOS_ID.get(upos)!], pair);
    expect(names('VERB')).toEqual(['VERB/VB', 'VERB/VBD', 'VERB/VBN']);
    expect(names('ADP')).toEqual(['ADP/IN', 'ADP/RP']);
    // a tag the trees never show keeps one class; every UPOS tag has at least one
    expect(c.byUpos[UPOS_ID.get('ADJ')!]).toHaveLength(1);
    // twelve tags one class each; NOUN 2, VERB 3, ADP 2, AUX 1, PUNCT 1
    expect(c.size).toBe(21);
    // a training word's class: its pair, or its tag's first class when the fine tag is no candidate
    const verb = UPOS_ID.get('VERB')!;
    expect(pair(c.classOf(verb, set.xpos.indexOf('VBN')))).toBe('VERB/VBN');
    expect(pair(c.classOf(verb, set.xpos.indexOf('NN')))).toBe('VERB/VB');
  });
});
