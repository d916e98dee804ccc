// UD attachment scores as the CoNLL 2018 shared task counts them: over syntactic words, punctuation
// included, relations compared without subtypes ("obl:agent" = "obl").
import type { ConlluSentence } from './conllu.ts';
import type { SentenceParse, SyntaxModel } from './model.ts';

export interface UdScores {
  words: number;
  upos: number;
  uas: number;
  las: number;
  /** Words per CPU-second of this process for tagging + parsing + labelling (steady under other load). */
  wordsPerSecond: number;
}

export function baseRel(rel: string): string {
  const i = rel.indexOf(':');
  return i < 0 ? rel : rel.slice(0, i);
}

export function scoreUd(model: SyntaxModel, sentences: ConlluSentence[]): UdScores {
  let words = 0, upos = 0, uas = 0, las = 0;
  const parses: SentenceParse[] = [];
  const cpu0 = process.cpuUsage();
  for (const s of sentences) parses.push(model.parse(s.words.map((w) => w.form)));
  const cpu = process.cpuUsage(cpu0);
  const ms = (cpu.user + cpu.system) / 1000;
  sentences.forEach((s, k) => {
    const p = parses[k];
    s.words.forEach((w, i) => {
      words++;
      if (p.upos[i] === w.upos) upos++;
      if (p.heads[i] + 1 === w.head) {
        uas++;
        if (baseRel(p.deprels[i]) === baseRel(w.deprel)) las++;
      }
    });
  });
  const pct = (x: number) => Math.round((1000 * x) / Math.max(1, words)) / 10;
  return { words, upos: pct(upos), uas: pct(uas), las: pct(las), wordsPerSecond: Math.round(words / (ms / 1000)) };
}
