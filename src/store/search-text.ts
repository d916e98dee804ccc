// Turning a user's search text into a safe full-text query: words only (no operator injection), all
// required; text wrapped in "double quotes" searches for the exact phrase.
export interface SearchTerms {
  words: string[];
  phrase: boolean;
}

export function searchTerms(text: string): SearchTerms {
  const t = text.trim();
  const phrase = t.length > 1 && t.startsWith('"') && t.endsWith('"');
  return { words: t.match(/[\p{L}\p{N}]+/gu) ?? [], phrase };
}

/** FTS5 MATCH expression: each word as a quoted string (AND), or one quoted phrase. */
export function fts5Query({ words, phrase }: SearchTerms): string {
  return phrase ? `"${words.join(' ')}"` : words.map((w) => `"${w}"`).join(' ');
}
