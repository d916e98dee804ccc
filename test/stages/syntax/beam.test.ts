// The parser's beam search (parser.ts, beamParse): width 1 is the greedy parse, every width returns a
// projective tree over all the words, and global training (max-violation structured perceptron) learns.
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../../../src/stages/syntax/model.ts';
import { lexical } from '../../../src/stages/syntax/lexical.ts';
import { Parser, parserInputs } from '../../../src/stages/syntax/parser.ts';
import { ArcLabeler } from '../../../src/stages/syntax/arc-labeler.ts';
import { winkHints } from '../../../src/stages/syntax/hints.ts';
import { UPOS_ID } from '../../../src/stages/syntax/tagger.ts';

const SENTENCES = [
  'The ministry said on Tuesday that talks with the rebels had failed .',
  'Officials in the capital accused the neighbouring government of massing troops near the border .',
  'She was called on by the committee to resign , but she refused and left the country .',
  'Prices rose 3.5 % in March , the statistics office said , citing higher fuel costs .',
  'Stop .',
  'A retired judge says the mayor and the city council should quickly agree on a budget before the storm season , which starts in June , and that any delay would hurt the poorest districts first .',
];

/** Heads (n = ROOT) form a tree: every word reaches ROOT without a cycle, and no two arcs cross. */
function isProjectiveTree(heads: ArrayLike<number>, n: number): boolean {
  for (let i = 0; i < n; i++) {
    let x = i;
    for (let steps = 0; x !== n; steps++) {
      if (steps > n || heads[x] < 0 || heads[x] > n) return false;
      x = heads[x];
    }
  }
  for (let i = 0; i < n; i++) {
    const [a, b] = [Math.min(i, heads[i]), Math.max(i, heads[i])];
    for (let j = 0; j < n; j++) {
      const [c, d] = [Math.min(j, heads[j]), Math.max(j, heads[j])];
      if (a < c && c < b && b < d) return false;
    }
  }
  return true;
}

describe('beam search', () => {
  const m = bundledModel();
  const inputs = (text: string) => {
    const forms = text.split(' ');
    const lx = lexical(forms, m.hints ? winkHints(forms) : undefined, m.clusters);
    return { n: forms.length, ...parserInputs(lx, m.retagger!.tag(lx, undefined, m.tagger.tag(lx))) };
  };

  it('of width 1 makes the greedy parse, heads and arc labels', () => {
    for (const text of SENTENCES) {
      const { W, T, C, n } = inputs(text);
      const greedy = Array.from(m.parser.parse(W, T, n, undefined, true, C));
      const greedyLabels = Array.from(m.parser.lastLabels!);
      expect(Array.from(m.parser.beamParse(W, T, n, 1, C))).toEqual(greedy);
      expect(Array.from(m.parser.lastLabels!)).toEqual(greedyLabels);
    }
  });

  it('returns a projective tree with a label on every arc at every width', () => {
    for (const width of [2, 4, 8, 32]) {
      for (const text of SENTENCES) {
        const { W, T, C, n } = inputs(text);
        const heads = m.parser.beamParse(W, T, n, width, C);
        expect(isProjectiveTree(heads, n)).toBe(true);
        expect(Array.from(m.parser.lastLabels!.subarray(0, n)).every((l) => l > 0)).toBe(true);
      }
    }
  });

  it('with a margin keeps the best state and still returns a projective tree', () => {
    const narrow = new Parser(m.parser.model, m.parser.arcLabeler, m.parser.dropped, 8);
    narrow.beamMargin = 0;
    for (const text of SENTENCES) {
      const { W, T, C, n } = inputs(text);
      expect(isProjectiveTree(narrow.parse(W, T, n, undefined, true, C), n)).toBe(true);
    }
  });

  it('trained globally, learns trees that the greedy parse of an untrained model gets wrong', () => {
    const labels = ['nsubj', 'obj', 'det', 'root', 'punct', 'obl', 'case'];
    const id = (l: string) => labels.indexOf(l);
    // [text, tags, heads (1-based, 0 root), labels]
    const gold: [string, string, number[], string[]][] = [
      ['the board fired the manager .', 'DET NOUN VERB DET NOUN PUNCT', [2, 3, 0, 5, 3, 3], ['det', 'nsubj', 'root', 'det', 'obj', 'punct']],
      ['a court jailed the driver in May .', 'DET NOUN VERB DET NOUN ADP PROPN PUNCT', [2, 3, 0, 5, 3, 7, 3, 3], ['det', 'nsubj', 'root', 'det', 'obj', 'case', 'obl', 'punct']],
      ['police arrested him .', 'NOUN VERB PRON PUNCT', [2, 0, 2, 2], ['nsubj', 'root', 'obj', 'punct']],
    ];
    const items = gold.map(([text, tags, heads, labs]) => {
      const forms = text.split(' ');
      const n = forms.length;
      const { W, T } = parserInputs(lexical(forms), Uint8Array.from(tags.split(' ').map((t) => UPOS_ID.get(t)!)));
      return { W, T, n, heads: Int32Array.from(heads, (h) => (h === 0 ? n : h - 1)), labels: Int32Array.from(labs, id) };
    });
    const parser = new Parser(undefined, new ArcLabeler(labels, undefined, new Map()), [], 4);
    const right = () => items.every((it) => Array.from(parser.parse(it.W, it.T, it.n)).join() === Array.from(it.heads).join());
    expect(right()).toBe(false);
    for (let epoch = 0; epoch < 10; epoch++) for (const it of items) parser.parse(it.W, it.T, it.n, it.heads, true, undefined, it.labels);
    expect(right()).toBe(true);
    for (const it of items) {
      parser.parse(it.W, it.T, it.n);
      expect(Array.from(parser.lastLabels!.subarray(0, it.n)).map((l) => labels[l - 1])).toEqual(Array.from(it.labels, (l) => labels[l]));
    }
  });
});
