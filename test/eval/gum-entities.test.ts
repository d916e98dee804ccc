import { describe, expect, it } from 'vitest';
import { parseEntityField, parseGum } from '../../src/eval/gum-entities.ts';
import { fnv1a, halves } from '../../src/eval/halves.ts';
import { halfMetrics, scoreSpans, type TypedSpan } from '../../src/eval/meantime-entities.ts';
import { conlluRow } from '../helpers/conllu-sample.ts';

// An invented two-document file in GUM's CoNLL-U layout (not taken from the corpus).
const row = conlluRow;
const CONLLU = [
  '# newdoc id = DOC_one',
  '# meta::dateCreated = 2011-04-05',
  '# newpar',
  '# sent_id = DOC_one-1',
  row('1', 'Mara', 'PROPN', 3, 'nsubj', 'Entity=(1-person-new-x-cf1-1-sgl'),
  row('2', 'Venn', 'PROPN', 1, 'flat', 'Entity=1)'),
  row('3', 'visited', 'VERB', 0, 'root'),
  row('4', 'the', 'DET', 5, 'det', 'Entity=(2-organization-new-x-cf1-2-sgl'),
  row('5', 'Bank', 'PROPN', 3, 'obj'),
  row('6', 'of', 'ADP', 7, 'case'),
  row('7', 'Lorvia', 'PROPN', 5, 'nmod', 'Entity=(3-place-new-x-cf1-1-sgl)2)|SpaceAfter=No'),
  row('8', '.', 'PUNCT', 3, 'punct'),
  '',
  '# sent_id = DOC_one-2',
  row('1', 'The', 'DET', 2, 'det', 'Entity=(4-person-new-x-cf1-1-sgl'),
  row('2', 'clerks', 'NOUN', 3, 'nsubj', 'Entity=4)'),
  ['3-4', "won't", '_', '_', '_', '_', '_', '_', '_', '_'].join('\t'),
  row('3', 'wo', 'AUX', 5, 'aux'),
  row('4', "n't", 'PART', 5, 'advmod'),
  row('5', 'wait', 'VERB', 0, 'root', 'SpaceAfter=No'),
  row('6', '.', 'PUNCT', 5, 'punct'),
  '',
  '# newdoc id = DOC_two',
  '# newpar',
  row('1', 'Tesk', 'PROPN', 0, 'root', 'Entity=(5-place-new-x-cf1-1-sgl)'),
  '',
].join('\n');

describe('GUM entity scorer', () => {
  it('reads opens and closes of the MISC Entity value', () => {
    expect(parseEntityField('(3-place-new-x-cf1-1-sgl)2)')).toEqual([{ open: { id: '3', etype: 'place', closed: true } }, { close: '2' }]);
    expect(parseEntityField('(7-person-a-b(8-abstract-c-d)')).toEqual([{ open: { id: '7', etype: 'person', closed: false } }, { open: { id: '8', etype: 'abstract', closed: true } }]);
  });

  it('rebuilds the text and keeps named person/place/organization mentions (head a proper noun)', () => {
    const [one, two] = parseGum(CONLLU);
    expect(one.id).toBe('DOC_one');
    expect(one.date).toBe('2011-04-05');
    expect(one.text).toBe("Mara Venn visited the Bank of Lorvia. The clerks won't wait.");
    expect(one.mentions.map((m) => [m.text, m.etype, m.headUpos])).toEqual([
      ['Mara Venn', 'person', 'PROPN'],
      ['Lorvia', 'place', 'PROPN'],
      ['the Bank of Lorvia', 'organization', 'PROPN'],
      ['The clerks', 'person', 'NOUN'],
    ]);
    // "The clerks" is not named: its head is a common noun.
    expect(one.gold.map((g) => [one.text.slice(g.start, g.end), g.type])).toEqual([
      ['Mara Venn', 'PERSON'],
      ['Lorvia', 'LOCATION'],
      ['the Bank of Lorvia', 'ORGANIZATION'],
    ]);
    expect(two.text).toBe('Tesk');
    expect(two.gold).toEqual([{ start: 0, end: 4, type: 'LOCATION' }]);
  });
});

describe('fixed halves', () => {
  it('splits by hash rank, balanced and independent of order', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const h1 = halves(ids);
    const h2 = halves([...ids].reverse());
    expect([...h1.values()].filter((x) => x === 'A').length).toBe(3);
    for (const id of ids) expect(h1.get(id)).toBe(h2.get(id));
    expect(fnv1a('a')).toBe(0xe40c292c);
  });

  it('scores untyped (ANY) and typed (ALL) overlap per half', () => {
    const gold: TypedSpan[] = [{ start: 0, end: 4, type: 'PERSON' }];
    const wrongType: TypedSpan[] = [{ start: 0, end: 4, type: 'ORGANIZATION' }];
    expect(scoreSpans([{ pred: wrongType, gold }])['ANY.overlap.f1']).toBe(100);
    expect(scoreSpans([{ pred: wrongType, gold }])['ALL.overlap.f1']).toBe(0);
    const m = halfMetrics([{ id: 'x', pred: gold, gold }, { id: 'y', pred: [], gold }]);
    const a = halves(['x', 'y']).get('x') === 'A' ? 'A' : 'B';
    expect(m[`${a}.ALL.overlap.f1`]).toBe(100);
    expect(m[`${a === 'A' ? 'B' : 'A'}.ALL.overlap.r`]).toBe(0);
  });
});
