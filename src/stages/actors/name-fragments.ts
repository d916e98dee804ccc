// Capitalised runs that the rules or the tagger took for a name but that are not one:
// - a US party-and-state tag after a legislator's name ("Sen. Ana Lopes (D-Mass.)", "Rep. Tom Berg,
//   R-Tex.,"): it names the person's party, no organisation called "D-Mass";
// - a sentence's first word glued to a known person's name or to a day ("Notice Trump sniffing …",
//   "Neither Clinton nor …", "Late Sunday night …"): the opening capital made the common word look
//   like a name's first word; the person is named alone, the day is no name at all;
// - a person guessed from the later part of a capitalised hyphen-joined name ("Gundy" of "Hartsell-Gundy"):
//   the name starts on the word before the hyphen;
// - a roman numeral left alone after the name it numbers ("World War II" read as "World War" and "II");
// - a person's full name run on into "of" and the body or town the person is from ("Ana Lopes of the
//   Civic Party", "Tom Berg of Hollis"): the person is the name before "of", the rest found on its own.
import type { Token } from '../../doc/types.ts';
import { hyphenJoined } from '../../doc/doc.ts';
import { lowerCaseWords } from '../../doc/token-views.ts';
import type { Tree } from '../../doc/tree.ts';
import { nameKey } from './registry.ts';
import { COMPASS, type Cand, type Recognizer } from './recognize.ts';
import { givenNameTail } from './romanised.ts';
import { orgOrPlaceWord } from './word-class.ts';
import type { ActorIndex } from './registry.ts';

/** "D-Mass.", "R-Ky.", "D-N.Y.", "I-Vt.", "D-Newport News" before ")" or ",". */
const PARTY_TAG = /^[DRI]-(?:[A-Z]\.(?:[A-Z]\.)?|[A-Z][A-Za-z]*\.?(?: [A-Z][a-z]+)?)(?=\s*[),])/;

/** Whether a mention's words are a party-and-state tag: a parenthetical, never a pronoun's antecedent. */
export const isPartyTag = (words: string): boolean => PARTY_TAG.test(words + ')');

/** Character spans of party-and-state tags opened by "(" or "," in the text. */
function partyTags(text: string, tokens: Token[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^[DRI]\b/.test(t.text) || (tokens[k - 1].text !== '(' && tokens[k - 1].text !== ',')) continue;
    const m = PARTY_TAG.exec(text.slice(t.start, t.start + 24));
    if (m) out.push([t.start, t.start + m[0].length]);
  }
  return out;
}

/** The party a tag's letter names, by its registry name. */
const PARTY: Record<string, string> = { D: 'Democratic Party', R: 'Republican Party' };

/**
 * The candidates with each party-and-state tag read as its party ("R-AZ": the Republican Party, as an
 * organisation's mention) and the pieces found inside it dropped; an independent's tag ("I-Vt.") names
 * no party and is dropped whole.
 */
export function readPartyTags(text: string, tokens: Token[], cands: Cand[], ix: ActorIndex): Cand[] {
  const tags = partyTags(text, tokens);
  if (!tags.length) return cands;
  const out = cands.filter((c) => !tags.some(([s, e]) => tokens[c.a].start >= s && tokens[c.b - 1].end <= e));
  for (const [s, e] of tags) {
    const hits = ix.names.get(nameKey(PARTY[text[s]] ?? ''))?.filter((h) => h.label === 'ORG');
    let a = 0;
    while (tokens[a].start < s) a++;
    let b = a;
    while (b < tokens.length && tokens[b].end <= e) b++;
    if (hits?.length && b > a) out.push({ a, b, label: 'ORG', type: 'registry', hits, confidence: 0.9 });
  }
  return out.sort((x, y) => x.a - y.a || y.b - x.b);
}

/** A legal suffix ending a company's name ("Inc.", "LLC", "plc"); alone, a fragment of a name. */
export const LEGAL_SUFFIX = /^(?:Inc|Corp|Ltd|Co|LLC|plc|PLC)\.?$/;

/** I to XX: a numeral after a name ("World War II", "Pope Leo XIV"), never a name by itself. */
export const ROMAN_NUMERAL = /^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XI?V|XVI{0,3}|XI?X|XX)$/;

/** The candidates without a roman numeral guessed as a name on its own after a capitalised word. */
export function dropLoneNumerals(tokens: Token[], cands: Cand[]): Cand[] {
  return cands.filter((c) => {
    if (c.type !== 'unknown' || c.alias || c.b - c.a !== 1 || tokens[c.a].text.length < 2 || !ROMAN_NUMERAL.test(tokens[c.a].text)) return true;
    const prev = tokens[c.a - 1];
    return !(prev && prev.sentence === tokens[c.a].sentence && /^\p{Lu}\p{Ll}+$/u.test(prev.text));
  });
}

