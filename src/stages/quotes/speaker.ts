// Resolving a speaker span to an actor: a role with a person's name set off after it ("the firm's
// chief executive, Ana Lopes,") is that person, over both, and so is a name opening its sentence before
// a role no comma closes ("Ana Lopes, head of planning at the authority said"); else the actors stage's
// lookup (actorForSpan: a person's name closing the phrase after the body or place describing them,
// "the envoy to the United Nations Ana Lopes", mention or not), else the most specific actors-stage
// mention overlapping it (a pronoun's coreferent, the organisation behind "a spokesperson for X"), else
// an entity's actor, else the one person of the document named before whose family name the speaker is
// ("Law said" when the tagger missed the surname, "Mr. King" read as a title). A speaker named by kinship ("Ian's wife", "her
// parents", "the widow of X") is not the person it is kin to (`kinSpeaker`).
// A pronoun speaker the actors stage left without an actor takes the actor of the attribution just
// before it when only quoted sentences stand between them (`chainPronouns`); one the actors stage read
// as a person named inside reported words, its own or those of a person speaking just before, is first
// left without that actor (`contentPronouns`).
import type { Actor, Doc, Mention, Quote, Span } from '../../doc/types.ts';
import { familyName } from '../actors/registry.ts';
import { actorsById, personIds } from '../actors/lookup.ts';
import { singularIn, type WordClass } from '../actors/word-class.ts';
import { Tree } from '../../doc/tree.ts';
import { inQuoteContent, inTimex, overlapLength, sentenceAt, tokenSpan } from '../../doc/doc.ts';

export type Speaker = NonNullable<Quote['speaker']>;

/** The actors stage's resolver (actorForSpan), tried first; null means "no opinion" (mentions are read then). */
export type ActorLookup = (doc: Doc, span: Span) => string | null;

/** Whether a speaker span can name someone: it has a letter and is not inside a time expression (a stray
 * dash, "Wednesday", "this month" read as the subject of a cue). */
export function canSpeak(doc: Doc, span: Span): boolean {
  if (!/\p{L}/u.test(doc.text.slice(span.start, span.end))) return false;
  return !inTimex(doc, span.start, span.end);
}

export function resolveSpeaker(doc: Doc, span: Span, lookup?: ActorLookup, last?: ActorLookup): Speaker {
  // "Apple's chief executive, Ana Lopes, said": the role and the person its apposition names
  const named = appositiveName(doc, span);
  if (named) span = { start: span.start, end: named.end };
  const text = doc.text.slice(span.start, span.end);
  if (named) return { text, start: span.start, end: span.end, actor: named.actor };
  // "Jo Lind, director of the institute at the university said:": the name before its unclosed apposition
  const lead = nameBeforeRole(doc, span);
  if (lead) return { text: doc.text.slice(lead.start, span.end), start: lead.start, end: span.end, actor: lead.actor };
  const base = { text, start: span.start, end: span.end };
  // the actor is read off the phrase without the modifiers that name someone else ("sources familiar
  // with his thinking", "an email … to X"); the speaker's words stay whole
  span = affiliation(doc, span);
  const fromLookup = lookup?.(doc, span) ?? null;
  if (fromLookup) return Object.assign({}, base, { actor: fromLookup });
  const mentions = (doc.layers.mentions ?? []).filter((m) => overlapLength(m, span) > 0);
  const best = pickMention(doc, mentions, span);
  if (best) return Object.assign({}, base, { actor: best.actor });
  const ents = (doc.layers.entities ?? []).filter((e) => e.actor && overlapLength(e, span) > 0);
  ents.sort((a, b) => b.end - b.start - (a.end - a.start));
  return Object.assign({}, base, { actor: ents[0]?.actor ?? last?.(doc, span) ?? null });
}

/** Prepositions of a phrase after a speaker's head noun that name the body the speaker belongs to or
 * the author ("a spokesman for X", "officials from X", "experts at X", "advisers to X", "a review by X"). */
const AFFILIATION = /^(?:of|for|at|from|in|on|to|with|by)$/;

