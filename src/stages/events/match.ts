// Matching compiled patterns against the chunked token layer: finds triggers by lemma, walks the
// template after them, fills SOURCE and TARGET from the clause (subject, object, passive "by", noun
// possessor or light verb) and returns candidate events with their evidence and mode.
import type { Doc, Entity, EventParty, Plover, Quote, Span, Token } from '../../doc/types.ts';
import { lowerTexts } from '../../doc/token-views.ts';
import { nounForms } from './party-head.ts';
import { inQuoteContent, locatedPlaces, tokenSpan } from '../../doc/doc.ts';
import { byAgent, isTimeNP, isVerb, npsFrom, sentenceRange, subjectOf, type Analysis, type NP, type SubjectInfo, type VerbGroup } from './chunks.ts';
import type { WordSetName } from './lexicon.ts';
import { conditional, groupMode, type BaseMode } from './mode.ts';
import { factualInfinitiveHost } from './factual-infinitive.ts';
import { bareParty, isAgentNoun, isUnplaced, regionPlaceIn, mentionsIn, partyOf, partyOfActor, possessorOf, RELATION_CLASSES, resolveNP, type PartyIndex, type Resolved } from './parties.ts';
import type { Pattern, PatternIndex, Step } from './patterns.ts';
import type { Tree } from '../../doc/tree.ts';
import { agentNPs, nodeNP, nodesNPs, objectController, treeAgents, treeSubjects } from './tree-args.ts';
import { reducedPassiveAgent } from './reduced-passive.ts';
import { passiveRecipientSteps } from './passive-recipient.ts';
import { aidRecipient, givesNoAid } from './aid-recipient.ts';
import type { HomeCountry } from './home-country.ts';
import { unlessRelativePronoun } from './relative-antecedent.ts';
import { headNamesSomeone } from './person-target.ts';
import { apposedObject } from './apposed-object.ts';
import { inclusionPossessor } from './inclusion-possessor.ts';
import { ofConjuncts } from './of-conjuncts.ts';
import { collectivePair } from './collective-pair.ts';
import { backerPhrase, winFrame } from './won-backing.ts';
import { namingClause } from './naming-clause.ts';
import { ageOfName, appendedToSubject } from './subject-appendage.ts';
import { auxConjunctHead, relativeConjunctHead, reportedConjunctHead } from './shared-conjunct.ts';
import { sameParty } from './same-party.ts';
import { deniedClaimAuthor, genitiveAuthor } from './answered-author.ts';

export interface Candidate {
  pattern: Pattern;
  source: EventParty;
  target: EventParty;
  trigger: Span & { text: string };
  triggerToken: number;
  sentence: number;
  baseMode: BaseMode;
  quote: number | null;
  /** When the source/target comes from a rule resolved after matching ("accuser"). */
  pendingTarget?: 'accuser';
  /** The clause states the source's intent to do it ("will release", "is willing to provide", "agreed to
   * allow") or its refusal ("refused to allow", "will not lift"): see index.ts, which codes AGREE/REJECT. */
  stance?: 'intent' | 'refusal' | 'threat' | 'vow';
  /** The trigger's clause is a relative clause whose subject is the relative pronoun ("a fire that killed 19"). */
  relative?: boolean;
}

interface Bindings {
  S?: NP[];
  T?: NP[];
  end?: number;
}

const QUANTIFIERS = [['at', 'least'], ['more', 'than'], ['fewer', 'than'], ['less', 'than'], ['up', 'to'], ['as', 'many', 'as'], ['nearly'], ['almost'], ['about'], ['around'], ['over'], ['some']];

/** "arrested more than 100 members", "deported at least four people": skip a quantity phrase before a number. */
function skipQuantifier(tokens: Token[], p: number, end: number): number {
  for (const q of QUANTIFIERS) {
    if (p + q.length < end && q.every((w, k) => tokens[p + k].text.toLowerCase() === w) && tokens[p + q.length].pos === 'NUM') return p + q.length;
  }
  return p;
}

