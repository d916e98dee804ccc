// Word clusters: the run-time table finds a word's fine and coarse cluster whatever its case or quote
// style, has none for unknown words, reports bad lines of its file as file:line; k-means is
// deterministic and puts vectors that point the same way in one cluster.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WordClusters } from '../../../src/stages/syntax/clusters.ts';
import { buildClusters, vectorsFromWink } from '../../../src/stages/syntax/clusters-build.ts';
import { lexical } from '../../../src/stages/syntax/lexical.ts';

describe('WordClusters', () => {
  const c = WordClusters.fromWords(['the', "don't", 'kyiv'], [4, 7, 9], [0, 1, 1]);
  it('looks words up by lower-cased form with plain quotes', () => {
    expect(c.lookup('The')).toBe(5 | (1 << 16));
    expect(c.lookup('KYIV')).toBe(10 | (2 << 16));
    expect(c.lookup('don\u2019t')).toBe(8 | (2 << 16));
    expect(c.lookup('Warsaw')).toBe(0);
    expect(c.size).toBe(3);
  });
  it('fills the lexical values only for a model that reads clusters', () => {
    const lx = lexical(['The', 'Warsaw', 'kyiv'], undefined, c);
    expect(Array.from(lx.fine)).toEqual([5, 0, 10]);
    expect(Array.from(lx.coarse)).toEqual([1, 0, 2]);
    expect(lx.hasClusters).toBe(true);
    expect(lexical(['The'], undefined, null).hasClusters).toBe(false);
  });
  it('names the file and line of a bad line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-clusters-'));
    try {
      const f = join(dir, 'c.tsv');
      writeFileSync(f, '# clusters\nthe\t1\t0\nkyiv\tx\t2\n');
      expect(() => WordClusters.fromTsv(f)).toThrow(`${f}:3: expected word<TAB>fine cluster<TAB>coarse cluster`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('buildClusters', () => {
  // two families of words whose vectors point two ways, with a little noise
  const words = ['a1', 'a2', 'a3', 'b1', 'b2', 'b3', '!!'];
  const vec = (w: string, i: number) => (w.startsWith('a') ? [1, 0.1 * i, 0] : [0, 0.1 * i, 1]);
  const json = { words, dimensions: 3, vectors: Object.fromEntries(words.map((w, i) => [w, vec(w, i)])) };
  it('keeps word-like entries only, and groups vectors by direction, the same on every run', () => {
    const v = vectorsFromWink(json, 10);
    expect(v.words).toEqual(['a1', 'a2', 'a3', 'b1', 'b2', 'b3']);
    const o = { k: 2, coarse: 2, iterations: 10, seed: 7 };
    const { fine, coarse } = buildClusters(v, o);
    expect(fine[0]).toBe(fine[1]);
    expect(fine[1]).toBe(fine[2]);
    expect(fine[3]).toBe(fine[5]);
    expect(fine[0]).not.toBe(fine[3]);
    expect(coarse[0]).not.toBe(coarse[3]);
    expect(buildClusters(v, o)).toEqual({ fine, coarse });
  });
});
