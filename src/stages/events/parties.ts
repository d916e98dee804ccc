// Turning a noun-phrase chunk into an event party: the actor of the mention that heads it (read from
// doc.layers.mentions/actors), passing through group and role heads ("a team of British troops").
import type { Actor, Doc, Entity, EventParty, Mention, Quote, Span, Token } from '../../doc/types.ts';
import { inQuoteContent } from '../../doc/doc.ts';
import type { Analysis, NP } from './chunks.ts';
import { PERSON_NOUNS } from '../actors/person-context.ts';
import { actorsById } from '../actors/lookup.ts';
import { nounForms } from './party-head.ts';

export interface Resolved {
  party: EventParty;
  /** The actor mention the party comes from; null for a bare noun-phrase party (no registry actor). */
  mention: Mention | null;
}

export interface PartyIndex {
  mentions: Mention[];
  actors: Map<string, Actor>;
  /** The actors stage's entities (sectors of phrases with no actor: "militia" REB). */
  entities?: readonly Entity[];
}

export function partyIndex(doc: Doc): PartyIndex {
  const mentions = [...(doc.layers.mentions ?? [])].sort((a, b) => a.start - b.start || b.end - a.end);
  const actors = actorsById(doc);
  return { mentions, actors, entities: doc.layers.entities ?? [] };
}

/** Mentions overlapping [start, end). */
export function mentionsIn(idx: PartyIndex, start: number, end: number): Mention[] {
  const ms = idx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].start < start - 200) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < ms.length && ms[k].start < end; k++) if (ms[k].end > start) out.push(ms[k]);
  return out;
}

export function partyOf(idx: PartyIndex, m: Mention): EventParty {
  const actor = idx.actors.get(m.actor);
  const role = actor?.roles?.[0];
  return {
    actor: m.actor,
    country: actor?.country ?? role?.country ?? null,
    sector: actor?.sector ?? role?.sector ?? null,
    start: m.start,
    end: m.end,
    text: m.text,
  };
}

export function partyOfActor(idx: PartyIndex, actorId: string | null): EventParty | null {
  if (!actorId) return null;
  const actor = idx.actors.get(actorId);
  if (!actor) return null;
  const role = actor.roles?.[0];
  return { actor: actorId, country: actor.country ?? role?.country ?? null, sector: actor.sector ?? role?.sector ?? null };
}

/** The attributed (not scare, not intent) quote whose words hold `offset`, with its resolved speaker as a party; the
 * party carries the speaker's words when they stand in the evidence sentence (a party's span names it there), so
 * the record points at who said it. Null without such a quote or speaker. */
export function speakerAt(idx: PartyIndex, quotes: readonly Quote[], offset: number, sentence: Span): { q: number; party: EventParty } | null {
  const q = quotes.findIndex((x) => isSaid(x) && inQuoteContent(x, offset));
  const speaker = q >= 0 ? quotes[q].speaker : null;
  const party = partyOfActor(idx, speaker?.actor ?? null);
  if (!party || !speaker) return null;
  const { start, end } = speaker;
  const inSentence = start !== undefined && end !== undefined && start >= sentence.start && end <= sentence.end;
  return { q, party: inSentence ? Object.assign({}, party, { start, end, text: speaker.text }) : party };
}

/** Whether `speakerAt` can answer with quote `x`: said (no scare quote, no intent) by a speaker with an actor. */
function isSaid(x: Quote): boolean {
  return !x.scare && !x.intent && !!x.speaker?.actor;
}

/** The quotes `speakerAt` can answer with (isSaid). */
export function saidQuotes(quotes: readonly Quote[]): Quote[] {
  return quotes.filter(isSaid);
}

/**
 * Whether `offset` lies in the content of one of `said` (from `saidQuotes`): without it `speakerAt` answers
 * null, so a loop over every word asks this first, before its costlier tests of the word.
 */
export function inSaidQuote(said: readonly Quote[], offset: number): boolean {
  for (let k = 0; k < said.length; k++) if (inQuoteContent(said[k], offset)) return true;
  return false;
}

/** A party that names no one: no actor, no country, no sector (a record with two of these says nothing). */
export function namesNoOne(p: EventParty): boolean {
  return !p.actor && !p.country && !p.sector;
}