const ATTRIBUTIVE_BEFORE = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);
const STOP = new Set(['.', ';', ':', '?', '!']);
const QUOTE_MARK = /^[“”"‘’]$/;

/** `stretch` multiplies every gap's length (see treeStretched). */
function matchSteps(a: Analysis, steps: Step[], si: number, pos: number, end: number, b: Bindings, stretch = 1): Bindings | null {
  if (si === steps.length) return Object.assign({}, b, { end: pos });
  const step = steps[si];
  const { tokens } = a;
  // A quote mark glued to the word before it closes a quote.
  const closingQuote = (p: number) => p > 0 && QUOTE_MARK.test(tokens[p].text) && tokens[p].start === tokens[p - 1].end && !(a.npOf[p] >= 0 && a.nps[a.npOf[p]].start === p);
  // Adverbs may sit anywhere between template words ("accused Poland publicly of"), and so may the
  // mark that closes a partial quote (said it was "firmly opposed" to the plan).
  const skipAdv = (p: number) => {
    while (p < end && ((tokens[p].pos === 'ADV' && tokens[p].lemma !== 'not') || closingQuote(p))) p++;
    return p;
  };
  switch (step.kind) {
    case 'word': {
      const at = (k: number) => k < end && (step.alts.includes(tokens[k].lemma) || step.alts.includes(tokens[k].text.toLowerCase()));
      // A particle the tagger calls an adverb ("rolled back") is the template word itself, not skipped.
      const p = step.alts.includes('-') || at(pos) ? pos : skipAdv(pos);
      if (p < end && (step.alts.includes(tokens[p].lemma) || step.alts.includes(tokens[p].text.toLowerCase()))) {
        const r = matchSteps(a, steps, si + 1, p + 1, end, b, stretch);
        if (r) return r;
      }
      // Stretched (tree-checked) matching also skips up to two prepositional or time phrases before the
      // template word that introduces a party: "held talks in Jerusalem with T", "carried out strikes
      // Friday evening against T" (not "ordered T … to": the word after a party stays next to it).
      if (stretch > 1 && steps[si + 1]?.kind === 'slot') {
        let q = p;
        const pp = (k: number) => si > 0 && k + 1 < end && tokens[k].pos === 'ADP' && !at(k) && a.npOf[k + 1] >= 0;
        const timeNP = (k: number) => k < end && a.npOf[k] >= 0 && isTimeNP(a, a.nps[a.npOf[k]]);
        for (let n = 0; n < 2 && (pp(q) || timeNP(q)); n++) {
          q = pp(q) ? a.nps[a.npOf[q + 1]].end : a.nps[a.npOf[q]].end;
          if (at(q)) {
            const r = matchSteps(a, steps, si + 1, q + 1, end, b, stretch);
            if (r) return r;
          }
        }
      }
      return step.optional ? matchSteps(a, steps, si + 1, pos, end, b, stretch) : null;
    }
    case 'verb': {
      let p = skipAdv(pos);
      // 'insisted that T "stop …"', 'threatened to "crush" T': a partial quote may open at the verb.
      if (p + 1 < end && /^[“"‘]$/.test(tokens[p].text) && tokens[p].start > tokens[p - 1].end) p++;
      if (step.base && p < end && !isBareBase(tokens[p])) return null;
      return p < end && isVerb(tokens[p]) ? matchSteps(a, steps, si + 1, p + 1, end, b, stretch) : null;
    }
    case 'slot': {
      const p0 = skipAdv(pos);
      // "some 74 political leaders" is one phrase: skip a quantifier only when no phrase starts with it.
      const own = a.npOf[p0] >= 0 && a.nps[a.npOf[p0]].start === p0 && a.nps[a.npOf[p0]].end > p0 + 1;
      let p = own ? p0 : skipQuantifier(tokens, p0, end);
      if (p < end && /^[“"‘]$/.test(tokens[p].text) && a.npOf[p] < 0) p++;
      const nps = npsFrom(a, p, end);
      if (!nps.length) return null;
      if (step.heads && !nps.every((np) => step.heads!.includes(tokens[np.head].lemma) || step.heads!.includes(tokens[np.head].text.toLowerCase()))) return null;
      const last = nps[nps.length - 1];
      const r = matchSteps(a, steps, si + 1, last.end, end, Object.assign({}, b, { [step.role]: nps }), stretch);
      if (r) return r;
      // "found Barbarin guilty of": a predicative adjective the chunker glued after the head.
      let k = last.head + 1;
      while (k < last.end && tokens[k].pos === 'ADJ') k++;
      return k === last.end && last.head + 1 < last.end ? matchSteps(a, steps, si + 1, last.head + 1, end, Object.assign({}, b, { [step.role]: nps }), stretch) : null;
    }
    case 'gap': {
      // The gap is counted in units: a noun phrase is one unit however long ("in the United States
      // District Court against"), every other token one.
      let units = 0;
      for (let p = pos; p <= end; p++) {
        if (p > pos) {
          const t = tokens[p - 1];
          if (STOP.has(t.text) || t.pos === 'SCONJ' || (t.text.toLowerCase() === 'that' && t.pos !== 'DET')) break;
          const k = p - 1;
          if (!(k > pos && a.npOf[k] >= 0 && a.npOf[k] === a.npOf[k - 1])) units++;
          if (units > step.max * stretch) break;
        }
        const r = matchSteps(a, steps, si + 1, p, end, b, stretch);
        if (r) return r;
      }
      return null;
    }
  }
}

/** A verb written in its base form, not "be" ("stop", "leave"; not "stopped", "stops", "was"). */
function isBareBase(t: Token): boolean {
  const w = t.text.toLowerCase();
  return w === t.lemma && t.lemma !== 'be';
}

export interface MatchContext {
  doc: Doc;
  a: Analysis;
  idx: PartyIndex;
  patterns: PatternIndex;
  quotes: Quote[];
  /** The dependency tree when the syntax stage ran: argument structure is read from it first. */
  tree: Tree | null;
  /** The country an article sets its unnamed people in (see home-country.ts). */
  home?: HomeCountry;
  /** The types templates refused at a trigger (see refuse): filled by matching, read by the trained type model. */
  refused?: Map<number, Set<Plover>>;
  /** Where given, told why each trigger coded what it did or nothing (scripts/explain-events.ts). */
  trace?: EventTrace;
}

/** A note on a candidate trigger: token index, what became of it, and the same in fields (scripts/explain-events.ts --dir). */
export type EventTrace = (token: number, note: string, info: TraceInfo) => void;

/**
 * What a trace note says, in fields: the trigger's verdict (inside a name, no reading of its part of
 * speech, refused by an argument class or gate, words matched but no parties, words not matched, a
 * candidate), one template's failure on the way (`template`: no source or target party) or a candidate
 * dropped later (`dropped`, with the reason). `patterns` are the template ids the note names, `tried`
 * the templates whose match was run at the trigger.
 */
export interface TraceInfo {
  verdict: 'inside-name' | 'wrong-tag' | 'no-reading' | 'refused' | 'no-parties' | 'no-match' | 'candidate' | 'template' | 'dropped';
  patterns?: string[];
  tried?: string[];
  reason?: string;
  /** The gate or argument class that refused a template (`refuse`), where one is named. */
  gate?: string;
}

/**
 * A template's words matched at trigger i but its argument class or a gate said no ("released the text
 * of an email": `release T` wants an agent; "provides video": no aid). That is knowledge about the
 * trigger: the trained type model (typed-candidates.ts) does not code it with the template's type either.
 * Returns no candidates.
 */
export function refuse(ctx: Pick<MatchContext, 'refused' | 'trace'>, i: number, type: Plover, gate?: string, id?: string): Candidate[] {
  if (ctx.refused) ctx.refused.set(i, (ctx.refused.get(i) ?? new Set<Plover>()).add(type));
  // The gate's name in the trace, so a census of refusals can count them by gate (scripts/explain-events.ts --dir).
  if (gate) ctx.trace?.(i, `${id ?? type}: refused by gate ${gate}`, { verdict: 'template', patterns: id ? [id] : [], reason: gate, gate });
  return [];
}

/** The quote whose content span contains `pos`, as an index, or -1 (an intention's content is the source's own act). */
export function quoteAt(quotes: Quote[], pos: number): number {
  let best = -1;
  for (let q = 0; q < quotes.length; q++) {
    const x = quotes[q];
    if (!x.intent && inQuoteContent(x, pos) && (best < 0 || x.end - x.start < quotes[best].end - quotes[best].start)) best = q;
  }
  return best;
}

/** The actor parties of the NPs; with `bare`, an NP naming no actor becomes a bare party (actor null, its text). */
function resolveAll(ctx: MatchContext, nps: NP[] | undefined, bare: boolean | 'agent' = true): Resolved[] {
  if (!nps) return [];
  const out: Resolved[] = [];
  for (const np of nps) {
    // "the two countries", "both leaders": the two actors named last (collective-pair.ts)
    const pair = collectivePair(ctx.a, ctx.tree, ctx.idx, np);
    if (pair) {
      out.push(...pair);
      continue;
    }
    const r = resolveNP(ctx.a, ctx.idx, np) ?? complementParty(ctx, np, bare);
    if (r) {
      out.push(r);
      if (ctx.tree) out.push(...ofConjuncts(ctx.a, ctx.tree, ctx.idx, np, r));
    } else if (bare) {
      const party = bareParty(ctx.a, np, ctx.doc.text, ctx.doc.layers.timexes ?? [], bare === 'agent', locatedPlaces(ctx.doc.layers.places), ctx.doc.layers.entities ?? []);
      // "Gunmen opened fire", "demonstrators gathered": people the article sets in its country.
      const head = ctx.a.tokens[np.head];
      // (a phrase whose words told the actors stage a sector names people or a body: "her parents")
      if (party && !party.country && ctx.home && (isAgentNoun(ctx.a, head) || !!party.sector) && !isUnplaced(party)) {
        party.country = ctx.home.of(head.sentence);
        if (party.country) party.countryFrom = 'article';
      }
      if (party) out.push({ party, mention: null });
    }
  }
  return out;
}

/**
 * "condemned the protest by white farmers", "allow the return of UN workers": a phrase headed by a thing
 * (not a person, group or role) whose of/by phrase names an actor or people stands for them.
 */
function complementParty(ctx: MatchContext, np: NP, bare: boolean | 'agent'): Resolved | null {
  const { a } = ctx;
  const { tokens } = a;
  const head = tokens[np.head];
  if (head.pos !== 'NOUN' || a.lex.has('agent-noun', head.lemma) || a.lex.has('pass-through-noun', head.lemma)) return null;
  const p = tokens[np.end];
  if (!p || p.sentence !== head.sentence || p.pos !== 'ADP' || !['of', 'by'].includes(p.text.toLowerCase())) return null;
  const next = a.npOf[np.end + 1];
  if (next === undefined || next < 0) return null;
  const inner = a.nps[next];
  const r = resolveNP(a, ctx.idx, inner);
  if (r) return r;
  if (!bare) return null;
  const party = bareParty(a, inner, ctx.doc.text, ctx.doc.layers.timexes ?? [], true, locatedPlaces(ctx.doc.layers.places), ctx.doc.layers.entities ?? []);
  return party ? { party, mention: null } : null;
}

/** A phrase that can be acted upon as a party: it names an actor, or is headed by a name, a pronoun, a
 * number or a people/organisation noun, or is a thing standing for the actor of its of/by phrase. */
function agentLike(ctx: MatchContext, np: NP): boolean {
  const { a } = ctx;
  const h = a.tokens[np.head];
  // "did not meet the League of Ports' entry rules": a name the chunker cut off before its
  // possessive is, in the tree, the possessor of a thing, and the thing is what is acted upon.
  const owned = ctx.tree ? ctx.tree.possessum(np.head) : -1;
  if (owned >= np.end && a.tokens[owned].pos === 'NOUN' && !isAgentNoun(a, a.tokens[owned]) && !a.lex.has('pass-through-noun', a.tokens[owned].lemma)) return false;
  if (h.pos === 'PROPN' || h.pos === 'PRON' || h.pos === 'NUM' || isAgentNoun(a, h)) return true;
  // "killed dozens of people", "held hundreds of members": a quantity or group head lends itself to its of-phrase.
  // The of-phrase may be the chunker's next phrase or inside this one ("dozens of IS members").
  if (h.pos === 'NOUN' && a.lex.has('pass-through-noun', h.lemma) && a.tokens[np.head + 1]?.text.toLowerCase() === 'of') {
    for (let k = np.head + 2; k < np.end; k++) if (a.tokens[k].pos === 'PROPN' || isAgentNoun(a, a.tokens[k])) return true;
    // The first phrase after "of" (a word the tagger left out of it in between: "of IS members").
    for (let k = np.head + 2; k <= np.head + 3 && a.tokens[k]?.sentence === h.sentence; k++) {
      const next = a.npOf[k];
      if (next >= 0 && next !== a.npOf[np.head]) return agentLike(ctx, a.nps[next]);
    }
  }
  // A thing is no party even with an actor as possessor ("the CIA's conclusion", "Russia's economy"),
  // only through its of/by phrase ("the home of a landowner") or a name the chunker glued before it in a
  // double object ("promised Uganda full access").
  if (h.pos === 'NOUN' && a.tokens.slice(np.start, np.end).some((t) => POSSESSIVE_MARK.has(t.text.toLowerCase()))) return !!complementParty(ctx, np, true);
  return !!resolveNP(a, ctx.idx, np) || !!complementParty(ctx, np, true);
}

/** A phrase headed by a common noun that is no person, group or role ("humanitarian assistance"). */
function isThing(a: Analysis, np: NP): boolean {
  return isThingWord(a, np.head);
}

/** Whether token k is a common noun naming no people (not an agent noun, not a group or quantity head). */
function isThingWord(a: Analysis, k: number): boolean {
  const h = a.tokens[k];
  return h.pos === 'NOUN' && !a.lex.has('agent-noun', h.lemma) && !a.lex.has('pass-through-noun', h.lemma);
}

const POSSESSIVE_MARK = new Set(["'s", '’s', "'", '’']);
const PERSONAL_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'them']);
const LOOSE_PREPS = new Set(['on', 'of', 'in', 'with', 'against', 'to', 'for', 'into']);

const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);
/** How far back (in noun phrases) a definite thing looks for its earlier mention. */
const ANTECEDENT_REACH = 400;

/**
 * "Iran's missile test … Britain said it was opposed to the test": a bare party that is a
 * definite thing ("the test", "this attack") and names no one stands for the nearest earlier phrase with
 * the same head noun whose possessor, modifier or of/by phrase names an actor ("Iran's new
 * missile test", "the attack by the rebels"); the party keeps its own words.
 */
function earlierOwner(ctx: MatchContext, t: EventParty, nps: NP[]): EventParty | null {
  const { a } = ctx;
  const np = nps.find((x) => a.tokens[x.start].start === t.start || (a.tokens[x.start].start <= t.start! && t.start! < a.tokens[x.end - 1].end));
  if (!np || !isThing(a, np) || np.end - np.start > 4) return null;
  if (!DEFINITE.has(a.tokens[np.start].text.toLowerCase())) return null;
  const head = a.tokens[np.head];
  if (a.lex.has('non-party', head.lemma)) return null;
  let k = a.npOf[np.start];
  for (let n = 0; --k >= 0 && n < ANTECEDENT_REACH; n++) {
    const prev = a.nps[k];
    if (a.tokens[prev.head].lemma !== head.lemma) continue;
    const r = resolveNP(a, ctx.idx, prev) ?? complementParty(ctx, prev, false);
    if (r && (r.party.actor || r.party.country)) return Object.assign({}, r.party, { start: t.start, end: t.end, text: t.text });
  }
  return null;
}

/**
 * The target of a source-only event named loosely in its clause: the first party in a prepositional
 * phrase after the trigger ("lifted the ban on girls", "declared a ceasefire in Somalia", "called off the
 * strike after an agreement with the government"); null when the clause names none.
 */
function looseTarget(ctx: MatchContext, from: number, untilClause = false, own: readonly Step[] = []): EventParty | null {
  const { a } = ctx;
  const { tokens } = a;
  // "fought the dam in court": a phrase the template's own words name is part of the act, no party.
  const ownWord = (np: NP) => own.some((s) => s.kind === 'word' && (s.alts.includes(tokens[np.head].lemma) || s.alts.includes(tokens[np.head].text.toLowerCase())));
  const end = from < tokens.length ? sentenceRange(a, from)[1] : from;
  for (let k = from; k + 1 < end; k++) {
    const t = tokens[k];
    const l = t.text.toLowerCase();
    // "will not end the strike until the government pays": a withheld act is aimed at whoever must act first.
    if (untilClause && l === 'until' && a.npOf[k + 1] >= 0) {
      const r = resolveAll(ctx, [a.nps[a.npOf[k + 1]]], 'agent').filter((x) => x.party.actor || x.party.country || !PERSONAL_PRONOUNS.has((x.party.text ?? '').toLowerCase()));
      return r.length ? r[0].party : null;
    }
    if (STOP.has(t.text) || t.text === ',' || t.pos === 'SCONJ' || a.lex.has('relative', l) || (t.pos === 'VERB' && a.groupAt.has(k))) return null;
    if (!(t.pos === 'ADP' && LOOSE_PREPS.has(l)) || a.npOf[k + 1] < 0 || ownWord(a.nps[a.npOf[k + 1]])) continue;
    const r = resolveAll(ctx, [a.nps[a.npOf[k + 1]]], 'agent');
    if (r.length) return r[0].party;
  }
  return null;
}

/** The sector the actors stage read from the words of the first of `nps` that tells one ("seven people"
 * → CVL, "protesters" → CVL), or null. */
function toldSector(ctx: MatchContext, nps: NP[]): string | null {
  for (const np of nps) {
    const p = bareParty(ctx.a, np, ctx.doc.text, ctx.doc.layers.timexes ?? [], true, [], ctx.doc.layers.entities ?? []);
    if (p?.sector) return p.sector;
  }
  return null;
}

function npText(ctx: MatchContext, nps: NP[] | undefined): { text: string; start: number; end: number } | null {
  if (!nps?.length) return null;
  const t = ctx.a.tokens;
  const start = t[nps[0].start].start;
  const end = t[nps[nps.length - 1].end - 1].end;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

/** The two parties are one, so a record between them would be aimed at itself (same-party.ts). */
function sameActor(x: EventParty, y: EventParty, ctx: MatchContext): boolean {
  return sameParty(x, y, ctx.a.tokens, ctx.tree);
}

/**
 * "what Turnbull called North Korea's reckless actions", "a policy he called a failure": a relative
 * clause whose object is the extracted antecedent and whose verb keeps only a bare nominal or
 * adjectival xcomp names or describes that antecedent; "call T" (phone) does not describe it.
 */
function namesExtracted(tree: Tree, i: number): boolean {
  if (!tree.rel(i).startsWith('acl') || tree.object(i) >= 0) return false;
  const bare = (c: number) => !tree.children(c).some((k) => ['mark', 'cop', 'case'].includes(tree.baseRel(k)));
  return tree.children(i, 'xcomp').some((c) => ['NOUN', 'PROPN', 'ADJ'].includes(tree.upos[c]) && bare(c));
}

/** Whether a bound phrase hangs below trigger i through a "to" clause the template does not reach into
 * ("pledge ... on T" in "pledged to impose sanctions on Iran"). The template reaches into it when it has a
 * verb step ("agree to VB T") or one of its words other than the preposition right before the slot stands
 * in the clause before the phrase ("agree to ... in T", "refuse ... request from T"). Only an open
 * complement, or a "to" clause of a trigger with no object: "gave 300 million euros to promote investment
 * in Ethiopia" is a purpose, whose place is the gift's recipient (aid-recipient.ts). */
function insideOwnInfinitive(tree: Tree, p: Pattern, i: number, bound: NP[]): boolean {
  if (p.steps.some((s) => s.kind === 'verb')) return false;
  const words = new Set<string>();
  p.steps.forEach((s, k) => {
    if (s.kind === 'word' && !s.optional && p.steps[k + 1]?.kind !== 'slot') for (const w of s.alts) words.add(w);
  });
  const has = (k: number) => words.has(tree.tokens[k].lemma) || words.has(tree.tokens[k].text.toLowerCase());
  return bound.some((np) => {
    const c = tree.infinitiveBetween(np.head, i);
    if (c < 0 || (tree.rel(c) !== 'xcomp' && tree.object(i) >= 0)) return false;
    const [lo] = tree.subtreeRange(c);
    for (let k = Math.max(lo, i + 1); k < np.start; k++) if (has(k)) return false;
    return true;
  });
}

/** Per verb template, the words of its literal steps that are not optional (read once per template). */
const LITERAL_WORDS = new WeakMap<Pattern, Set<string>>();
function literalWords(p: Pattern): Set<string> {
  let words = LITERAL_WORDS.get(p);
  if (!words) {
    words = new Set();
    for (const s of p.steps) if (s.kind === 'word' && !s.optional) for (const w of s.alts) words.add(w);
    LITERAL_WORDS.set(p, words);
  }
  return words;
}

/** The words of literalWords of every verb template of a trigger's list, together (read once per list). */
const LIST_LITERAL_WORDS = new WeakMap<readonly Pattern[], Set<string>>();
function listLiteralWords(list: readonly Pattern[]): Set<string> {
  let words = LIST_LITERAL_WORDS.get(list);
  if (!words) {
    words = new Set();
    for (const p of list) if (p.kind === 'verb') for (const w of literalWords(p)) words.add(w);
    LIST_LITERAL_WORDS.set(list, words);
  }
  return words;
}

/**
 * The object selects the sense: "promised a veto" is a threat before "promise ... to T" is an agreement,
 * "fought the dam in court" a legal challenge before a fight. Templates whose literal words name the head
 * of the verb's object in the tree are tried first (the rest keep their order, most specific first); once
 * one of them matched, a template of another type is not tried for a named party (one of the same type
 * may still find better parties: "mobilized troops for the war against Iraq").
 */
function objectSenseFirst(ctx: MatchContext, list: Pattern[], i: number): { list: Pattern[]; sense: Set<Pattern> } {
  const none = { list, sense: new Set<Pattern>() };
  const { tree, a } = ctx;
  if (!tree || a.tokens[i].pos !== 'VERB') return none;
  const o = tree.object(i);
  if (o < 0 || o >= a.tokens.length) return none;
  const lemma = a.tokens[o].lemma;
  const text = a.tokens[o].text.toLowerCase();
  // (no template of the list names the object: the list as it is)
  const any = listLiteralWords(list);
  if (!any.has(lemma) && !any.has(text)) return none;
  const names = (p: Pattern) => {
    if (p.kind !== 'verb') return false;
    const words = literalWords(p);
    return words.has(lemma) || words.has(text);
  };
  const first = list.filter(names);
  if (!first.length || first.length === list.length) return none;
  return { list: [...first, ...list.filter((p) => !names(p))], sense: new Set(first) };
}

const NAME_LABELS = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);

/** The tokens inside a name of two words or more the entities stage found (a person, body or place). */
function insideNames(ctx: MatchContext): Set<number> {
  const out = new Set<number>();
  for (const e of ctx.doc.layers.entities ?? []) {
    if (!NAME_LABELS.has(e.label)) continue;
    const { a, b } = tokenSpan(ctx.a.tokens, e);
    if (b - a > 1) for (let j = a; j < b; j++) out.add(j);
  }
  return out;
}

/** Find every candidate event in the document, in text order. */
export function findCandidates(ctx: MatchContext): Candidate[] {
  const out: Candidate[] = [];
  const { a, patterns } = ctx;
  const { tokens } = a;
  const words = new Map<number, Set<string>>();
  const lowers = lowerTexts(tokens);
  const inName = insideNames(ctx);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // "a show at the Anna & Leo Block Museum": a word inside a name of several words is the name's.
    if (inName.has(i)) {
      ctx.trace?.(i, 'inside a name: no trigger', { verdict: 'inside-name' });
      continue;
    }
    // (only a verb, adjective or noun reading takes a pattern, as isV, isN and isA below: other words
    // are not looked up unless a trace asks why they took none)
    if (!ctx.trace && t.pos !== 'VERB' && t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'PROPN') continue;
    // Both the lemma's and the word form's patterns ("opposed": verb "oppose", adjective "opposed").
    const retagged = t.pos === 'ADJ' && !!a.groupAt.get(i)?.retagged;
    // A retagged past tense has no verb lemma: try the stem ("apprehended" → "apprehend", "seized" → "seize").
    const lower = lowers[i];
    const byLemma = patterns.byLemma.get(t.lemma) ?? (retagged ? (patterns.byLemma.get(lower.replace(/ed$/, '')) ?? patterns.byLemma.get(lower.replace(/d$/, ''))) : undefined);
    const byForm = lower !== t.lemma ? patterns.byLemma.get(lower) : undefined;
    const list = byLemma && byForm ? [...byForm, ...byLemma] : (byLemma ?? byForm);
    if (!list) continue;
    // The tagger sometimes reads a past tense as an adjective ("troops apprehended a man"): an -ed
    // "adjective" followed by a determiner is a verb (see chunks.ts, which gives it a verb group).
    const isV = t.pos === 'VERB' || (t.pos === 'ADJ' && !!a.groupAt.get(i)?.retagged);
    const isN = t.pos === 'NOUN' || t.pos === 'PROPN';
    // A predicate adjective has a verb group of its own ("is willing to"); participles count too ("is prepared to").
    const isA = (t.pos === 'ADJ' || isV) && !!a.groupAt.get(i);
    if (!isV && !isN && !isA) {
      ctx.trace?.(i, `${list.length} template(s), but tagged ${t.pos}: no verb, noun or adjective reading`, { verdict: 'wrong-tag', patterns: list.map((p) => p.id) });
      continue;
    }
    let fallback: Candidate[] | undefined;
    let extra = 0;
    const ordered = objectSenseFirst(ctx, list, i);
    let fallbackPattern: Pattern | undefined;
    const tried: string[] | undefined = ctx.trace ? [] : undefined;
    for (const p of ordered.list) {
      // A sense the object selected has matched: another sense does not take over for a named party.
      if (fallback && !ordered.sense.has(p) && ordered.sense.has(fallbackPattern!) && p.type !== fallbackPattern!.type) continue;
      if (p.kind === 'verb' ? !isV : p.kind === 'adj' ? !isA : !isN) continue;
      if (p.kind !== 'noun' && !hasRequiredWords(a, p, t.sentence, words)) continue;
      tried?.push(p.id);
      const found = p.kind === 'noun' ? matchNoun(ctx, p, i) : matchVerb(ctx, p, i);
      if (!found.length) continue;
      // Parties that name actors beat bare noun phrases: a looser template whose target is an actor
      // ("promise T": "promised Uganda access to the port") wins over a tighter one reaching a bare phrase.
      if (found.every((c) => named(c.source) && named(c.target))) {
        fallback = found;
        break;
      }
      if (!fallback) {
        fallback = found;
        fallbackPattern = p;
      }
      // Looking further only pays when the sentence names an actor the bare reading left out; a few more
      // templates at most (the list is sorted most specific first).
      if (++extra > 6 || !unusedActorIn(ctx, t.sentence, fallback)) break;
    }
    if (fallback) out.push(...fallback);
    if (ctx.trace) traceTrigger(ctx, i, list, isV, isN, isA, fallback, tried!);
  }
  return out;
}

/** What a trigger's templates gave: the candidates, or why none (no template of its part of speech, refused, no match). */
function traceTrigger(ctx: MatchContext, i: number, list: Pattern[], isV: boolean, isN: boolean, isA: boolean, found: Candidate[] | undefined, tried: string[]): void {
  const kinds = list.filter((p) => (p.kind === 'verb' ? isV : p.kind === 'adj' ? isA : isN));
  if (found?.length) {
    for (const c of found) ctx.trace!(i, `candidate ${c.pattern.id} ${c.pattern.type}: ${c.source.actor ?? c.source.text ?? '-'} > ${c.target.actor ?? c.target.text ?? '-'} (${c.baseMode})`, { verdict: 'candidate', patterns: [c.pattern.id], tried });
    return;
  }
  const refused = ctx.refused?.get(i);
  const all = (ps: Pattern[]) => ps.map((p) => p.id);
  if (!kinds.length) ctx.trace!(i, `${list.length} template(s) (${[...new Set(list.map((p) => p.kind))].join('/')}), none for its reading (${isV ? 'verb' : isN ? 'noun' : 'adj'})`, { verdict: 'no-reading', patterns: all(list), tried });
  else if (refused?.size) ctx.trace!(i, `refused (argument class or gate): ${[...refused].join(', ')}`, { verdict: 'refused', patterns: all(kinds), tried, reason: [...refused].join(', ') });
  else {
    // The templates whose words are there after the trigger (read as written, or without the passive's
    // target slot): those found no party or met a gate; the rest did not match.
    const [, end] = sentenceRange(ctx.a, i);
    const worded = kinds.filter((p) => p.steps.length && (matchSteps(ctx.a, p.steps, 0, i + 1, end, {}) || (p.steps[0].kind === 'slot' && matchSteps(ctx.a, p.steps.slice(1), 0, i + 1, end, {}))));
    const ids = (ps: Pattern[]) => ps.slice(0, 6).map((p) => p.id).join(', ') + (ps.length > 6 ? ', …' : '');
    if (worded.length) ctx.trace!(i, `words matched but no parties (or a gate): ${ids(worded)}`, { verdict: 'no-parties', patterns: all(worded), tried });
    else ctx.trace!(i, `${kinds.length} template(s), words not matched: ${ids(kinds)}`, { verdict: 'no-match', patterns: all(kinds), tried });
  }
}

/** Does sentence `s` mention an actor, or name a place standing for its country ("criticized Canberra
 * over the inquiry"), that is neither party of `found`? */
function unusedActorIn(ctx: MatchContext, s: number, found: Candidate[]): boolean {
  const sent = ctx.doc.layers.sentences![s];
  const used = new Set(found.flatMap((c) => [c.source.actor, c.target.actor]));
  if (mentionsIn(ctx.idx, sent.start, sent.end).some((m) => !used.has(m.actor))) return true;
  const spans = found.flatMap((c) => [c.source, c.target]).filter((p) => p.start !== undefined && p.end !== undefined);
  return locatedPlaces(ctx.doc.layers.places).some(
    (p) => !!p.country && p.start >= sent.start && p.end <= sent.end && !spans.some((x) => x.start! < p.end && p.start < x.end!),
  );
}

// A country guessed from the article (countryFrom) does not make a party named.
export const named = (p: EventParty) => !!(p.actor || (p.country && !p.countryFrom));

/**
 * "Russia says Israel must end its strikes": a must/should clause reported from another party is that
 * party's demand on the clause subject (REQUEST, CAMEO 100), whatever the verb. `demand` is the pattern
 * record standing for the rule (see index.ts).
 */
export function demandCandidates(ctx: MatchContext, demand: Pattern): Candidate[] {
  const { a } = ctx;
  const out: Candidate[] = [];
  for (const g of a.groups) {
    let must = false;
    for (let k = g.start; k < g.verb; k++) if (DEMAND_MODALS.has(a.tokens[k].text.toLowerCase())) must = true;
    // "the results should be respected": a passive's subject is what is acted on, not who must act.
    if (!must || g.negated || g.passive) continue;
    const info = subjectOf(a, g);
    const trig = triggerSpan(ctx, g.verb, g.verb);
    const q = quoteAt(ctx.quotes, trig.start);
    const addressee = info.subject;
    let sources: Resolved[];
    if (info.governorKind === 'complement' && info.governor && a.lex.has('speech-verb', info.governor) && info.governorGroup) {
      if (groupMode(a, info.governorGroup) !== 'asserted') continue;
      const speaker = subjectOf(a, info.governorGroup).subject;
      if (!speaker) continue;
      sources = resolveAll(ctx, speaker.nps);
    } else {
      // '"Israel must end its strikes," the minister said': the main clause of a direct quote is its speaker's
      // ("should have done" blames a past act, it demands nothing).
      if (a.tokens.slice(g.start, g.verb).some((t) => t.lemma === 'have')) continue;
      sources = quotedDemandSpeaker(ctx, info, q);
    }
    if (!addressee || !sources.length) continue;
    // A demand is made on people or an organisation: "the discussion should wait" demands nothing of anyone.
    let targets = resolveAll(ctx, addressee.nps, 'agent');
    // In a direct quote the addressee must be named: "he should" or "they must" point at no one the quote
    // fixes, and "it must wear you down" is a guess, not a demand.
    if (info.governorKind !== 'complement') targets = targets.filter((t) => named(t.party) && !THING_PRONOUN.has((t.party.text ?? '').toLowerCase()));
    for (const s of sources) {
      for (const t of targets) {
        if (sameActor(s.party, t.party, ctx)) continue;
        out.push({ pattern: demand, source: placedInArticle(ctx, s.party), target: placedInArticle(ctx, t.party), trigger: trig, triggerToken: g.verb, sentence: a.tokens[g.verb].sentence, baseMode: 'asserted', quote: q >= 0 ? q : null });
      }
    }
  }
  return out;
}

const DEMAND_MODALS = new Set(['must', 'should']);
/** The sector of the state's arm an agentless passive of a template's sense stands for (Pattern.agentless). */
const AGENTLESS_SECTOR = { police: 'COP', court: 'JUD', state: null } as const;
const THING_PRONOUN = new Set(['it', 'this', 'that', 'these', 'those']);

/**
 * The speaker of a direct or partial quote whose main clause is the demand (no governing verb, no "if"):
 * an actor the quotes stage resolved, as a party; else none.
 */
function quotedDemandSpeaker(ctx: MatchContext, info: ReturnType<typeof subjectOf>, q: number): Resolved[] {
  if (q < 0 || info.governorKind || info.conditional) return [];
  const quote = ctx.quotes[q];
  if (quote.kind === 'indirect' || quote.scare || !quote.speaker?.actor) return [];
  const party = partyOfActor(ctx.idx, quote.speaker.actor);
  return party ? [{ party: Object.assign({}, party, { start: quote.speaker.start, end: quote.speaker.end, text: quote.speaker.text }), mention: null }] : [];
}

/** Cheap prefilter: every required template word occurs somewhere in the sentence. */
function hasRequiredWords(a: Analysis, p: Pattern, sentence: number, cache: Map<number, Set<string>>): boolean {
  if (!p.required.length) return true;
  let set = cache.get(sentence);
  if (!set) {
    set = new Set();
    const lowers = lowerTexts(a.tokens);
    for (let k = a.sentStart[sentence]; k < a.sentEnd[sentence]; k++) {
      set.add(a.tokens[k].lemma);
      set.add(lowers[k]);
    }
    cache.set(sentence, set);
  }
  for (const alts of p.required) if (!anyIn(set, alts)) return false;
  return true;
}

/** Whether `set` holds one of `words` (a loop: no closure made per call). */
function anyIn(set: Set<string>, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (set.has(words[k])) return true;
  return false;
}

export function triggerSpan(ctx: MatchContext, i: number, end: number): Span & { text: string } {
  const t = ctx.a.tokens;
  // The trigger covers the trigger word and any particle written right after it in the template.
  const start = t[i].start;
  const stop = t[Math.max(i, end)].end;
  return { start, end: stop, text: ctx.doc.text.slice(start, stop) };
}

/** Index of the last token of the template's words written right after the trigger ("called on", "build-up"). */
function particleEnd(a: Analysis, p: Pattern, i: number): number {
  let k = i;
  for (const s of p.steps) {
    if (s.kind !== 'word' || s.optional) break;
    const n = k + 1;
    if (n >= a.tokens.length) break;
    if (!(s.alts.includes(a.tokens[n].lemma) || s.alts.includes(a.tokens[n].text.toLowerCase()))) break;
    k = n;
  }
  return k;
}

/**
 * "The journalist was arrested on Monday in Niger": an agentless passive whose clause says where, in a
 * country, takes that country as the source (the NP after "in", when it names a country actor).
 */
function locativeCountry(ctx: MatchContext, from: number, end: number): NP[] | undefined {
  const { a } = ctx;
  for (let k = from; k < end - 1; k++) {
    const t = a.tokens[k];
    if (STOP.has(t.text) || t.text === ',' || t.pos === 'SCONJ' || (t.pos === 'VERB' && k > from)) return undefined;
    if (t.text.toLowerCase() !== 'in' || a.npOf[k + 1] < 0) continue;
    const np = a.nps[a.npOf[k + 1]];
    const r = resolveNP(a, ctx.idx, np);
    if (r?.party.actor?.startsWith('country:')) return [np];
  }
  return undefined;
}

/**
 * "The rebels said they will release two guards": a personal pronoun subject that names no actor, in a
 * clause reported by a speech verb, is the speaker (the speech verb's subject).
 */
function speakerForPronoun(ctx: MatchContext, info: ReturnType<typeof subjectOf>): NP[] | undefined {
  const { a } = ctx;
  const nps = info.subject?.nps;
  if (!nps || nps.length !== 1 || info.governorKind !== 'complement' || !info.governorGroup || !info.governor) return undefined;
  const np = nps[0];
  const head = a.tokens[np.head];
  if (np.end - np.start !== 1 || head.pos !== 'PRON' || !['they', 'it', 'he', 'she'].includes(head.text.toLowerCase())) return undefined;
  if (resolveNP(a, ctx.idx, np) || !a.lex.has('speech-verb', info.governor)) return undefined;
  return subjectOf(a, info.governorGroup).subject?.nps;
}

/**
 * "The statue was returned by Italy to Greece", "aid was sent to Haiti by Germany": the passive of a
 * template whose target follows the thing moved (passive-recipient.ts). The by-agent is the source (none,
 * no event: an agentless "she was sent to a camp" says nothing of who sent her) and the template's
 * prepositional phrase the target; the passive subject (or the noun a reduced passive modifies) is the
 * thing, which must be the template's thing where it names one.
 */
function passiveRecipient(ctx: MatchContext, tree: Tree, p: Pattern, i: number, g: VerbGroup, end: number, reducedBy: number): Candidate[] {
  const { a } = ctx;
  // "was shot and killed by an officer in the street": a template for a thing acted on ("kill ... in T",
  // `object: thing`) has its own reading of people acted on, the swapped "kill T".
  if (p.object === 'thing' || p.object === 'unnamed') return [];
  // The thing: the passive subject, the noun a reduced passive modifies, or the subject the parser gave a
  // participle it did not read as passive ("the people evacuated from X by Y arrived …").
  const thing = [tree.patient(i), reducedBy >= 0 && tree.rel(i).startsWith('acl') ? tree.head(i) : -1, tree.subject(i)].find((k) => k >= 0 && k < a.tokens.length) ?? -1;
  // "thousands of people were evacuated": a quantity or group head lends itself to its of-phrase.
  const heads = thing >= 0 ? [thing, ...(nounForms(a.tokens[thing]).some((x) => a.lex.has('pass-through-noun', x)) ? tree.obliques(thing, 'of') : [])] : [];
  const steps = passiveRecipientSteps(p.steps, heads.filter((k) => k < a.tokens.length).map((k) => a.tokens[k]));
  if (!steps) return [];
  const b = matchSteps(a, steps, 0, i + 1, end, {});
  if (!b?.T?.length) return [];
  const agent = (reducedBy >= 0 ? agentNPs(a, tree, reducedBy) : null) ?? (tree.isPassive(i) || tree.sharesPassive(i) ? treeAgents(a, tree, i) : null) ?? byAgent(a, i + 1, end);
  if (!agent.length || agent.some((x) => b.T!.some((y) => overlaps(x, y)))) return [];
  const trig = triggerSpan(ctx, i, particleEnd(a, p, i));
  const out = build(ctx, p, i, trig, appositions(ctx, tree, agent), appositions(ctx, tree, b.T), groupMode(a, g), g.passive ? g : Object.assign({}, g, { passive: true }));
  if (reducedBy >= 0) for (const c of out) c.relative = true;
  return out;
}

function matchVerb(ctx: MatchContext, p: Pattern, i: number): Candidate[] {
  const { a } = ctx;
  const g = a.groupAt.get(i);
  if (!g) return [];
  // "his disputed re-election", "the proposed deal": a participle after a determiner modifies a noun.
  if (g.start === i && i > 0 && ATTRIBUTIVE_BEFORE.has(a.tokens[i - 1].text.toLowerCase()) && a.tokens[i - 1].sentence === a.tokens[i].sentence) return [];
  // "an advocate for persecuted Christians", "the release of detained protesters": an -ed participle right
  // after a preposition and before a noun modifies it.
  if (i > 0 && i + 1 < a.tokens.length && (a.tokens[i - 1].pos === 'ADP' || a.tokens[i - 1].pos === 'SCONJ') && a.tokens[i - 1].text.toLowerCase() !== 'that' && /(ed|en)$/i.test(a.tokens[i].text) && ['NOUN', 'PROPN'].includes(a.tokens[i + 1].pos)) return [];
  // "invited members of the audience", "persecuted Christians": a participle the tree attaches to a noun as
  // its modifier names no act.
  if (ctx.tree && ctx.tree.rel(i) === 'amod') return [];
  const [, end] = sentenceRange(a, i);
  let steps = p.steps;
  // An adjective pattern ("is opposed to T") reads a participle as an adjective, never as a passive.
  // "was shot and killed by an officer": a participle coordinated with a passive shares its auxiliary.
  // "reporters arrested by police": a participle modifying a noun, with a by-phrase, is a passive too.
  const reducedBy = ctx.tree && !g.passive ? reducedPassiveAgent(ctx.tree, i) : -1;
  const gPassive = (g.passive || (!!ctx.tree && ctx.tree.sharesPassive(i)) || reducedBy >= 0) && p.kind !== 'adj';
  // A gate met before the template is walked refuses the trigger only where the template's words match.
  const wordsMatch = () => !!matchSteps(a, gPassive && p.passive === 'swap' ? p.steps.slice(1) : p.steps, 0, i + 1, end, {});
  // Read so, it says who was acted upon: the noun must name people or an organisation ("a man shot by
  // police"), not a thing ("an event hosted by the firm", "an analysis released by the ministry").
  if (reducedBy >= 0 && !(treeSubjects(a, ctx.tree!, i) ?? []).every((np) => agentLike(ctx, np))) return wordsMatch() ? refuse(ctx, i, p.type, 'reduced-passive-thing', p.id) : [];
  const passive = gPassive && p.passive !== 'none';
  if (gPassive && p.passive === 'none') return [];
  // "was returned by Italy to Greece", "food aid was sent by Germany to Haiti": the passive of a template
  // whose target is a prepositional phrase after the thing moved (passive-recipient.ts).
  if (passive && p.passive === 'swap' && !p.objectIsTarget && ctx.tree) return passiveRecipient(ctx, ctx.tree, p, i, g, end, reducedBy);
  if (passive && p.passive === 'swap') {
    if (!p.objectIsTarget) return [];
    steps = steps.slice(1);
  }
  // "called the test a clear threat", "branded X an outlaw": a verb with a secondary predicate names or
  // describes its object; a template that is only "verb T" ("call T" = phone) does not describe the clause,
  // nor one where a naming verb names or convenes ("a group called X", "a strike called by the union":
  // naming-clause.ts).
  const naming = (t: Tree) => t.secondaryPredicate(i) >= 0 || namesExtracted(t, i) || (a.lex.has('naming-verb', a.tokens[i].lemma) && namingClause(t, i, (o) => isThingWord(a, o)));
  if (ctx.tree && p.steps.length === 1 && p.steps[0].kind === 'slot' && naming(ctx.tree)) return wordsMatch() ? refuse(ctx, i, p.type, 'naming-clause', p.id) : [];
  // "sent a letter to the board", "delivered a message to Y", "released a video": a message sent or made
  // public is communication, not aid nor the release of people.
  if (ctx.tree && (p.type === 'AID' || p.type === 'RETREAT')) {
    const o = ctx.tree.object(i);
    if (o >= 0 && o < a.tokens.length && (a.lex.has('message-noun', a.tokens[o].lemma) || a.lex.has('message-noun', a.tokens[o].text.toLowerCase()))) return wordsMatch() ? refuse(ctx, i, p.type, 'message-object', p.id) : [];
    // "gave approval for the agency to deliver food", "the agency gave the drug a green light": leave
    // given is a concession (concede.yaml), not aid.
    if (p.type === 'AID' && o >= 0 && o < a.tokens.length && permissionNoun(a, o)) return wordsMatch() ? refuse(ctx, i, p.type, 'permission-object', p.id) : [];
  }
  const { tree } = ctx;
  const { subjInfo, purpose, auxFirst, subjNPs, shared } = triggerSubject(ctx, g, i, reducedBy);
  const b = matchSteps(a, steps, 0, i + 1, end, {})
    ?? (shared >= 0 ? matchSteps(a, steps, 0, shared, end, {}) : null)
    ?? (tree ? treeStretched(ctx, tree, steps, i, end) : null)
    ?? (tree ? throughApposition(ctx, tree, steps, i, end) : null);
  // "pledged to impose sanctions on Iran": a gap that runs into a "to" clause of the trigger binds that
  // clause's argument, not the trigger's (unless the template's own words name the clause's verb: "agree
  // to meet with T").
  if (b && tree && insideOwnInfinitive(tree, p, i, [...(b.T ?? []), ...(b.S ?? [])])) return [];
  // "killed three soldiers in Kabul", "released the pastor from jail": an `object: thing` template (whose
  // target is a prepositional phrase) does not read a clause whose object names people.
  if (b && p.object === 'thing' && tree && objectNamesPeople(ctx, tree, i, b.T)) return refuse(ctx, i, p.type, 'object-thing-names-people', p.id);
  if (b && p.object === 'unnamed' && tree && objectNamesActor(ctx, tree, i, b.T)) return refuse(ctx, i, p.type, 'object-unnamed-names-actor', p.id);
  // "returned to the stage", "after returning to work": an `object: given` template needs a tree object.
  if (b && p.object === 'given' && tree && tree.object(i) < 0) return refuse(ctx, i, p.type, 'object-given-none', p.id);
  // "occupies a senior post of power", "hit the stage", "hit the four-year number": an `object: concrete`
  // sense acts on people, places or things held (occupied the town, hit the village), not on a post, a
  // figure or an occasion (the lexicon's `abstract-object`).
  if (b && p.object === 'concrete' && abstractObject(ctx, tree, i, b.T)) return refuse(ctx, i, p.type, 'object-concrete-abstract', p.id);
  // "called Mrs Lee 'a proven negotiator'", "calls the farm Green Acres": a naming verb with a second
  // phrase after its object names the object; a template that is only "verb T" (a phone call) does not apply.
  if (b && p.steps.length === 1 && p.steps[0].kind === 'slot' && a.lex.has('naming-verb', a.tokens[i].lemma) && namedAfter(ctx, b.T)) return refuse(ctx, i, p.type, 'named-after', p.id);
  if (!b) {
    // "Iran and Iraq signed a deal", "the two leaders met": a reciprocal event between coordinated subjects.
    if (p.reciprocalSteps && !passive && subjNPs && matchSteps(a, p.reciprocalSteps, 0, i + 1, end, {})) {
      return reciprocal(ctx, p, i, subjNPs, groupMode(a, g));
    }
    return [];
  }
  // "The UK and the US signed a data sharing agreement": with a coordinated subject, a reciprocal
  // template whose object is a thing naming no actor is the reciprocal reading.
  if (p.reciprocalSteps && !passive && subjNPs && subjNPs.length >= 2 && b.T?.length && b.T.every((np) => isThing(a, np) && !resolveNP(a, ctx.idx, np))) {
    const r = reciprocal(ctx, p, i, subjNPs, groupMode(a, g));
    if (r.length) return r;
  }
  let sourceNPs: NP[] | undefined;
  let targetNPs: NP[] | undefined;
  if (passive) {
    // The by-agent from the tree (a by-phrase attached to the passive, never "with X"), else by word order.
    const agent = (tree && reducedBy >= 0 ? agentNPs(a, tree, reducedBy) : null) ?? (tree && (tree.isPassive(i) || tree.sharesPassive(i)) ? treeAgents(a, tree, i) : null) ?? byAgent(a, i + 1, end);
    if (p.passive === 'swap') {
      sourceNPs = agent.length ? agent : (b.S ?? locativeCountry(ctx, i + 1, end));
      targetNPs = subjNPs;
    } else {
      sourceNPs = agent.length ? agent : subjNPs;
      targetNPs = b.T;
    }
  } else if (p.frame === 'speaker') {
    targetNPs = subjNPs;
  } else if (p.hasS && !p.hasT) {
    sourceNPs = b.S;
    targetNPs = subjNPs;
  } else {
    sourceNPs = b.S ?? speakerForPronoun(ctx, subjInfo) ?? subjNPs;
    targetNPs = b.T;
  }
  // "donated pumps to assist Kenya": an AID target that is the thing given yields to its recipient (aid-recipient.ts).
  if (tree && p.type === 'AID' && !passive) {
    const thing = (np: NP) => !agentLike(ctx, np);
    const recipient = aidRecipient(a, tree, i, targetNPs, thing, (np) => agentLike(ctx, np));
    // "provided guardrails", "gave no explanation for the delay": a thing given that is no aid, to no one
    // a party names, is no event.
    if (!recipient && (targetNPs ?? []).every(thing) && givesNoAid(a, tree, i, thing)) return refuse(ctx, i, p.type, 'gives-no-aid', p.id);
    targetNPs = recipient ?? targetNPs;
  }
  let mode = conjunctMode(a, g);
  // "must restore order and provide shelter", "demanded that the rebels disarm and free the hostages": the
  // second verb is as unreal as the first.
  if (auxFirst >= 0 && mode === 'asserted') {
    const fg = a.groupAt.get(auxFirst);
    const m = fg ? groupMode(a, fg) : 'asserted';
    if (m !== 'asserted') mode = m;
  }
  // "gathered outside the court to protest": an expressive act that is the purpose of a verb is done by
  // doing it, as factual as that verb (an infinitive is otherwise hypothetical).
  if (mode === 'hypothetical' && purpose >= 0 && a.lex.has('expressive-act', a.tokens[i].lemma)) {
    const served = a.groupAt.get(purpose);
    if (served && groupMode(a, served) === 'asserted') mode = 'asserted';
  }
  // "managed to shelter", "took to Twitter to accuse … and encourage": an infinitive under an implicative
  // verb is as factual as that verb (factual-infinitive.ts).
  if (tree && mode === 'hypothetical' && !g.negated && !g.modal) {
    const first = infinitiveConjunctHead(tree, i);
    const host = factualInfinitiveHost(tree, a.lex, first >= 0 ? first : i);
    // "planned to murder … and then use firearms to attack": a host coordinated with an infinitive takes
    // its first conjunct's mode.
    const hostFirst = host >= 0 ? infinitiveConjunctHead(tree, host) : -1;
    const hg = host >= 0 ? a.groupAt.get(hostFirst >= 0 ? hostFirst : host) : undefined;
    if (hg) mode = groupMode(a, hg);
  }
  const trig = triggerSpan(ctx, i, particleEnd(a, p, i));
  if (tree) {
    sourceNPs = appositions(ctx, tree, sourceNPs);
    targetNPs = appositions(ctx, tree, targetNPs);
  }
  // "was detained and charged with fraud": a participle that shares a passive's auxiliary is passive too
  // for the party rules (the state's agentless act, a `passive: source` doer).
  const out = build(ctx, p, i, trig, sourceNPs, targetNPs, mode, gPassive && !g.passive ? Object.assign({}, g, { passive: true }) : g);
  if (subjInfo.subject?.via === 'relative' || reducedBy >= 0) for (const c of out) c.relative = true;
  const stance = out.length && mode !== 'asserted' ? stanceOf(a, g) : null;
  if (stance) for (const c of out) c.stance = stance;
  return out;
}

/** What matchVerb reads of trigger i's subject (group g, `reducedBy` its reduced passive's agent or -1). */
interface TriggerSubject {
  subjInfo: SubjectInfo;
  purpose: number;
  auxFirst: number;
  subjNPs: NP[] | undefined;
  shared: number;
}

/** Per match context, the subject of each trigger read so far: every template tried at a trigger reads the
 * same one (a function of the trigger alone), so it is read once (no caller changes the phrases it holds). */
const triggerSubjects = new WeakMap<MatchContext, Map<number, TriggerSubject>>();

function triggerSubject(ctx: MatchContext, g: VerbGroup, i: number, reducedBy: number): TriggerSubject {
  let known = triggerSubjects.get(ctx);
  if (!known) triggerSubjects.set(ctx, (known = new Map()));
  let r = known.get(i);
  if (!r) known.set(i, (r = readTriggerSubject(ctx, g, i, reducedBy)));
  return r;
}

function readTriggerSubject(ctx: MatchContext, g: VerbGroup, i: number, reducedBy: number): TriggerSubject {
  const { a, tree } = ctx;
  const subjInfo = subjectOf(a, g);
  // The subject from the tree (control, coordination, relative clauses resolved), else the chunker's.
  const ownSubject = !!tree && tree.subject(i) >= 0 && tree.head(tree.subject(i)) === i;
  // "gathered on Monday to protest", "marched through the capital to protest": word order takes the phrase
  // before "to" for the infinitive's controller ("urged Germany to send", "its threats to disrupt"); when
  // that phrase is a thing or a time and the tree hangs the infinitive on a verb as a purpose clause, the
  // doer is that verb's subject (people before "to" keep their object control: "called on the prime
  // minister to resign", which the parser may also hang as a purpose clause).
  const purpose = tree ? tree.purposeOf(i) : -1;
  const fromTree = unlessRelativePronoun(a, tree ? treeSubjects(a, tree, i) : null, subjInfo.subject?.via === 'relative');
  const ctl = subjInfo.governorKind === 'infinitive' && subjInfo.subject?.via === 'control' ? subjInfo.subject.nps : null;
  const purposeDoer = purpose >= 0 && !!fromTree && !!ctl && ctl.every((np) => isTimeNP(a, np) || isThing(a, np));
  // "said the government must restore order and provide shelter": a bare verb coordinated with a verb
  // under a modal (or a subjunctive) shares that verb's subject and auxiliary (shared-conjunct.ts).
  const auxFirst = tree ? auxConjunctHead(tree, a.tokens, i) : -1;
  // "said the rebels attacked the town and killed five villagers": the conjunct shares its first verb's subject.
  const conjFirst = tree ? reportedConjunctHead(tree, a, i) : -1;
  // "praised Lena Varga, who visited Paris and criticized Russia": the relative clause's noun (shared-conjunct.ts).
  const relFirst = tree ? relativeConjunctHead(tree, a, i) : -1;
  const relSubject = relFirst >= 0 ? relativeAntecedent(a, tree!, relFirst, fromTree) : null;
  // "Poland was forced by the EU to accept …": word order takes the by-agent before "to" for the doer; the
  // tree's controller (the one forced, asked or let act) holds (tree-args.ts objectController).
  const controlled = !!tree && !!fromTree && objectController(a, tree, i) !== null;
  const subjNPs = clauseHolder(ctx, i) ?? relSubject ?? (purposeDoer || controlled || (reducedBy >= 0 && fromTree) ? fromTree! : pickSubject(fromTree, fromTree ? subjInfo.subject?.nps : ageOfName(a, subjInfo.subject?.nps), ownSubject || auxFirst >= 0 || conjFirst >= 0 ? i : -1, tree, i));
  // "condemned and rejected the decision": a verb whose object is shared with the verb coordinated right
  // after it reads the template after that verb.
  const shared = sharedObjectFrom(ctx, i);
  return { subjInfo, purpose, auxFirst, subjNPs, shared };
}

/** A `permission-noun` ("approval", "consent"; "light" only as "green light"). */
function permissionNoun(a: Analysis, o: number): boolean {
  const lemma = a.tokens[o].lemma;
  if (!a.lex.has('permission-noun', lemma) && !a.lex.has('permission-noun', a.tokens[o].text.toLowerCase())) return false;
  return lemma !== 'light' || (o > 0 && a.tokens[o - 1].text.toLowerCase() === 'green');
}

/** Whether the verb's tree object (not one of the template's own target phrases) names an actor. */
function objectNamesActor(ctx: MatchContext, tree: Tree, i: number, bound: NP[] | undefined): boolean {
  const o = tree.object(i);
  if (o < 0 || o >= ctx.a.tokens.length || bound?.some((np) => o >= np.start && o < np.end)) return false;
  const k = ctx.a.npOf[o];
  if (k < 0) return false;
  const r = resolveNP(ctx.a, ctx.idx, ctx.a.nps[k]);
  return !!r && named(r.party);
}

/**
 * The verb's object is an abstract thing (lexicon `abstract-object`): its head in the tree or the head of
 * the bound target phrase, or for a quantity or part head ("one of the senior posts", "a share of the
 * vote") the noun its of-phrase names.
 */
function abstractObject(ctx: MatchContext, tree: Tree | null | undefined, i: number, bound: NP[] | undefined): boolean {
  const a = ctx.a;
  const heads: number[] = [];
  const o = tree ? tree.object(i) : -1;
  if (o >= 0 && o < a.tokens.length) heads.push(o);
  for (const np of bound ?? []) heads.push(np.head);
  const abstract = (k: number) => {
    const t = a.tokens[k];
    return !!t && t.pos !== 'PROPN' && (a.lex.has('abstract-object', t.lemma) || a.lex.has('abstract-object', t.text.toLowerCase()));
  };
  // "she occupies a senior post": a post (lexicon `post-noun`) is held by a person; forces take
  // positions ("troops occupied key positions along the border").
  const s = tree ? tree.subject(i) : -1;
  const st = s >= 0 ? a.tokens[s] : undefined;
  const personSubject = !!st && ((st.pos === 'PRON' && /^(he|she|i|you)$/i.test(st.text)) || (st.pos === 'PROPN' && mentionsIn(ctx.idx, st.start, st.end).some((m) => m.actor.startsWith('person:'))));
  const post = (k: number) => personSubject && !!a.tokens[k] && a.lex.has('post-noun', a.tokens[k].lemma);
  for (const h of heads) {
    const t = a.tokens[h];
    // "hit a number of targets", "seized a total of 40 rifles": a quantity head goes by its of-phrase.
    // ("the four-year number of recruits" is a figure: "number" or "total" counts only after "a").
    const countWord = /^(number|total|majority|handful|series|string|range)$/i.test(t?.text ?? '');
    const counted = countWord ? /^an?$/i.test(a.tokens[h - 1]?.text ?? '') : !!t && (t.pos === 'NUM' || a.lex.has('pass-through-noun', t.lemma) || /^(one|some|any|each|all|none|share|part)$/i.test(t.text));
    const partHead = counted && a.tokens[h + 1]?.lemma === 'of';
    if (!partHead) {
      if (abstract(h) || post(h)) return true;
      continue;
    }
    // the head noun of the of-phrase: the last noun before the next preposition, verb or punctuation
    let last = -1;
    for (let k = h + 2; k < Math.min(a.tokens.length, h + 8); k++) {
      const p = a.tokens[k].pos;
      if (p === 'NOUN' || p === 'PROPN') last = k;
      else if (!(p === 'DET' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || p === 'PRON')) break;
    }
    if (last >= 0 && (abstract(last) || post(last))) return true;
  }
  return false;
}

/** Whether the verb's tree object (not one of the template's own target phrases) names people. */
function objectNamesPeople(ctx: MatchContext, tree: Tree, i: number, bound: NP[] | undefined): boolean {
  const o = tree.object(i);
  if (o < 0 || o >= ctx.a.tokens.length) return false;
  if (bound?.some((np) => o >= np.start && o < np.end)) return false;
  const t = ctx.a.tokens[o];
  if (t.pos === 'PRON') return /^(him|her|them|us|me|you|himself|herself|themselves)$/i.test(t.text);
  if (isAgentNoun(ctx.a, t)) return true;
  if (t.pos !== 'PROPN') return false;
  return mentionsIn(ctx.idx, t.start, t.end).some((m) => m.actor.startsWith('person:'));
}

/**
 * "returned cultural artifacts, including a column krater and a wall fresco, to the government of
 * Italy", "held talks in Jerusalem on Monday with Y": a template whose gap is too short for the words in
 * between still matches when the tree hangs every party it binds in the trigger's own clause (no
 * relative, participle or complement clause in between). Gaps up to three times their length.
 */
function treeStretched(ctx: MatchContext, tree: Tree, steps: Step[], i: number, end: number): Bindings | null {
  if (!steps.some((s) => s.kind === 'gap' || s.kind === 'word')) return null;
  const b = matchSteps(ctx.a, steps, 0, i + 1, end, {}, 3);
  if (!b) return null;
  const home = tree.clause(i);
  const bound = [...(b.T ?? []), ...(b.S ?? [])];
  return bound.length && bound.every((np) => tree.clause(np.head) === home) ? b : null;
}

/**
 * "charged two local developers, Ana Ruiz and Tom Berg, with fraud", "accused the region's governor,
 * Ivan Petrov, of bribery": a template "verb T word …" whose object is followed by its apposition set
 * off by commas reads the template word after the closing comma (the tree confirms the apposition:
 * apposed-object.ts). T is the names when each names a party by name, else the object (which
 * `appositions` may still trade for the name).
 */
function throughApposition(ctx: MatchContext, tree: Tree, steps: Step[], i: number, end: number): Bindings | null {
  if (steps.length < 2 || steps[0].kind !== 'slot' || steps[1].kind !== 'word') return null;
  const first = matchSteps(ctx.a, steps.slice(0, 1), 0, i + 1, end, {});
  const nps = first?.[steps[0].role];
  if (!first || !nps?.length || first.end === undefined) return null;
  const ap = apposedObject(ctx.a, tree, nps, end);
  if (!ap) return null;
  const byNames = ap.names.every((np) => {
    const r = resolveNP(ctx.a, ctx.idx, np);
    return !!r && byName(r);
  });
  return matchSteps(ctx.a, steps, 1, ap.after, end, { [steps[0].role]: byNames ? ap.names : ap.objects });
}

const MODIFYING_CLAUSE = new Set(['acl:relcl', 'acl']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);

/** The mode of verb group g; "are trying to limit output and force the industry to …": a bare verb
 * coordinated with an infinitive shares its "to" and what governs it, so it takes its first conjunct's mode. */
function conjunctMode(a: Analysis, g: VerbGroup): BaseMode {
  const mode = groupMode(a, g);
  if (!a.tree || mode !== 'asserted') return mode;
  const first = infinitiveConjunctHead(a.tree, g.verb);
  const fg = first >= 0 ? a.groupAt.get(first) : undefined;
  return fg ? groupMode(a, fg) : mode;
}

/** The first conjunct of verb i when i is a bare verb coordinated with an infinitive ("to limit output and
 * force the industry": "limit" for "force"), else -1. A conjunct with its own subject, auxiliary or "to"
 * is a clause of its own. */
function infinitiveConjunctHead(tree: Tree, i: number): number {
  if (tree.rel(i) !== 'conj' || tree.upos[i] !== 'VERB' || tree.hasOwnSubject(i)) return -1;
  if (tree.children(i).some((c) => tree.baseRel(c) === 'aux' || tree.baseRel(c) === 'mark')) return -1;
  let first = tree.head(i);
  while (first >= 0 && tree.rel(first) === 'conj') first = tree.head(first);
  if (first < 0 || tree.upos[first] !== 'VERB') return -1;
  const to = tree.children(first).some((c) => tree.baseRel(c) === 'mark' && tree.tokens[c].text.toLowerCase() === 'to');
  return to ? first : -1;
}

const overlaps = (x: NP, y: NP) => x.start < y.end && y.start < x.end;

/** Whether token c lies inside a participle clause modifying a noun ("attacks targeting X", "raids
 * carried out by Y") whose words all stand in [from, at): after the subject phrase and before the
 * trigger at, so not holding it. */
function inParticipleClause(tree: Tree, c: number, from: number, at: number): boolean {
  for (let x = c, guard = 0; x >= 0 && guard < 50; x = tree.head(x), guard++) {
    if (tree.rel(x) !== 'acl' || tree.upos[x] !== 'VERB' || !/(ing|ed)$/i.test(tree.tokens[x].text)) continue;
    const [lo, hi] = tree.subtreeRange(x);
    if (lo >= from && hi < at) return true;
  }
  return false;
}

const OPEN_QUOTE = new Set(['“', '"', '‘', "'"]);
const PREDICATE_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ']);

/**
 * Whether the object phrases `nps` are followed by a second phrase that names or describes them: a quoted
 * phrase (also one the chunker glued to the object: "the decision “unacceptable”"), or a noun phrase or
 * adjective right after the object ("the farm Green Acres", "him a hero"), not a date ("called him Friday").
 */
function namedAfter(ctx: MatchContext, nps: NP[] | undefined): boolean {
  if (!nps?.length) return false;
  const { tokens } = ctx.a;
  const last = nps[nps.length - 1];
  for (let k = last.head + 1; k < last.end; k++) if (OPEN_QUOTE.has(tokens[k].text)) return true;
  const next = tokens[last.end];
  if (!next || next.sentence !== tokens[last.head].sentence) return false;
  if (ctx.a.timed[last.end] === 1) return false;
  return OPEN_QUOTE.has(next.text) || PREDICATE_START.has(next.pos);
}

/**
 * "France condemned and rejected the decision", "voters who support or oppose the war": where verb i has
 * no object of its own and is followed by "and/or" and a verb the tree coordinates with it (no subject of
 * its own), the object after that verb is i's too. The token after the second verb, or -1.
 */
function sharedObjectFrom(ctx: MatchContext, i: number): number {
  const { a, tree } = ctx;
  if (!tree || tree.object(i) >= 0) return -1;
  const { tokens } = a;
  let k = i + 1;
  if (k >= tokens.length || tokens[k].sentence !== tokens[i].sentence || tokens[k].pos !== 'CCONJ' || !['and', 'or'].includes(tokens[k].text.toLowerCase())) return -1;
  k++;
  while (k < tokens.length && tokens[k].pos === 'ADV') k++;
  if (k >= tokens.length || tokens[k].pos !== 'VERB' || tree.rel(k) !== 'conj' || tree.head(k) !== i || tree.hasOwnSubject(k) || tree.object(k) < 0) return -1;
  return k + 1;
}

/**
 * "Poland sent a letter urging the EU to act", "France issued a statement calling on Iran to …", "Trump's
 * tweets criticizing Mexico", "a petition by 40 MPs demanding …": a participle clause (acl) on a message
 * noun (lexicon `message-noun`) is the act of the message's author. "Norway made the decision to ban …",
 * "recalled its envoy in an attempt to pressure …", "the ministry unveiled a plan to lend …": a "to"
 * clause on a noun of intent or undertaking (lexicon `intent-noun`) is the act of the one who holds the
 * intent, not of the noun. Either is the noun's holder (Tree.holder): its possessor, its "by" phrase, or
 * the subject of the clause that takes it. Null when the tree says none of these.
 */
function clauseHolder(ctx: MatchContext, i: number): NP[] | null {
  const { tree, a } = ctx;
  if (!tree || tree.rel(i) !== 'acl' || tree.child(i, new Set(['nsubj', 'nsubj:pass'])) >= 0) return null;
  const n = tree.head(i);
  if (n < 0) return null;
  const word = (set: WordSetName) => a.lex.has(set, a.tokens[n].lemma) || a.lex.has(set, a.tokens[n].text.toLowerCase());
  const message = word('message-noun');
  if (!message && !(word('intent-noun') && tree.infinitiveGovernor(i) === n)) return null;
  const h = tree.holder(n);
  if (h < 0) return null;
  // An intent taken up by a clause is its subject's only where the clause makes or carries it out
  // ("made the decision", "launched a plan": lexicon `give-verb`) or does its act in it ("in an attempt
  // to", "on a tour to"): "analysts welcomed the decision to ban …" is not the analysts' ban.
  if (!message && tree.head(h) !== n) {
    const v = tree.head(n);
    const rel = tree.baseRel(n);
    if (!(rel === 'obj' && a.lex.has('give-verb', a.tokens[v].lemma)) && !(rel === 'obl' && ['in', 'on'].includes(tree.caseOf(n)))) return null;
  }
  return nodesNPs(a, tree, [h]);
}

const NAMING = new Set(['name', 'alias', 'surname']);
/** A party read from a name ("Kim Jong Un"), not from a description ("the country's leader"). */
const byName = (r: Resolved) => !!r.mention && NAMING.has(r.mention.via);

/**
 * One party per apposition: "Rep. Adam Schiff, the top Democrat on the committee, called on …" is one
 * source, not two; "accused the island's leader, Alek Varnum, of …" is Varnum. A phrase that is the
 * apposition of another phrase of the list goes; a phrase that names no actor, or names one only by a
 * description ("the country's leader, Kim Jong Un"), gives way to an apposition that names one by name,
 * but not to the party tag in brackets after a legislator ("Sen. Ana Lopes (D-Mass.)").
 */
export function appositions(ctx: MatchContext, tree: Tree, nps: NP[] | undefined): NP[] | undefined {
  if (!nps?.length) return nps;
  const { a } = ctx;
  // A "coordination" with no conjunction anywhere in it is an apposition the parser misread ("Adam
  // Schiff, the top Democrat on the panel, called …").
  const noCc = (n: number) => !tree.conjuncts(n).some((c) => tree.children(c, 'cc').length > 0);
  // …and only for a determined common-noun phrase ("the top Democrat"), not a list of names or adjectives.
  const described = (n: number) => tree.upos[n] === 'NOUN' || tree.children(n, 'det').length > 0;
  const misread = (n: number) => tree.rel(n) === 'conj' && noCc(n) && described(n);
  const appos = (n: number) => tree.rel(n) === 'appos' || misread(n);
  const anchor = (n: number) => (tree.rel(n) === 'appos' ? tree.appositionHead(n) : tree.head(n));
  let out = nps.filter((np) => !(appos(np.head) && nps.some((o) => o !== np && o.start <= anchor(np.head) && anchor(np.head) < o.end)));
  out = out.map((np) => {
    const own = resolveNP(a, ctx.idx, np);
    if (own && byName(own)) return np;
    const app = [...tree.appositions(np.head), ...tree.children(np.head).filter(misread)].find((c) => c > np.head);
    if (app === undefined) return np;
    const alt = nodeNP(a, tree, app);
    const other = resolveNP(a, ctx.idx, alt);
    // "Sen. Ana Lopes (D-Mass.) criticized …": a party in brackets after a person is that person's party.
    const personsParty = !!own?.party.actor?.startsWith('person:') && other?.party.sector === 'PTY' && a.tokens[alt.start - 1]?.text === '(';
    return other && !personsParty && (!own || byName(other)) ? alt : np;
  });
  return out.length ? out : nps;
}

/** The noun relative clause `rc` modifies: the chunker's antecedent of its relative pronoun, else, for a
 * clause the tree hangs on its noun, the tree's reading `fromTree`; null when neither names a phrase. */
function relativeAntecedent(a: Analysis, tree: Tree, rc: number, fromTree: NP[] | null): NP[] | null {
  const g = a.groupAt.get(rc);
  const info = g ? subjectOf(a, g) : null;
  if (info?.subject?.via === 'relative' && info.subject.nps.length) return info.subject.nps;
  return tree.rel(rc) === 'acl:relcl' && fromTree?.length ? fromTree : null;
}

/**
 * The subject phrases of a trigger from the tree and from word order. The parser is right where the
 * chunker finds nothing (control, a subject far from its verb) and on coordination, but at ~84 UAS it
 * misreads datelines and fronted phrases as subjects: when the two disagree, word order wins. `at` is
 * the trigger whose subject is sought (-1 unknown).
 */
export function pickSubject(fromTree: NP[] | null, fromChunks: NP[] | undefined, verb = -1, tree: Tree | null = null, at = verb): NP[] | undefined {
  if (!fromTree) return fromChunks;
  if (!fromChunks?.length) return fromTree;
  if (!fromTree.some((t) => fromChunks.some((c) => overlaps(t, c)))) {
    // "Troops who crossed the border attacked …", "The squad whose members met X opened …": the
    // chunker's pick lies inside a relative clause of the tree's subject, so it is no subject of this verb.
    if (tree && fromTree.length === 1) {
      // So for a participle or infinitive clause on the subject or a noun of its phrase ("tweets accusing
      // X of … are lies", "calls to establish a commission … were rejected"), unless the trigger is in
      // that clause itself ("petitions calling for X to resign": X is the one to resign).
      const [coreLo, coreHi] = tree.coreRange(fromTree[0].head);
      const clauses: [number, number][] = [];
      for (let x = coreLo; x <= coreHi; x++) {
        for (const rc of tree.children(x, MODIFYING_CLAUSE)) {
          const [lo, hi] = tree.subtreeRange(rc);
          if (tree.rel(rc) === 'acl:relcl' || at < lo || at > hi) clauses.push([lo, hi]);
        }
      }
      const inRelative = (c: NP) => clauses.some(([lo, hi]) => c.start >= lo && c.end - 1 <= hi);
      if (fromChunks.every(inRelative)) return fromTree;
      // "A militant group behind a string of attacks targeting the police condemned …": the parser may
      // hang the participle clause off a later noun of the subject's phrase rather than off the phrase;
      // where the tree makes the phrase the trigger's own subject, a pick inside a participle clause
      // between the two is that clause's own argument.
      const h0 = fromTree[0].head;
      const own = at >= 0 && tree.head(h0) === at && tree.isSubject(h0) && NOMINAL.has(tree.upos[h0]);
      if (own && fromChunks.every((c) => inParticipleClause(tree, c.head, fromTree[0].end, at))) return fromTree;
      // "France, after meeting Iran in Geneva, urged …": so for a pick inside any adjunct clause set
      // between the tree's own subject and the trigger (the parser may tag the participle a noun).
      if (own && fromChunks.every((c) => tree.adjunctClauseWithin(c.head, fromTree[0].end, at) >= 0)) return fromTree;
      // So where the parser gave the trigger no subject and hung the phrase before the opening comma
      // inside that clause ("France, meeting Iran in Geneva, urged …": Tree.subjectInAdjunct).
      if (at >= 0 && tree.subjectInAdjunct(at) === h0) {
        const [lo, hi] = tree.subtreeRange(tree.head(h0));
        if (fromChunks.every((c) => c.start >= lo && c.end - 1 <= hi && c.start >= fromTree[0].end)) return fromTree;
      }
      // "John Smith, 26, of Toronto, was arrested": the chunker's pick is an age or an apposition the tree
      // hangs on its subject (subject-appendage.ts), a part of the subject phrase, not the subject.
      if (fromChunks.every((c) => appendedToSubject(tree, fromTree[0].start, fromTree[0].end, c.head))) return fromTree;
    }
    // "…to take steps in response, and he urged Iran to …": a subject of the verb's own clause that stands
    // between the chunker's pick and the verb is the nearer reading (misparsed datelines and fronted
    // phrases lie further left).
    const t0 = fromTree[0];
    const c0 = fromChunks[0];
    if (verb >= 0 && t0.end <= verb && c0.end <= t0.start && fromTree.length === 1) return fromTree;
    // "Beijing won goodwill by backing India": the chunker takes the phrase before "by" for the gerund's
    // doer, but that phrase is the object of the clause the gerund modifies; its subject does the act.
    const gh = tree && at >= 0 ? tree.gerundAdjunctHead(at) : -1;
    if (gh >= 0 && tree!.object(gh) >= 0) {
      const [lo, hi] = tree!.subtreeRange(tree!.object(gh));
      if (fromChunks.every((c) => c.head >= lo && c.head <= hi)) return fromTree;
    }
    return fromChunks;
  }
  return fromTree.length > fromChunks.length ? fromTree : fromChunks;
}

/** Intent ("will release", "would allow", "is willing/agreed/offered to …") or refusal ("refused to …",
 * "will not lift", "did not allow") stated by the clause of verb group `g`; null when neither or conditional. */
export function stanceOf(a: Analysis, g: VerbGroup): 'intent' | 'refusal' | 'threat' | 'vow' | null {
  const { tokens, lex } = a;
  const info = subjectOf(a, g);
  if (info.conditional) return null;
  if (info.governorKind === 'infinitive' && info.governor) {
    const gov = info.governorGroup;
    const govMode = gov ? groupMode(a, gov) : 'asserted';
    if (lex.has('refusal-governor', info.governor)) return govMode === 'asserted' ? 'refusal' : null;
    // "threatened to withdraw from the deal with Y": the threatened act is hypothetical, the threat asserted.
    if (lex.has('threat-governor', info.governor)) return govMode === 'asserted' ? 'threat' : null;
    // "vowed to punish the rebels", "pledged to help Y": a commitment, a threat for a hostile act (index.ts).
    if (lex.has('vow-governor', info.governor) && govMode === 'asserted') return 'vow';
    if (lex.has('intent-governor', info.governor)) {
      if (govMode === 'negated') return 'refusal';
      return govMode === 'asserted' || govMode === 'future' ? 'intent' : null;
    }
    return null;
  }
  let will = false;
  for (let k = g.start; k < g.verb; k++) {
    const l = tokens[k].text.toLowerCase();
    if (l === 'will' || l === 'would' || l === 'shall' || l === "'ll" || l === 'wo' || l === "won't") will = true;
  }
  if (g.negated) return 'refusal';
  return will && !info.conditional ? 'intent' : null;
}

/** Pairs both ways between coordinated parties ("X and Y met" → X>Y and Y>X); a plural head alone is not
 * enough, but a definite pair of states or persons is ("the two leaders met": collective-pair.ts). */
function reciprocal(ctx: MatchContext, p: Pattern, i: number, nps: NP[], mode: BaseMode): Candidate[] {
  const { a } = ctx;
  if (nps.length === 1) {
    // "the foreign ministers of Egypt and Jordan met": the parties are coordinated in the of-phrase.
    const np = nps[0];
    const k = np.end;
    if (k + 1 < a.tokens.length && a.tokens[k].text.toLowerCase() === 'of' && a.lex.has('pass-through-noun', a.tokens[np.head].lemma)) {
      nps = npsFrom(a, k + 1, sentenceRange(a, k)[1]);
    }
  }
  // "the two countries signed a deal": one phrase naming a pair (collective-pair.ts)
  const parties = nps.length >= 2 ? resolveAll(ctx, nps) : nps.length === 1 ? (collectivePair(a, ctx.tree, ctx.idx, nps[0]) ?? []) : [];
  if (parties.length < 2) return [];
  const trig = triggerSpan(ctx, i, particleEnd(ctx.a, p, i));
  const q = quoteAt(ctx.quotes, trig.start);
  const out: Candidate[] = [];
  for (const s of parties) {
    for (const t of parties) {
      if (s === t || sameActor(s.party, t.party, ctx)) continue;
      out.push({ pattern: p, source: s.party, target: t.party, trigger: trig, triggerToken: i, sentence: ctx.a.tokens[i].sentence, baseMode: mode, quote: q >= 0 ? q : null });
    }
  }
  return out;
}

/** The verb group whose object (possibly after one preposition: "called for") is the NP at `npStart`. */
function governingGroup(a: Analysis, npStart: number, sentStart: number): { g: VerbGroup; viaPrep: boolean } | null {
  let k = npStart - 1;
  let viaPrep = false;
  if (k >= sentStart && a.tokens[k].pos === 'ADP') {
    viaPrep = true;
    k--;
  }
  while (k >= sentStart && (a.tokens[k].pos === 'ADV' || a.tokens[k].pos === 'PART')) k--;
  const g = k >= sentStart ? a.groupAt.get(k) : undefined;
  return g ? { g, viaPrep } : null;
}

function matchNoun(ctx: MatchContext, p: Pattern, i: number): Candidate[] {
  const { a, idx } = ctx;
  const [sentStart, end] = sentenceRange(a, i);
  const npIdx = a.npOf[i];
  const npStart = npIdx >= 0 ? a.nps[npIdx].start : i;
  const won = wonBacking(ctx, p, i, sentStart, end);
  if (won) return won;
  const receiver = governingGroup(a, npStart, sentStart);
  const receives = !!receiver && !receiver.viaPrep && a.lex.has('receive-verb', a.tokens[receiver.g.verb].lemma);
  // "Iran faces sanctions from the EU": with a receive verb the target is its subject, so the template's
  // target slot may be absent.
  const targeted = matchSteps(a, p.steps, 0, i + 1, end, {});
  // A criticism received ("the senator drew criticism from the governor"): its "of T" is absent too, the
  // critic named after "from" (below). Only the disapproval nouns: a demand or offer accepted "from" its
  // author is told as the acceptance (concede.yaml), not as a second event.
  const b = targeted ?? (receives ? matchSteps(a, p.untargetedSteps, 0, i + 1, end, {}) ?? (p.type === 'ACCUSE' ? matchSteps(a, p.receivedSteps, 0, i + 1, end, {}) : null) : null);
  if (!b) return [];
  const np = npIdx >= 0 ? a.nps[npIdx] : { start: i, end: i + 1, head: i };
  let source: Resolved[] = [];
  let targetNPs = b.T;
  let extraTarget: Resolved[] = [];
  const agent = byAgent(a, np.end, Math.min(end, np.end + 3));
  if (agent.length) source = resolveAll(ctx, agent);
  let mode: BaseMode = 'asserted';
  const gov = governingGroup(a, np.start, sentStart);
  if (gov) {
    const lemma = a.tokens[gov.g.verb].lemma;
    // "lifted its ban on Y", "dropped the charges against Y": the act the clause ends is not told as an
    // event of its own (the ending is: concede.yaml).
    if (!gov.viaPrep && a.lex.has('ending-verb', lemma)) return [];
    // ("threats to wall off the border and slap a tariff on Y": the tariff is as unreal as the walling.)
    const gm = conjunctMode(a, gov.g);
    if (a.lex.has('denial', lemma) && !gov.viaPrep) mode = 'negated';
    else if (a.lex.has('irrealis-governor', lemma) && !a.lex.has('give-verb', lemma)) mode = 'hypothetical';
    else if (!gov.viaPrep) mode = gm;
    // Under a preposition ("retaliate against the bloc's sanctions") the noun event is presupposed: asserted.
    if (a.lex.has('receive-verb', lemma) && !gov.viaPrep) {
      // "Iran faces sanctions from the EU": the subject is the target; the source comes after "from/by".
      const subj = subjectOf(a, gov.g).subject;
      // "France condemned the strike by Russia": a noun that names its own doer by a by-phrase is no act
      // on the one who only judges it.
      const ownDoer = ctx.tree ? ctx.tree.byAgent(i) >= 0 : agent.length > 0;
      if (!b.T && subj && !(ownDoer && a.lex.has('judge-verb', lemma))) extraTarget = resolveAll(ctx, subj.nps);
      if (!source.length) {
        for (let k = np.end; k < end && k < np.end + 4; k++) {
          if (a.tokens[k].text.toLowerCase() === 'from' && a.npOf[k + 1] >= 0) {
            source = resolveAll(ctx, npsFrom(a, k + 1, end));
            break;
          }
        }
      }
      // "Mexico accepted Washington's request": a name as the noun's genitive possessor asked it
      // (answered-author.ts), unless it is the one answering.
      if (!source.length && !targeted && a.lex.has('answer-verb', lemma)) {
        const author = genitiveAuthor(a, idx, np, i);
        if (author && !extraTarget.some((t) => t.party.actor === author.party.actor)) source = [author];
      }
    }
  }
  if (!source.length && !(receives && !targeted)) {
    const poss = possessorOf(a, idx, np, i);
    const viaPronoun = poss.pronoun || poss.resolved?.mention?.via === 'pronoun';
    if (poss.resolved && !viaPronoun) source = [poss.resolved];
    else if (viaPronoun) {
      // "Iran's invasion of Poland, including its annexation of a province": the possessor of the noun the
      // phrase names a part of (inclusion-possessor.ts).
      const whole = ctx.tree ? inclusionPossessor(a, ctx.tree, idx, np, sentStart) : null;
      if (whole) source = [whole];
      // "Putin warned Belarus over its threats": an unresolved possessive pronoun refers back to the
      // nearest actor named before it in the sentence.
      for (let k = np.start - 1; k >= sentStart && !source.length; k--) {
        if (a.npOf[k] < 0) continue;
        const r = resolveNP(a, idx, a.nps[a.npOf[k]]);
        if (r) {
          source = [r];
          break;
        }
        k = a.nps[a.npOf[k]].start;
      }
      if (!source.length && poss.resolved) source = [poss.resolved];
    }
  }
  // "Iran faces sanctions" names no doer; "the EU condemned Russia's attack on Ukraine" names it by the
  // possessor, tried above: a receive verb's own subject is never the doer.
  if (!source.length && receives) return [];
  if (!source.length && gov && !gov.viaPrep && a.lex.has('give-verb', a.tokens[gov.g.verb].lemma)) {
    // ("threats prompted NATO to order the deployment": the object of "prompted" orders it, the tree says.)
    const ctl = ctx.tree ? objectController(a, ctx.tree, gov.g.verb) : null;
    const subj = ctl !== null ? (treeSubjects(a, ctx.tree!, gov.g.verb) ?? undefined) : pickSubject(ctx.tree ? treeSubjects(a, ctx.tree, gov.g.verb) : null, subjectOf(a, gov.g).subject?.nps, -1, ctx.tree, gov.g.verb);
    if (subj) source = resolveAll(ctx, subj);
  }
  // "entered into an agreement with Y", "took part in a rally against Y", "is in talks with Y": the frame
  // the tree hangs the noun on, where word order found no light verb.
  if (!source.length && ctx.tree) {
    const taken = supportSource(ctx, ctx.tree, i);
    if (taken) {
      source = taken.source;
      mode = taken.mode;
    }
  }
  // "Obama said after meeting with Putin", "after talks with Macron, Scholz announced …": a meeting or
  // deal noun in an adjunct of a clause is the clause subject's.
  if (!source.length && ctx.tree && (p.type === 'CONSULT' || p.type === 'AGREE')) {
    const subj = adjunctHolder(ctx.tree, i);
    if (subj >= 0) source = resolveAll(ctx, treeNP(ctx, subj), 'agent');
  }
  if (!source.length && p.reciprocal && targetNPs && targetNPs.length >= 2) return reciprocal(ctx, p, i, targetNPs, mode);
  if (!source.length) return [];
  const trig = triggerSpan(ctx, i, particleEnd(a, p, i));
  const targets = extraTarget.length ? extraTarget : null;
  return buildResolved(ctx, p, i, trig, source, targets, targetNPs, mode);
}

/**
 * Backing won or held by the subject of the verb that takes the noun ("won the backing of the governor",
 * "enjoyed support from voters"; see won-backing.ts): the subject is the target, the of/from phrase the
 * source, with the verb's mode. Null where the frame does not hold.
 */
function wonBacking(ctx: MatchContext, p: Pattern, i: number, sentStart: number, end: number): Candidate[] | null {
  const { a, tree } = ctx;
  const npIdx = a.npOf[i];
  const np = npIdx >= 0 ? a.nps[npIdx] : { start: i, end: i + 1, head: i };
  const f = winFrame(a, tree, p.type, i, np, sentStart);
  if (!f) return null;
  const source = resolveAll(ctx, backerPhrase(a, tree, i, np, end) ?? undefined, 'agent');
  if (!source.length) return null;
  const subj = pickSubject(tree ? treeSubjects(a, tree, f.verb) : null, f.group ? subjectOf(a, f.group).subject?.nps : undefined, -1, tree);
  const targets = subj ? resolveAll(ctx, subj, 'agent') : [];
  if (!targets.length) return null;
  const mode: BaseMode = f.group ? groupMode(a, f.group) : tree?.isNegated(f.verb) ? 'negated' : 'asserted';
  return buildResolved(ctx, p, i, triggerSpan(ctx, i, particleEnd(a, p, i)), source, targets, undefined, mode);
}

/**
 * The doer of noun event i named by the frame of taking part the tree hangs it on (lexicon
 * `participation`: "took part in a rally", "entered into an agreement with Y", "is in talks with Y"):
 * the frame's subject, with its verb's mode; null for any other attachment ("retaliate against the
 * bloc's sanctions" names the sanctions' target). A light verb whose object the noun is stays with
 * word order (`give-verb`, above): read through the tree it also took "put these matters in play" and
 * "carried out an assault" between private persons (2026-12-04: 3 of 4 such records wrong on untuned
 * news).
 */
function supportSource(ctx: MatchContext, tree: Tree, i: number): { source: Resolved[]; mode: BaseMode } | null {
  const { a } = ctx;
  const n = tree.compoundHead(i);
  const f = tree.supportFrame(n);
  if (!f || !a.lex.has('participation', f.frame)) return null;
  const subj = treeSubjects(a, tree, f.verb);
  if (!subj) return null;
  const source = resolveAll(ctx, subj, 'agent');
  if (!source.length) return null;
  const g = a.groupAt.get(f.verb);
  let mode: BaseMode = 'asserted';
  if (g) mode = groupMode(a, g);
  else {
    const aux = tree.children(f.verb).filter((c) => tree.baseRel(c) === 'aux' || tree.rel(c) === 'cop').map((c) => a.tokens[c].text.toLowerCase());
    if (tree.isNegated(f.verb)) mode = 'negated';
    else if (aux.some((w) => a.lex.has('modal', w))) mode = 'hypothetical';
    else if (aux.some((w) => a.lex.has('future', w))) mode = 'future';
  }
  return { source, mode };
}

const ADJUNCT_CASES = new Set(['after', 'before', 'during', 'following', 'since', 'at', 'in', 'ahead of', 'prior to']);

/** The subject of the clause of which nominal n is an adjunct ("after talks with Y", a misparsed "after
 * meeting with Y" clause), or -1. */
function adjunctHolder(tree: Tree, n: number): number {
  const h = tree.head(n);
  if (h < 0) return -1;
  const rel = tree.baseRel(n);
  if ((rel === 'obl' || rel === 'nmod') && ADJUNCT_CASES.has(tree.caseOf(n)) && tree.isPredicate(h)) return tree.controlledSubject(h);
  if ((rel === 'advcl' || rel === 'ccomp') && !tree.children(n).some((c) => tree.baseRel(c) === 'nsubj')) return tree.controlledSubject(h);
  return -1;
}

function treeNP(ctx: MatchContext, n: number): NP[] | undefined {
  return ctx.tree ? (nodesNPs(ctx.a, ctx.tree, [n]) ?? undefined) : undefined;
}

/**
 * A person or organisation the registry does not know ("Terry Strada", "the ACLJ"), with no country of
 * its own: where the article is set (its main country, see home-country.ts), marked countryFrom 'article'.
 * Every candidate source (templates, demands, criticism words) places such a party the same way.
 */
export function placedInArticle(ctx: Pick<MatchContext, 'home' | 'doc' | 'idx'>, p: EventParty): EventParty {
  const main = ctx.home?.main;
  if (!main || !p.actor || p.country || !(p.actor.startsWith('person:') || p.actor.startsWith('org:'))) return p;
  // "Amnesty International said", "Airbus asked": an organisation the registry places in no one country
  // (actors stage, `stateless`) is in none here either, wherever the article is set.
  if (ctx.idx.actors.get(p.actor)?.stateless) return p;
  // a region read as an organisation ("the rulers of Southern Africa"): a region is in no one country.
  if (p.start !== undefined && p.end !== undefined && regionPlaceIn(locatedPlaces(ctx.doc.layers.places), p.start, p.end)) return p;
  return Object.assign({}, p, { country: main, countryFrom: 'article' });
}

/** The candidates of trigger i from its source and target phrases (the party rules every template shares). */
export function build(
  ctx: MatchContext,
  p: Pattern,
  i: number,
  trig: Span & { text: string },
  sourceNPs: NP[] | undefined,
  targetNPs: NP[] | undefined,
  mode: BaseMode,
  g: VerbGroup,
): Candidate[] {
  let sources: Resolved[];
  const q = quoteAt(ctx.quotes, trig.start);
  if (p.frame === 'speaker') {
    if (q < 0) return [];
    const party = partyOfActor(ctx.idx, ctx.quotes[q].speaker?.actor ?? null);
    if (!party) return [];
    const sp = ctx.quotes[q].speaker!;
    party.start = sp.start;
    party.end = sp.end;
    party.text = sp.text;
    sources = [{ party, mention: { start: sp.start ?? 0, end: sp.end ?? 0, text: sp.text, actor: party.actor!, confidence: 1, via: 'name' } }];
    // The accusation is the speech act; only a negated description ("he is not using …") cancels it.
    // "to avoid interfering in the vote", "denies meddling": an act the clause says was not done alleges nothing.
    // "is not saying if X broke the law", "asked whether X broke it": a question alleges nothing either.
    mode = g.negated || groupMode(ctx.a, g) === 'negated' ? 'negated' : conditional(ctx.a, g) ? 'hypothetical' : 'asserted';
  } else {
    // "British troops were deployed to Poland" names the source only through an actor: no bare source.
    // A doer of a statement or a cooperative act is people or a group: a source phrase headed by a thing
    // ("a letter urging…", "the agreement allows…", "robust steps urged…") is no party. Material
    // conflict told by its means ("a raid killed…", "two bombs killed…") keeps the unnamed doer.
    // "the drought's toll compels farmers to …", "the app does not work with …": an act that
    // needs a will (a demand, a charge, a deal, support, a meeting, cooperation, compulsion) has a doer;
    // a subject headed by a thing codes nothing (issue 15, `thingDoer`).
    if (WILL_TYPES.has(p.type) && !(g.passive && p.passive === 'source')) sourceNPs = sourceNPs?.filter((np) => !thingDoer(ctx, np));
    sources = resolveAll(ctx, sourceNPs, g.passive && p.passive === 'source' ? false : p.cameo.quad === 4 ? true : 'agent');
    // "She was arrested after entering the venue": an agentless passive of an act only the state performs
    // (arrest, charge, jail…) is the state's where the article sets it: its police for an arrest, its
    // prosecutors and courts for a charge or a sentence (the lexicon's police-act and court-act sets).
    // A template may say so of its own sense (`agentless`: "was held on two counts", "was taken into custody").
    const lemma = ctx.a.tokens[i].lemma;
    if (!sources.length && !sourceNPs?.length && g.passive && p.passive === 'swap' && ctx.home && (p.agentless || ctx.a.lex.has('state-act', lemma))) {
      const country = ctx.home.of(ctx.a.tokens[i].sentence);
      const sector = p.agentless ? AGENTLESS_SECTOR[p.agentless] : ctx.a.lex.has('police-act', lemma) ? 'COP' : ctx.a.lex.has('court-act', lemma) ? 'JUD' : null;
      if (country) sources = [{ party: { actor: null, country, sector, countryFrom: 'article' }, mention: null }];
    }
  }
  if (!sources.length) {
    ctx.trace?.(i, `${p.id}: no source party${sourceNPs?.length ? ` in "${npText(ctx, sourceNPs)!.text}"` : ' (no subject phrase)'}`, { verdict: 'template', patterns: [p.id], reason: 'no source party' });
    return [];
  }
  return buildResolved(ctx, p, i, trig, sources, null, targetNPs, mode);
}

function buildResolved(
  ctx: MatchContext,
  p: Pattern,
  i: number,
  trig: Span & { text: string },
  sources: Resolved[],
  presetTargets: Resolved[] | null,
  targetNPs: NP[] | undefined,
  mode: BaseMode,
): Candidate[] {
  const tok: Token = ctx.a.tokens[i];
  const q = quoteAt(ctx.quotes, trig.start);
  const out: Candidate[] = [];
  let targets: (EventParty | null)[] = [];
  // "held a summit", "helped swing the vote": a `target: agent` sense needs people or an organisation.
  // "received the president", not "received the endorsement of …": a `target: person` sense needs the head itself.
  if ((p.target === 'agent' || p.target === 'person') && !presetTargets) {
    targetNPs = targetNPs?.filter((np) => agentLike(ctx, np) && (p.target !== 'person' || headNamesSomeone(ctx.a, np)));
    if (!targetNPs?.length) return refuse(ctx, i, p.type, `target-${p.target}`, p.id);
  }
  if (presetTargets) targets = presetTargets.map((r) => r.party);
  // "denied Amnesty's claims": the denied claim's own author, else the earlier accuser (index.ts).
  else if (p.target === 'accuser') targets = [(ctx.tree ? deniedClaimAuthor(ctx.a, ctx.idx, ctx.tree, i)?.party : null) ?? null];
  else if (p.target !== 'optional' || targetNPs?.length) {
    targets = resolveAll(ctx, targetNPs, false).map((r) => r.party);
    // "killed four soldiers of the army and a woman visiting from abroad": people coordinated with a named
    // party are a party of their own, though they name no actor.
    if (targets.length && targetNPs && targetNPs.length > 1) {
      const people = targetNPs.filter((np) => !resolveNP(ctx.a, ctx.idx, np) && !complementParty(ctx, np, false) && isAgentNoun(ctx.a, ctx.a.tokens[np.head]));
      if (people.length) targets = [...targets, ...resolveAll(ctx, people, 'agent').map((r) => r.party)];
    }
    if (!targets.length && p.self === 'fallback' && targetNPs?.length) {
      const span = npText(ctx, targetNPs)!;
      const domestic = targetNPs.filter((np) => ctx.a.tokens.slice(np.start, np.end).some((t) => ctx.a.lex.has('domestic', t.lemma)));
      if (domestic.length) {
        // "arrested seven people", "cracked down on protesters": the sector the words tell stays.
        const sector = toldSector(ctx, domestic);
        targets = sources.map((s) => ({ actor: null, country: s.party.country, sector, ...span }));
      }
    }
    // A target that is the object of the template's inner verb ("threaten to VB T") must be an agent.
    // A measure asked for by a gerund ("called for lowering the tax") is a thing, as "called for a lower tax".
    const innerVerb = p.steps.some((s) => s.kind === 'verb') && !asksForMeasure(p);
    // "called for a freeze on private clinics", "called for the repeal of the health law": a measure
    // asked for stays the target (the state must act: demandsOfState) where its complement names no one.
    const measure = asksForMeasure(p) === 'noun' && targetNPs?.length === 1 && isThing(ctx.a, targetNPs[0]);
    const asMeasure = (ts: (EventParty | null)[]) => (measure ? ts.map((t) => (t && !namesSomeone(ctx, t) ? measurePhrase(ctx, targetNPs![0], t) : t)) : ts);
    targets = asMeasure(targets);
    if (!targets.length) {
      targets = asMeasure(resolveAll(ctx, targetNPs, innerVerb ? 'agent' : true).map((r) => r.party));
      // "provided humanitarian assistance to refugees in Jordan": a thing named as the object stands
      // aside for a party named after it in the clause.
      const last = targetNPs?.[targetNPs.length - 1];
      if (last && targets.length && targets.every((t) => t && !t.actor && !t.country) && targetNPs!.every((np) => isThing(ctx.a, np))) {
        const loose = looseTarget(ctx, last.end, false, p.steps);
        if (loose && !(measure && !namesSomeone(ctx, loose))) targets = [loose];
      }
    }
  }
  // "left the country" is a withdrawal, "left the area", "left a bag" are not: a `target: named` template
  // needs a target that names an actor or a country.
  const before = targets.length;
  if (p.target === 'named' || p.target === 'own') targets = targets.filter((t) => !!(t && (t.actor || t.country)));
  // "left the country" is a withdrawal, "left the army" or "left the court" a career step: a `target: place`
  // template needs a country or a place the places stage located.
  if (p.target === 'place') targets = targets.filter((t) => !!(t && (t.actor?.startsWith('country:') || (!t.actor && t.country && !t.countryFrom))));
  // "The minister resigned": a `target: optional` template with no target phrase codes a source-only event.
  const sourceOnly = !targets.length && p.target === 'optional' && !targetNPs?.length;
  if (sourceOnly) {
    const loose = looseTarget(ctx, particleEnd(ctx.a, p, i) + 1, mode === 'negated' || mode === 'hypothetical');
    targets = loose ? [loose] : [null];
  }
  if (!targets.length) {
    ctx.trace?.(i, `${p.id}: no target party${targetNPs?.length ? ` in "${npText(ctx, targetNPs)!.text}"` : ' (no target phrase)'}`, { verdict: 'template', patterns: [p.id], reason: 'no target party' });
    return before ? refuse(ctx, i, p.type, `target-${p.target}`, p.id) : out;
  }
  // "condemned Iran's missile test … said it was opposed to the test": a definite thing named
  // before with its doer is that doer's.
  if (targetNPs) targets = targets.map((t) => (t && !t.actor && !t.country ? (earlierOwner(ctx, t, targetNPs!) ?? t) : t));
  // The state asked for a measure (demandsOfState), kept to tell a programme of its own (ownProgramme).
  const demands = new Set<EventParty>();
  // "condemned the attack", "investigating the case": a target the text names only by a phrase is acted
  // upon where the article is set (an unnamed source stays without one unless it names people). The
  // country is marked countryFrom: 'article'.
  if (ctx.home) {
    const home = ctx.home.of(tok.sentence);
    if (home) {
      targets = targets.map((t) => {
        if (!t || t.actor || t.country || !t.text || isUnplaced(t)) return t;
        const demand = demandsOfState(ctx, p, t, targetNPs);
        // "refused treatment", "captured four medals": a thing that is no demand of the state stays without a country.
        if (!demand && namesThing(ctx, t, targetNPs)) return t;
        const placed = Object.assign({}, t, { country: home, countryFrom: 'article' as const }, (demand ? { sector: 'GOV' } : {}));
        if (demand) demands.add(placed);
        return placed;
      });
    }
    // (a demand's target names no actor, so placedInArticle hands it back as it is)
    targets = targets.map((t) => (t ? placedInArticle(ctx, t) : t));
    sources = sources.map((r) => Object.assign({}, r, { party: placedInArticle(ctx, r.party) }));
  }
  // "spoke to the German minister" is a meeting, "spoke to students" or "to a veterans' group" an audience
  // addressed: a `target: own` template needs a party whose country is not only the article's.
  if (p.target === 'own') {
    targets = targets.filter((t) => !!(t && !t.countryFrom));
    if (!targets.length) return refuse(ctx, i, p.type, 'target-own-home', p.id);
  }
  // "cracked down on trafficking", "banned travel", "seized drugs": a `target: party` template needs someone
  // acted upon; a phrase that names a thing and no actor or country (namesThing, as above) is none.
  if (p.target === 'party') {
    targets = targets.filter((t) => !!t && !(!t.actor && !t.country && namesThing(ctx, t, targetNPs)));
    if (!targets.length) return refuse(ctx, i, p.type, 'target-party-thing', p.id);
  }
  let classSaidNo = false;
  let ownSaidNo = false;
  // "agreed with his counterpart, the Czech minister, to exchange officers": a view shared is an opinion
  // unless the verb takes what was agreed (a "to" clause or an "on" phrase the template's words missed).
  const parties = p.parties === 'states' && ctx.tree && agreedTerms(ctx.tree, i) ? null : p.parties;
  for (const s of sources) {
    // The source class a sense needs (`parties`): a person in public life ("the senator attacked the
    // governor"; the target a person too, below), state power ("the junta allowed aid in"), an aid giver.
    if (parties && !SOURCE_CLASS[parties](s.party)) {
      classSaidNo = true;
      continue;
    }
    for (const t of targets) {
      if (p.parties === 'politician' && !t?.actor?.startsWith('person:') && !(t && namesPeople(ctx, t, targetNPs))) {
        classSaidNo = true;
        continue;
      }
      // "France agreed with Germany": a view shared between two holders of state power is a diplomatic
      // agreement; "the judge agreed with the plaintiff", "voters do not agree with the senator" share an opinion.
      if (parties === 'states' && !(t && holdsStatePower(t))) {
        classSaidNo = true;
        continue;
      }
      if (t && sameActor(s.party, t, ctx) && !p.self) continue;
      // "The president called for tax fairness", "the nominee called for more defence spending": a measure
      // the state is asked for by its own government or by one who runs for its office is a programme, not
      // a request of another.
      if (t && demands.has(t) && ownProgramme(s.party, t)) {
        ownSaidNo = true;
        continue;
      }
      // "Imprisoned opposition leader X has started …": one phrase read as both doer and target is no event,
      // even for a sense that may act on its own side.
      if (t && t.start !== undefined && t.start === s.party.start && t.end === s.party.end) continue;
      // "The president of Chile arrived in Santiago": a cooperative act towards a place of one's own country is none.
      if (t && !t.actor && t.country && !t.sector && !t.countryFrom && t.country === s.party.country && p.cameo.quad <= 2 && !p.self) continue;
      out.push({
        pattern: p,
        source: s.party,
        target: t ?? { actor: null, country: null, sector: null },
        trigger: trig,
        triggerToken: i,
        sentence: tok.sentence,
        baseMode: mode,
        quote: q >= 0 ? q : null,
        pendingTarget: t || sourceOnly ? undefined : 'accuser',
      });
    }
  }
  if (!out.length && ownSaidNo) return refuse(ctx, i, p.type, 'demand-own-state', p.id);
  return !out.length && classSaidNo ? refuse(ctx, i, p.type, `parties-${parties ?? p.parties}`, p.id) : out;
}

/** The sectors of persons who run for a state's office: the parties, in power or not (the guideline's
 * candidates, OPP or PTY). */
const CANDIDATE_SECTORS = new Set(['OPP', 'PTY']);

/**
 * Whether the state asked for a measure (demandsOfState) is the source's own: its government (a person or
 * body of it, GOV) or a person of a party, who runs for its office — the measure is then a programme.
 */
function ownProgramme(s: EventParty, t: EventParty): boolean {
  if (!s.country || s.country !== t.country || !s.sector) return false;
  return s.sector === 'GOV' || (!!s.actor?.startsWith('person:') && CANDIDATE_SECTORS.has(s.sector));
}

/**
 * "captured four medals", "refused treatment", "praised the study": a target phrase headed by a thing (no
 * person, group, role or sector word, no name or pronoun, no act or public affair) names no party, and
 * the article's country is not given to it.
 */
function namesThing(ctx: MatchContext, t: EventParty, nps: NP[] | undefined): boolean {
  if (t.sector || t.start === undefined) return false;
  const { a } = ctx;
  const np = nps?.find((n) => a.tokens[n.start].start <= t.start! && t.start! <= a.tokens[n.end - 1].end);
  // "granting it a long life": an "it" the actors stage tied to no actor stands for a thing.
  if (np && np.end - np.start === 1 && a.tokens[np.head].text.toLowerCase() === 'it') return true;
  if (!np || !isThing(a, np)) return false;
  const h = a.tokens[np.head];
  const forms = nounForms(h);
  if (isAgentNoun(a, h)) return false;
  // "hackers", "the moderators", "the nominee": a doer's suffix names people too. "condemned the attack",
  // "investigating the case": an act (a noun trigger of the patterns) or a public affair happens where the
  // article is set.
  const act = (w: string) => !!ctx.patterns.byLemma.get(w)?.some((x) => x.kind === 'noun');
  return !forms.some((w) => a.lex.has('person-noun', w) || DOER_SUFFIX.test(w) || a.lex.has('public-affair', w) || act(w));
}

const DOER_SUFFIX = /(?:er|or|ist|ee|ant|ian)$/;

/** The event types whose act needs a doer with a will (issue 15): a thing as their subject codes nothing. */
const WILL_TYPES = new Set(['REQUEST', 'ACCUSE', 'AGREE', 'REJECT', 'THREATEN', 'SUPPORT', 'CONSULT', 'COOPERATE', 'COERCE']);

/**
 * Whether a subject phrase is headed by a thing that can will nothing: its head (or, where the tree makes
 * the phrase's name the possessor of a noun after it, that noun: "Apple's software") is a common noun
 * naming no people or organisation — not an `agent-noun`, `person-noun`, group or quantity head, kin,
 * follower or relation word, nor a doer's suffix — and, unless it has a possessor, the phrase names no
 * actor and gives no sector by its own words ("the department" read as a ministry stays a doer).
 */
function thingDoer(ctx: MatchContext, np: NP): boolean {
  const { a } = ctx;
  const peopleWord = (k: number): boolean => {
    const t = a.tokens[k];
    if (t.pos !== 'NOUN') return true;
    if (isAgentNoun(a, t) || a.lex.has('pass-through-noun', t.lemma)) return true;
    // "Trump's tweets accusing …": a message is its author's act.
    return nounForms(t).some((x) => WILL_LEX.some((c) => a.lex.has(c, x)) || DOER_SUFFIX.test(x));
  };
  // "Cuba's refusal to engage", "the president's decision to recognize": the possessor of a noun whose
  // to-clause holds the act is its doer.
  const ownersAct = (k: number): boolean => a.tokens[k + 1]?.text.toLowerCase() === 'to' && ['VERB', 'AUX'].includes(a.tokens[k + 2]?.pos ?? '');
  const owned = ctx.tree ? ctx.tree.possessum(np.head) : -1;
  if (owned >= np.end && a.tokens[owned]?.sentence === a.tokens[np.head].sentence) return !peopleWord(owned) && !ownersAct(owned);
  if (peopleWord(np.head)) return false;
  const possessed = a.tokens.slice(np.start, np.head).some((t) => POSSESSIVE_MARK.has(t.text.toLowerCase()));
  if (possessed) return !complementParty(ctx, np, false) && !ownersAct(np.head);
  // "Secret Service protocol called for …", "DNC rules permit members to …": a rule or a protocol binds
  // through no will of its own, though a modifier names its maker (lexicon `rule-noun`).
  if (nounForms(a.tokens[np.head]).some((x) => a.lex.has('rule-noun', x))) return true;
  if (resolveNP(a, ctx.idx, np) || complementParty(ctx, np, false)) return false;
  const bare = bareParty(a, np, ctx.doc.text, ctx.doc.layers.timexes ?? [], true, locatedPlaces(ctx.doc.layers.places), ctx.doc.layers.entities ?? []);
  return !bare?.sector;
}

const WILL_LEX = ['person-noun', 'body-noun', 'message-noun', ...RELATION_CLASSES] as const;

/**
 * "his attacks on the moderators", "went after a former beauty queen": a target with no registry actor
 * whose head names people — a person the entities stage found, a personal pronoun, or a people, role or
 * group noun (agent-noun, person-noun, a doer suffix) — not the forces, rebels or criminals (whose
 * attackers are no politicians' critics) and not a thing.
 */
function namesPeople(ctx: MatchContext, t: EventParty, nps: NP[] | undefined): boolean {
  if (t.actor || t.start === undefined || (t.sector && FORCE_SECTORS.has(t.sector))) return false;
  const { a } = ctx;
  const np = nps?.find((n) => a.tokens[n.start].start <= t.start! && t.start! <= a.tokens[n.end - 1].end);
  if (!np) return false;
  const h = a.tokens[np.head];
  if (h.pos === 'PROPN') return (ctx.doc.layers.entities ?? []).some((e) => e.label === 'PERSON' && e.start <= h.start && h.end <= e.end);
  if (h.pos === 'PRON') return PERSONAL_PRONOUNS.has(h.text.toLowerCase()) && h.text.toLowerCase() !== 'it';
  return h.pos === 'NOUN' && (isAgentNoun(a, h) || nounForms(h).some((x) => a.lex.has('person-noun', x) || DOER_SUFFIX.test(x)));
}

const FORCE_SECTORS = new Set(['MIL', 'COP', 'REB', 'CRM']);

/**
 * Whether a party read from a measure's complement or from a phrase after it names someone in its own
 * words: an actor, a country of its own (not the article's), a person, organisation or place the entities
 * stage found ("the resignation of the minister X", "sanctions on Russia"); not a law, a programme or a
 * group told by a common noun ("the repeal of the health law", "a freeze on private clinics", "tax
 * rises on the rich"), where the state that must act is the one asked.
 */
const NAMED_PARTY = new Set(['PERSON', 'ORG', 'GPE']);

function namesSomeone(ctx: MatchContext, t: EventParty): boolean {
  if (t.actor || (t.country && !t.countryFrom)) return true;
  if (t.start === undefined || t.end === undefined) return false;
  const entities = ctx.doc.layers.entities;
  return !!entities && overlapsNamed(namedIndex(entities), t.start, t.end);
}

/**
 * A layer's person, organisation and place entities in order of their starts, with the furthest end
 * reached up to each (`reach`): whether a span meets one is a binary search, not a scan of the layer at
 * every party asked about (the events stage asks for many parties of a document; it never changes the
 * layer, and a layer that grows is indexed again).
 */
interface NamedIndex {
  length: number;
  starts: Int32Array;
  reach: Int32Array;
}
const namedIndexes = new WeakMap<readonly Entity[], NamedIndex>();

function namedIndex(entities: readonly Entity[]): NamedIndex {
  const had = namedIndexes.get(entities);
  if (had && had.length === entities.length) return had;
  const named = entities.filter((e) => NAMED_PARTY.has(e.label)).sort((x, y) => x.start - y.start);
  const starts = new Int32Array(named.length);
  const reach = new Int32Array(named.length);
  let far = -1;
  for (let k = 0; k < named.length; k++) {
    starts[k] = named[k].start;
    far = Math.max(far, named[k].end);
    reach[k] = far;
  }
  const ix = { length: entities.length, starts, reach };
  namedIndexes.set(entities, ix);
  return ix;
}

/** Whether an indexed entity overlaps [a, b): of those starting before b, one ends after a. */
function overlapsNamed(ix: NamedIndex, a: number, b: number): boolean {
  let lo = 0;
  let hi = ix.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ix.starts[mid] < b) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ix.reach[lo - 1] > a;
}

