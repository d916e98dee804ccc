// The values the list and aggregate filters accept (event type, quote and actor kinds, country, event
// mode), checked alike by the CLI and the API: a bad value gets one line that names it and lists what
// is allowed, instead of an empty result.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { ACTOR_KINDS, EVENT_MODES, PLOVER_TYPES, PRECISIONS, QUOTE_DATE_BASES, QUOTE_KINDS } from '../doc/types.ts';
import { fromPackageRoot } from '../package-root.ts';

const require = createRequire(import.meta.url);

/** A CAMEO code or prefix: 1 to 4 digits whose root (first two) is 01–20. */
function isCameoPrefix(v: string): boolean {
  if (!/^\d{1,4}$/.test(v)) return false;
  if (v.length === 1) return v <= '2';
  const root = Number(v.slice(0, 2));
  return root >= 1 && root <= 20;
}

/** Error text for an event type filter (PLOVER type, any case, or CAMEO code prefix), null when valid. */
export function eventTypeError(v: string): string | null {
  if ((PLOVER_TYPES as readonly string[]).includes(v.toUpperCase()) || isCameoPrefix(v)) return null;
  return `"${v}" is not a PLOVER type or CAMEO code: use one of ${PLOVER_TYPES.join(', ')}, or a CAMEO code prefix of 1-4 digits from 01 to 20 (e.g. 11, 0874)`;
}

/** The check of a filter that takes one value of a fixed list (any case): null when `v` is one, else the
 * one line naming it as no `what` and listing the values. */
function oneOf(values: readonly string[], what: string): (v: string) => string | null {
  return (v) => (values.includes(v.toLowerCase()) ? null : `"${v}" is not ${what}: use one of ${values.join(', ')}`);
}

/** Error text for a quote kind filter, null when valid. */
export const quoteKindError = oneOf(QUOTE_KINDS, 'a quote kind');

/** Error text for a date precision filter (day, week, month, quarter, year, unknown), null when valid. */
export const precisionError = oneOf(PRECISIONS, 'a date precision');

/** Error text for a quote date basis filter, null when valid. */
export const dateBasisError = oneOf(QUOTE_DATE_BASES, 'a quote date basis');

/** Error text for an actor kind filter, null when valid. */
export const actorKindError = oneOf(ACTOR_KINDS, 'an actor kind');

/** Error text for a comma-separated list of event modes (or "all"), null when valid. */
export function modesError(v: string): string | null {
  if (v.trim() === 'all') return null;
  const bad = v.split(',').map((m) => m.trim()).filter((m) => m && !(EVENT_MODES as readonly string[]).includes(m));
  if (!bad.length && v.split(',').some((m) => m.trim())) return null;
  return `"${v}" is not a list of event modes: use one or more of ${EVENT_MODES.join(', ')} (comma-separated), or all`;
}

let iso3: Set<string> | null = null;
let orgCodes: string[] | null = null;

/** ISO 3166-1 alpha-3 codes, as the actor registry knows them (world-countries, Kosovo included). */
function isoCodes(): Set<string> {
  iso3 ??= new Set((require('world-countries') as { cca3: string }[]).map((c) => c.cca3));
  return iso3;
}

/** The organisation codes of the bundled registry (EU, NATO, UN, …), read only when a code is not ISO. */
export function organisationCodes(): string[] {
  if (!orgCodes) {
    const { parse } = require('yaml') as typeof import('yaml');
    const file = parse(readFileSync(fromPackageRoot('knowledge', 'actors', 'organisations.yaml'), 'utf8')) as { organisations?: { country?: string }[] };
    const codes = new Set((file.organisations ?? []).map((o) => o.country).filter((c): c is string => !!c && !isoCodes().has(c)));
    orgCodes = [...codes].sort();
  }
  return orgCodes;
}

/** Error text for a country filter (ISO 3166-1 alpha-3 or an organisation code, any case), null when valid. */
export function countryError(v: string): string | null {
  const c = v.toUpperCase();
  if (isoCodes().has(c) || organisationCodes().includes(c)) return null;
  return `"${v}" is not a country code: use an ISO 3166-1 alpha-3 code (e.g. POL, USA, UKR) or an organisation code (${organisationCodes().join(', ')})`;
}
