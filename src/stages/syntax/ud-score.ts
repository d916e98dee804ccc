// UD attachment scores as the CoNLL 2018 shared task counts them: over syntactic words, punctuation
// included, relations compared without subtypes ("obl:agent" = "obl").
import type { ConlluSentence } from './conllu.ts';
import type { SyntaxModel } from './model.ts';

export interface UdScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  /** Words per second of tagging + parsing + labelling, wall clock. */
  wordsPerSecond: number;
}

export function baseRel(rel: string): string {
  const i = rel.indexOf(':');
  return i < 0 ? rel : rel.slice(0, i);
}

export function scoreUd(model: SyntaxModel, sentences: ConlluSentence[]): UdScores {
  let words = 0, upos = 0, uas = 0, las = 0, ms = 0;
  for (const s of sentences) {
    const t0 = performance.now();
    const p = model.parse(s.words.map((w) => w.form));
    ms += performance.now() - t0;
    s.words.forEach((w, i) => {
      words++;
      if (p.upos[i] === w.upos) upos++;
      if (p.heads[i] + 1 === w.head) {
        uas++;
        if (baseRel(p.deprels[i]) === baseRel(w.deprel)) las++;
      }
    });
  }
  const pct = (x: number) => Math.round((1000 * x) / Math.max(1, words)) / 10;
  return { words, upos: pct(upos), uas: pct(uas), las: pct(las), wordsPerSecond: Math.round(words / (ms / 1000)) };
}
