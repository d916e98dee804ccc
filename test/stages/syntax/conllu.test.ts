// CoNLL-U reading and writing: multiword tokens and comments kept, only columns 4, 7 and 8 replaced.
import { describe, expect, it } from 'vitest';
import { parseConllu, writeConlluSentence } from '../../../src/stages/syntax/conllu.ts';

const SAMPLE = [
  '# sent_id = t1',
  '# text = Envoys won\'t meet.',
  '1\tEnvoys\tenvoy\tNOUN\tNNS\tNumber=Plur\t4\tnsubj\t4:nsubj\t_',
  '2-3\twon\'t\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\two\twill\tAUX\tMD\tVerbForm=Fin\t4\taux\t4:aux\t_',
  '3\tn\'t\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_',
  '4\tmeet\tmeet\tVERB\tVB\tVerbForm=Inf\t0\troot\t0:root\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
].join('\n');

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