/** The actor an NP refers to, or null. */
export function resolveNP(a: Analysis, idx: PartyIndex, np: NP, depth = 0): Resolved | null {
  const { tokens } = a;
  const start = tokens[np.start].start;
  const end = tokens[np.end - 1].end;
  const ms = mentionsIn(idx, start, end);
  const head = tokens[np.head];
  const headMention = pick(ms.filter((m) => m.start <= head.start && m.end >= head.end));
  // A role or group head resolved only by description ("the ambassador" read as the subject's own) yields
  // to the actor its of/for/from phrase names ("the ambassador of Egypt").
  const weakHead = !!headMention && WEAK_VIA.has(headMention.via);
  if (headMention && !weakHead) return { party: partyOf(idx, headMention), mention: headMention };
  // A number heads a group like "hundreds" does ("11 of Iran's prisoners").
  const staff = a.lex.has('staff-noun', head.text.toLowerCase());
  const passThrough = a.lex.has('pass-through-noun', head.lemma) || head.pos === 'NUM' || staff;
  // "a team of British troops", "a spokesman for President Ghani"
  if (passThrough && depth < 2 && np.end + 1 < tokens.length) {
    const p = tokens[np.end];
    const preps = weakHead ? ['of'] : BORDER.has(head.lemma) ? ['of', 'with', 'between'] : staff ? ['of', 'for', 'to'] : ['of', 'for', 'from'];
    if (p.sentence === head.sentence && p.pos === 'ADP' && preps.includes(p.text.toLowerCase())) {
      const next = a.npOf[np.end + 1];
      if (next >= 0) {
        const r = resolveNP(a, idx, a.nps[next], depth + 1);
        // "a top aide of the new mayor was arrested", "an adviser to the ministry": one who serves a person
        // or a body is a person of their own, in its country and sector (the possessive "the mayor's
        // aide" is read below).
        if (r && staff && !weakHead) {
          return { party: { actor: null, country: r.party.country, sector: r.party.sector, start, end, text: spanText(a, np.start, np.end) }, mention: null };
        }
        if (r) return r;
      }
    }
  }
  const isPossessor = (m: Mention) => {
    let k = np.start;
    while (k < np.end && tokens[k].start < m.end) k++;
    const t = k < np.end ? tokens[k] : null;
    return !!t && (t.text === "'s" || t.text === '’s' || t.text === "'");
  };
  if (headMention) return { party: partyOf(idx, headMention), mention: headMention };
  // "her colleagues", "Brunson's wife": people related to the possessor are not the possessor, but
  // share its country (and a family member is a civilian).
  // "Ms Lopes's adviser", "the senator's aide": a person noun whose possessor is a person names another
  // person, read as a relation is (the head's own mention, a title's holder, was taken above).
  const personOwner = () => ms.some((m) => isPossessor(m) && idx.actors.get(m.actor)?.kind === 'person');
  // "Clinton supporters", "its allies", "Scott's family": the relation class of the head (knowledge/patterns/
  // lexicon/words.yaml) says which party the owner (possessor or modifier) makes; never the owner itself.
  const relation = relationClass(a, head);
  if (relation || (PERSON_NOUNS.has(head.lemma.toLowerCase()) && personOwner())) {
    const owner = pick(ms.filter((m) => m.end <= head.start && !participleOf(a, m, np)));
    const text = spanText(a, np.start, np.end);
    // A state's or any body's allies are other states or bodies: no country (and none lent by the article
    // either); a person's are in the person's country.
    // "NATO allies": the members of an alliance are the alliance.
    const ownerKind = owner ? idx.actors.get(owner.actor)?.kind : undefined;
    if (relation === 'ally-noun' && owner && ownerKind === 'igo') return { party: partyOf(idx, owner), mention: owner };
    if (relation === 'ally-noun' && owner && ownerKind !== 'person') {
      const party: EventParty = { actor: null, country: null, sector: null, start, end, text };
      UNPLACED.add(party);
      return { party, mention: null };
    }
    const country = owner ? partyOf(idx, owner).country : null;
    if (!country) return null;
    const sector = relation === 'kin-noun' || relation === 'follower-noun' ? 'CVL' : null;
    return { party: { actor: null, country, sector, start, end, text }, mention: null };
  }
  // "British armed forces personnel", "Israeli jets": a modifier names the actor's country. "An EADS-led
  // consortium", "Kremlin-owned Unified Aircraft", "an Iranian-backed militia": a name joined by a hyphen
  // to a participle modifying the head leads, owns or backs the head, and is not it; the head is a party
  // with no actor, in the country of a state or place that owns, leads or houses it (not of a backer).
  const before = ms.filter((m) => !isPossessor(m) && m.end <= head.start);
  const modifier = pick(before.filter((m) => !participleOf(a, m, np)));
  if (modifier) return { party: partyOf(idx, modifier), mention: modifier };
  const joined = pick(before);
  if (joined) {
    const kind = participleOf(a, joined, np);
    const owner = partyOf(idx, joined);
    const country = kind === 'owner-participle' && isState(idx, joined) ? owner.country : null;
    const text = spanText(a, np.start, np.end);
    // The head's own sector where the actors stage read one ("militia" REB).
    const sector = idx.entities?.find((e) => !e.actor && e.sector && e.start <= head.start && head.end <= e.end)?.sector ?? null;
    return { party: { actor: null, country, sector, start, end, text }, mention: null };
  }
  // "Germany's foreign minister", "the bloc's sanctions": the possessor, when the head is a role or a group.
  {
    const poss = pick(ms.filter(isPossessor));
    if (poss) return { party: partyOf(idx, poss), mention: poss };
  }
  return null;
}

