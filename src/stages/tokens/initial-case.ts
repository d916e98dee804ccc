// Capitalised common words at the start of a sentence, a headline line or a quotation: wink-nlp tags
// nearly every capitalised word there PROPN with its form as lemma ("Former", "Several", "Retired"), the
// syntax tagger reads that tag as a hint, and the actors stage reads the word as the first word of a name
// ("Former NATO chief" → NATO, "Retired Navy Adm. Jo Park" one organisation). Such a word,
// when its lower-cased form is in wink's lexicon (a surname wink never met stays a name), takes the tags
// and lemmas wink gives the sentence with the word in lower case, where that reading is no noun (nor a
// name), unless
// - the word is a name or person title the actor knowledge knows ("Bush", "Chief"),
// - the document writes it capitalised inside a sentence of running text ("Ann Young", "said Hope"),
// - a capitalised word the knowledge does not know follows it: the first word of a name ("Korean Air").
// A noun reading ("Guests are …") stays wink's: the events stage reads such a word as a party because it
// is tagged a name, and loses parties without it (docs/syntax.md, measured 2026-12-05). A quantity noun
// before "of" ("Thousands of workers …", "Dozens of students were …") is the exception: tagged a name it
// cut its of-phrase off, so the party was the bare number word, with no sector (docs/syntax.md).
import type { Span, Token } from '../../doc/types.ts';
import { lemmaOf, type LemmaTable } from './lemmas.ts';
import { winkKnows, winkMayBeOtherThanNoun } from './wink-model.ts';
import type winkNLP from 'wink-nlp';
import { readWink } from './wink-read.ts';

type Wink = ReturnType<typeof winkNLP>;

/** A word the knowledge reads as a name (the registry's names and surnames, given and family names, places). */
export type IsName = (word: string) => boolean;

/** Opening punctuation a sentence's first word may follow: quotes, brackets, dashes. */
const OPENING = /^[\p{Pi}\p{Ps}"'`‘“«\-–—]+$/u;
/** A capitalised word in lower case after its first letter ("Hundreds", "Cease-fire"; not "NATO", "McCain"). */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u;

/**
 * Re-tags, in place, the sentences of `tokens` that open with a capitalised common word wink tagged
 * PROPN. `isName` null: no knowledge (names are then told only by the document's own use).
 */
export function recaseInitials(nlp: Wink, text: string, tokens: Token[], sentences: Span[], table: LemmaTable | null, isName: IsName | null): void {
  if (!tokens.length) return;
  const inner = innerCapitals(tokens);
  let i = 0;
  while (i < tokens.length) {
    const s = tokens[i].sentence;
    let end = i;
    while (end < tokens.length && tokens[end].sentence === s) end++;
    let k = i;
    while (k < end && OPENING.test(tokens[k].text)) k++;
    const t = tokens[k];
    // a capitalised word after it: the word opens a name ("Korean Air") unless what follows is a name the
    // knowledge knows, which the word then modifies ("Former NATO chief", "Brave Ann Lee")
    const next = tokens[k + 1];
    const named = k + 1 < end && /^\p{Lu}/u.test(next.text) && next.text !== 'I' && !(isName && isName(next.text));
    if (k < end && !named && t.pos === 'PROPN' && CAPITALISED.test(t.text) && winkKnows(t.text.toLowerCase()) && winkMayBeOtherThanNoun(t.text.toLowerCase()) && !inner.has(t.text) && !(isName && isName(t.text))) {
      retag(nlp, text, tokens, sentences[s], i, end, k, table);
    } else if (k + 1 < end && t.pos === 'PROPN' && QUANTITY_NOUNS.has(t.text) && tokens[k + 1].text === 'of') {
      retag(nlp, text, tokens, sentences[s], i, end, k, table, true);
    }
    i = end;
  }
}

/** Plural quantity nouns that head a group named in their of-phrase ("Hundreds of farmers"). */
const QUANTITY_NOUNS = new Set(['Dozens', 'Scores', 'Hundreds', 'Thousands', 'Millions', 'Tens']);

/** Longer words a title-case headline may leave in lower case. */
const HEADLINE_LOWER = new Set(['with', 'from', 'into', 'over', 'onto', 'amid', 'than', 'upon', 'after', 'about', 'against']);

/**
 * Whether `w` may match /^\p{Ll}{4,}$/u, asked first by character code: four letters take four code units at
 * least, and the only ASCII characters of \p{Ll} are a-z.
 */
export function mayBeLower4(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length >= 4 && (c >= 128 || (c >= 97 && c <= 122));
}

/** Whether `w` may match CAPITALISED: two code units at least, and the only ASCII characters of \p{Lu} are A-Z. */
export function mayBeCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  return w.length >= 2 && (c >= 128 || (c >= 65 && c <= 90));
}

/**
 * Words the document capitalises inside a sentence of running text (not its first word, not on a title-
 * case line, which has no lower-case word of four letters or more): "Ann Young", "said Hope".
 */
function innerCapitals(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    let end = i;
    let lower = 0;
    while (end < tokens.length && tokens[end].sentence === tokens[i].sentence) {
      if (mayBeLower4(tokens[end].text) && /^\p{Ll}{4,}$/u.test(tokens[end].text) && !HEADLINE_LOWER.has(tokens[end].text)) lower++;
      end++;
    }
    if (lower >= 1) {
      let k = i;
      while (k < end && OPENING.test(tokens[k].text)) k++;
      for (let m = k + 1; m < end; m++) if (mayBeCapitalised(tokens[m].text) && CAPITALISED.test(tokens[m].text)) out.add(tokens[m].text);
    }
    i = end;
  }
  return out;
}

function retag(nlp: Wink, text: string, tokens: Token[], span: Span, a: number, b: number, k: number, table: LemmaTable | null, noun = false): void {
  const t = tokens[k];
  const first = text[t.start];
  const lowered = first.toLowerCase();
  if (lowered.length !== first.length) return;
  const body = text.slice(span.start, t.start) + lowered + text.slice(t.start + 1, span.end);
  const { values, pos, lemmas, normals, starts } = readWink(nlp, body, span.start);
  // wink's reading of each token by its offsets in `text`
  const at = new Map<number, number>();
  for (let j = 0; j < values.length; j++) at.set(starts[j], j);
  const j0 = at.get(t.start);
  if (j0 === undefined || values[j0].length !== t.end - t.start || pos[j0] === 'PROPN' || (pos[j0] === 'NOUN') !== noun) return;
  for (let m = a; m < b; m++) {
    const u = tokens[m];
    const j = at.get(u.start);
    if (j === undefined || values[j].length !== u.end - u.start || pos[j] === 'SPACE') continue;
    if (u.pos === pos[j] && m !== k) continue;
    u.pos = pos[j];
    const lower = u.text.toLowerCase();
    u.lemma = lemmaOf(table, normals[j] ?? lower, pos[j], (lemmas[j] ?? u.text).toLowerCase());
  }
}
