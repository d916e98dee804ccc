// A state named like its own town ("New York", "Washington"): a mention followed by one of the
// state's offices or bodies ("New York Gov.", "New York's legislature", "a Washington senator"), by the
// word "state" ("New York state"), or preceded by a state-wide phrase ("Senate races in New York",
// "upstate New York") is the state, whichever the article's other mentions of the name are; one that the
// text calls a town ("the city of Chittagong", "cities like New York") is the town, not the region
// of that name, at that mention and the name's others (analyze.ts). The words and phrases are knowledge/places.yaml's state_offices_after,
// state_offices_before and town_words_before.
import type { GazEntry, Gazetteer } from './gazetteer.ts';
import type { NameHit } from './recognize.ts';
import { normName } from './normalize.ts';

/** Up to three words after the name, past "'s" and "state": "Gov. Andrew", "legislature has put". */
const AFTER = /^(?:['’]s)?(?:\s+state)?\s+([\p{L}.]+)(?:\s+([\p{L}.]+))?(?:\s+([\p{L}.]+))?/iu;
/** Up to four words right before the name. */
const BEFORE = /(?:[\p{L}.]+\s+){1,4}$/u;

/** The words right before `hit` (at most four), as written. */
const wordsBefore = (text: string, hit: NameHit) => BEFORE.exec(text.slice(Math.max(0, hit.start - 60), hit.start))?.[0].trim().split(/\s+/) ?? [];

/** True when the last one to four of `words`, normalised, are one of `phrases`. */
const endsWithOne = (words: string[], phrases: Set<string>) => {
  for (let n = Math.min(4, words.length); n >= 1; n--) if (phrases.has(normName(words.slice(-n).join(' ')))) return true;
  return false;
};

/**
 * The town reading of `hit` when the words before it call it a town ("the city of Chittagong",
 * "cities like New York") and its picked reading (`pick`, asked only then) is the first-level region of
 * that name: the town of the same country. Null when nothing asks or the name has no such town.
 */
export function townReading(text: string, hit: NameHit, pick: () => GazEntry, gaz: Gazetteer): GazEntry | null {
  if (!endsWithOne(wordsBefore(text, hit), gaz.townWordsBefore)) return null;
  const picked = pick();
  if (picked.kind !== 'admin1') return null;
  return hit.entries.find((e) => e.kind === 'city' && e.country === picked.country) ?? null;
}

/** The state reading of `hit` when an office or a state-wide phrase next to it asks for it and `picked` is a town. */
export function stateReading(text: string, hit: NameHit, picked: GazEntry, gaz: Gazetteer): GazEntry | null {
  if (picked.kind !== 'city') return null;
  const state = hit.entries.find((e) => e.kind === 'admin1' && e.country === picked.country);
  if (!state) return null;
  // "New York state", "Washington state's": the word itself, in lower case ("New York State" is a name)
  if (/^\s+state\b/.test(text.slice(hit.end, hit.end + 8))) return state;
  const after = AFTER.exec(text.slice(hit.end, hit.end + 60));
  if (after) {
    const ws = after.slice(1).filter((w): w is string => !!w);
    for (let n = ws.length; n >= 1; n--) if (gaz.stateOfficesAfter.has(normName(ws.slice(0, n).join(' ')))) return state;
  }
  return endsWithOne(wordsBefore(text, hit), gaz.stateOfficesBefore) ? state : null;
}
