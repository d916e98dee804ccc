// The medium a statement appeared in ("Writing in the Sunday Telegraph", "told Rossiya television",
// "in an interview with the BBC", "on Twitter", "told CTV Winnipeg") and its addressee ("told reporters",
// "told parliament").
import type { Doc, Quote, Token } from '../../doc/types.ts';
import { hyphenJoined, tokenSpan } from '../../doc/doc.ts';
import { slug } from '../actors/registry.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { npAfter, type TokRange } from './syntax.ts';

export interface Medium {
  outlet: string | null;
  addressee: string | null;
  /** Token index of the trigger, to prefer the medium nearest the cue. */
  at: number;
  /** Character span of the phrase named. */
  span: { start: number; end: number };
}

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');

/** Trigger word sequences followed by the noun phrase naming the medium or the audience. */
const TRIGGERS: { words: string[]; role: 'outlet' | 'either' }[] = [
  { words: ['writing', 'in'], role: 'outlet' },
  { words: ['writes', 'in'], role: 'outlet' },
  { words: ['wrote', 'in'], role: 'outlet' },
  { words: ['written', 'for'], role: 'outlet' },
  { words: ['writing', 'for'], role: 'outlet' },
  { words: ['interview', 'with'], role: 'outlet' },
  { words: ['interview', 'on'], role: 'outlet' },
  { words: ['interview', 'to'], role: 'outlet' },
  { words: ['appearance', 'on'], role: 'outlet' },
  { words: ['article', 'for'], role: 'outlet' },
  { words: ['article', 'in'], role: 'outlet' },
  { words: ['column', 'for'], role: 'outlet' },
  { words: ['column', 'in'], role: 'outlet' },
  { words: ['op-ed', 'for'], role: 'outlet' },
  { words: ['op-ed', 'in'], role: 'outlet' },
  { words: ['post', 'on'], role: 'outlet' },
  { words: ['message', 'on'], role: 'outlet' },
  { words: ['speaking', 'on'], role: 'outlet' },
  { words: ['speaking', 'to'], role: 'either' },
  { words: ['spoke', 'to'], role: 'either' },
  { words: ['talking', 'to'], role: 'either' },
  { words: ['comments', 'to'], role: 'either' },
  { words: ['remarks', 'to'], role: 'either' },
  { words: ['told'], role: 'either' },
  { words: ['tells'], role: 'either' },
  { words: ['tell'], role: 'either' },
  { words: ['telling'], role: 'either' },
  { words: ['on'], role: 'outlet' },
  { words: ['to'], role: 'outlet' },
  { words: ['via'], role: 'outlet' },
];

/** The triggers by their first word, each list in TRIGGERS' order. */
const TRIGGERS_BY_FIRST = new Map<string, typeof TRIGGERS>();
for (const trig of TRIGGERS) {
  const list = TRIGGERS_BY_FIRST.get(trig.words[0]);
  if (list) list.push(trig);
  else TRIGGERS_BY_FIRST.set(trig.words[0], [trig]);
}

const BROADCAST_HEADS = new Set(['television', 'tv', 'radio']);

/**
 * Classify a noun phrase: an outlet when it names a platform or known news organisation, or has a
 * medium head word with a proper name ("Rossiya television") or is "state television"; an addressee
 * when it is an audience word ("reporters") or a named person/body after "told".
 */
function classify(tokens: Token[], r: TokRange, lex: QuoteLexicon, role: 'outlet' | 'either'): 'outlet' | 'audience' | 'named' | null {
  const words = tokens.slice(r.a, r.b + 1).map((t) => t.text.toLowerCase());
  const capitalised = tokens.slice(r.a, r.b + 1).some((t) => /^\p{Lu}/u.test(t.text) && t.pos !== 'DET');
  let medium = false;
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(lex.maxMediaWords, words.length - i); n >= 1; n--) {
      const kind = lex.media.get(words.slice(i, i + n).join(' '));
      if (!kind) continue;
      const token = tokens[r.a + i];
      if ((kind === 'platform' || kind === 'outlet') && /^\p{Lu}/u.test(token.text)) return 'outlet';
      if (kind === 'medium') medium = true;
      if (kind === 'audience' && (words.length <= 3 || i + n === words.length)) return 'audience';
    }
  }
  const head = words[words.length - 1];
  if (medium && (capitalised || BROADCAST_HEADS.has(head))) return 'outlet';
  if (role === 'either' && capitalised) return 'named';
  return null;
}