/**
 * A party for a noun phrase that names no registry actor ("the NGO", "hundreds of banks", "Thom"):
 * actor null, the phrase's text and offsets kept so the record still says who, with the sector (and
 * country) an unresolved group phrase's words tell (an entity of the actors stage with a sector). Null for
 * phrases that cannot be parties: no noun or personal-pronoun head, a time expression, a `non-party` word.
 */
export function bareParty(
  a: Analysis,
  np: NP,
  text: string,
  timexes: readonly { start: number; end: number }[] = [],
  agentOnly = false,
  places: readonly { start: number; end: number; country: string }[] = [],
  entities: readonly Entity[] = [],
): EventParty | null {
  const { tokens } = a;
  const head = tokens[np.head];
  if (!head) return null;
  const hp = head.pos;
  const numberOf = hp === 'NUM' && tokens[np.end]?.text.toLowerCase() === 'of' && tokens[np.end].sentence === head.sentence && a.npOf[np.end + 1] >= 0;
  if (hp === 'PRON') {
    if (!BARE_PRONOUNS.has(head.text.toLowerCase())) return null;
  } else if (hp !== 'NOUN' && hp !== 'PROPN' && !numberOf) return null;
  if (a.lex.has('non-party', head.lemma) || a.lex.has('non-party', head.text.toLowerCase())) return null;
  // Where the template leaves room for things ("threaten to disrupt gas supplies"), only a named or
  // human/organisational head is a party.
  if (agentOnly && hp === 'NOUN' && !isAgentNoun(a, head) && !a.lex.has('pass-through-noun', head.lemma)) return null;
  let startTok = np.start;
  // Leading quote marks and determiners-only phrases are trimmed to the words.
  while (startTok < np.head && /^[“"‘']$/.test(tokens[startTok].text)) startTok++;
  let endTok = np.end;
  // "hundreds of banks", "the head of the agency": the of-phrase belongs to a group or role head.
  if ((a.lex.has('pass-through-noun', head.lemma) || numberOf) && endTok + 1 < tokens.length && tokens[endTok].sentence === head.sentence) {
    const p = tokens[endTok];
    if (p.pos === 'ADP' && (BORDER.has(head.lemma) ? ['of', 'with', 'between'] : ['of', 'for', 'from']).includes(p.text.toLowerCase()) && a.npOf[endTok + 1] >= 0) {
      endTok = a.nps[a.npOf[endTok + 1]].end;
    }
  }
  const start = tokens[startTok].start;
  const end = tokens[endTok - 1].end;
  if (timexes.some((t) => t.start <= tokens[np.head].start && tokens[np.head].end <= t.end)) return null;
  // A place the actors stage did not resolve ("shelled Kharkiv") stands for its country.
  // "the town of Kharkiv": a place head passes to the place its of-phrase names.
  const place = places.find((p) => p.start <= head.start && head.end <= p.end)
    ?? (endTok > np.end && SETTLEMENT.has(head.lemma) ? places.find((p) => p.country && p.start >= tokens[np.end].end && p.end <= end) : undefined);
  // "Gunmen", "the senior agent": the sector (and country) the actors stage read from the words.
  const told = (e: Entity) => !e.actor && !!(e.sector || e.country);
  // "thousands of textile workers": through a number or group head, the people its of-phrase names.
  const group = entities.find((e) => told(e) && e.start <= head.start && head.end <= e.end)
    ?? (endTok > np.end ? entities.find((e) => told(e) && e.start >= start && e.end <= end) : undefined)
    // "a police station": a body named by the thing's modifier.
    ?? entities.find((e) => told(e) && e.start >= start && e.end <= head.start);
  // "The city sent a letter", "the province must act": a city, province or county acting is its government.
  const local = !group && a.lex.has('local-government', head.lemma.toLowerCase()) ? 'GOV' : null;
  const party: EventParty = { actor: null, country: group?.country ?? place?.country ?? null, sector: group?.sector ?? local, start, end, text: text.slice(start, end) };
  // "envoys … anger over Lorvia's missile launch", "Western officials", "reporters in Pretoria": a phrase
  // the actors stage read with no country on purpose gets none from its sentence or article here either.
  // "European nations", "Central European leaders", "Eastern Europe", "foreign workers": a phrase a region
  // or bloc word places (a modifier of the `region-word` set, a place of no one country) neither.
  if (!party.country && (group?.unplaced || regionalPhrase(a, np, places, start, end))) {
    UNPLACED.add(party);
    return party;
  }
  if (group?.sector && !party.country) {
    // "The Grand Mufti … condemned … in Egypt": people of a sector are where their sentence's places are.
    const lo = tokens[a.sentStart[head.sentence]]?.start ?? 0;
    const hi = tokens[a.sentEnd[head.sentence] - 1]?.end ?? 0;
    const here = new Set(places.filter((p) => p.country && p.start >= lo && p.end <= hi).map((p) => p.country));
    if (here.size === 1) {
      party.country = [...here][0];
      party.countryFrom = 'article';
    }
  }
  return party;
}

/** Whether the phrase names a region or bloc rather than one country: a modifier before its head of the
 * `region-word` set ("European nations", "foreign workers") or a place inside it that lies in no one
 * country ("Northern Europe countries", "South East Asia"). */
export function regionalPhrase(a: Analysis, np: NP, places: readonly { start: number; end: number; country: string }[], start: number, end: number): boolean {
  for (let k = np.start; k < np.head; k++) if (a.lex.has('region-word', a.tokens[k].text.toLowerCase())) return true;
  return regionPlaceIn(places, start, end);
}

/** Whether a place of no one country (a continent, a region across borders, a sea) lies inside [start, end). */
export function regionPlaceIn(places: readonly { start: number; end: number; country: string }[], start: number, end: number): boolean {
  return places.some((p) => !p.country && p.start >= start && p.end <= end);
}

/** Bare parties whose phrase the actors stage read with no country on purpose (Entity.unplaced): the
 * events stage's sentence and article fallbacks leave them without one. */
const UNPLACED = new WeakSet<EventParty>();
export const isUnplaced = (p: EventParty): boolean => UNPLACED.has(p);

/** A head naming people or a group, also capitalised or plural where the tagger left no lemma ("Gunmen", "Officials"). */
export function isAgentNoun(a: Analysis, t: Token): boolean {
  return [...nounForms(t), t.text.toLowerCase().replace(/men$/, 'man')].some((x) => a.lex.has('agent-noun', x));
}

/** The relation class of a head naming people by their relation to an owner ("his wife", "her colleagues",
 * "Clinton supporters", "its allies"), or null. */
export const RELATION_CLASSES = ['kin-noun', 'follower-noun', 'ally-noun', 'relation-noun'] as const;
function relationClass(a: Analysis, head: Token): (typeof RELATION_CLASSES)[number] | null {
  const forms = [head.lemma, head.text.toLowerCase()];
  return RELATION_CLASSES.find((c) => forms.some((f) => a.lex.has(c, f))) ?? null;
}

const STATE_SECTORS = new Set(['GOV', 'LEG', 'JUD', 'MIL', 'COP']);

/** Whether a mention names a state: a country, or a body of one of the state's sectors (the Kremlin, a ministry). */
function isState(idx: PartyIndex, m: Mention): boolean {
  const actor = idx.actors.get(m.actor);
  if (!actor) return false;
  const sector = actor.sector ?? actor.roles?.[0]?.sector ?? null;
  return actor.kind === 'country' || (actor.kind !== 'person' && !!sector && STATE_SECTORS.has(sector));
}

/** Whether mention `m` is the first part of a hyphenated participle modifying the phrase's head ("EADS-led
 * consortium", "Kremlin-owned firm"): its class (owner-participle, backer-participle), or null. In the tree
 * the name depends on the participle; without one, the name, the hyphen and the participle are glued. */
function participleOf(a: Analysis, m: Mention, np: NP): 'owner-participle' | 'backer-participle' | null {
  const { tokens } = a;
  let k = np.start;
  while (k < np.head && tokens[k].end < m.end) k++;
  const v = k + 2;
  if (k >= np.head || tokens[k].end !== m.end || v >= np.end || v > np.head) return null;
  if (tokens[k + 1].text !== '-' || tokens[k + 1].start !== tokens[k].end || tokens[v].start !== tokens[k + 1].end) return null;
  if (a.tree && a.tree.size === tokens.length && a.tree.head(k) !== v && a.tree.head(v) !== k) return null;
  const w = tokens[v].text.toLowerCase();
  return a.lex.has('owner-participle', w) ? 'owner-participle' : a.lex.has('backer-participle', w) ? 'backer-participle' : null;
}

/** The text of tokens [s, e), spaced as in the document. */
function spanText(a: Analysis, s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) out += (k > s && a.tokens[k].start > a.tokens[k - 1].end ? ' ' : '') + a.tokens[k].text;
  return out;
}


/** Heads that name a settlement by its of-phrase ("the town of X"). */
const SETTLEMENT = new Set(['city', 'town', 'village']);

/** "the border with Azerbaijan": the neighbour named after "with" is the party. */
const BORDER = new Set(['border', 'frontier', 'boundary']);

const WEAK_VIA = new Set(['definite', 'title', 'sector-phrase']);

const BARE_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'them', 'it']);

