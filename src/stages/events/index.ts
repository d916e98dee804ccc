// The events stage: codes dyadic events (PLOVER type + CAMEO code, source and target actors, mode,
// date, evidence spans) from the token, actor, time and quote layers using the pattern knowledge.
import type { ComponentFactory } from '../../pipeline/component.ts';
import type { Doc, Event, EventParty, Plover } from '../../doc/types.ts';
import { ARTICLE_SENTENCES, recordId } from '../../doc/doc.ts';
import { Tree } from '../../doc/tree.ts';
import { homeCountry } from './home-country.ts';
import { foreignGround } from './foreign-ground.ts';
import { analyse, type Analysis } from './chunks.ts';
import { retagHeadlineVerbs } from './headline.ts';
import { retagPastTenses } from './participle-verbs.ts';
import { lexiconOf } from './lexicon.ts';
import { patternsOf, type Pattern, type PatternIndex } from './patterns.ts';
import { demandCandidates, findCandidates, refuse, type Candidate, type EventTrace } from './match.ts';
import { criticismCandidates } from './criticism.ts';
import { judgementCandidates } from './judgement.ts';
import { finalMode } from './mode.ts';
import { namesNoOne, partyIndex } from './parties.ts';
import { nounForms, partyHead } from './party-head.ts';
import { eventDate, stageGoverningDate, type GoverningDate } from './dating.ts';
import { dedupe, type Dateable } from './dedup.ts';
import { accuserOf } from './accuser.ts';
import { stanceTargetNamesSomeone } from './stance-target.ts';
import { isCampaignWarning, isPublicAdvice } from './public-advice.ts';
import { electorateBacking } from './electorate.ts';
import { isQuestion } from './question.ts';
import { aimedAtAudience } from './audience.ts';
import { forcelessDoer } from './forceless-doer.ts';
import { privateInvitation, privateVisit } from './private-visit.ts';
import { commercialDeal, firmQuarrel, privateDealing, privateTowardsNoOne } from './private-dealings.ts';
import { privateViolence, registryPersons, textOnlyPerson } from './private-violence.ts';
import { productRelease } from './product-release.ts';
import { privateResignation } from './private-resignation.ts';
import type { Lexicon } from './lexicon.ts';
import { bundledTypeModel, type TypeModel } from './type-model.ts';
import { typedCandidates } from './typed-candidates.ts';

export { eventKey } from './dedup.ts';
export { countsByDefault } from './mode.ts';

