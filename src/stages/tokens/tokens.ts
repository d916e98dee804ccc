// The tokens stage: wink-nlp tokenisation, sentence splitting and POS tagging, converted to stand-off
// character offsets (wink keeps each token's preceding whitespace, so offsets are exact).
import winkNLP from 'wink-nlp';
import { forgetLexemes, lastCoreModel, winkGrowth, winkModel, type WinkGrowth } from './wink-model.ts';
import { readWink } from './wink-read.ts';
import type { Doc, Span, Token } from '../../doc/types.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { paragraphs } from '../../doc/layout.ts';
import { lemmaOf, lemmaTable, respelled, type LemmaTable } from './lemmas.ts';
import { recaseInitials, type IsName } from './initial-case.ts';
import { actorIndex, nameKey } from '../actors/registry.ts';
import { bundledKnowledge, type Knowledge } from '../../knowledge/knowledge.ts';

type Wink = ReturnType<typeof winkNLP>;
let shared: Wink | null = null;
/** The core model of `shared` (null for a package version whose model is not read here). */
let sharedModel: ReturnType<typeof lastCoreModel> = null;
/** Readings under way (withWink), so that the instance is renewed between them only. */
let reading = 0;
let renewed = 0;

/**
 * When the shared instance is replaced by a new one: past `lexemes` entries of its lexeme list beyond the
 * model's own (every unknown word form read adds one, forgotten or not), or when a feature list (prefix,
 * suffix, shape) holds more than `features` of the values its packing can address.
 */
export const winkLimits = { lexemes: 200_000, features: 0.5 };

/**
 * The shared wink instance. Only the annotations the stage reads: sentence boundaries and POS (which
 * wink's lemmas need). Negation, sentiment and wink's own entity recognisers are left out: the same
 * tokens, sentences, tags and lemmas on the real-news corpus, in about three quarters of the time.
 * Texts are read through withWink, which keeps what wink learns from one text out of the next.
 */
function wink(): Wink {
  if (!shared) {
    shared = winkNLP(winkModel(), ['sbd', 'pos']);
    sharedModel = lastCoreModel();
  }
  return shared;
}

/** How many times the shared instance was replaced by a new one (winkLimits). */
export function winkRenewals(): number {
  return renewed;
}

/**
 * Runs `read` on the shared wink instance, then makes wink forget the word forms it learnt there that
 * could make a later text read otherwise (wink-model.ts forgetLexemes: all but forms of letters only,
 * which stay learnt), so a text's tokens and tags do not depend on the texts read before it in
 * the process; and between readings replaces the instance by a new one once it has grown past winkLimits,
 * so a long-running process (a server, a queue worker, a WARC ingest) keeps wink's memory bounded.
 */
export function withWink<T>(read: (nlp: Wink) => T): T {
  if (reading === 0 && shared && sharedModel && overgrown(winkGrowth(sharedModel))) {
    shared = null;
    renewed++;
  }
  const nlp = wink();
  const model = sharedModel;
  const mark = model ? model.features.lexeme.list.length : 0;
  reading++;
  try {
    return read(nlp);
  } finally {
    reading--;
    if (model) forgetLexemes(model, mark);
  }
}

function overgrown(g: WinkGrowth | null): boolean {
  if (!g) return false;
  if (g.lexemes > winkLimits.lexemes) return true;
  for (const f in g.features) if (g.features[f].size > g.features[f].limit * winkLimits.features) return true;
  return false;
}

/**
 * Tokenise `text`; returns tokens (whitespace dropped) and sentence spans trimmed of whitespace. Lemmas
 * are wink's corrected by the treebank table (lemmas.ts); `table` null gives wink's own. A sentence's
 * capitalised first word that is a common adjective (or other non-noun) and no name `isName` knows is
 * tagged as in lower case (initial-case.ts).
 */
export function tokenize(text: string, table: LemmaTable | null = lemmaTable(), isName: IsName | null = null, titleAbbreviations: ReadonlySet<string> = new Set()): { tokens: Token[]; sentences: Span[] } {
  return withWink((nlp) => tokenizeWith(nlp, text, table, isName, titleAbbreviations));
}

