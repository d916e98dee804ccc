// Word clusters at run time: the lower-cased word form → its fine and coarse cluster (built by
// clusters-build.ts from pretrained word vectors, listed in models/word-clusters.tsv and stored in the
// syntax model file). An open-addressing table of [word hash, packed ids] pairs: no strings kept.
import { readFileSync } from 'node:fs';
import { strHash } from './hash.ts';
import { plainQuotes } from './lexical.ts';

/** The form a cluster is looked up by: lower case, plain quotes (digits kept: vectors know years). */
export function clusterForm(form: string): string {
  return plainQuotes(form).toLowerCase();
}

export class WordClusters {
  readonly table: Int32Array;
  private readonly mask: number;
  /** Words in the table. */
  readonly size: number;

  /** `table`: interleaved [hash, (fine + 1) | (coarse + 1) << 16] slots, a power of two of them. */
  constructor(table: Int32Array) {
    this.table = table;
    this.mask = table.length / 2 - 1;
    let size = 0;
    for (let i = 0; i < table.length; i += 2) if (table[i] !== 0) size++;
    this.size = size;
  }

  static fromWords(words: readonly string[], fine: ArrayLike<number>, coarse: ArrayLike<number>): WordClusters {
    let cap = 16;
    while (cap < words.length * 2) cap *= 2;
    const table = new Int32Array(cap * 2);
    const mask = cap - 1;
    words.forEach((w, i) => {
      const h = strHash(clusterForm(w)) || 1;
      let slot = h & mask;
      while (table[slot * 2] !== 0 && table[slot * 2] !== h) slot = (slot + 1) & mask;
      if (table[slot * 2] === h) return; // two words with one hash: the more frequent (first) keeps it
      table[slot * 2] = h;
      table[slot * 2 + 1] = (fine[i] + 1) | ((coarse[i] + 1) << 16);
    });
    return new WordClusters(table);
  }

  /** Reads the TSV `clusters-build` writes: `word<TAB>fine<TAB>coarse` lines, `#` comments. */
  static fromTsv(path: string): WordClusters {
    const words: string[] = [];
    const fine: number[] = [];
    const coarse: number[] = [];
    readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
      if (!line || line.startsWith('#')) return;
      const [w, f, c] = line.split('\t');
      const fi = Number(f), ci = Number(c);
      if (!w || !Number.isInteger(fi) || !Number.isInteger(ci) || fi < 0 || ci < 0) throw new Error(`${path}:${i + 1}: expected word<TAB>fine cluster<TAB>coarse cluster`);
      words.push(w);
      fine.push(fi);
      coarse.push(ci);
    });
    return WordClusters.fromWords(words, fine, coarse);
  }

  /** Packed ids of a word's cluster form ((fine + 1) | (coarse + 1) << 16), 0 for a word without one. */
  lookup(form: string): number {
    const h = strHash(clusterForm(form)) || 1;
    const t = this.table;
    let slot = h & this.mask;
    for (;;) {
      const k = t[slot * 2];
      if (k === h) return t[slot * 2 + 1];
      if (k === 0) return 0;
      slot = (slot + 1) & this.mask;
    }
  }
}
