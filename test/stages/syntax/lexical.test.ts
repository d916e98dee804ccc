// The per-token lexical values: each form's hashes are computed once and read again from the form table,
// the same values as computed afresh, and a model with other word clusters gets its own clusters.
import { describe, expect, it } from 'vitest';
import { lexical, normalForm } from '../../../src/stages/syntax/lexical.ts';
import { rangeHash, strHash } from '../../../src/stages/syntax/hash.ts';
import { WordClusters } from '../../../src/stages/syntax/clusters.ts';

describe('lexical', () => {
  it('gives each form its hashes wherever it occurs, as computed from the form', () => {
    const forms = ['The', 'Mayor', 'met', 'the', 'mayor', '’s', 'aide', 'in', '2024', '.', 'the'];
    const lx = lexical(forms);
    forms.forEach((f, i) => {
      const w = normalForm(f);
      expect(lx.word[i]).toBe(rangeHash(w, 0, w.length));
      expect(lx.form[i]).toBe(strHash(f));
      expect(lx.suf3[i]).toBe(rangeHash(w, w.length - 3, w.length));
      expect(lx.pre2[i]).toBe(rangeHash(w, 0, Math.min(2, w.length)));
    });
    // a repeated form reads the same values; forms that differ in case share the word, not the form
    expect(lx.form[3]).toBe(lx.form[10]);
    expect(lx.word[0]).toBe(lx.word[3]);
    expect(lx.form[0]).not.toBe(lx.form[3]);
    expect(lx.shape[1]).not.toBe(lx.shape[4]);
    // another sentence with the same words, read from the table, gives the same values
    const again = lexical(['mayor', 'The', '2024']);
    expect([again.word[0], again.shape[0], again.suf4[0]]).toEqual([lx.word[4], lx.shape[4], lx.suf4[4]]);
    expect([again.form[1], again.word[2], again.shape[2]]).toEqual([lx.form[0], lx.word[8], lx.shape[8]]);
  });

  it('reads the clusters of the model asked for, not those of the model before', () => {
    const a = WordClusters.fromWords(['mayor'], [4], [1]);
    const b = WordClusters.fromWords(['mayor'], [9], [2]);
    const withA = lexical(['mayor', 'aide'], undefined, a);
    expect([withA.fine[0], withA.coarse[0], withA.fine[1]]).toEqual([5, 2, 0]);
    const withB = lexical(['mayor', 'aide'], undefined, b);
    expect([withB.fine[0], withB.coarse[0]]).toEqual([10, 3]);
    const without = lexical(['mayor']);
    expect([without.fine[0], without.coarse[0], without.hasClusters]).toEqual([0, 0, false]);
    expect(lexical(['mayor'], undefined, a).fine[0]).toBe(5);
  });
});
