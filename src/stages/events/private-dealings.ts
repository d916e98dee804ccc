// Cooperation is event data only where public life takes part. A meeting, a call, an offer, a gift,
// work together or backing and praise (CONSULT, COOPERATE, AGREE, AID, SUPPORT) whose two parties are
// both private — civilians, refugees, criminals, firms, doctors, schools, media, churches by their sector,
// or a private body and a person the registry knows in no role — is private life: "she met her future
// husband", "the chief executive expressed condolences for the founder", "he offered the doctors help", "the firm gave the boy an internship", "said in a phone call with the broadcaster". A side
// in public life (a country, a government, a legislator, a party, an army, an NGO, a union, an
// organisation or phrase of unknown kind) keeps the record. In an article, a person only the text names
// (no role, not the registry's, no title of office: private-violence.ts) counts as private too ("she
// now works with victims at a shelter", "he enjoys working with these people"). A private person calling or
// meeting the police (callsPolice) reports a crime or asks for help: no consultation either.
// A formal agreement a firm signs is commerce (commercialDeal): "the airline signed a deal with the plane
// maker", "the defence firm inked contracts with three air forces", "the two firms agreed to a deal" are
// markets, not event data. A deal of a firm with a government, a legislature, an international
// organisation or a country itself ("the ministry signed a deal with the energy firm") keeps its record.
// A firm's quarrel is no event data either (firmQuarrel): an accusation (ACCUSE: a lawsuit, a challenge,
// blame) between a named firm or business person and a private party — another firm, a former employee,
// staff, a person of no known role — is business: "the plane maker sued its rival over a patent", "the
// bank's chief blamed junior staff". An accusation by or against a side in public life ("the senator
// criticised the bank", "the firm sued the ministry") keeps its record, and so does one between parties
// only sector words make firms ("the country's central bank sued a private bank": a word like "bank"
// does not tell a state's bank from a private one).
import type { EventParty, Plover } from '../../doc/types.ts';

const COOPERATIVE = new Set<Plover>(['CONSULT', 'COOPERATE', 'AGREE', 'AID', 'SUPPORT']);
// Sectors of private life (not LAB: a union and an employer in talks are a labour dispute).
const PRIVATE_SECTORS = new Set(['CVL', 'REF', 'CRM', 'BUS', 'HLH', 'EDU', 'MED', 'REL']);

// Sectors of private bodies and trades (not civilians: "the Palestinians", "the people of the region" are
// a nation's civilians and may face a politician whose role the registry does not know).
const PRIVATE_BODIES = new Set(['BUS', 'MED', 'HLH', 'EDU', 'REL', 'CRM']);

const hasSector = (p: EventParty | null | undefined, set: Set<string>) => !!p?.sector && set.has(p.sector);
// A person with no known role: a person actor (the registry's or one the text names) with no sector.
export const roleless = (p: EventParty | null | undefined) => !!p && !p.sector && !!p.actor?.startsWith('person:');

/**
 * Whether a record of type `type` between `source` and `target` is a private dealing rather than an event:
 * both sides of private life by their sector ("she met her future husband", "the firm gave the boy an
 * internship"), or a private body and a person of no known role ("he offered the doctors help", "she said
 * in a phone call with the broadcaster"). Two persons of unknown role ("Putin will meet Erdogan" where
 * the registry gives no role) or civilians and a person of unknown role keep it; `textOnly` tells a person
 * only the text names, who is private (the events stage asks it in articles only).
 */
export function privateDealing(type: Plover, source: EventParty, target: EventParty | null | undefined, textOnly: (p: EventParty) => boolean = () => false): boolean {
  if (!COOPERATIVE.has(type)) return false;
  if (callsPolice(type, source, target)) return true;
  const priv = (p: EventParty | null | undefined) => !!p && (hasSector(p, PRIVATE_SECTORS) || textOnly(p));
  if (priv(source) && priv(target)) return true;
  return (hasSector(source, PRIVATE_BODIES) && roleless(target)) || (hasSector(target, PRIVATE_BODIES) && roleless(source));
}

