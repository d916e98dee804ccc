// The entity tagger beside the rule recogniser: the tagger reads each sentence (tokens and the syntax
// layer) and proposes typed name spans; the rules' candidates keep what the registry resolves. Where
// they meet: a guessed name takes the tagger's type; the tagger's name spanning several guessed pieces
// (or a place inside an organisation's name: "States" in "Organization of American States") becomes
// one candidate; a name the rules missed is added; a guess the tagger reads as no name is dropped.
import type { EntityLabel, SyntaxLayer, Token } from '../../doc/types.ts';
import { paragraphBreakIn } from '../../doc/layout.ts';
import { hyphenJoined } from '../../doc/doc.ts';
import type { Cand, PlaceOf } from './recognize.ts';
import { tagSentences, type EntityTagger, type EntityType, type TagSentence, type TaggedSpan } from './entity-tagger.ts';
import { strHash } from '../syntax/hash.ts';
import { SENTENCE_INTS } from '../syntax/slab.ts';
import { sentenceLexical } from '../syntax/index.ts';
import { documentAcronyms, type Expansion } from './acronyms.ts';
import { modelForms, type Syllables } from './romanised.ts';

/**
 * Per token of [s, e), a code of the rule candidates' reading: the candidate's kind, label, guess,
 * confidence (in tenths) and the token's place in it (B/I/L/U), as the tagger's feature.
 */
export function candHints(cands: Cand[], s: number, e: number): Int32Array {
  const out = SENTENCE_INTS.take(e - s);
  for (const c of cands) {
    if (c.b <= s || c.a >= e) continue;
    const base = `${c.type}|${c.label}|${c.guess ?? '-'}|${Math.round((c.confidence ?? 0.5) * 10)}|${c.nameA !== undefined ? 'n' : ''}`;
    for (let k = Math.max(c.a, s); k < Math.min(c.b, e); k++) {
      const pos = c.b - c.a === 1 ? 'U' : k === c.a ? 'B' : k === c.b - 1 ? 'L' : 'I';
      const inName = c.nameA !== undefined && k < c.nameA ? 'T' : '';
      out[k - s] = strHash(`${base}|${pos}${inName}`);
    }
  }
  return out;
}

/** A tagger's two passes (the second may be absent). */
export interface EntityTaggers {
  first: EntityTagger;
  second: EntityTagger | null;
}

/** Tagged spans of every sentence of the document, as token ranges of the document. */
export function tagDocument(taggers: EntityTaggers, tokens: Token[], syntax: SyntaxLayer | undefined, text: string, cands: Cand[] = [], syllables: Syllables | null = null): TaggedSpan[] {
  const sents: TagSentence[] = [];
  const starts: number[] = [];
  let s = 0;
  while (s < tokens.length) {
    let e = s + 1;
    while (e < tokens.length && tokens[e].sentence === tokens[s].sentence) e++;
    const n = e - s;
    // (the forms the syntax stage's models read: a given name's second syllable capitalised)
    const sent: TagSentence = { forms: modelForms(tokens, s, e, syllables), upos: new Array(n), heads: new Array(n), deprels: new Array(n), glued: new Array(n) };
    for (let k = 0; k < n; k++) {
      const t = tokens[s + k];
      sent.upos[k] = syntax?.upos[s + k] ?? t.pos;
      const h = syntax ? syntax.heads[s + k] : -1;
      sent.heads[k] = h >= s && h < e ? h - s : -1;
      sent.deprels[k] = syntax?.deprels[s + k] ?? 'dep';
      sent.glued[k] = k > 0 && tokens[s + k - 1].end === t.start;
    }
    sent.hints = candHints(cands, s, e);
    sent.lx = sentenceLexical(syntax, s);
    sents.push(sent);
    starts.push(s);
    s = e;
  }
  const out: TaggedSpan[] = [];
  tagSentences(taggers.first, taggers.second, sents).forEach((spans, j) => {
    const s0 = starts[j];
    for (const x of spans) {
      // a name never runs across a paragraph break (headline, dateline), though it does across a line
      // break that only wraps a line of hard-wrapped text (doc/layout.ts)
      let b = x.a + 1;
      while (b < x.b && !paragraphBreakIn(text, tokens[s0 + b - 1].end, tokens[s0 + b].start)) b++;
      // nor over a verb in lower case ("the … Committee voted 19-15": the name ends before "voted"): the
      // pieces between such verbs that hold a capitalised word other than an article are the names
      const named = (p: number, q: number) => tokens.slice(s0 + p, s0 + q).some((y) => /^\p{Lu}/u.test(y.text) && !/^(?:the|a|an)$/i.test(y.text));
      let p = x.a;
      for (let k = x.a; k <= b; k++) {
        const w = tokens[s0 + k];
        if (k < b && ((w.pos !== 'VERB' && w.pos !== 'AUX') || !/^\p{Ll}/u.test(w.text))) continue;
        if (k > p && (k - p === b - x.a || named(p, k))) {
          // nor starts with an article ("The Government Pension Office") or ends on a small word
          // ("… Quannit on Monday": "on" is no part of the name)
          let a = p;
          let q = k;
          while (a < q - 1 && /^(?:the|a|an)$/i.test(tokens[s0 + a].text)) a++;
          // (a piece after a verb starts at its first capitalised word: "… refused to talk with Eta")
          while (p > x.a && a < q - 1 && !/^\p{Lu}/u.test(tokens[s0 + a].text)) a++;
          while (q > a + 1 && !/^[\p{Lu}\p{N}]/u.test(tokens[s0 + q - 1].text)) q--;
          out.push(Object.assign({}, x, { a: s0 + a, b: s0 + q }));
        }
        p = k + 1;
      }
    }
  });
  return out;
}

