// A state named like its own town ("New York", "Washington"): a mention followed by one of the
// state's offices or bodies ("New York Gov.", "New York's legislature", "a Washington senator") or
// preceded by a state-wide phrase ("Senate races in New York") is the state, whichever the article's
// other mentions of the name are. The words and phrases are knowledge/places.yaml's state_offices_after
// and state_offices_before.
import type { GazEntry, Gazetteer } from './gazetteer.ts';
import type { NameHit } from './recognize.ts';
import { normName } from './normalize.ts';

/** Up to three words after the name, past "'s" and "state": "Gov. Andrew", "legislature has put". */
const AFTER = /^(?:['’]s)?(?:\s+state)?\s+([\p{L}.]+)(?:\s+([\p{L}.]+))?(?:\s+([\p{L}.]+))?/iu;
/** Up to four words right before the name. */
const BEFORE = /(?:[\p{L}.]+\s+){1,4}$/u;

/** The state reading of `hit` when an office or a state-wide phrase next to it asks for it and `picked` is a town. */
export function stateReading(text: string, hit: NameHit, picked: GazEntry, gaz: Gazetteer): GazEntry | null {
  if (picked.kind !== 'city') return null;
  const state = hit.entries.find((e) => e.kind === 'admin1' && e.country === picked.country);
  if (!state) return null;
  const after = AFTER.exec(text.slice(hit.end, hit.end + 60));
  if (after) {
    const ws = after.slice(1).filter((w): w is string => !!w);
    for (let n = ws.length; n >= 1; n--) if (gaz.stateOfficesAfter.has(normName(ws.slice(0, n).join(' ')))) return state;
  }
  const before = BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start))?.[0].trim().split(/\s+/) ?? [];
  for (let n = before.length; n >= 1; n--) if (gaz.stateOfficesBefore.has(normName(before.slice(-n).join(' ')))) return state;
  return null;
}