/** Code the events of one document (the layers the component requires must be filled). */
export function codeEvents(doc: Doc, patterns: PatternIndex, lex: Lexicon, govern: GoverningDate = stageGoverningDate(), typer: TypeModel | null = null, trace?: EventTrace): Event[] {
  const tree = Tree.of(doc);
  const tokens = retagPastTenses(retagHeadlineVerbs(doc.layers.tokens ?? [], patterns), tree, patterns, lex);
  const sentences = doc.layers.sentences ?? [];
  const a = analyse(tokens, sentences.length, lex, doc.layers.timexes ?? [], tree);
  const idx = partyIndex(doc);
  const quotes = doc.layers.quotes ?? [];
  const ctx = { doc, a, idx, patterns, quotes, tree, home: homeCountry(doc), refused: new Map<number, Set<Plover>>(), trace };
  const registry = registryPersons(doc.layers.actors ?? []);
  const pc: PrivateContext = { registry, article: sentences.length >= ARTICLE_SENTENCES };
  const candidates = withStances(mainClauseFirst(findCandidates(ctx), trace), patterns, a, ctx.refused, pc, trace);
  const demand = demandPattern(patterns);
  if (demand) candidates.push(...demandCandidates(ctx, demand));
  const criticism = builtIn(patterns, 'rule.criticism', '111', 'built-in: a criticism word inside attributed speech');
  if (criticism) candidates.push(...criticismCandidates(ctx, criticism));
  // Praise and criticism stated as a judgement: "called the ruling outrageous", "described X as a tireless
  // advocate", "said the minister is a proven negotiator" (judgement.ts).
  const praise = builtIn(patterns, 'rule.praise', '051', 'built-in: a praise word judging an actor');
  const naming = builtIn(patterns, 'rule.judgement', '111', 'built-in: a criticism word in a naming or describing predicate');
  candidates.push(...judgementCandidates(ctx, praise, naming));
  // Sentences no template coded: the trained type model's verb, if one clears its margin with a type no
  // template refused there (typed-candidates.ts). Only in lone sentences (fewer than an article's three):
  // the model learnt PLV's single sentences, and in article prose its guesses are wrong far more often
  // than right (a visit to a sheriff's station read as a protest, a lawsuit filed "in a court" as an
  // accusation of the court, an approval rating that "remains" as a mobilisation).
  if (typer && sentences.length < ARTICLE_SENTENCES) candidates.push(...typedCandidates(ctx, typer, candidates));
  candidates.sort((x, y) => x.trigger.start - y.trigger.start);
  const items: Dateable[] = [];
  const coded: Event[] = [];
  for (const c of candidates) {
    const drop = (why: string) => traceDrop(trace, c, why);
    if (c.pendingTarget === 'accuser') {
      const t = accuserOf(coded, quotes, idx, c.source, c.trigger.start);
      if (!t) { drop('no earlier accuser'); continue; }
      c.target = { ...t };
    }
    // "they started to target the areas": a record whose two parties name no one is no event data.
    if (namesNoOne(c.source) && namesNoOne(c.target)) { drop('neither party names anyone'); continue; }
    // "warned residents to stay indoors": advice to the public (public-advice.ts).
    if (isPublicAdvice(a, c.pattern.type, c.target)) { drop('advice to the public'); continue; }
    // "warned voters that …", "warn his supporters about …": campaigning, not a threat (public-advice.ts).
    if (isCampaignWarning(a, c.pattern.type, a.tokens[c.triggerToken].lemma, c.target)) { drop('a warning to voters or followers'); continue; }
    // "Americans' support for the candidates", "support from black voters": the electorate's opinion (electorate.ts).
    if (electorateBacking(a, c.pattern.type, c.source)) { drop("the electorate's backing"); continue; }
    // "asked the candidate about her emails": a question, not an appeal (question.ts).
    if (isQuestion(a, tree, c.pattern.type, c.triggerToken)) { drop('a question, not an appeal'); continue; }
    // "welcomed several hundred guests", "accuse the audience of …": an audience (audience.ts).
    if (aimedAtAudience(a, c.pattern.type, c.target)) { drop('an audience'); continue; }
    // "the candidate attacked loopholes", "Clinton beats Trump in the poll": force with no forces (forceless-doer.ts).
    if (forcelessDoer(c.pattern.type, c.source)) { drop('force with no forces'); continue; }
    // "she met her future husband", "the firm releases its new laptop": private life and product launches are no event data.
    if (privateAct(a, pc, c)) { drop('private act or product release'); continue; }
    // "the chief executive resigned": a resignation outside public life (private-resignation.ts).
    if (privateResignation(a.lex, c.pattern.type, a.tokens[c.triggerToken].lemma, c.source)) { drop('a resignation outside public life'); continue; }
    // In an article (three sentences or more, as for its home country) a record whose doer the text
    // names nowhere ("The attack targeted …", "two bombs killed …", "Others … opposed") is dropped:
    // coreference and the article's setting had their chance. A lone sentence keeps it, its type still
    // being worth having (PLV-style single sentences name their parties with words no registry knows).
    if (namesNoOne(c.source) && sentences.length >= ARTICLE_SENTENCES) { drop('the doer names no one'); continue; }
    // So is a stance or a dealing aimed at a phrase that names no one there — no actor, no country, no
    // sector: a thing ("refused treatment", "the study was supported by …", "slammed testimony"), since a
    // person, a group or a place the article sets has one of them by now. A source-only act keeps its
    // doer with no target. Force, measures and threats keep theirs: a coder codes an attack on a
    // checkpoint, a seizure, a ban or a threat against whom the thing belongs to.
    if (c.target.text !== undefined && STANCE_TYPES.has(c.pattern.type) && namesNoOne(c.target) && sentences.length >= ARTICLE_SENTENCES) {
      if (c.pattern.target !== 'optional') { drop('a stance aimed at a thing'); continue; }
      c.target = { actor: null, country: null, sector: null };
    }
    // And a private party's stance or dealing with a phrase only the article's setting gave a country
    // ("investors lent the company millions", "she urged her husband", private-dealings.ts): no public side.
    if (sentences.length >= ARTICLE_SENTENCES && privateTowardsNoOne(c.pattern.type, STANCE_TYPES, c.source, c.target, (p) => actNoun(a, patterns, p))) {
      if (c.pattern.target !== 'optional') { drop('a private party towards a phrase naming no one'); continue; }
      c.target = { actor: null, country: null, sector: null };
    }
    // "Norland's soldiers shot at a crowd": a bare party of a force acting abroad is of the ground
    // the article's towns lie in, not of the force's own country (foreign-ground.ts).
    if (sentences.length >= ARTICLE_SENTENCES) {
      const quad = c.pattern.cameo.quad;
      [c.source, c.target] = [foreignGround(idx, ctx.home, quad, c.source, c.target), foreignGround(idx, ctx.home, quad, c.target, c.source)];
    }
    const d = eventDate({ doc, a, idx, govern }, c.triggerToken, c.source.actor);
    const ev = toEvent(doc, c, d.date, d.precision, quotes);
    coded.push(ev);
    const tok = a.tokens[c.triggerToken];
    items.push({ event: ev, timexDated: !!d.timex, lemma: c.pattern.id.startsWith('rule.') ? c.pattern.id : tok.lemma.toLowerCase(), sentence: tok.sentence });
  }
  return dedupe(items);
}

