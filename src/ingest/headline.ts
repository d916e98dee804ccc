// A title for an article that came without one (plain .txt files): its first line when that line reads as a
// headline (short, no sentence after it), else the first sentence of the lead, shortened at a word boundary.

/** Longest first line taken whole as a headline; longer ones are leads and give their first sentence. */
export const HEADLINE_MAX = 100;
const SHORT = 80;

/** The title derived from an article's text, or undefined when the text has no words. */
export function headlineOf(text: string): string | undefined {
  const line = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => /[\p{L}\p{N}]/u.test(l));
  if (!line) return undefined;
  if (line.length <= HEADLINE_MAX) return line;
  // a sentence end: . ! ? followed by a space and an upper-case letter, digit or quote (not "U.S. officials")
  const end = /[.!?]["”’)]?(?=\s+["“‘(]?[\p{Lu}\p{N}])/u.exec(line.slice(20));
  const sentence = end ? line.slice(0, 20 + end.index + 1) : line;
  if (sentence.length <= HEADLINE_MAX) return sentence;
  const cut = sentence.slice(0, SHORT + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SHORT / 2 ? cut.slice(0, space) : cut.slice(0, SHORT)).replace(/[\s,;:–—-]+$/u, '')}…`;
}
