// CoNLL-U reading and writing (https://universaldependencies.org/format.html): sentences of syntactic
// words with their ten columns kept as text, so a file can be written back with only UPOS, HEAD and
// DEPREL replaced. Multiword-token lines and empty nodes are kept verbatim and skipped by the parser.
import { readFileSync } from 'node:fs';

export interface ConlluWord {
  form: string;
  lemma: string;
  upos: string;
  /** 1-based head index, 0 = root; -1 when the column is "_". */
  head: number;
  deprel: string;
  /** The line's ten columns. */
  cols: string[];
}

export interface ConlluSentence {
  /** Comment lines, multiword-token and empty-node lines, and word lines, in file order. */
  lines: string[];
  /** Index into `lines` of each syntactic word's line. */
  wordLines: number[];
  words: ConlluWord[];
}

export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { lines: [], wordLines: [], words: [] };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') {
      if (cur.lines.length) out.push(cur);
      cur = { lines: [], wordLines: [], words: [] };
      continue;
    }
    cur.lines.push(line);
    if (line.startsWith('#')) continue;
    const cols = line.split('\t');
    if (cols.length !== 10) throw new Error(`CoNLL-U line with ${cols.length} columns, expected 10: ${line.slice(0, 60)}`);
    if (!/^\d+$/.test(cols[0])) continue; // multiword token (3-4) or empty node (5.1)
    cur.wordLines.push(cur.lines.length - 1);
    cur.words.push({
      form: cols[1],
      lemma: cols[2],
      upos: cols[3],
      head: cols[6] === '_' ? -1 : Number(cols[6]),
      deprel: cols[7],
      cols,
    });
  }
  if (cur.lines.length) out.push(cur);
  return out;
}

export function readConllu(path: string): ConlluSentence[] {
  return parseConllu(readFileSync(path, 'utf8'));
}

/** The sentence's lines with columns 4, 7 and 8 of every word line replaced; everything else as read. */
export function writeConlluSentence(s: ConlluSentence, upos: string[], heads: number[], deprels: string[]): string {
  const lines = s.lines.slice();
  s.wordLines.forEach((li, i) => {
    const cols = s.words[i].cols.slice();
    cols[3] = upos[i];
    cols[6] = String(heads[i]);
    cols[7] = deprels[i];
    lines[li] = cols.join('\t');
  });
  return lines.join('\n') + '\n\n';
}