function tokenizeWith(nlp: Wink, text: string, table: LemmaTable | null, isName: IsName | null, titleAbbreviations: ReadonlySet<string>): { tokens: Token[]; sentences: Span[] } {
  // wink drops or re-measures some whitespace (VT, FF, U+1680, U+2000-U+200A, U+2028/9, U+3000, U+FEFF),
  // which shifted every later offset; each is one UTF-16 unit, so a plain space keeps offsets exact.
  const { doc: wdoc, values, pos, lemmas, normals, starts, end: offset } = readWink(nlp, text.replace(/[\u000b\u000c\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g, ' '));
  const sentSpans = wdoc.sentences().out(nlp.its.span) as unknown as [number, number][];

  if (offset > text.length || text.slice(offset).trim() !== '') {
    throw new Error(`tokeniser offsets drifted (${offset} != ${text.length})`);
  }

  const tokens: Token[] = [];
  const sentences: Span[] = [];
  for (const [first, last] of sentSpans) {
    let a = first;
    let b = last;
    while (a <= b && pos[a] === 'SPACE') a++;
    while (b >= a && pos[b] === 'SPACE') b--;
    if (a > b) continue;
    const sentence = sentences.length;
    sentences.push({ start: starts[a], end: starts[b] + values[b].length });
    for (let i = a; i <= b; i++) {
      if (pos[i] === 'SPACE') continue;
      const poss = possessive(values[i], pos[i]);
      if (poss) {
        const s0 = starts[i];
        tokens.push({ start: s0, end: s0 + poss, text: values[i].slice(0, poss), pos: pos[i], lemma: values[i].slice(0, poss).toLowerCase(), sentence });
        tokens.push({ start: s0 + poss, end: s0 + values[i].length, text: values[i].slice(poss), pos: 'PART', lemma: "'s", sentence });
        continue;
      }
      const lower = values[i].toLowerCase();
      // an abbreviated title and its full stop are one token, as wink makes "Sen." and "Lt.": "Const.", "Rev."
      if (titleAbbreviations.has(lower) && i < b && values[i + 1] === '.' && starts[i + 1] === starts[i] + values[i].length) {
        tokens.push({ start: starts[i], end: starts[i + 1] + 1, text: `${values[i]}.`, pos: 'PROPN', lemma: `${lower}.`, sentence });
        i++;
        continue;
      }
      const token: Token = {
        start: starts[i],
        end: starts[i] + values[i].length,
        text: values[i],
        pos: pos[i],
        lemma: lemmaOf(table, normals[i] ?? lower, pos[i], (lemmas[i] ?? values[i]).toLowerCase()),
        sentence,
      };
      if (normals[i] !== undefined && normals[i] !== lower) respelled.set(token, normals[i]);
      tokens.push(token);
    }
  }
  const split = splitSentences(text, sentences, tokens, sentenceFinalInitials(tokens), titleAbbreviations);
  recaseInitials(nlp, text, tokens, split, table, isName);
  return { tokens, sentences: split };
}

/**
 * A capital letter with its full stop that ends a sentence, which wink reads as a name's initial ("…
 * wrote on X. Officials said", "… a lack of vitamin D. Doctors said"): after a lower-case word, before
 * one or two capitalised words (and a common noun) and a verb, or before a capitalised article or pronoun ("The", "He"). An initial inside a name follows a capitalised word or
 * another initial ("John F. Kennedy", "J. D. Salinger") or precedes one ("novelist J. D. Salinger").
 * The full stop becomes a token of its own; returns the offsets after which a sentence ends.
 */
function sentenceFinalInitials(tokens: Token[]): number[] {
  const out: number[] = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    // (a letter and its full stop: two or three code units, the last a full stop)
    if (t.text.length > 3 || t.text.charCodeAt(t.text.length - 1) !== 46 || !/^\p{Lu}\.$/u.test(t.text)) continue;
    const prev = tokens[i - 1];
    if (!/^\p{Ll}+$/u.test(prev.text) || prev.sentence !== t.sentence || tokens[i + 1].sentence !== t.sentence) continue;
    const next = tokens[i + 1];
    // "… on X. The army said": a capitalised article or pronoun opens the next sentence
    const opener = /^\p{Lu}/u.test(next.text) && (next.pos === 'DET' || next.pos === 'PRON');
    let k = i + 1;
    while (k < tokens.length && k < i + 3 && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text) && tokens[k].sentence === t.sentence) k++;
    // "… on X. Dunmore officials denied it": a common noun the capitalised words qualify
    if (k > i + 1 && k + 1 < tokens.length && tokens[k].pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[k].text)) k++;
    const verb = k > i + 1 && k < tokens.length && tokens[k].sentence === t.sentence && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && /^\p{Ll}/u.test(tokens[k].text);
    if (!opener && !verb) continue;
    const stop: Token = { start: t.end - 1, end: t.end, text: '.', pos: 'PUNCT', lemma: '.', sentence: t.sentence };
    t.end -= 1;
    t.text = t.text.slice(0, -1);
    t.lemma = t.text.toLowerCase();
    t.pos = 'PROPN';
    tokens.splice(i + 1, 0, stop);
    out.push(stop.end);
    i++;
  }
  return out;
}

