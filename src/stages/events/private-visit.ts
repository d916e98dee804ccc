// A visit is a diplomatic act only between parties in public life. CAMEO 042 (visit, travel to, arrive in,
// tour: CONSULT) done by private people — civilians, believers, refugees and migrants, criminals — is
// travel, not consultation: "Muslims travelling to the country", "migrants arriving in the country",
// "passengers travelling to the airport", "the boy's visit to the firm". Such a record, and the intent
// or refusal it would add, codes nothing. States, officials, legislators, parties, armies and the rest
// keep their visits.
import type { EventParty, Plover } from '../../doc/types.ts';

const PRIVATE_SECTORS = new Set(['CVL', 'REL', 'REF', 'CRM']);

/** Whether a record of CAMEO code `cameo` done by `source` is private travel rather than a visit. */
export function privateVisit(cameo: string, source: EventParty): boolean {
  return cameo === '042' && !!source.sector && PRIVATE_SECTORS.has(source.sector);
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