/**
 * The tagger's spans with a capitalised Arabic article glued by a hyphen to a capitalised word after their
 * last word ("Al" of "Al-Abbudi", "Al-Zaman"; the articles of knowledge/places.yaml `article_prefixes`)
 * taken as a name's particle: a longer span runs on over the hyphen and the word ("Naji Al" → "Naji
 * Al-Abbudi"); the article alone is no name (margin 0: it adds, cuts and retypes nothing, and keeps the
 * rules' reading of the whole, as cutTagged's one-word pieces).
 */
export function articleEdges(tokens: Token[], spans: TaggedSpan[], articles: ReadonlySet<string>): TaggedSpan[] {
  return spans.map((x) => {
    const art = tokens[x.b - 1];
    if (!/^\p{Lu}/u.test(art.text) || !articles.has(art.text.toLowerCase())) return x;
    if (!hyphenJoined(tokens, x.b - 1) || !/^\p{Lu}/u.test(tokens[x.b + 1].text)) return x;
    return x.b - x.a > 1 ? Object.assign({}, x, { b: x.b + 2 }) : Object.assign({}, x, { margin: 0 });
  });
}

export interface MergeOptions {
  /** Smallest margin for the tagger to add a name the rules did not find. */
  add: number;
  /** Smallest margin for the tagger to retype a guessed name. */
  retype: number;
  /** Guessed names of at most this confidence are dropped when the tagger finds no name there. */
  dropBelow: number;
  /** Guesses with a cue of more confidence than this keep their type unless the margin reaches `strong`. */
  retypeMaxConf: number;
  strong: number;
  /** Guessed runs of at most this confidence are cut to the tagger's shorter names inside them. */
  splitMaxConf: number;
  /** Smallest margin for the tagger to type a capitalised word the rules found no cue for. */
  untyped: number;
  /** Smallest margin for the tagger to type such a word alone at a sentence's start. */
  sentenceStart: number;
}

export const MERGE_DEFAULTS: MergeOptions = { add: 15, retype: 15, dropBelow: 0.5, retypeMaxConf: 0.35, strong: 1e9, splitMaxConf: 0.45, untyped: 15, sentenceStart: 30 };

const LABEL: Record<EntityType, 'PERSON' | 'ORG' | 'LOC'> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' };

function labelOf(type: EntityType, name: string, placeOf: PlaceOf, before?: EntityLabel): EntityLabel {
  if (type !== 'LOC') return LABEL[type];
  if (before === 'GPE' || before === 'LOC') return before;
  return placeOf(name, false) ?? 'LOC';
}

