// Day names at the edge of a name: "… marched into Fallujah Wednesday" is the town and a date, not an
// organisation "Fallujah Wednesday"; "Monday Smith Street" in a dated list is the street. The tagger and
// the guessing rules read such a day as the name's last or first word; it is cut off (lexicon class
// edge-time-word), unless the name would be left empty.
import type { Token } from '../../doc/types.ts';
import type { Lexicon } from './registry.ts';

/** [a, b) with the day names at either edge cut off; a span that is only day names is left whole. */
export function trimTimeEdges(tokens: Token[], a: number, b: number, lex: Lexicon): [number, number] {
  let p = a;
  let q = b;
  while (q - p > 1 && lex.edgeTimeWord.has(tokens[q - 1].text)) q--;
  while (q - p > 1 && lex.edgeTimeWord.has(tokens[p].text)) p++;
  return [p, q];
}

/** Spans (the tagger's or guessed candidates) with day names cut off their edges (a new list). */
export function trimSpansTimeEdges<T extends { a: number; b: number }>(tokens: Token[], spans: T[], lex: Lexicon): T[] {
  return spans.map((x) => {
    const [a, b] = trimTimeEdges(tokens, x.a, x.b, lex);
    return a === x.a && b === x.b ? x : Object.assign({}, x, { a, b });
  });
}

/**
 * The rules' candidates with a day name cut off the start of a name that has more words after it ("Monday
 * Ridley Street" in a dated list): only when no part of the candidate (its name, title or country
 * qualifier) starts on the day, and never off a registry name.
 */
export function trimCandsTimeStart<T extends { a: number; b: number; type: string; nameA?: number; titleA?: number; qualifier?: { a: number }; alias?: { a: number } }>(tokens: Token[], cands: T[], lex: Lexicon): T[] {
  return cands.map((c) => {
    if (c.type === 'registry' || c.b - c.a < 2 || !lex.edgeTimeWord.has(tokens[c.a].text)) return c;
    if (c.nameA === c.a || c.titleA === c.a || c.qualifier?.a === c.a || c.alias?.a === c.a) return c;
    return Object.assign({}, c, { a: c.a + 1 });
  });
}
