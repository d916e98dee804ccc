// Builds a Doc with a hand-written dependency tree (rows of [word, UPOS, head (1-based, 0 = root),
// relation, optionally the lemma (else the word in lower case)]) so the tree queries can be tested without the trained model.
import type { Doc, Token } from '../../src/doc/types.ts';

export type Row = [string, string, number, string, string?];

export function docWithTree(rows: Row[]): Doc {
  const tokens: Token[] = [];
  let text = '';
  for (const [word, upos, , , lemma] of rows) {
    if (text && !/^[.,!?;:]$/.test(word)) text += ' ';
    tokens.push({ start: text.length, end: text.length + word.length, text: word, pos: upos, lemma: lemma ?? word.toLowerCase(), sentence: 0 });
    text += word;
  }
  return {
    id: 'tree-test',
    date: '2026-01-01',
    text,
    meta: {},
    messages: [],
    layers: {
      tokens,
      sentences: [{ start: 0, end: text.length }],
      syntax: { upos: rows.map((r) => r[1]), heads: rows.map((r) => r[2] - 1), deprels: rows.map((r) => r[3]) },
    },
  };
}

/** Index of the token with this text (the first one). */
export function at(doc: Doc, word: string): number {
  const i = (doc.layers.tokens ?? []).findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`no token "${word}"`);
  return i;
}

/** The text of a token index (or null for -1). */
export function word(doc: Doc, i: number): string | null {
  return i < 0 ? null : doc.layers.tokens![i].text;
}
