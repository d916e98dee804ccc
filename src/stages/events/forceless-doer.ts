// Force needs a doer who has it. An attack or an act of coercion (ASSAULT, COERCE) whose doer is a
// person of civilian public life without state power — a candidate, an opposition or party politician, a
// journalist, a business, union, church or NGO figure — or a media outlet is a figure of speech: "the
// candidate attacked loopholes", "Clinton beats Trump in the poll", "the paper's hit piece", "she holds a
// wide lead over him", "he flawlessly executed his plan". Such a record codes nothing; a verbal attack
// on a person is the `parties: politician` ACCUSE sense of the pattern files. Heads of government,
// ministers, legislators and judges act through the state and keep their records.
import type { EventParty, Plover } from '../../doc/types.ts';

const FORCE_TYPES = new Set<Plover>(['ASSAULT', 'COERCE']);
// Sectors of persons in public life who command no forces, police or courts.
const FORCELESS_PERSON_SECTORS = new Set(['OPP', 'PTY', 'MED', 'NGO', 'EDU', 'BUS', 'LAB', 'REL']);

/** Whether a record of type `type` done by `source` is force without a doer who has any. */
export function forcelessDoer(type: Plover, source: EventParty): boolean {
  if (!FORCE_TYPES.has(type) || !source.sector) return false;
  if (source.sector === 'MED') return true;
  return !!source.actor?.startsWith('person:') && FORCELESS_PERSON_SECTORS.has(source.sector);
}