/**
 * The part of a speaker phrase that says whom the speaker speaks for: the phrase cut before a modifier
 * after its head noun that names someone else — an adjective or participle phrase ("two sources
 * familiar with his thinking"; not one with a by-agent, "a study released by X"), a relative clause, or
 * the phrase of a preposition that names no affiliation ("officials about the accord with X"). Never
 * cut: a name a mention covers, a modifier with words of the phrase after it or a comma in it ("the
 * head of the department in X, Ana Lopes"). The span unchanged when nothing is cut.
 */
export function affiliation(doc: Doc, span: Span): Span {
  const tree = Tree.of(doc);
  const tokens = doc.layers.tokens;
  if (!tree || !tokens) return span;
  const { a, b } = tokenSpan(tokens, span);
  if (b - a < 3) return span;
  const head = tree.spanHead(a, b);
  const mentions = (doc.layers.mentions ?? []).filter((m) => m.start >= span.start && m.end <= span.end && m.via !== 'pronoun');
  const named = (c: number) => mentions.some((m) => m.start <= tokens[head].start && tokens[c].end <= m.end);
  let cut = b;
  for (const c of tree.children(head)) {
    if (c <= head || c >= b || named(c)) continue;
    const rel = tree.baseRel(c);
    const clause = rel === 'amod' || (rel === 'acl' && tree.byAgent(c) < 0);
    const other = rel === 'nmod' && tree.caseOf(c) !== '' && !AFFILIATION.test(tree.caseOf(c));
    if (!clause && !other) continue;
    let [lo, hi] = tree.subtreeRange(c);
    while (hi + 1 < b && tree.upos[hi + 1] === 'PUNCT') hi++;
    if (hi + 1 < b || tokens.slice(lo, hi + 1).some((x) => x.text === ',')) continue;
    while (lo > a && tree.upos[lo - 1] === 'PUNCT') lo--;
    if (lo > head && lo < cut) cut = lo;
  }
  return cut === b ? span : { start: span.start, end: tokens[cut - 1].end };
}

