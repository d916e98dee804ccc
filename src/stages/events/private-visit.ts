// A visit is a diplomatic act only between parties in public life. CAMEO 042 (visit, travel to, arrive in,
// tour: CONSULT) done by private people — civilians, believers, refugees and migrants, criminals — is
// travel, not consultation: "Muslims travelling to the country", "migrants arriving in the country",
// "passengers travelling to the airport", "the boy's visit to the firm". Such a record, and the intent
// or refusal it would add, codes nothing. States, officials, legislators, parties, armies and the rest
// keep their visits.
import type { EventParty } from '../../doc/types.ts';

const PRIVATE_SECTORS = new Set(['CVL', 'REL', 'REF', 'CRM']);

/** Whether a record of CAMEO code `cameo` done by `source` is private travel rather than a visit. */
export function privateVisit(cameo: string, source: EventParty): boolean {
  return cameo === '042' && !!source.sector && PRIVATE_SECTORS.has(source.sector);
}