/** The measure phrase itself as a bare party (the state where the article is set is asked: demandsOfState). */
function measurePhrase(ctx: MatchContext, np: NP, t: EventParty): EventParty {
  if (t.start !== undefined && t.start >= ctx.a.tokens[np.start].start && t.end! <= ctx.a.tokens[np.end - 1].end) return t;
  return { actor: null, country: null, sector: null, ...npText(ctx, [np])! };
}

/**
 * "The union called for a moratorium on evictions", "urged more school investment": a request for a
 * thing (a policy, a measure) names no addressee; the one who must act is the government where the
 * article is set.
 */
function demandsOfState(ctx: MatchContext, p: Pattern, t: EventParty, nps: NP[] | undefined): boolean {
  if (p.type !== 'REQUEST' || t.start === undefined) return false;
  // The measure asked for: the template's "for T" ("call|press|push for T"), not the one asked ("asked the crowd").
  const measure = asksForMeasure(p);
  if (!measure) return false;
  const np = nps?.find((n) => ctx.a.tokens[n.start].start <= t.start! && t.start! <= ctx.a.tokens[n.end - 1].end);
  if (!np || !isThing(ctx.a, np) || ctx.a.tokens.slice(np.start, np.end).some((x) => x.pos === 'PROPN')) return false;
  // "called for all visitors to carry …": the phrase is who is to act, not a measure (after a
  // gerund, "to" goes with the gerund: "called for cutting the rate to 20 percent").
  if (measure === 'gerund') return true;
  const next = ctx.a.tokens[np.end];
  return !(next && next.sentence === ctx.a.tokens[np.head].sentence && next.text.toLowerCase() === 'to');
}

