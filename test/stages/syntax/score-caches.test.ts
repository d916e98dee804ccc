// The shipped model's score caches (form-only tagger scores by word form, parser block scores per word
// and buffer position, the child blocks of a greedy parse, states with one legal move left unscored) are a
// speed-up only: tags, heads and arc labels are the same as scoring every feature.
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../../../src/stages/syntax/model.ts';
import { lexical } from '../../../src/stages/syntax/lexical.ts';
import { Parser, parserInputs } from '../../../src/stages/syntax/parser.ts';
import { Tagger } from '../../../src/stages/syntax/tagger.ts';
import type { FrozenPerceptron } from '../../../src/stages/syntax/frozen.ts';
import { winkHints } from '../../../src/stages/syntax/hints.ts';

const SENTENCES = [
  'The ministry said on Tuesday that talks with the rebels had failed .',
  'Officials in the capital accused the neighbouring government of massing troops near the border .',
  'She was called on by the committee to resign , but she refused and left the country .',
  'Prices rose 3.5 % in March , the statistics office said , citing higher fuel costs .',
  'The ministry said the ministry would answer the ministry .',
  'After the vote , which the opposition had called a farce , the new mayor of the small northern town , a former teacher who says she never wanted the job , promised that the roads , the schools and the clinic would be repaired before the winter .',
];

describe('syntax score caches', () => {
  const m = bundledModel();
  const plainTagger = new Tagger(m.tagger.model, m.tagger.tagdict).withoutFormCache();
  const plainRetagger = new Tagger(m.retagger!.model, m.retagger!.tagdict).withoutFormCache();
  const plainParser = new Parser(m.parser.model, m.parser.arcLabeler, m.parser.dropped);
  plainParser.blockScores = false;

  it('tag and parse exactly as scoring every feature does', () => {
    for (const text of SENTENCES) {
      const forms = text.split(' ');
      const lx = lexical(forms, m.hints ? winkHints(forms) : undefined, m.clusters);
      const cachedFirst = m.tagger.tag(lx);
      const first = plainTagger.tag(lx);
      expect(Array.from(cachedFirst)).toEqual(Array.from(first));
      const cached = m.retagger!.tag(lx, undefined, cachedFirst);
      const plain = plainRetagger.tag(lx, undefined, first);
      expect(Array.from(cached)).toEqual(Array.from(plain));
      const { W, T } = parserInputs(lx, plain);
      expect(Array.from(m.parser.parse(W, T, forms.length))).toEqual(Array.from(plainParser.parse(W, T, forms.length)));
      expect(Array.from(m.parser.lastLabels ?? [])).toEqual(Array.from(plainParser.lastLabels ?? []));
    }
  });

  it('scores segments of features as scoring each segment alone does', () => {
    const forms = SENTENCES[1].split(' ');
    const lx = lexical(forms, m.hints ? winkHints(forms) : undefined, m.clusters);
    for (const model of [m.tagger.model, m.parser.model]) {
      // keys of the model (found) among the sentence's word and suffix hashes (mostly not)
      const keys = (model as FrozenPerceptron).keys;
      const feats = Int32Array.from([...keys.subarray(0, 7), ...lx.word, ...keys.subarray(500, 520), 12345, ...lx.suf3, ...keys.subarray(9000, 9003)]);
      const ends = Int32Array.from([7 + forms.length, 7 + forms.length + 21, feats.length]);
      const C = model.nClasses;
      const out = new Float32Array(3 * C);
      model.scoreSegments(feats, ends, 3, out);
      let from = 0;
      for (let j = 0; j < 3; j++) {
        const one = new Float32Array(C);
        model.score(feats.subarray(from), ends[j] - from, one);
        expect(Array.from(out.subarray(C * j, C * j + C))).toEqual(Array.from(one));
        if (j === 0) expect(one.some((x) => x !== 0)).toBe(true);
        from = ends[j];
      }
    }
  });
});