/**
 * "the attacker called the police after the stabbing", "anyone who sees her is urged to call police": a
 * private person (by sector, a registry person of no known role, or an unnamed phrase with no sector)
 * calling or meeting the police reports a crime or asks for help; it is no consultation between political
 * actors. Officials keep theirs ("the mayor met police chiefs").
 */
export function callsPolice(type: Plover, source: EventParty, target: EventParty | null | undefined): boolean {
  if (type !== 'CONSULT' || target?.sector !== 'COP') return false;
  return hasSector(source, PRIVATE_SECTORS) || roleless(source) || (!source.actor && !source.sector);
}

// A firm or business person the registry or the text names (not a phrase a sector word makes a firm).
const namedBusiness = (p: EventParty | null | undefined) => p?.sector === 'BUS' && !!p.actor && /^(org|person):/.test(p.actor);

/**
 * Whether an ACCUSE record is a firm's quarrel with a private party (see above): one side a named firm or
 * business person, the other private by its sector, a person of no known role, or (`textOnly`) a person
 * only the text names.
 */
export function firmQuarrel(type: Plover, source: EventParty, target: EventParty | null | undefined, textOnly: (p: EventParty) => boolean = () => false): boolean {
  if (type !== 'ACCUSE' || !target) return false;
  const priv = (p: EventParty) => hasSector(p, PRIVATE_SECTORS) || roleless(p) || textOnly(p);
  return (namedBusiness(source) && priv(target)) || (namedBusiness(target) && priv(source));
}

// Parties whose deal with a firm is policy: a government, a legislature, an international organisation.
const POLICY_SECTORS = new Set(['GOV', 'LEG', 'IGO']);
const makesPolicy = (p: EventParty | null | undefined) =>
  !!p && (p.sector ? POLICY_SECTORS.has(p.sector) : !!p.actor?.startsWith('country:') || !!p.actor?.startsWith('igo:'));

/**
 * Whether a record coded with CAMEO `code` is a formal agreement (057) that a firm (BUS) signs with a party
 * that makes no policy — another firm, an armed service buying from it, a person, or a party of unknown
 * kind: commerce, not an event.
 */
export function commercialDeal(code: string, source: EventParty, target: EventParty | null | undefined): boolean {
  if (code !== '057' || !target) return false;
  return (source.sector === 'BUS' && !makesPolicy(target)) || (target.sector === 'BUS' && !makesPolicy(source));
}

// A phrase that names no actor and has no sector, and no country but the one the article's setting lent it
// (match.ts, countryFrom 'article'): "the company millions", "her husband", "a task manager".
const bareNoOne = (p: EventParty) => !p.actor && !p.sector && (!p.country || p.countryFrom === 'article');

/**
 * Whether a stance or dealing of type `type` (`stance`: the types that need a party to aim at) is a private
 * party's dealing with a phrase that names no one (issue 15, helper nopol): the doer private by its sector
 * (PRIVATE_SECTORS: a civilian, a firm, a doctor, a school, a medium, a church) or a person of no known
 * role, the target a bare phrase whose only country is the one the article lent it — "investors had lent
 * the company millions", "she urged her husband to step out", "the engineer discussed a task manager",
 * "the voter agreed with her neighbour". No side in public life takes part, and the article's country
 * gave the phrase a party it does not name. `isAct` tells a target the article's country is lent to on
 * purpose — an act with a doer of its own ("the host denounced the annexation": its author is the party
 * aimed at) or a public affair, a measure of the state ("the family condemned the new tax") — which
 * keeps the record; the events stage asks this in articles only.
 */
export function privateTowardsNoOne(type: Plover, stance: ReadonlySet<Plover>, source: EventParty, target: EventParty | null | undefined, isAct: (p: EventParty) => boolean): boolean {
  if (!stance.has(type) || !target || target.text === undefined) return false;
  if (!(hasSector(source, PRIVATE_SECTORS) || roleless(source))) return false;
  return bareNoOne(target) && !isAct(target);
}