/**
 * A person guessed from the later part of a capitalised hyphen-joined name ("Freese" of "Johnson-Freese",
 * "Gundy" of "Hartsell-Gundy", "Royce Trent" of "Rolls-Royce Trent"): a name does not start inside a
 * word glued by a hyphen to a capitalised word before it. Where a person's name ends on that word, the
 * two are one family name (one guessed person); a one-word guess takes in that word; a longer guess, or
 * one after a single letter or an Arabic article ("Rock-N-Roll", "Ash-Sharq"; `articles`), is no
 * person's name of its own and is dropped.
 */
export function joinHyphenTails(tokens: Token[], cands: Cand[], articles: ReadonlySet<string>): Cand[] {
  const out = cands.slice();
  for (const c of cands) {
    if (c.type !== 'unknown' || c.alias || c.parent || (c.guess ?? c.label) !== 'PERSON' || c.a < 2) continue;
    const word = tokens[c.a - 2].text;
    if (!hyphenJoined(tokens, c.a - 2) || !/^\p{Lu}/u.test(word)) continue;
    const k = out.indexOf(c);
    const head = out.findIndex((p) => p.b === c.a - 1 && p.label === 'PERSON' && !p.alias && !p.parent);
    const conf = Math.max(head >= 0 ? out[head].confidence ?? 0.5 : 0, c.confidence ?? 0.5);
    if (head >= 0) {
      out[head] = { a: out[head].a, b: c.b, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence: conf };
      out.splice(k, 1);
    } else if (c.b - c.a > 1 || word.length === 1 || articles.has(word.toLowerCase()) || out.some((p) => p !== c && p.a <= c.a - 2 && p.b > c.a - 2)) {
      out.splice(k, 1);
    } else {
      out[k] = { ...c, a: c.a - 2, confidence: conf };
    }
  }
  return out;
}

/**
 * The candidates with a guessed person's name cut before an "of" that follows a given name and at least
 * one more capitalised word, or a family name and a hyphenated given name ("Chan Tai-man of …"); what
 * follows "of" is recognised again on its own.
 */
export function cutPersonOf(text: string, tokens: Token[], cands: Cand[], recognizer: Recognizer, ix: ActorIndex): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    const k = c.label === 'PERSON' && c.type === 'unknown' && !c.alias ? tokens.slice(c.a, c.b).findIndex((x) => x.text === 'of') + c.a : -1;
    // (a hyphenated given name of two romanised syllables after the family name counts: "Chan Tai-man of …")
    const tail = k >= c.a + 4 && givenNameTail(tokens, k - 1, ix.lexicon);
    if (k < c.a + 2 || k + 1 >= c.b || !(ix.lexicon.givenName.has(tokens[c.a].text.toLowerCase()) || tail)
      || !tokens.slice(c.a, tail ? k - 2 : k).every((x) => /^\p{Lu}/u.test(x.text))) {
      out.push(c);
      continue;
    }
    out.push(Object.assign({}, c, { b: k, nameA: c.a, guess: 'PERSON' }));
    out.push(...recognizer.sentence(text, tokens, k + 1, c.b));
  }
  return out.sort((x, y) => x.a - y.a || y.b - x.b);
}

/** Parts of speech a name's first word never has as a name's word. */
const FUNCTION_POS = new Set(['DET', 'PRON', 'ADV', 'ADJ', 'VERB', 'AUX', 'SCONJ', 'CCONJ', 'ADP', 'PART', 'INTJ']);

/**
 * The candidates with a sentence-opening common word cut off a guessed name: the rest is a registry
 * person's name (the person, recognised again alone) or a word that is never a name ("Sunday": dropped).
 * The first word is common when the parser reads it as a function word, verb, adjective or adverb, or
 * when the document also writes it in lower case; never a given name, title, organisation or place word.
 */
export function cutSentenceOpeners(tree: Tree | null, text: string, tokens: Token[], cands: Cand[], recognizer: Recognizer, ix: ActorIndex): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (c.type !== 'unknown' || c.alias || c.parent || c.b - c.a < 2 || !opensSentence(text, tokens, c.a)) {
      out.push(c);
      continue;
    }
    const lex = ix.lexicon;
    if (!commonWord(tree, tokens, c.a, ix) || recognizer.registryAt(text, tokens, c.a, c.b)) {
      out.push(c);
      continue;
    }
    const rest = recognizer.registryAt(text, tokens, c.a + 1, c.b);
    const surname = c.b - c.a === 2 && ix.surnames.has(nameKey(tokens[c.a + 1].text));
    if (surname || (rest && rest.b === c.b && rest.hits.every((h) => h.label === 'PERSON'))) {
      out.push(...recognizer.sentence(text, tokens, c.a + 1, c.b).filter((x) => x.a > c.a && x.b <= c.b));
      continue;
    }
    if (c.b - c.a === 2 && lex.notAName.has(tokens[c.a + 1].text)) continue;
    out.push(c);
  }
  return out;
}