/** The possessor of an NP ("the EU's", "its"): a mention, else null; reports a bare possessive pronoun. */
export function possessorOf(a: Analysis, idx: PartyIndex, np: NP, before: number): { resolved: Resolved | null; pronoun: boolean } {
  const { tokens } = a;
  for (let k = np.start; k < before; k++) {
    const t = tokens[k];
    const l = t.text.toLowerCase();
    if (t.pos === 'PRON' && ['its', 'their', 'his', 'her', 'our'].includes(l)) {
      const m = pick(mentionsIn(idx, t.start, t.end));
      return { resolved: m ? { party: partyOf(idx, m), mention: m } : null, pronoun: true };
    }
    if ((t.text === "'s" || t.text === '’s' || t.text === "'") && k > np.start) {
      const ms = mentionsIn(idx, tokens[np.start].start, t.start);
      const m = pick(ms.filter((x) => x.end <= t.start));
      if (m) return { resolved: { party: partyOf(idx, m), mention: m }, pronoun: false };
    }
  }
  // A premodifier naming an actor: "EU sanctions", "Russian air strikes".
  const ms = mentionsIn(idx, tokens[np.start].start, tokens[before].start).filter((m) => m.end <= tokens[before].start);
  const m = pick(ms);
  return { resolved: m ? { party: partyOf(idx, m), mention: m } : null, pronoun: false };
}

function pick(ms: Mention[]): Mention | null {
  if (!ms.length) return null;
  return ms.reduce((b, m) => (m.confidence > b.confidence || (m.confidence === b.confidence && m.end - m.start > b.end - b.start) ? m : b));
}