/** Whether tokens i + 1 … read the words of `words` after its first (its own function: a closure over the
 * caller's loop index would give every token a scope object). */
function wordsFollow(tokens: Token[], i: number, words: readonly string[]): boolean {
  return words.every((w, k) => k === 0 || lower(tokens[i + k]) === w);
}

function stripDeterminer(tokens: Token[], r: TokRange): TokRange {
  let a = r.a;
  while (a < r.b && (tokens[a].pos === 'DET' || /^(the|a|an)$/i.test(tokens[a].text))) a++;
  return { a, b: r.b };
}

/**
 * A named addressee ("told CTV Winnipeg", "told the Winnipeg Free Press", "told French media") that opens
 * with a mention of a news organisation or the press of a country (an actor of sector MED) is the
 * outlet the statement was given to.
 */
export function pressAddressee(doc: Doc, m: Medium): Medium {
  if (!m.addressee) return m;
  const press = (id: string) => (doc.layers.actors ?? []).some((a) => a.id === id && a.sector === 'MED' && a.kind !== 'person');
  const opens = (doc.layers.mentions ?? []).some((x) => x.start === m.span.start && x.end <= m.span.end && press(x.actor));
  return opens ? Object.assign({}, m, { outlet: m.addressee, addressee: null }) : m;
}

/**
 * Outlets and addressees named in tokens [from, to] (inclusive), skipping tokens `masked` (inside quotes).
 * "Writing in …" style triggers name outlets even without a medium word when the name is capitalised.
 */
export function findMedia(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
  lex: QuoteLexicon,
  masked: (i: number) => boolean,
): Medium[] {
  const out: Medium[] = [];
  for (let i = from; i <= to; i++) {
    if (masked(i)) continue;
    const triggers = TRIGGERS_BY_FIRST.get(lower(tokens[i]));
    if (!triggers) continue;
    for (const trig of triggers) {
      const n = trig.words.length;
      if (i + n - 1 > to) continue;
      if (!wordsFollow(tokens, i, trig.words)) continue;
      let j = i + n;
      // "an interview with the BBC", "told the BBC's Newsnight"
      const np = npAfter(tokens, j, to);
      if (!np || masked(np.a)) continue;
      const r = stripDeterminer(tokens, np);
      const phrase = text.slice(tokens[r.a].start, tokens[r.b].end);
      const kind = classify(tokens, np, lex, trig.role);
      const explicitOutlet = trig.words.length === 2 && trig.role === 'outlet' && !['on', 'to'].includes(trig.words[0]);
      if (kind === 'outlet' || (explicitOutlet && /^\p{Lu}/u.test(tokens[r.a].text) && trig.words[1] !== 'on')) {
        out.push({ outlet: phrase, addressee: null, at: i, span: { start: tokens[r.a].start, end: tokens[r.b].end } });
      } else if (trig.role === 'either' && (kind === 'audience' || kind === 'named')) {
        out.push({ outlet: null, addressee: phrase, at: i, span: { start: tokens[r.a].start, end: tokens[r.b].end } });
      }
      j = np.b;
      i = Math.max(i, j);
      break;
    }
  }
  return out;
}

/**
 * A speaker phrase that names a news outlet and has no actor ("Sharq al-Awsat reports", "the People's
 * Daily commented", "Azzaman newspaper mentioned", "The Independent reported"): the phrase is a known
 * outlet of the media lexicon written with a capital, or ends in a medium word and holds a proper name
 * (the medium word itself capitalised as part of the name, or a proper noun before it — not an adjective,
 * "Popular Website", nor "state TV"). The speaker gets a document-local organisation actor of sector MED,
 * with the country the lexicon gives the outlet; a romanised Arabic article (`articles`: the gazetteer's
 * article_prefixes, lower-case) glued by a hyphen before the span ("Ash-" of "Ash-Sharq al-Awsat") joins it.
 */