const isGuess = (c: Cand) => c.type === 'unknown' && !c.alias && !c.parent;
const guessOf = (l: EntityLabel): Cand['guess'] => (l === 'PERSON' ? 'PERSON' : l === 'ORG' ? 'ORG' : l === 'GPE' ? 'GPE' : 'LOC');

/** The candidates with the tagger's spans merged in (a new sorted list). */
export function mergeTagged(
  cands: Cand[], tagged: TaggedSpan[], tokens: Token[], text: string, placeOf: PlaceOf, o: MergeOptions = MERGE_DEFAULTS,
  isSubject: (a: number, b: number) => boolean = () => false, defined: Map<string, Expansion> = documentAcronyms(tokens),
): Cand[] {
  const out = cands.slice();
  const removed = new Set<Cand>();
  const seen = new Set<Cand>();
  const nameOf = (a: number, b: number) => text.slice(tokens[a].start, tokens[b - 1].end);
  for (const t of tagged) {
    const over: Cand[] = [];
    for (let k = 0; k < out.length; k++) {
      const c = out[k];
      if (c.a < t.b && t.a < c.b && !removed.has(c)) {
        over.push(c);
        seen.add(c);
      }
    }
    if (!over.length) {
      if (t.margin < o.add) continue;
      // a name has a word of letters ("A380", "787 Dreamliner" are models; "1990s" no name)
      if (!tokens.slice(t.a, t.b).some((x) => /^\p{Lu}\p{Ll}*$/u.test(x.text) || /^\p{Lu}[\p{Ll}\p{Lu}'’.-]*$/u.test(x.text) && !/\d/.test(x.text)) || /^\d/.test(tokens[t.a].text)) continue;
      // a capital that opens a sentence says nothing: one such word alone is no name the rules missed
      if (t.b - t.a === 1 && (t.a === 0 || tokens[t.a - 1].sentence !== tokens[t.a].sentence)) continue;
      const label = labelOf(t.type, nameOf(t.a, t.b), placeOf);
      out.push({ a: t.a, b: t.b, label, type: 'unknown', guess: guessOf(label), confidence: 0.55 });
      continue;
    }
    // several guessed pieces, or places and guesses inside the tagger's longer organisation name, become one
    const inside = over.every((c) => c.a >= t.a && c.b <= t.b);
    // a person's name takes in no place the gazetteer or the place words typed ("Ana Lopes of Oxford")
    const placeInPerson = t.type === 'PER' && over.some((c) => (c.guess === 'GPE' || c.guess === 'LOC') && (c.confidence ?? 0.5) >= 0.65);
    const mergeable = !placeInPerson && over.every((c) => isGuess(c) || (c.type === 'registry' && t.type === 'ORG' && c.label !== 'ORG' && c.label !== 'NORP' && c.b - c.a < t.b - t.a));
    if (inside && mergeable && (over.length > 1 || over[0].b - over[0].a < t.b - t.a) && t.margin >= o.retype && t.b - t.a <= 8) {
      const label = labelOf(t.type, nameOf(t.a, t.b), placeOf);
      const conf = Math.max(0.55, ...over.map((c) => (isGuess(c) ? c.confidence ?? 0.5 : 0.55)));
      for (const c of over) removed.add(c);
      out.push({ a: t.a, b: t.b, label, type: 'unknown', guess: guessOf(label), confidence: conf });
      continue;
    }
    // a guessed capitalised run the tagger reads as a shorter name ("Former Microsoft CEO Bill Gates" →
    // "Bill Gates"): the tagger's segmentation replaces the run; its other names inside are added in turn
    const run = over.length === 1 && isGuess(over[0]) && (over[0].confidence ?? 0.5) <= o.splitMaxConf ? over[0] : null;
    if (run && t.a >= run.a && t.b <= run.b && t.b - t.a < run.b - run.a && t.margin >= o.retype) {
      removed.add(run);
      const label = labelOf(t.type, nameOf(t.a, t.b), placeOf);
      out.push({ a: t.a, b: t.b, label, type: 'unknown', guess: guessOf(label), confidence: 0.55 });
      continue;
    }
    // a tagger's name that runs over a sure registry name of another type types no guess beside it
    // ("Apple Computer" read as a person: "Computer" is no person); an ambiguous registry name does not
    // stop it ("Paris Hilton": "Paris" alone is a city at confidence 0.6)
    const clash = over.some((c) => c.type === 'registry' && (c.confidence ?? 0) >= 0.9 && (c.label === 'ORG' || c.label === 'GPE' || c.label === 'PERSON')
      && c.label !== LABEL[t.type] && !(c.label === 'GPE' && t.type === 'LOC'));
    for (const c of over) {
      if (!isGuess(c) || clash || t.margin < (c.guess === undefined ? o.untyped : o.retype)) continue;
      // nor does the tagger type one word that only its sentence-opening capital made a name, unless it
      // is sure ("Galois was born …", "Wikinews interviewed …": its features read the word's other uses)
      if (c.b - c.a === 1 && (c.a === 0 || tokens[c.a - 1].sentence !== tokens[c.a].sentence) && c.guess === undefined && t.margin < o.sentenceStart) continue;
      if (c.guess !== undefined && (c.confidence ?? 0.5) > o.retypeMaxConf && t.margin < o.strong) continue;
      const label = labelOf(t.type, nameOf(c.a, c.b), placeOf, c.label);
      if (label === c.label && c.guess !== undefined) continue;
      c.label = label;
      c.guess = guessOf(label);
      c.confidence = Math.max(c.confidence ?? 0.5, 0.55);
    }
  }
  // a weak guess the tagger reads as no name is dropped, unless it is an acronym the document spells out
  // as a name ("Singapore Airlines (SIA)"): the acronym takes that name's reading later (acronyms.ts); or
  // unless a cue typed it and it is a clause's subject, as an organisation is of its acts ("the NAACP called
  // for …"); a cue-less guess is dropped wherever it stands
  for (const c of cands) {
    if (!isGuess(c) || seen.has(c) || (c.confidence ?? 0.5) > o.dropBelow) continue;
    if (c.b - c.a === 1 && defined.get(tokens[c.a].text)?.common === false) continue;
    if ((c.confidence ?? 0.5) >= 0.5 && isSubject(c.a, c.b)) continue;
    removed.add(c);
  }
  const kept = out.filter((c) => !removed.has(c)).sort((x, y) => x.a - y.a || y.b - x.b);
  personNameParts(kept, tokens);
  return kept;
}

/**
 * One word guessed as a place or left untyped that is a part of a person's full name elsewhere in the
 * document ("Isabel" after "Isabel Ruiz", "Jackson" after "Maria Jackson") names that person; after
 * the full name, its family name does so whatever cue made it a place ("Bolton" after "John Bolton").
 */
function personNameParts(cands: Cand[], tokens: Token[]): void {
  const parts = new Set<string>();
  // family names: the last word of a full name, with the first token after it
  const family = new Map<string, number>();
  for (const c of cands) {
    if (c.label !== 'PERSON') continue;
    const a = c.nameA ?? c.a;
    if (c.b - a < 2) continue;
    for (let k = a; k < c.b; k++) if (/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)) parts.add(tokens[k].text);
    const last = tokens[c.b - 1].text;
    if (/^\p{Lu}\p{Ll}+$/u.test(last) && !family.has(last)) family.set(last, c.b);
  }
  if (!parts.size) return;
  for (const c of cands) {
    if (!isGuess(c) || c.b - c.a !== 1 || c.label === 'PERSON' || c.label === 'ORG') continue;
    // a place guess of any confidence after the full name whose family name it is ("John Bolton …
    // Bolton"); other parts of names only when the guess had no strong cue
    const after = family.get(tokens[c.a].text);
    if (!(after !== undefined && after <= c.a) && ((c.confidence ?? 0.5) > 0.6 || !parts.has(tokens[c.a].text))) continue;
    c.label = 'PERSON';
    c.guess = 'PERSON';
    c.confidence = 0.6;
  }
}
