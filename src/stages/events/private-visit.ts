// A visit is a diplomatic act only between parties in public life. CAMEO 042 (visit, travel to, arrive in,
// tour: CONSULT) done by private people — civilians, believers, refugees and migrants, criminals — is
// travel, not consultation: "Muslims travelling to the country", "migrants arriving in the country",
// "passengers travelling to the airport", "the boy's visit to the firm". Such a record, and the intent
// or refusal it would add, codes nothing. States, officials, legislators, parties, armies and the rest
// keep their visits.
import type { EventParty, Plover } from '../../doc/types.ts';

const PRIVATE_SECTORS = new Set(['CVL', 'REL', 'REF', 'CRM']);

// At home a visit or a hosting (CAMEO 042, 043) meets someone in public life, or it is no act between
// parties: a campaign stop in a city or a county ("will visit Charlotte", "will host events in Broward"), a
// tour of a museum, a team hosting another for a game. Where the target is in the source's own country (or
// the source has none: a club, a crowd), the target must hold a public sector — an official, a legislature,
// forces, a party, an agency; a place, a thing, a firm or a private person is no one visited. A place abroad
// the text does not locate stays a visit ("peacekeepers arrived at the airport").
const PRIVATE_HOSTS = new Set([...PRIVATE_SECTORS, 'BUS']);

/** Whether a record of CAMEO code `cameo` done by `source` to `target` is private travel rather than a visit. */
export function privateVisit(cameo: string, source: EventParty, target?: EventParty | null): boolean {
  if (cameo === '042' && !!source.sector && PRIVATE_SECTORS.has(source.sector)) return true;
  if ((cameo !== '042' && cameo !== '043') || !target) return false;
  const home = !source.country || source.country === target.country;
  return home && (!target.sector || PRIVATE_HOSTS.has(target.sector));
}

// An invitation is an intent to meet (CAMEO 036, AGREE) only when it asks someone in public life: a
// campaign or a firm inviting a private person — a business owner, a civilian, a person the text alone
// names — to sit in a debate's audience, to a fair or to speak on a campus is hospitality: "the campaign
// invited a wealthy donor to watch from the stands", "the firm invited the boy to its fair". Invitations to
// states, officials, parties and the rest keep their records.
const PRIVATE_INVITEES = new Set(['CVL', 'BUS', 'MED', 'HLH', 'EDU', 'REL', 'CRM']);

/** Whether an AGREE record whose trigger has lemma `lemma` invites a private person (`textOnly` tells a
 * person only the text names, private in an article). */
export function privateInvitation(type: Plover, lemma: string, target: EventParty | null | undefined, textOnly: (p: EventParty) => boolean): boolean {
  if (type !== 'AGREE' || (lemma !== 'invite' && lemma !== 'invitation') || !target) return false;
  return (!!target.sector && PRIVATE_INVITEES.has(target.sector)) || textOnly(target);
}