/** Whether a word is a name's word: a given name, honorific, title, organisation, place or compass word. */
function nameWord(word: string, ix: ActorIndex): boolean {
  const lex = ix.lexicon;
  const w = word.toLowerCase();
  return lex.givenName.has(w) || lex.honorific.has(w) || lex.personTitle.has(w) || ix.titleFirst.has(w) || lex.titleWord.has(w) || orgOrPlaceWord(lex, w) || COMPASS.test(word);
}

/**
 * Whether token k, capitalised ("Asking", "Voters"), is a common word and no name's word: the parser reads
 * it as one of the word classes `pos` (by default a function word, verb, adjective or adverb), or, with
 * `lowerCase`, the document also writes it in lower case.
 */
function commonWord(tree: Tree | null, tokens: Token[], k: number, ix: ActorIndex, pos: ReadonlySet<string> = FUNCTION_POS, lowerCase = true): boolean {
  const t = tokens[k];
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || nameWord(t.text, ix)) return false;
  return pos.has(tree ? tree.upos[k] : t.pos) || (lowerCase && lowerCaseWords(tokens).has(t.text.toLowerCase()));
}

/** Parts of speech of a headline's words that never stand inside a name (adjectives do: "Civic Party"). */
const HEADLINE_CUT_POS = new Set(['PRON', 'ADV', 'VERB', 'AUX', 'SCONJ', 'CCONJ', 'ADP', 'PART', 'INTJ', 'DET']);

/**
 * The candidates of a title-case headline, whose every word is capitalised, cut at their common words
 * ("Ana Asking Panel To Review Berg": no person of that name): a guessed name (no registry name, alias
 * or parent body) that holds a common word is split there, and each run of the other words is
 * recognised again on its own (a registry name in it, "Berg", is found; the rest is left to the later
 * tests of names on a headline). A guessed organisation with no registry name in its runs stays whole
 * (a body may be named with common words). `headline(k)` tells whether token k lies on such a line.
 */
export function cutHeadlineRuns(tree: Tree | null, text: string, tokens: Token[], cands: Cand[], recognizer: Recognizer, ix: ActorIndex, headline: (k: number) => boolean): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if ((c.type !== 'unknown' && c.type !== 'person') || c.hits?.length || c.alias || c.parent || c.b - c.a < 2 || !headline(c.a)) {
      out.push(c);
      continue;
    }
    // a run ending in an organisation word is a body's name, its adjectives and nouns its own ("Civil
    // Aviation Authority"): cut there only at a verb or function word ("Says Tribal Museum")
    const body = ix.lexicon.orgWord.has(tokens[c.b - 1].text.toLowerCase());
    const cut = (k: number) => {
      const w = tokens[k].text;
      // a small word the headline leaves in lower case ("for"), not one inside a body's name ("of", "de")
      if (/^\p{Ll}+$/u.test(w)) return w !== 'of' && !ix.lexicon.nameParticle.has(w) && HEADLINE_CUT_POS.has(tree ? tree.upos[k] : tokens[k].pos);
      return commonWord(tree, tokens, k, ix, HEADLINE_CUT_POS, !body);
    };
    const cuts: number[] = [];
    for (let k = c.a; k < c.b; k++) if (cut(k)) cuts.push(k);
    if (!cuts.length) {
      out.push(c);
      continue;
    }
    const parts: Cand[] = [];
    let a = c.a;
    for (const k of [...cuts, c.b]) {
      if (k > a) parts.push(...recognizer.sentence(text, tokens, a, k).filter((x) => x.a >= a && x.b <= k));
      a = k + 1;
    }
    // an organisation's name of common words stays whole ("Open Door Support Network") unless a registry
    // name lies in it; a person's name never runs over a common word
    const person = c.label === 'PERSON' || c.guess === 'PERSON';
    out.push(...(person || parts.some((x) => x.hits?.length) ? parts : [c]));
  }
  return out.sort((x, y) => x.a - y.a || y.b - x.b);
}

/** Whether token k is its sentence's first word, or first after an opening quote mark or a line break. */
function opensSentence(text: string, tokens: Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^["“‘'«]$/.test(tokens[j].text) && tokens[j].sentence === tokens[k].sentence) j--;
  return j < 0 || tokens[j].sentence !== tokens[k].sentence || text.slice(tokens[j].end, tokens[k].start).includes('\n');
}
