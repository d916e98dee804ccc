// A firm releases products, not prisoners. A RETREAT (release, return, withdrawal: CAMEO 08x) done by a
// business — a company or a person in a business role — is a launch or a trade step, not a yield: "the
// firm releases its new laptop", "the company released an update in response to complaints", "the chief
// executive announced the release of the software". Such a record, and the intent or refusal it would
// add, codes nothing; states, forces, courts and armed groups keep their releases.
import type { EventParty, Plover } from '../../doc/types.ts';

/** Whether a record of type `type` done by `source` is a business launching or withdrawing a product. */
export function productRelease(type: Plover, source: EventParty): boolean {
  return type === 'RETREAT' && source.sector === 'BUS';
}