export function outletSpeakers(doc: Doc, tokens: Token[], quotes: Pick<Quote, 'speaker'>[], lex: QuoteLexicon, articles: ReadonlySet<string>): void {
  const made = new Map<string, string>();
  for (const q of quotes) {
    const sp = q.speaker;
    // (or whose actor is the actors stage's bare guess, an organisation of no country or sector: "Al-Sharq al-Awsat")
    const guessed = sp?.actor ? (doc.layers.actors ?? []).find((x) => x.id === sp.actor && x.kind === 'org' && !x.country && !x.sector) : undefined;
    if (!sp || (sp.actor && !guessed) || sp.start === undefined || sp.end === undefined) continue;
    let { a, b } = tokenSpan(tokens, { start: sp.start, end: sp.end });
    if (b <= a) continue;
    b -= 1;
    const r = stripDeterminer(tokens, { a, b });
    const words = tokens.slice(r.a, r.b + 1).map((t) => t.text.toLowerCase());
    let country: string | null = null;
    let outlet = false;
    for (let i = 0; i < words.length && !outlet; i++) {
      for (let n = Math.min(lex.maxMediaWords, words.length - i); n >= 1; n--) {
        // (the words as written: "Sharq al-Awsat" is one key with its hyphen)
        const key = doc.text.slice(tokens[r.a + i].start, tokens[r.a + i + n - 1].end).toLowerCase();
        if (lex.media.get(key) === 'outlet' && /^\p{Lu}/u.test(tokens[r.a + i].text)) {
          outlet = true;
          country = lex.outletCountry.get(key) ?? null;
          break;
        }
      }
    }
    if (!outlet) {
      const head = tokens[r.b];
      // (an acronym head, "state TV", is no name; nor a phrase with a list comma in it)
      const cap = (t: Token) => /^\p{Lu}/u.test(t.text);
      const named = (cap(head) && !/^\p{Lu}+$/u.test(head.text)) || tokens.slice(r.a, r.b).some((t) => t.pos === 'PROPN' && cap(t));
      const single = tokens.slice(r.a, r.b + 1).every((t) => !/^[,;:()]$/.test(t.text));
      // (a title-case headline, "Popular Website Shows …": the word after the phrase is capitalised too)
      const titled = !!tokens[r.b + 1] && /^\p{Lu}\p{Ll}/u.test(tokens[r.b + 1].text);
      outlet = lex.media.get(head.text.toLowerCase()) === 'medium' && named && single && !titled && tokens.slice(r.a, r.b).every((t) => t.pos !== 'ADJ');
      const name = (x: number, y: number) => doc.text.slice(tokens[x].start, tokens[y].end).toLowerCase();
      if (outlet) country = (r.b > r.a ? lex.outletCountry.get(name(r.a, r.b - 1)) : undefined) ?? lex.outletCountry.get(name(r.a, r.b)) ?? null;
    }
    if (!outlet) continue;
    if (guessed) {
      Object.assign(guessed, { country, sector: 'MED' });
      continue;
    }
    // "Ash-Sharq al-Awsat": the article the span left out
    let start = tokens[r.a].start;
    if (r.a >= 2 && hyphenJoined(tokens, r.a - 2) && articles.has(tokens[r.a - 2].text.toLowerCase())) start = tokens[r.a - 2].start;
    const name = doc.text.slice(start, tokens[r.b].end);
    const id = made.get(name.toLowerCase()) ?? `org:${slug(name)}`;
    if (!made.has(name.toLowerCase())) {
      made.set(name.toLowerCase(), id);
      const actors = (doc.layers.actors ??= []);
      if (!actors.some((x) => x.id === id)) actors.push({ id, name, kind: 'org', country, sector: 'MED' });
    }
    q.speaker = { ...sp, text: doc.text.slice(Math.min(start, sp.start), sp.end), start: Math.min(start, sp.start), actor: id };
  }
}
