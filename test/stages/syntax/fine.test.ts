// The fine (Penn) tag set read off training trees, the codes the parser reads, and the refined tags of fine set 5.
import { describe, expect, it } from 'vitest';
import { buildFineTagSet, fineInputs, refineTable } from '../../../src/stages/syntax/fine.ts';
import { UPOS_ID, tagCode } from '../../../src/stages/syntax/tagger.ts';

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

  it('refines verbs, auxiliaries and particles only (set 5)', () => {
    const R = refineTable(set);
    const x = (name: string) => set.xpos.indexOf(name) + 1;
    expect(R[tagCode('VERB') * 64 + x('VBN')]).toBe(200 + set.xpos.indexOf('VBN'));
    expect(R[tagCode('VERB') * 64 + x('VBD')]).not.toBe(R[tagCode('VERB') * 64 + x('VBN')]);
    expect(R[tagCode('AUX') * 64 + x('VBD')]).toBe(R[tagCode('VERB') * 64 + x('VBD')]);
    expect(R[tagCode('ADP') * 64 + x('RP')]).toBe(200 + set.xpos.indexOf('RP'));
    expect(R[tagCode('ADP') * 64 + x('IN')]).toBe(tagCode('ADP'));
    expect(R[tagCode('NOUN') * 64 + x('NNS')]).toBe(tagCode('NOUN'));
  });
});
