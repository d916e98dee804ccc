// Crime between private persons is no event data (events-news guideline: "crime between private persons
// unless police/courts/state act"). An attack, a threat or an act of coercion (ASSAULT, THREATEN, COERCE)
// done by a private doer — a civilian or a criminal by their sector ("the suspect", "a group of men"), or
// a person named only in the text, whom the registry does not know — to a private party — a civilian, refugee or criminal by sector,
// a person of no known role, or a bare phrase that names no actor and has no sector ("the group") — is a
// brawl, an assault or a road accident: "the suspect assaulted the woman", "Glowacki threatened the
// group", "she was struck by a car". Such a record, and the threat it would add, codes nothing. A side in
// public life keeps it: police, courts and armies, armed groups, organisations of any kind, a country or
// a located place ("gunmen opened fire on police", "the group killed 800 people", "shelled Kharkiv"), a
// person of the registry whatever role it gives on the date (a lone sentence dated before a term of
// office), and a person named with a title of office (lexicon `office-title`: "Officer Betty Shelby
// shot …", "Justice Jim Henry sentenced …").
import type { Actor, EventParty, Plover } from '../../doc/types.ts';
import type { Lexicon } from './lexicon.ts';
import { roleless } from './private-dealings.ts';

const FORCE_TYPES = new Set<Plover>(['ASSAULT', 'THREATEN', 'COERCE']);
// Doers of private life by sector.
const PRIVATE_DOERS = new Set(['CVL', 'CRM']);
// Parties of private life by sector.
const PRIVATE_PARTIES = new Set(['CVL', 'REF', 'CRM']);

// The party's words carry a capitalised title of office ("Officer Betty Shelby").
const titled = (lex: Lexicon, p: EventParty) =>
  (p.text ?? '').split(/\s+/).some((w) => /^[A-Z]/.test(w) && lex.has('office-title', w.toLowerCase()));

/** A person only the text names: no role, not the registry's, no title of office. */
export const textOnlyPerson = (lex: Lexicon, registry: ReadonlySet<string>, p: EventParty) => roleless(p) && !registry.has(p.actor!) && !titled(lex, p);

const privateDoer = (lex: Lexicon, registry: ReadonlySet<string>, p: EventParty) =>
  (!!p.sector && PRIVATE_DOERS.has(p.sector)) || textOnlyPerson(lex, registry, p);

// A bare phrase naming no actor, with no sector and no country its own words or a located place tell.
const bareNoOne = (p: EventParty) => !p.actor && !p.sector && (!p.country || p.countryFrom === 'article');

const privateParty = (p: EventParty) => (!!p.sector && PRIVATE_PARTIES.has(p.sector)) || roleless(p) || bareNoOne(p);

/** The ids of the registry's persons among a document's actors (those the registry gives roles, even none on the date). */
export function registryPersons(actors: readonly Actor[]): Set<string> {
  return new Set(actors.filter((x) => x.kind === 'person' && x.roles !== undefined).map((x) => x.id));
}

/**
 * Whether a record of type `type` between `source` and `target` is force between private persons;
 * `registry` holds the ids of the registry's persons (registryPersons).
 */
export function privateViolence(lex: Lexicon, registry: ReadonlySet<string>, type: Plover, source: EventParty, target: EventParty | null | undefined): boolean {
  return FORCE_TYPES.has(type) && !!target && privateDoer(lex, registry, source) && privateParty(target);
}