/**
 * A REQUEST template whose target is the measure asked for: "call|press for T", also named by a gerund
 * ("call for VB T": "called for lowering the tax" asks for the lowering as "called for a lower tax" does).
 */
function asksForMeasure(p: Pattern): 'noun' | 'gerund' | null {
  if (p.type !== 'REQUEST') return null;
  let k = p.steps.findIndex((x) => x.kind === 'slot' && x.role === 'T');
  const gerund = k > 1 && p.steps[k - 1].kind === 'verb';
  if (gerund) k--;
  const before = k > 0 ? p.steps[k - 1] : null;
  return before && before.kind === 'word' && before.alts.includes('for') ? (gerund ? 'gerund' : 'noun') : null;
}

// The sectors of persons in civilian public life (not the forces, rebels, criminals or an unknown role).
const PUBLIC_SECTORS = new Set(['GOV', 'LEG', 'OPP', 'PTY', 'JUD', 'MED', 'NGO', 'IGO', 'EDU', 'BUS', 'LAB', 'REL']);
const isPolitician = (p: EventParty) => !!p.actor?.startsWith('person:') && !!p.sector && PUBLIC_SECTORS.has(p.sector);

// The sectors of aid organisations besides the state: NGOs, international organisations, churches.
const PROVIDER_SECTORS = new Set(['NGO', 'IGO', 'REL']);
// The sectors of state power: government, legislature, courts, forces, police.
const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);
/** A country or an international organisation itself, a party the text places by its own words with no
 * sector (the country acting: "Burma", "the country"), or a group or person in a role of state power. */
