// CoNLL-U reading and writing: multiword tokens and comments kept, only columns 4, 7 and 8 replaced.
import { describe, expect, it } from 'vitest';
import { parseConllu, writeConlluSentence } from '../../../src/stages/syntax/conllu.ts';
import { SAMPLE_CONLLU_LINES } from '../../helpers/conllu-sample.ts';

const SAMPLE = `${SAMPLE_CONLLU_LINES.join('\n')}\n`;

describe('CoNLL-U', () => {
  it('reads syntactic words, skipping multiword-token lines', () => {
    const [s] = parseConllu(SAMPLE);
    expect(s.words.map((w) => w.form)).toEqual(['Envoys', 'wo', "n't", 'meet', '.']);
    expect(s.words[3].head).toBe(0);
    expect(s.words[0].deprel).toBe('nsubj');
  });

  it('writes predicted UPOS, HEAD and DEPREL and leaves every other column and line as it was', () => {
    const [s] = parseConllu(SAMPLE);
    const out = writeConlluSentence(s, ['X', 'AUX', 'PART', 'VERB', 'PUNCT'], [4, 4, 4, 0, 4], ['obj', 'aux', 'advmod', 'root', 'punct']);
    const lines = out.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(SAMPLE.split('\n').slice(0, 2));
    expect(lines[3]).toBe("2-3\twon't\t_\t_\t_\t_\t_\t_\t_\t_");
    expect(lines[2].split('\t')).toEqual(['1', 'Envoys', 'envoy', 'X', 'NNS', 'Number=Plur', '4', 'obj', '4:nsubj', '_']);
    expect(out.endsWith('\n\n')).toBe(true);
  });

  it('names a malformed line', () => {
    expect(() => parseConllu('1\tonly\tthree\n')).toThrow(/3 columns/);
  });
});