/**
 * wink learns every word it meets before a punctuation mark into the vocabulary its instance shares
 * across documents: after "… than Clinton's, even though …" it keeps "Clinton's" whole in every later
 * text, where it splits "Clinton" + "'s" before. A name or noun with a possessive 's glued on is split
 * here, so the tokens of a text do not depend on the texts read before it. Returns the stem's length, or 0.
 */
function possessive(value: string, pos: string): number {
  if (pos !== 'PROPN' && pos !== 'NOUN') return 0;
  // (only a word ending in 's can have one)
  if (value.length < 3 || value.charCodeAt(value.length - 1) !== 115) return 0;
  const m = /^\p{L}[\p{L}.-]*(?=['’]s$)/u.exec(value);
  return m ? m[0].length : 0;
}

/**
 * A wire-style dateline opening a paragraph: a place in capitals, optional region and date, optional
 * agency, then a dash ("WASHINGTON (AP) —", "FLINT, Mich., Oct. 4 (UPI) —", "EDMONTON, Ky. (WBKO) --",
 * "BEIJING --At least …" with no space after a double or long dash before a capital). One capital run of
 * three letters at least, so "U.S. - …" is no dateline. A place written in title case needs its region
 * and a spaced dash ("Taipei, Taiwan — …", "Edmonton, Ky. (November 28, 2016) – …"): TITLE_DATELINE.
 */
const DATELINE = new RegExp(
  String.raw`(?=[A-Z.'’ -]*[A-Z]{3})[A-Z][A-Z.'’-]*(?:[ ][A-Z][A-Z.'’-]*)*` + // place
    String.raw`(?:,[ ]*[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)*){0,2}` + // region, country
    String.raw`(?:,?[ ]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2})?` + // date
    String.raw`(?:[ ]*\([A-Za-z][A-Za-z .&-]{0,30}\))?` + // agency
    String.raw`[ ]*(?:(?:--|[-—–])(?=\s+\S)|(?:--|—)(?=[A-Z]))`,
  'y',
);

/** A dateline whose place is in title case: one to three words, a region, an optional date in brackets, a spaced dash. */
const TITLE_DATELINE = new RegExp(
  String.raw`[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}` + // place
    String.raw`(?:,[ ]*[A-Z][A-Za-z.]*(?:[ ][A-Z][A-Za-z.]*)?){1,2}` + // region, country
    String.raw`(?:[ ]*\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ ]+\d{1,2}(?:,[ ]*\d{4})?\))?` + // date
    String.raw`[ ]+(?:--|[—–])(?=[ ]+\S)`,
  'y',
);

/** End of the dateline opening the sentence at `start`, when one does and it begins a paragraph; else -1. */
export function datelineEnd(text: string, start: number): number {
  // a paragraph's first words: at the start of a line, after any indentation
  if (start > 0 && text[start - 1] !== '\n' && !/\n[ \t]*$/.test(text.slice(Math.max(0, start - 40), start))) return -1;
  for (const re of [DATELINE, TITLE_DATELINE]) {
    re.lastIndex = start;
    const m = re.exec(text);
    if (m) return start + m[0].length;
  }
  return -1;
}

/**
 * Sentence boundaries wink misses in news text, after which tokens are renumbered: a paragraph break
 * (wink runs a sentence across a line break or a blank line after a headline, caption or list item
 * without a full stop; a line break that only wraps a line is no paragraph break, see doc/layout.ts),
 * and the end of a dateline (otherwise read as the subject of the first sentence). Also joins back what
 * wink splits after an abbreviated title of the lexicon's title-abbreviation class ("the Rev. Ana Lopes").
 */
function splitSentences(text: string, sentences: Span[], tokens: Token[], breaks: number[] = [], titleAbbreviations: ReadonlySet<string> = new Set()): Span[] {
  const out: Span[] = [];
  const push = (start: number, end: number) => {
    if (end <= start) return;
    const d = datelineEnd(text, start);
    if (d > start && d < end) {
      out.push({ start, end: d });
      start = d;
      while (start < end && /\s/.test(text[start])) start++;
    }
    if (end > start) out.push({ start, end });
  };
  // "Gadgetnews.com", "Amazon.com Inc.": wink ends a sentence at a web domain's dot; a sentence that
  // follows another with no space between them and opens in lower case
  // is the same sentence; so is one that opens inside a parenthesis the last left open ("Sen. Ann Lee
  // (R-S.C.) said", "(D-N.Y.)": wink ends a sentence at the state's first dot), or in lower case right
  // after a closed one ("Sen. Bo Kim (D-Mo.) agreed")
  const joined: Span[] = [];
  for (const s of sentences) {
    const last = joined[joined.length - 1];
    const lower = /^\p{Ll}/u.test(text.slice(s.start, s.start + 1));
    if (last && ((last.end === s.start && lower) || openParen(text, last, s) || (lower && /\.\)$/.test(text.slice(last.start, last.end)) && !text.slice(last.end, s.start).includes('\n')) || afterTitle(text, last, s, titleAbbreviations))) last.end = s.end;
    else joined.push({ ...s });
  }
  const paras = paragraphs(text);
  let pi = 0;
  for (const s of joined) {
    let start = s.start;
    const cuts: { at: number; next: number }[] = [];
    while (pi < paras.length && paras[pi].end <= s.start) pi++;
    for (let p = pi; p + 1 < paras.length && paras[p].end < s.end; p++) {
      if (paras[p + 1].start < s.end) cuts.push({ at: paras[p].end, next: paras[p + 1].start });
    }
    for (const b of breaks) {
      if (b <= s.start || b >= s.end) continue;
      let next = b;
      while (next < s.end && /\s/.test(text[next])) next++;
      cuts.push({ at: b, next });
    }
    cuts.sort((x, y) => x.at - y.at);
    for (const c of cuts) {
      push(start, c.at);
      start = c.next;
    }
    push(start, s.end);
  }
  let si = 0;
  for (const t of tokens) {
    while (si < out.length - 1 && t.start >= out[si].end) si++;
    t.sentence = si;
  }
  return out;
}

/** Sentence `last` ends with an abbreviated title ("the Rev.", "police Const.") and `next` opens with a
 * capitalised word on the same line: the title's name, in the same sentence. */
function afterTitle(text: string, last: Span, next: Span, titleAbbreviations: ReadonlySet<string>): boolean {
  const m = /(?:^|[\s(])(\p{Lu}\p{Ll}*)\.$/u.exec(text.slice(Math.max(last.start, last.end - 12), last.end));
  return !!m && titleAbbreviations.has(m[1].toLowerCase()) && /^\p{Lu}/u.test(text.slice(next.start, next.start + 1)) && !text.slice(last.end, next.start).includes('\n');
}

/** Sentence `last` leaves a parenthesis open that closes within the first few characters of `next`, on the same line. */
function openParen(text: string, last: Span, next: Span): boolean {
  const body = text.slice(last.start, last.end);
  const open = body.lastIndexOf('(');
  if (open < 0 || body.indexOf(')', open) >= 0 || text.slice(last.end, next.start).includes('\n')) return false;
  const close = text.slice(next.start, Math.min(next.end, next.start + 8)).indexOf(')');
  return close >= 0;
}

/**
 * A word the actor knowledge reads as a name or as a name's first word: a registry name or surname, a
 * given or family name of the name lists, a place or an organisation of the gazetteer, a person title.
 */
export function knownName(knowledge: Knowledge): IsName {
  const ix = actorIndex(knowledge);
  return (word) => {
    const lower = word.toLowerCase();
    // (a person title's first word opens a name too: "Chief executive Ann Lee")
    if (ix.lexicon.personTitle.has(lower)) return true;
    return ix.names.has(nameKey(word)) || ix.surnames.has(lower) || ix.lexicon.givenName.has(lower) || ix.lexicon.lastName.has(lower) || ix.places.has(lower) || ix.orgNames.has(lower);
  };
}

export const tokensComponent: ComponentFactory = (knowledge) => {
  const isName = knownName(knowledge ?? bundledKnowledge());
  const titleAbbreviations = actorIndex(knowledge ?? bundledKnowledge()).lexicon.titleAbbreviation;
  return {
    name: 'tokens',
    requires: [],
    assigns: ['tokens', 'sentences'],
    process(doc: Doc) {
      const { tokens, sentences } = tokenize(doc.text, lemmaTable(), isName, titleAbbreviations);
      doc.layers.tokens = tokens;
      doc.layers.sentences = sentences;
    },
  };
};
