// The shipped model's score caches (form-only tagger scores by word form, parser block scores per word
// and buffer position) and the states left unscored (one move allowed) are a speed-up only: tags, heads
// and arc labels are the same as scoring every feature of every state.
import { describe, expect, it } from 'vitest';
import { bundledModel } from '../../../src/stages/syntax/model.ts';
import { lexical } from '../../../src/stages/syntax/lexical.ts';
import { Parser, parserInputs } from '../../../src/stages/syntax/parser.ts';
import { Tagger } from '../../../src/stages/syntax/tagger.ts';
import { winkHints } from '../../../src/stages/syntax/hints.ts';

const SENTENCES = [
  'The ministry said on Tuesday that talks with the rebels had failed .',
  'Officials in the capital accused the neighbouring government of massing troops near the border .',
  'She was called on by the committee to resign , but she refused and left the country .',
  'Prices rose 3.5 % in March , the statistics office said , citing higher fuel costs .',
  'The ministry said the ministry would answer the ministry .',
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
      const heads = Array.from(m.parser.parse(W, T, forms.length));
      const labels = Array.from(m.parser.lastLabels ?? []);
      expect(heads).toEqual(Array.from(plainParser.parse(W, T, forms.length)));
      expect(labels).toEqual(Array.from(plainParser.lastLabels ?? []));
    }
  });
});
