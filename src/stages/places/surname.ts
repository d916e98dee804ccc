// Place names that are a person's family name in this article. A person the article names in full
// ("Dana Lisbon", "the critic Ivo Cuban") lends that last name to the article: the name's later bare
// uses ("Lisbon told reporters") are the person, and so is the name inside the full name, even where
// the tagger called the bare name a place. A locative word before it ("in Lisbon") or a container after
// it ("Lisbon, Portugal") still makes it the place (analyze.ts asks for those).
import type { Span } from '../../doc/types.ts';
import { normName } from './normalize.ts';

/** A capitalised name word: letters, inner apostrophes or hyphens ("O'Neil", "Joo-Ho"). */
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

export interface Surnames {
  /** Whether `span` is the last word of a full name the article writes ("Cuban" of "Ivo Cuban"). */
  ends(span: Span): boolean;
  /** Whether `span` ends a full name, or is a bare use of such a last word after the full name. */
  covers(span: Span): boolean;
}

/**
 * The family names of the article's persons named in full: each person span whose text ends in two or
 * more capitalised name words gives its last word (normalised) and where that full name first ends.
 */
export function personSurnames(text: string, persons: Span[]): Surnames {
  const firstEnd = new Map<string, number>();
  const lastWords: Span[] = [];
  for (const p of persons) {
    const words = text.slice(p.start, p.end).split(/\s+/);
    if (words.length < 2) continue;
    const last = words[words.length - 1];
    if (!NAME_WORD.test(last) || !NAME_WORD.test(words[words.length - 2])) continue;
    const key = normName(last);
    const seen = firstEnd.get(key);
    if (seen === undefined || p.end < seen) firstEnd.set(key, p.end);
    lastWords.push({ start: p.end - last.length, end: p.end });
  }
  const ends = (span: Span) => lastWords.some((w) => w.start === span.start && w.end === span.end);
  return {
    ends,
    covers(span) {
      if (ends(span)) return true;
      const end = firstEnd.get(normName(text.slice(span.start, span.end)));
      return end !== undefined && end <= span.start;
    },
  };
}