// A party headed by an act a pattern names by a noun ("the annexation", "the shooting") or by a public
// affair (lexicon `public-affair`: "the project", "the new rules"): an act with a doer of its own, or a
// measure of the state where the article is set — the phrases the article's country is lent to on purpose
// (match.ts, namesThing).
const actNoun = (a: Analysis, patterns: PatternIndex, p: EventParty) => {
  const h = partyHead(a, p);
  return !!h && nounForms(h).some((w) => a.lex.has('public-affair', w) || !!patterns.byLemma.get(w)?.some((x) => x.kind === 'noun'));
};

// Stances and dealings: the types whose record needs a party to aim at (not force, measures, threats,
// protests or mobilisation, which act on things too).
const STANCE_TYPES = new Set<Plover>(['ACCUSE', 'REJECT', 'SUPPORT', 'AGREE', 'REQUEST', 'CONSULT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);

// Cooperative acts stated as intent are AGREE (CAMEO 03x); refused ones are REJECT (CAMEO 12x).
const INTENT_CODE: Partial<Record<Plover, string>> = { AGREE: '030', CONSULT: '036', AID: '033', COOPERATE: '031', SUPPORT: '032', CONCEDE: '035', RETREAT: '035' };
// Any act under "threaten to" is threatened: force (138) for attacks and shows of force, repression (137)
// for coercion, non-force measures (131) for the rest.
const THREAT_CODE: Partial<Record<Plover, string>> = { ASSAULT: '138', MOBILIZE: '138', COERCE: '137' };
// Hostile acts a source vows, pledges or promises to carry out are threats ("pledged to impose sanctions").
const VOWED_THREAT = new Set<Plover>(['ASSAULT', 'MOBILIZE', 'COERCE', 'SANCTION']);
const CONCESSIONS = new Set<Plover>(['CONCEDE', 'RETREAT']);
const REFUSAL_CODE: Partial<Record<Plover, string>> = { AGREE: '120', CONSULT: '125', AID: '122', COOPERATE: '121', SUPPORT: '120', CONCEDE: '124', RETREAT: '124' };

interface PrivateContext {
  /** The registry's persons among the document's actors (private-violence.ts). */
  registry: ReadonlySet<string>;
  /** An article (three sentences or more): a person the text alone names, with no title, is a private
   * person in a dealing there; a lone sentence (PLV-style) names office holders and organisations so too. */
  article: boolean;
}
/** Private life (private-dealings.ts: "she met her future husband"; an invitation to a private person, private-visit.ts; a firm's deal, commercialDeal; a firm's quarrel, firmQuarrel), crime between private persons
 * (private-violence.ts: "the suspect assaulted the woman") or a product launch (product-release.ts: "the
 * firm releases its new laptop"): no event data, and no stance either. */
const privateAct = (a: Analysis, pc: PrivateContext, c: Candidate) =>
  privateDealing(c.pattern.type, c.source, c.target, (p) => pc.article && textOnlyPerson(a.lex, pc.registry, p)) ||
  commercialDeal(c.pattern.cameo.code, c.source, c.target) ||
  firmQuarrel(c.pattern.type, c.source, c.target, (p) => pc.article && textOnlyPerson(a.lex, pc.registry, p)) ||
  privateViolence(a.lex, pc.registry, c.pattern.type, c.source, c.target) || productRelease(c.pattern.type, c.source) ||
  privateInvitation(c.pattern.type, a.tokens[c.triggerToken].lemma.toLowerCase(), c.target, (p) => pc.article && textOnlyPerson(a.lex, pc.registry, p));

/**
 * "X will release the prisoners", "X is willing to provide aid to Y": the uncounted cooperative event
 * stays as it is (future/hypothetical) and an asserted AGREE from the same source to the same target is
 * added; "X refused to allow …", "X will not lift …" add a REJECT the same way, and any act under
 * "X threatened to …" a THREATEN.
 */
function withStances(cands: Candidate[], patterns: PatternIndex, a: Analysis, refused: Map<number, Set<Plover>>, pc: PrivateContext, trace?: EventTrace): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    // "migrants arriving in the country": private travel is no visit, nor an intent to visit (private-visit.ts);
    // the type model does not code the trigger as one either.
    if (privateVisit(c.pattern.cameo.code, c.source, c.target)) {
      traceDrop(trace, c, 'private travel');
      refuse({ refused }, c.triggerToken, c.pattern.type);
      continue;
    }
    out.push(c);
    // "she met her future husband": private life adds no stance either (private-dealings.ts; the record
    // itself is dropped when coding, so that the type model does not code its sentence instead).
    // "the firm will release its new laptop": nor does a product launch (product-release.ts).
    if (!c.stance || privateAct(a, pc, c)) continue;
    // A vow is an intent for a cooperative act and a threat for a hostile one ("vowed to punish").
    const stance = c.stance === 'vow' ? (VOWED_THREAT.has(c.pattern.type) ? 'threat' : 'intent') : c.stance;
    // An intent or refusal to give, meet or back a thing is no stance towards anyone (stance-target.ts);
    // a concession is one whatever it yields ("will allow aid", "refused to lift the ban").
    if (stance !== 'threat' && !CONCESSIONS.has(c.pattern.type) && !stanceTargetNamesSomeone(a, c.target)) continue;
    const code = patterns.cameo.get(stance === 'threat' ? (THREAT_CODE[c.pattern.type] ?? '131') : ((stance === 'intent' ? INTENT_CODE : REFUSAL_CODE)[c.pattern.type] ?? ''));
    if (!code?.plover) continue;
    out.push(Object.assign({}, c, { baseMode: 'asserted' as const, stance: undefined, pattern: Object.assign({}, c.pattern, { id: `${c.pattern.id}+${stance}`, cameo: code, type: code.plover }) }));
  }
  return out;
}