export const holdsStatePower = (p: EventParty) =>
  p.sector ? STATE_SECTORS.has(p.sector) : !!p.actor?.startsWith('country:') || !!p.actor?.startsWith('igo:') || (!p.actor && !!p.country && !p.countryFrom);

/** Whether verb v takes the terms agreed: a "to" clause ("agreed with X to exchange officers") or an "on"
 * phrase ("agreed with X on a truce"), as the tree hangs them past an apposition. */
function agreedTerms(tree: Tree, v: number): boolean {
  if (v >= tree.size) return false;
  return tree.children(v).some((c) => tree.infinitiveGovernor(c) === v) || tree.obliques(v, 'on').length > 0;
}

/** State power, or an aid organisation: an NGO, an international organisation, a church. */
const isProvider = (p: EventParty) => holdsStatePower(p) || (!!p.sector && PROVIDER_SECTORS.has(p.sector));

/** The source each `parties` class of the pattern files allows. */
const SOURCE_CLASS: Record<NonNullable<Pattern['parties']>, (p: EventParty) => boolean> = {
  politician: isPolitician,
  state: holdsStatePower,
  states: holdsStatePower,
  provider: isProvider,
  giver: (p) => isProvider(p) || (!p.sector && !!p.actor?.startsWith('org:')),
};

export { partyOf };