const PRONOUN = /^(?:he|she|it|they|we|i|you|who|which)$/i;
const FUNCTION_WORD = /^(?:the|a|an|of|for|at|in|on|to|and|[’']s)$/;

/**
 * A speaker phrase naming a role ("the party's campaign chairman", "Head teacher": a lower-case word
 * other than a function word) followed by a comma (after an optional bracket) and a person's name
 * set off as its apposition between commas ("…, Ana Lopes, said"; not "according to officials, Ana
 * Lopes was …"): the person's mention; null otherwise.
 */
function appositiveName(doc: Doc, span: Span): Mention | null {
  const words = doc.text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  if (!words.some((w) => /^\p{Ll}[\p{L}-]*$/u.test(w) && !FUNCTION_WORD.test(w))) return null;
  const after = /^(?:\s*\([^()\n]*\))?,[ \t]+/.exec(doc.text.slice(span.end, span.end + 120));
  if (!after) return null;
  const from = span.end + after[0].length;
  const persons = personIds(doc);
  const m = (doc.layers.mentions ?? []).filter((x) => x.start === from && persons.has(x.actor) && x.via !== 'pronoun').sort((x, y) => y.end - x.end)[0];
  if (!m) return null;
  return /^\s*,/.test(doc.text.slice(m.end, m.end + 5)) ? m : null;
}

/** Words before a name at the start of its sentence: titles and honorifics ("Professor", "Dr."). */
const TITLE_LEAD = /^(?:\p{Lu}[\p{L}.]*\s+)*$/u;

/**
 * A speaker phrase inside a role set off after a person's name with no comma to close it, the name
 * opening its sentence ("Jo Lind, director of the institute at the university said:", "Ana Lopes,
 * president and CEO of the airline said"): the parser gives the cue the role's last noun; the speaker
 * is the person's mention (a role word in lower case between them, no other punctuation); null otherwise.
 */
function nameBeforeRole(doc: Doc, span: Span): Mention | null {
  if (PRONOUN.test(doc.text.slice(span.start, span.end))) return null;
  const sentences = doc.layers.sentences ?? [];
  const sentence = sentences[sentenceAt(sentences, span.start)];
  if (!sentence) return null;
  // (the persons' ids made only when a mention stands in the sentence before the span)
  let persons: Set<string> | null = null;
  const m = (doc.layers.mentions ?? [])
    .filter((x) => x.start >= sentence.start && x.end < span.start && x.via !== 'pronoun' && (persons ??= personIds(doc)).has(x.actor))
    .sort((x, y) => x.start - y.start)[0];
  if (!m || !TITLE_LEAD.test(doc.text.slice(sentence.start, m.start))) return null;
  const role = /^,[ \t]+([^,;:!?()"\u201C\u201D\n]*)$/.exec(doc.text.slice(m.end, span.start));
  if (!role) return null;
  const words = `${role[1]} ${doc.text.slice(span.start, span.end)}`.split(/\s+/).filter(Boolean);
  return words.some((w) => /^\p{Ll}[\p{L}-]*$/u.test(w) && !FUNCTION_WORD.test(w)) ? m : null;
}

/**
 * A speaker that is a bare capitalised word, after an optional honorific ("Law", "Mr. King"), no mention
 * covers: the one person actor named before it in the document whose family name that word is; null
 * when none or several are.
 */
export function familyNameActor(doc: Doc, span: Span, honorifics: ReadonlyMap<string, unknown>): string | null {
  const words = doc.text.slice(span.start, span.end).split(/\s+/).filter(Boolean);
  if (words.length === 2 && honorifics.has(words[0].toLowerCase())) words.shift();
  if (words.length !== 1 || PRONOUN.test(words[0]) || !/^\p{Lu}[\p{L}'’-]+$/u.test(words[0])) return null;
  const before = new Set((doc.layers.mentions ?? []).filter((m) => m.end <= span.start).map((m) => m.actor));
  const ids = (doc.layers.actors ?? [])
    .filter((a) => a.kind === 'person' && before.has(a.id) && familyName(a.name.split(/\s+/)) === words[0])
    .map((a) => a.id);
  return ids.length === 1 ? ids[0] : null;
}

/** Longest mention; a person actor beats a country of the same phrase ("Poland's Mr Duda"). */
function pickMention(doc: Doc, mentions: Mention[], span: Span): Mention | null {
  if (!mentions.length) return null;
  const actors = actorsById(doc);
  const score = (m: Mention) =>
    overlapLength(m, span) * 2 +
    (actors.get(m.actor)?.kind === 'person' ? 50 : 0) +
    (m.via === 'pronoun' ? 0 : 5) +
    m.confidence +
    m.end / 1e7; // rightmost on ties: "a spokesperson for the EU" → the EU
  return [...mentions].sort((a, b) => score(b) - score(a))[0];
}

/** A key grouping quotes by who said them (actor id, else the lower-cased name; null for bare pronouns). */
export function speakerKey(s: Speaker | null): string | null {
  if (!s) return null;
  if (s.actor) return s.actor;
  if (/^(he|she|they|it|we|i|you)$/i.test(s.text)) return null;
  return s.text.toLowerCase().replace(/^(the|a|an)\s+/, '');
}

/** A word of kinship in the lexicon's kin-noun class, in the singular or plural ("wife", "parents", "relatives"). */
function isKin(word: string, kin: ReadonlySet<string>): boolean {
  const w = word.toLowerCase();
  return singularIn(kin, w) || (w === 'children' && kin.has('child'));
}

const POSSESSIVE_PRONOUN = /^(?:his|her|their)$/i;

/**
 * The mentions inside a speaker phrase that name whom the speaker is kin to: the possessor before a
 * kin noun ("Ian's wife", "Thomas' sister", "her parents", "Scott's family": a name's possessive or a
 * possessive pronoun, up to two lower-case words between) or the object of "of" after one ("the widow
 * of X"). Those mentions name another person than the speaker.
 */
function kinOwners(doc: Doc, span: Span, kin: ReadonlySet<string>): Mention[] {
  const text = doc.text;
  const inside = (doc.layers.mentions ?? []).filter((m) => m.start >= span.start && m.end <= span.end);
  return inside.filter((m) => {
    const after = text.slice(m.end, span.end);
    const lead = POSSESSIVE_PRONOUN.test(m.text) ? /^\s+/.exec(after) : /^['\u2019]s?\s+/u.exec(after);
    if (lead && kinAhead(after.slice(lead[0].length), kin)) return true;
    const of = /(\p{L}+)\s+of\s+(?:the\s+)?$/u.exec(text.slice(span.start, m.start));
    return !!of && isKin(of[1], kin);
  });
}

/** A kin noun among the first three words of `s`, only lower-case words before it ("late wife", "two sons"). */
function kinAhead(s: string, kin: ReadonlySet<string>): boolean {
  for (const w of s.split(/\s+/).slice(0, 3)) {
    const word = w.replace(/[^\p{L}-]+$/u, '');
    if (isKin(word, kin)) return true;
    if (!/^\p{Ll}/u.test(word)) return false;
  }
  return false;
}

/**
 * The mentions that name the person whose aide, adviser, doctor or campaign manager the speaker phrase
 * names: the phrase's head noun (or the noun after "one of", "some of") is a person noun (`personNoun`
 * on its lemma) and the tree gives it a possessor ("Obama's former campaign strategist", "one of the
 * senator's advisers", "his lawyer") or a to/for/of phrase ("advisers to Mr. Lee"): Tree.served; the
 * mentions over that word, when they name a person. A
 * body's people ("Apple's chief executive", "Germany's foreign minister") are left to the mentions.
 */
function personOwners(doc: Doc, span: Span, personNoun: WordClass): Mention[] {
  const tree = Tree.of(doc);
  if (!tree) return [];
  const { a, b } = tokenSpan(doc.layers.tokens!, span);
  if (b <= a) return [];
  // (the last common noun of the phrase hung outside it: the parser may split a long title from its head
  // noun, "Libertarian presidential candidate Gary Johnson's doctor" with "candidate" a second subject)
  let h = tree.spanHead(a, b);
  for (let k = b - 1; k > h; k--) if ((tree.head(k) < a || tree.head(k) >= b) && tree.upos[k] === 'NOUN') { h = k; break; }
  // "one of Mr. Lee's advisers", "two of her aides": the people the quantifier picks out
  if (tree.upos[h] === 'NUM' || tree.upos[h] === 'PRON') h = tree.children(h, 'nmod').find((c) => c < b && tree.caseOf(c) === 'of') ?? h;
  // (the lemma, else the word in the singular: a capitalised "Advisers" opening a sentence keeps its plural)
  const w = tree.lemma(h).toLowerCase();
  if (tree.upos[h] !== 'NOUN' || !singularIn(personNoun, w)) return [];
  const k = tree.served(h);
  if (k < a || k >= b) return [];
  const t = doc.layers.tokens![k];
  const noun = doc.layers.tokens![h];
  const persons = personIds(doc);
  // (not a mention over the noun too: "secretary of state" inside the title of the one it names)
  return (doc.layers.mentions ?? []).filter((m) => m.start <= t.start && m.end >= t.end && m.end <= span.end && overlapLength(m, noun) === 0 && persons.has(m.actor));
}

/**
 * A speaker phrase that names someone by kinship ("Ian's wife", "her parents said", "Scott's family")
 * or by a person noun with a person's possessor ("Obama's former campaign strategist", "his aides say",
 * `personNoun`) takes no actor from the person it is kin to or serves: another mention in the phrase
 * gives its actor ("Ian's wife Cynthia Lau", "the candidate's doctor" read as a health sector phrase),
 * else it has none. Returns the speaker unchanged when the phrase has no such owner or the actor it has
 * is not the owner's.
 */
export function kinSpeaker(doc: Doc, sp: Speaker, kin: ReadonlySet<string>, personNoun?: WordClass): Speaker {
  if (!sp.actor || sp.start === undefined || sp.end === undefined) return sp;
  const span = { start: sp.start, end: sp.end };
  const owners = [...kinOwners(doc, span, kin), ...(personNoun ? personOwners(doc, span, personNoun) : [])];
  if (!owners.some((m) => m.actor === sp.actor)) return sp;
  const others = (doc.layers.mentions ?? []).filter((m) => overlapLength(m, span) > 0 && !owners.some((o) => overlapLength(o, m) > 0));
  const best = pickMention(doc, others, span);
  return Object.assign({}, sp, { actor: best && !owners.some((o) => o.actor === best.actor) ? best.actor : null });
}

/** Paragraphs back within which a bare "the spokesperson" follows the organisation that spoke before it. */
const PROXY_REACH = 3;

/**
 * A bare proxy phrase as speaker ("The spokesperson added …", "a spokesman announced", words of kind
 * proxy in media.yaml, an article at most) names no body itself; the actors stage gives it the government
 * of the document's country (a sector phrase) or nothing. When the attribution before it, within three
 * paragraphs, has an organisation as speaker ("A spokesperson for the firm said …", "Instagram
 * confirmed …"), it speaks for that organisation. `quotes` in text order; speakers are replaced in place.
 */
export function proxySpeakers(doc: Doc, quotes: Pick<Quote, 'start' | 'speaker' | 'scare'>[], proxy: (phrase: string) => boolean, paraOf: (pos: number) => number): void {
  const actors = actorsById(doc);
  let prev: { actor: string; para: number } | null = null;
  for (const q of quotes) {
    const sp = q.speaker;
    if (q.scare || !sp || sp.start === undefined || sp.end === undefined) continue;
    const bare = /^(?:(?:the|a|an)\s+)?(.+)$/i.exec(sp.text.trim());
    const span = { start: sp.start, end: sp.end };
    const named = (doc.layers.mentions ?? []).some((m) => overlapLength(m, span) > 0 && m.via !== 'sector-phrase');
    if (bare && proxy(bare[1].toLowerCase().replace(/\s+/g, ' ')) && !named && prev && paraOf(sp.start) - prev.para <= PROXY_REACH) {
      q.speaker = Object.assign({}, sp, { actor: prev.actor });
    }
    const actor: string | null | undefined = q.speaker?.actor;
    const kind: string | undefined = actor ? actors.get(actor)?.kind : undefined;
    prev = actor && (kind === 'org' || kind === 'igo') ? { actor, para: paraOf(sp.start) } : actor ? null : prev;
  }
}

/** Pronouns of a person's mentions that tell the person's gender. */
const MALE = /^(?:he|him|his|himself|mr\.?)$/i;
const FEMALE = /^(?:she|her|hers|herself|mrs\.?|ms\.?|miss)$/i;

/**
 * A person's gender: from the pronouns resolved to it and the honorifics opening its mentions, else the
 * one the actors stage gives it (registry, honorific, given name); null when none or both are read.
 */
function genderOf(doc: Doc, actor: Actor): 'm' | 'f' | null {
  let m = false;
  let f = false;
  for (const x of doc.layers.mentions ?? []) {
    if (x.actor !== actor.id) continue;
    const first = x.text.split(/\s+/)[0] ?? '';
    if (MALE.test(first)) m = true;
    if (FEMALE.test(first)) f = true;
  }
  if (m !== f) return m ? 'm' : 'f';
  return m ? null : (actor.gender ?? null);
}

/**
 * A pronoun speaker the actors stage left without an actor ("However, he went on to say …" after a run
 * of quotation paragraphs, "“…,” she added") speaks for the speaker of the attribution just before it,
 * along the attribution chain: "he"/"she" for a person of no other gender, "it" for an organisation,
 * when no sentence with words outside quotation marks stands between the two speakers (the quoted
 * sentences between are that speaker's words). `quotes` in text order; speakers are replaced in place;
 * `quoted` are the spans inside quotation marks.
 */
export function chainPronouns(doc: Doc, quotes: Pick<Quote, 'speaker' | 'scare'>[], quoted: Span[]): void {
  const actors = actorsById(doc);
  const sentences = doc.layers.sentences ?? [];
  // a sentence with a letter outside quotation marks: narrative, which breaks the chain
  const narrative = (k: number): boolean => {
    const { start, end } = sentences[k];
    for (let i = start; i < end; i++) {
      if (/\p{L}/u.test(doc.text[i]) && !quoted.some((q) => q.start <= i && i < q.end)) return true;
    }
    return false;
  };
  let prev: { actor: string | null; sentence: number } | null = null;
  for (const q of quotes) {
    const sp = q.speaker;
    if (q.scare || !sp || sp.start === undefined) continue;
    const sentence = sentenceAt(sentences, sp.start);
    const pron = sp.text.trim().toLowerCase();
    if (!sp.actor && prev?.actor && sentence >= 0 && prev.sentence >= 0 && /^(?:he|she|it)$/.test(pron)) {
      const actor = actors.get(prev.actor);
      const kind = actor?.kind;
      const fits = pron === 'it' ? kind === 'org' || kind === 'igo' : !!actor && kind === 'person' && genderOf(doc, actor) !== (pron === 'he' ? 'f' : 'm');
      let between = false;
      for (let k = prev.sentence + 1; k < sentence && !between; k++) between = narrative(k);
      if (fits && !between && sentence >= prev.sentence) q.speaker = Object.assign({}, sp, { actor: prev.actor });
    }
    prev = { actor: q.speaker?.actor ?? null, sentence };
  }
}

/**
 * A "he"/"she" speaker whose actor the actors stage read off a person named inside reported words is not
 * that person when (1) the words are the pronoun's own content, told before it in the same sentence ("The
 * bear knocked Mr. Lind to the ground, he said": the subject of a cue never names someone inside its own
 * complement), or (2) they are the content of the attribution just before it, in the same or the previous
 * sentence, whose speaker is a person the pronoun fits ("Her brother is in hospital, according to Tom Eck.
 * He said …": the speaker goes on, not the one spoken of). The referent is the nearest earlier mention of
 * the actor by name (not by pronoun). `bare(k)` says quote k's cue takes no complement of its own after
 * it (no clause, infinitive or particle: "…, he said" and not "…, he showed up a lot"), which (1) needs.
 * The speaker loses that actor; `chainPronouns`, run after, gives it the person before when only quoted
 * sentences stand between. `quotes` in text order; speakers are replaced in place.
 */
export function contentPronouns(doc: Doc, quotes: Pick<Quote, 'start' | 'end' | 'parts' | 'speaker' | 'scare'>[], bare: (k: number) => boolean): void {
  const actors = actorsById(doc);
  const mentions = doc.layers.mentions ?? [];
  const sentences = doc.layers.sentences ?? [];
  let prev: Pick<Quote, 'end' | 'start' | 'parts' | 'speaker'> | null = null;
  for (const [k, q] of quotes.entries()) {
    const sp = q.speaker;
    if (q.scare || !sp || sp.start === undefined) continue;
    const pron = sp.text.trim().toLowerCase();
    const actor = sp.actor ? actors.get(sp.actor) : undefined;
    if ((pron === 'he' || pron === 'she') && actor?.kind === 'person') {
      let ref: Mention | null = null;
      for (const m of mentions) if (m.actor === actor.id && m.via !== 'pronoun' && m.end <= sp.start && (!ref || m.start > ref.start)) ref = m;
      const here = sentenceAt(sentences, sp.start);
      const own = !!ref && q.end <= sp.start && sentenceAt(sentences, ref.start) === here && inQuoteContent(q, ref.start) && bare(k);
      const before = prev?.speaker?.actor ? actors.get(prev.speaker.actor) : undefined;
      const fits = !!before && before.id !== actor.id && before.kind === 'person' && genderOf(doc, before) !== (pron === 'he' ? 'f' : 'm');
      const told = !!ref && !!prev && fits && here - sentenceAt(sentences, prev.end - 1) <= 1 && inQuoteContent(prev, ref.start);
      if (own || told) q.speaker = Object.assign({}, sp, { actor: null });
    }
    prev = q;
  }
}