/**
 * "Police arrested the owner of a club where a fire that killed 19 broke out": an event in a relative
 * clause whose subject is the relative pronoun is background; it is dropped when its sentence already
 * has a main-clause event.
 */
function mainClauseFirst(cands: Candidate[], trace?: EventTrace): Candidate[] {
  const mainIn = new Set(cands.filter((c) => !c.relative).map((c) => c.sentence));
  return cands.filter((c) => {
    const keep = !c.relative || !mainIn.has(c.sentence);
    if (!keep) traceDrop(trace, c, "a relative clause's event beside a main-clause one");
    return keep;
  });
}

/** Tell the trace, where there is one, that candidate `c` was dropped and why. */
function traceDrop(trace: EventTrace | undefined, c: Candidate, why: string): void {
  trace?.(c.triggerToken, `dropped ${c.pattern.id}: ${why}`, { verdict: 'dropped', patterns: [c.pattern.id], reason: why });
}

/** The record standing for the built-in must/should demand rule (CAMEO 100), or null if the table lacks it. */
function demandPattern(patterns: PatternIndex): Pattern | null {
  return builtIn(patterns, 'rule.demand', '100', 'built-in: must/should clause under a speech verb');
}

/** A pattern record for a rule written in code (no template), coded with CAMEO `code`. */
function builtIn(patterns: PatternIndex, id: string, code: string, source: string): Pattern | null {
  const cameo = patterns.cameo.get(code);
  if (!cameo?.plover) return null;
  return {
    id, kind: 'verb', triggers: [], steps: [], required: [], hasS: false, hasT: false, objectIsTarget: false,
    cameo, type: cameo.plover, frame: null, target: null, object: null, parties: null, self: false, passive: 'none', reciprocal: false, agentless: null,
    reciprocalSteps: null, untargetedSteps: [], receivedSteps: [], source,
  };
}

function toEvent(doc: Doc, c: Candidate, date: string | null, precision: Event['precision'], quotes: Doc['layers']['quotes']): Event {
  const inQuote = c.quote !== null;
  const mode = finalMode(c.baseMode, inQuote);
  const sentence = doc.layers.sentences![c.sentence];
  const ev: Event = {
    id: recordId(doc.id, c.trigger.start, c.pattern.cameo.code, c.source.actor ?? c.source.country, c.target.actor ?? c.target.country),
    type: c.pattern.type,
    cameo: c.pattern.cameo.code,
    goldstein: c.pattern.cameo.goldstein,
    quad: c.pattern.cameo.quad,
    source: c.source,
    target: c.target,
    date,
    precision,
    mode,
    trigger: c.trigger,
    sentence: { start: sentence.start, end: sentence.end },
    quote: c.quote,
    pattern: c.pattern.id,
  };
  if (inQuote) ev.reportedBy = quotes![c.quote!].speaker?.actor ?? null;
  return ev;
}

export const eventsComponent: ComponentFactory = (knowledge) => {
  const patterns = patternsOf(knowledge);
  const lex = lexiconOf(knowledge);
  const govern = stageGoverningDate(knowledge);
  const typer = bundledTypeModel();
  return {
    name: 'events',
    requires: ['tokens', 'sentences', 'entities', 'actors', 'mentions', 'timexes', 'quotes'],
    assigns: ['events'],
    process(doc) {
      doc.layers.events = codeEvents(doc, patterns, lex, govern, typer);
    },
  };
};
