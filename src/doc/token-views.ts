// Per-document views of the tokens layer that several stages read: built once per token array on first
// use and shared (the stages only read token texts after the tokens stage made them), instead of each
// stage lower-casing or gathering the same words again for every document.
import type { Token } from './types.ts';
import { opensLower } from './letters.ts';

interface Views {
  n: number;
  lowerWords?: Set<string>;
  lowerTexts?: string[];
}

const VIEWS = new WeakMap<readonly Token[], Views>();

/** The token array last asked about and its views (a stage asks about one document many times). */
let lastTokens: readonly Token[] | null = null;
let lastViews: Views | null = null;

function viewsOf(tokens: readonly Token[]): Views {
  if (tokens === lastTokens && lastViews!.n === tokens.length) return lastViews!;
  let v = VIEWS.get(tokens);
  // (a token array that grew or shrank since is read again)
  if (!v || v.n !== tokens.length) VIEWS.set(tokens, (v = { n: tokens.length }));
  lastTokens = tokens;
  lastViews = v;
  return v;
}

/** The words the document writes in lower case: the texts of its tokens that open with a small letter. */
export function lowerCaseWords(tokens: readonly Token[]): ReadonlySet<string> {
  const v = viewsOf(tokens);
  if (!v.lowerWords) {
    const words = new Set<string>();
    for (let k = 0; k < tokens.length; k++) if (opensLower(tokens[k].text)) words.add(tokens[k].text);
    v.lowerWords = words;
  }
  return v.lowerWords;
}

/** Every token's text in lower case (`tokens[k].text.toLowerCase()`), by token index. */
export function lowerTexts(tokens: readonly Token[]): readonly string[] {
  const v = viewsOf(tokens);
  if (!v.lowerTexts) {
    const out = new Array<string>(tokens.length);
    for (let k = 0; k < tokens.length; k++) out[k] = tokens[k].text.toLowerCase();
    v.lowerTexts = out;
  }
  return v.lowerTexts;
}

