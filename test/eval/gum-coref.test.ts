import { describe, expect, it } from 'vitest';
import type { Mention, MentionVia } from '../../src/doc/types.ts';
import { corefMetrics, scoreCoref } from '../../src/eval/gum-coref.ts';
import { parseGum } from '../../src/eval/gum-entities.ts';
import { conlluRow } from '../helpers/conllu-sample.ts';

// An invented document in GUM's CoNLL-U layout (not taken from the corpus): two persons, a pronoun for
// each, an intensive reflexive inside its name's mention, a clitic pronoun and an expletive "It" GUM leaves unmarked.
const row = conlluRow;
const CONLLU = [
  '# newdoc id = DOC_coref',
  '# meta::dateCreated = 2012-03-04',
  '# newpar',
  row('1', 'Lena', 'PROPN', 3, 'nsubj', 'Entity=(1-person-new-x-cf1-1-sgl'),
  row('2', 'Ostrow', 'PROPN', 1, 'flat', 'Entity=1)'),
  row('3', 'hired', 'VERB', 0, 'root'),
  row('4', 'Piet', 'PROPN', 3, 'obj', 'Entity=(2-person-new-x-cf2-1-sgl'),
  row('5', 'Kamm', 'PROPN', 4, 'flat', 'Entity=2)|SpaceAfter=No'),
  row('6', '.', 'PUNCT', 3, 'punct'),
  '',
  row('1', 'She', 'PRON', 2, 'nsubj', 'Entity=(1-person-giv-x-cf1-1-coref)'),
  row('2', 'thanked', 'VERB', 0, 'root'),
  row('3', 'him', 'PRON', 2, 'obj', 'Entity=(2-person-giv-x-cf2-1-coref)|SpaceAfter=No'),
  row('4', '.', 'PUNCT', 2, 'punct'),
  '',
  row('1', 'Kamm', 'PROPN', 3, 'nsubj', 'Entity=(2-person-giv-x-cf2-1-coref'),
  row('2', 'himself', 'PRON', 1, 'nmod:npmod', 'Entity=2)'),
  row('3', 'left', 'VERB', 0, 'root', 'SpaceAfter=No'),
  row('4', ';', 'PUNCT', 3, 'punct'),
  ['5-6', "she's", '_', '_', '_', '_', '_', '_', '_', '_'].join('\t'),
  row('5', 'she', 'PRON', 7, 'nsubj', 'Entity=(1-person-giv-x-cf1-1-coref)'),
  row('6', "'s", 'AUX', 7, 'aux'),
  row('7', 'staying', 'VERB', 3, 'parataxis', 'SpaceAfter=No'),
  row('8', '.', 'PUNCT', 3, 'punct'),
  '',
  row('1', 'It', 'PRON', 2, 'expl'),
  row('2', 'rained', 'VERB', 0, 'root', 'SpaceAfter=No'),
  row('3', '.', 'PUNCT', 2, 'punct'),
  '',
].join('\n');

const [DOC] = parseGum(CONLLU);

/** A pipeline mention of `actor` over the n-th occurrence of `text`. */
function mention(text: string, actor: string, via: MentionVia, n = 0): Mention {
  let start = -1;
  for (let k = 0; k <= n; k++) start = DOC.text.indexOf(text, start + 1);
  return { start, end: start + text.length, text, actor, confidence: 0.9, via };
}

describe('GUM coreference scorer', () => {
  it('keeps each mention’s entity id and head word', () => {
    expect(DOC.text).toBe("Lena Ostrow hired Piet Kamm. She thanked him. Kamm himself left; she's staying. It rained.");
    expect(DOC.mentions.map((m) => [m.text, m.entity])).toEqual([
      ['Lena Ostrow', '1'],
      ['Piet Kamm', '2'],
      ['She', '1'],
      ['him', '2'],
      ['Kamm himself', '2'],
      ["she's", '1'],
    ]);
    const berg = DOC.mentions[4];
    expect(DOC.text.slice(berg.headStart, berg.headEnd)).toBe('Kamm');
  });

  it('counts a link right when the antecedent overlaps a mention of the pronoun’s entity', () => {
    const mentions = [
      mention('Lena Ostrow', 'person:lena', 'name'),
      mention('Piet Kamm', 'person:piet', 'name'),
      mention('She', 'person:lena', 'pronoun'), // right
      mention('him', 'person:lena', 'pronoun'), // wrong: its antecedent "She" is of the other entity
      mention('Kamm', 'person:piet', 'surname', 1),
      mention('himself', 'person:piet', 'pronoun'), // right: the reflexive takes the entity of "Kamm himself"
      mention('she', 'person:lena', 'pronoun', 0), // wrong: its gold mention is "she's", but the chain reads back to "him"
      mention('It', 'person:piet', 'pronoun'), // spurious: GUM marks no mention there
    ];
    const { pronoun, cases } = scoreCoref(DOC, mentions);
    // gold pronouns: She, him, she's (the reflexive has no mention of its own); all reachable, two missed
    expect(pronoun).toEqual({ linked: 5, right: 2, gold: 3, reachable: 3, found: 1 });
    expect(cases.map((c) => [c.text, c.verdict])).toEqual([
      ['She', 'right'],
      ['him', 'wrong'],
      ['himself', 'right'],
      ['she', 'wrong'],
      ['It', 'spurious'],
      ['him', 'miss'],
      ["she's", 'miss'],
    ]);
    const m = corefMetrics([scoreCoref(DOC, mentions)], 'A.');
    expect(m['A.pronoun.precision']).toBe(40);
    expect(m['A.pronoun.recall']).toBe(33.3);
    expect(m['A.definite.linked']).toBe(0);
  });

  it('counts a gold pronoun reachable only when a name mention of its entity comes before it', () => {
    // no pipeline mention of Piet Kamm: "him" cannot be reached; "She" can, and is missed
    const { pronoun } = scoreCoref(DOC, [mention('Lena Ostrow', 'person:lena', 'name')]);
    expect(pronoun).toEqual({ linked: 0, right: 0, gold: 3, reachable: 2, found: 0 });
  });

  it('scores a definite against the gold mention of its span', () => {
    const mentions = [mention('Piet Kamm', 'person:piet', 'name'), mention('Kamm himself', 'person:piet', 'definite')];
    const { definite } = scoreCoref(DOC, mentions);
    expect(definite).toMatchObject({ linked: 1, right: 1 });
  });
});
