// The actor registry: countries (names and demonyms from the world-countries package plus
// knowledge/actors aliases), organisations, people with dated roles, titles, sector words and the
// lexicon, merged across knowledge dirs (later dirs extend/override) and indexed once for lookup.
import worldCountries, { type Country } from 'world-countries';
import { compromiseWords } from './lexicon-cache.ts';
import { demonymPlural } from './demonym-plural.ts';
import { yamlLists } from '../places/yaml-lists.ts';
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import type { EntityLabel, MentionVia } from '../../doc/types.ts';
import { DataFileError, knowledgeFiles, readRecords, type Located } from '../../knowledge/data-file.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import {
  ACTOR_FILE_KEYS,
  countrySchema,
  lexiconSchema,
  organisationSchema,
  personSchema,
  sectorSchema,
  titleSchema,
  type ActorFileKey,
  type CountryRecord,
  type LexiconRecord,
  type OrganisationRecord,
  type PersonRecord,
  type SectorRecord,
  type TitleRecord,
} from './schema.ts';

export type Gender = 'm' | 'f';

// The package is CommonJS: under tsx/Node the default import is the array (or wraps it as .default).
const countries: Country[] = Array.isArray(worldCountries)
  ? (worldCountries as unknown as Country[])
  : ((worldCountries as unknown as { default: Country[] }).default);

export interface RoleDef {
  role: string;
  title: string;
  country: string | null;
  sector: string | null;
  /** The party the role is held for (party-word keys), if any. */
  party: string | null;
  from: string | null;
  to: string | null;
}

export interface RegistryActor {
  id: string;
  name: string;
  kind: 'person' | 'country' | 'igo' | 'org';
  country: string | null;
  sector: string | null;
  gender?: Gender;
  roles: RoleDef[];
}

/** What a name (lower-cased, whitespace-normalised) found in the text may stand for. */
export interface NameHit {
  /** Registry actor id, or "group:CCC:SEC" for a metonym standing for a national sector. */
  actor: string;
  via: MentionVia;
  label: EntityLabel;
  confidence: number;
  /** Case-sensitive form the text must match exactly (acronyms: US, WHO). */
  exact?: string;
  /** Whether a lower-case occurrence counts (definite descriptions: "the bloc"). */
  lowerOk?: boolean;
  /** Only when followed by a verb (metonyms such as "Washington said"). */
  subjectOnly?: boolean;
  /** Definite description: only when the actor is named elsewhere in the document. */
  needsAntecedent?: boolean;
}

export interface TitleWord {
  role: string;
  sector: string;
  countries?: string[];
}

export interface SectorWord {
  sector: string;
  accept: string[];
  national: boolean;
  inherit: boolean;
  /** false: names no sector without a sector word before it ("members"). */
  alone: boolean;
  /** Its people often serve abroad: a country only from the phrase's own words. */
  abroad: boolean;
  /** Its words are spelled with a capital and name people, not a body ("Protestants"). */
  capitalised?: boolean;
}

export interface Lexicon {
  honorific: Map<string, Gender | null>;
  givenName: Map<string, Gender | null>;
  personTitle: Set<string>;
  orgWord: Set<string>;
  locWord: Set<string>;
  placePreposition: Set<string>;
  /** Words before "to" after which an unknown name is a person or a body, not a place ("according to X", "an adviser to X"). */
  personBeforeTo: Set<string>;
  nameParticle: Set<string>;
  pleonasticIt: Set<string>;
  /** Predicates of "it is … that/to/wh-": "it is unclear how", "it's time to", "it's OK to". */
  pleonasticPredicate: Set<string>;
  /** Participles of "it is … that/whether" (never "to": "it is expected to open" is about a thing). */
  pleonasticPassive: Set<string>;
  /** Passive participles whose subject is a thing ("it was unveiled", "it is slated for"): an "it" subject of one names no actor. */
  thingPassive: Set<string>;
  /** Plural nouns with no plural -s ("police", "people"): a group they head is "they", not "it". */
  pluralNoun: Set<string>;
  notAName: Set<string>;
  /** Day names that are no part of a name at its edge ("… in Fallujah Wednesday"): cut off a guessed name. */
  edgeTimeWord: Set<string>;
  /** Lower-cased pronoun → the kind of antecedent it takes. */
  pronoun: Map<string, 'he' | 'she' | 'it' | 'they'>;
  countryAnaphor: Set<string>;
  /** Lower-cased party word ("gop", "democratic") → the party it names. */
  partyWord: Map<string, string>;
  /** Titles that, alone before a name, tell its holder's sector: "Officer" → COP, "Justice" → JUD. */
  titleSector: Map<string, string>;
  /** Lower-case occupations that tell a person's sector beside the name, no group's: "host" → MED, "surgeon" → HLH. */
  occupationSector: Map<string, string>;
  /** Lower-case nouns naming an organisation's kind, no group of people, that beside its name tell its sector: "magazine" → MED, "studio" → BUS. */
  orgKindSector: Map<string, string>;
  /** Heads of a definite description of an organisation of given sectors: "company" → [BUS], "department" → [GOV, JUD, COP]. */
  definiteOrgHead: Map<string, string[]>;
  /** Abbreviated titles (no full stop, lower case) after which wink wrongly ends a sentence: "the Rev. X". */
  titleAbbreviation: Set<string>;
  /** Nouns of kinship that tell no role: a private person's ("widow X", "his wife, X"). */
  kinNoun: Set<string>;
  /** Nouns of where a person is from ("Guinea immigrant X", "X, a native of Peru"): the person's own country (person-cues.ts). */
  originNoun: Set<string>;
  /** Nouns of the people who serve one person ("Lee's aides", "his adviser"): that person's side (staff.ts). */
  staffNoun: Set<string>;
  /** Nouns that make "<demonym> <noun>" a place ("Polish woodland"). */
  placeNoun: Set<string>;
  /** The onsets and rhymes a romanised Chinese or Korean syllable is made of ("ch" + "ung", "j" + "ae"). */
  syllableOnset: Set<string>;
  syllableRhyme: Set<string>;
  /** Family names (compromise's lexicon): a capitalised pair ending in one is a person. */
  lastName: Set<string>;
  /** Organisation heads that keep a following "in/for/to/of + place" in the name ("Mission to Moldova"). */
  orgHead: Set<string>;
  /** Nouns after "its" that a state has or does to its own people ("its crackdown", "its army"). */
  statePossessed: Set<string>;
  /** Capitalised words of a title glued before a name ("House Speaker", "Retired Lt. Gen."). */
  titleWord: Set<string>;
  /** Last words that make a capitalised name a thing, not an actor ("Clean Air Act", "Inauguration Day"). */
  thingHead: Set<string>;
  /** Heads of a building's, street's or body's name after a person's name ("the Ronald Reagan Building"). */
  namedForHead: Set<string>;
  /** First words that make a capitalised name a storm, an event and no actor ("Hurricane Ida"). */
  stormWord: Set<string>;
  /** Lower-case nouns naming an organisation: a name right after one is that organisation ("the firm X"). */
  orgNoun: Set<string>;
  /** Heads of names of venues and schools ("Convention Centre", "Hofstra University"): no antecedent of "they". */
  venueWord: Set<string>;
  /** Lower-case heads of organisation names a text names the organisation again by: "the coalition". */
  nameHead: Set<string>;
  /** First words of a legislative committee's name that name the chamber ("House", "Senate"). */
  chamberWord: Set<string>;
  /** Heads of the name of a committee of a legislature ("Committee", "Subcommittee"). */
  committeeHead: Set<string>;
  /** Nouns of a post in a body an apposition gives a person by ("fellow", "administrator"): the body tells the sector. */
  roleNoun: Set<string>;
  /** Nouns by which a text names again a public figure it has named ("the businessman", "the nominee"). */
  epithetNoun: Map<string, Gender | null>;
  /** Titles by which a text names again a person it gave that title before ("the mayor"). */
  epithetTitle: Set<string>;
  /** Ranks that make a title another office ("vice", "deputy"). */
  titleRank: Set<string>;
  /** Ship prefixes (lower-cased; matched on words in capitals) that make a name a vessel ("USS Cole"). */
  vesselPrefix: Set<string>;
  /** Nouns of weapons and machines a capitalised word before them names the model of ("Patriot launchers"). */
  equipmentNoun: Set<string>;
  /** Singular heads of a group phrase that name one person ("the mayor", "a dissident"): no "it" refers to them. */
  personHead: Set<string>;
  /** capitalised titles of one post's holder that never end an organisation's name ("Chairman", "MLA") */
  holderTitle: Set<string>;
  /** Lower-case words before a national capital that make it that state's government ("official Moscow"). */
  stateAdjective: Set<string>;
  /** Verbs (lemmas) whose subject a national capital is as its government ("Moscow said", "Colombo held talks"). */
  governmentVerb: Set<string>;
  /** Verbs (lemmas) whose object a national capital is as its government ("accused Beijing of …"). */
  partyVerb: Set<string>;
  /** Nouns of relations whose "between" or "with" phrase names a capital as its government ("talks with Ankara"). */
  relationNoun: Set<string>;
  /** Adjectives that place people without naming one country ("Western", "foreign"). */
  blocAdjective: Set<string>;
  /** Verbs (lemmas) whose doer sends, stations or withdraws its own people ("deploy", "withdraw"). */
  dispatchVerb: Set<string>;
}

export interface ActorIndex {
  actors: Map<string, RegistryActor>;
  /** Names, aliases, demonyms, bare surnames, definites, metonyms → hits. */
  names: Map<string, NameHit[]>;
  /** Every character prefix of every key of `names` (stops the longest-match scan early). */
  namePrefixes: Set<string>;
  /** Lower-cased surname → person ids (for "Mr Putin", including surnames unsafe alone). */
  surnames: Map<string, string[]>;
  /** Persons a bare surname names only while one of their roles holds (`bare_surname: in-office`). */
  inOffice: Set<string>;
  titles: Map<string, TitleWord[]>;
  titleMaxTokens: number;
  /** First words (up to a space, hyphen, apostrophe or dot) of title and sector phrases: a fast pre-check. */
  titleFirst: Set<string>;
  sectorFirst: Set<string>;
  /** Role key → [person id, role] pairs. */
  roleHolders: Map<string, { person: string; role: RoleDef }[]>;
  sectors: Map<string, SectorWord>;
  sectorMaxTokens: number;
  sectorLabels: Map<string, string>;
  /** Lower-cased heads of organisation names → sector ("university" → EDU). */
  orgNameSectors: Map<string, string>;
  /** Sector words that count only standing bare (`bare: true` in sectors.yaml: "officer"). */
  bareSectors: Map<string, SectorWord>;
  /** Sector words read only after a country's word (`qualified`): "Indian intelligence". */
  qualifiedSectors: Map<string, SectorWord>;
  lexicon: Lexicon;
  /** Country code → adjective ("Polish") for naming groups; → common name. */
  demonym: Map<string, string>;
  countryName: Map<string, string>;
  /** Lower-cased capital cities → country code (a GPE, not an actor by itself). */
  capitals: Map<string, string>;
  /** Lower-cased place names (cities → GPE, regions and other places → LOC) from compromise's lexicon. */
  places: Map<string, 'GPE' | 'LOC'>;
  /** Lower-cased organisation names from compromise's lexicon (no actor record: ORG entities only). */
  orgNames: Set<string>;
}

/** Load (once per Knowledge) the actor index from every knowledge dir. */
export function actorIndex(knowledge: Knowledge): ActorIndex {
  return knowledge.get('actors:index', loadActorIndex);
}

export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A generational suffix after a family name ("Jr", "Sr.", "III"): "Ferdinand Marcos Jr" is "Mr Marcos". */
export const NAME_SUFFIX = /^(?:Jr|Sr|II|III|IV)\.?$/;

/** The family name of a full name given as words: the last word before any suffix and its commas. */
export function familyName(words: string[]): string {
  let k = words.length - 1;
  while (k > 0 && (NAME_SUFFIX.test(words[k]) || /^[,.]$/.test(words[k]))) k--;
  return words[k].replace(/,$/, '');
}

/** Lower-case and collapse whitespace: the key under which names are indexed and looked up. */
export function nameKey(s: string): string {
  const lower = s.toLowerCase();
  // most names need no cleaning: no curly apostrophe or backtick, only single plain spaces inside
  if (!NEEDS_CLEANING.test(lower)) return lower;
  return lower.replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
}
const NEEDS_CLEANING = /[’`]|[^\S ]|  |^ | $/;

/** The code of the country the words name in the registry ("Italy", "Italian", "the UK") by the first hit `accept` passes, else null. */
export function countryNamed(ix: Pick<ActorIndex, 'names'>, words: string, accept: (h: NameHit) => boolean = () => true): string | null {
  const hit = ix.names.get(nameKey(words))?.find((h) => h.actor.startsWith('country:') && accept(h));
  return hit ? hit.actor.slice('country:'.length) : null;
}

const schemas: Record<ActorFileKey, z.ZodType<unknown>> = {
  countries: countrySchema,
  organisations: organisationSchema,
  people: personSchema,
  titles: titleSchema,
  lexicon: lexiconSchema,
};

interface ActorFiles {
  countries: Located<CountryRecord>[];
  organisations: Located<OrganisationRecord>[];
  people: Located<PersonRecord>[];
  titles: Located<TitleRecord>[];
  lexicon: Located<LexiconRecord>[];
}

/** Read every actors file: each is a map whose keys (countries, organisations, people, titles, lexicon) hold lists. */
export function readActorFiles(dirs: readonly string[]): ActorFiles {
  const out: ActorFiles = { countries: [], organisations: [], people: [], titles: [], lexicon: [] };
  for (const file of knowledgeFiles(dirs, 'actors')) {
    const y = yamlLists(file);
    if (!y.isMap) throw new DataFileError(file, 1, `expected a map with one of: ${ACTOR_FILE_KEYS.join(', ')}`);
    const unknown = y.keys.filter((k) => !(ACTOR_FILE_KEYS as readonly string[]).includes(k) && k !== 'about');
    if (unknown.length) {
      throw new DataFileError(file, 1, `unknown top-level key "${unknown[0]}" (expected ${ACTOR_FILE_KEYS.join(', ')})`);
    }
    for (const key of ACTOR_FILE_KEYS) (out[key] as Located<unknown>[]).push(...y.list(key, schemas[key]));
  }
  return out;
}

export function readSectorFiles(dirs: readonly string[]): Located<SectorRecord>[] {
  return knowledgeFiles(dirs, 'sectors.yaml').flatMap((f) => readRecords(f, sectorSchema, 'sectors'));
}

const ROLE_TITLE_FALLBACK = (role: string) => role.replace(/-/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());

function isAcronym(s: string): boolean {
  return /^[A-Z0-9.&-]{2,7}$/.test(s) && /[A-Z]/.test(s);
}

export function loadActorIndex(dirs: readonly string[]): ActorIndex {
  const files = readActorFiles(dirs);
  const sectorFiles = readSectorFiles(dirs);
  const actors = new Map<string, RegistryActor>();
  const names = new Map<string, NameHit[]>();
  const surnames = new Map<string, string[]>();
  const inOffice = new Set<string>();
  const demonym = new Map<string, string>();
  const countryName = new Map<string, string>();
  const capitals = new Map<string, string>();

  const addName = (text: string, hit: NameHit) => {
    const key = nameKey(text);
    if (!key) return;
    if (isAcronym(text.trim()) && hit.exact === undefined) hit = Object.assign({}, hit, { exact: text.trim() });
    const list = names.get(key) ?? [];
    if (!list.some((h) => h.actor === hit.actor && h.via === hit.via && h.exact === hit.exact)) list.push(hit);
    names.set(key, list);
  };

  // Countries: world-countries supplies names, official names, alternative spellings and demonyms.
  const extras = new Map<string, CountryRecord>();
  for (const { value } of files.countries) {
    const prev = extras.get(value.code);
    extras.set(
      value.code,
      prev
        ? {
            code: value.code,
            aliases: [...prev.aliases, ...value.aliases],
            demonyms: [...prev.demonyms, ...value.demonyms],
            people: [...prev.people, ...value.people],
            metonyms: [...prev.metonyms, ...value.metonyms],
            drop: [...prev.drop, ...value.drop],
          }
        : value,
    );
  }
  const known = new Set(countries.map((c) => c.cca3));
  for (const { value, file, line } of files.countries) {
    if (!known.has(value.code)) throw new DataFileError(file, line, `unknown country code "${value.code}"`);
  }
  // Independent states first: a territory never takes a name or demonym a state already has
  // ("Dutch" is the Netherlands, not Bonaire; "French" is France).
  const ordered = [...countries].sort((x, y) => Number(y.independent) - Number(x.independent));
  for (const c of ordered) {
    const code = c.cca3;
    const taken = (n: string) => !c.independent && names.has(nameKey(n));
    const id = `country:${code}`;
    const extra = extras.get(code);
    const drop = new Set((extra?.drop ?? []).map(nameKey));
    actors.set(id, { id, name: c.name.common, kind: 'country', country: code, sector: null, roles: [] });
    countryName.set(code, c.name.common);
    const forms = [c.name.common, c.name.official, ...c.altSpellings].filter(
      (n) => !/,/.test(n) && !(n.length <= 3 && /^[A-Z]+$/.test(n)) && /^[\p{Script=Latin}\s.'’()-]+$/u.test(n),
    );
    for (const n of [...forms, ...(extra?.aliases ?? [])]) {
      if (drop.has(nameKey(n)) || taken(n)) continue;
      addName(n, { actor: id, via: 'name', label: 'GPE', confidence: 0.95 });
      if (/^the /i.test(n)) continue;
      // "the Netherlands", "the United Kingdom": the article is part of the name when present.
    }
    const dem = c.demonyms?.eng;
    const adjectives = [dem?.m, dem?.f, ...(extra?.demonyms ?? [])].filter((d): d is string => !!d);
    if (adjectives[0]) demonym.set(code, adjectives[0]);
    for (const d of adjectives) {
      if (drop.has(nameKey(d)) || taken(d)) continue;
      addName(d, { actor: id, via: 'demonym', label: 'NORP', confidence: 0.8 });
      // The regular plural names the people ("Greeks"), unless a name already has it ("Philippines")
      // or the country's `drop` list refuses it (an irregular plural lives in `people`).
      const plural = demonymPlural(d);
      if (plural && !names.has(nameKey(plural)) && !drop.has(nameKey(plural))) addName(plural, { actor: `group:${code}:CVL`, via: 'demonym', label: 'NORP', confidence: 0.6 });
    }
    for (const p of extra?.people ?? []) addName(p, { actor: `group:${code}:CVL`, via: 'demonym', label: 'NORP', confidence: 0.6 });
    for (const m of extra?.metonyms ?? []) {
      addName(m.text, {
        actor: m.sector ? `group:${code}:${m.sector}` : id,
        via: 'metonym',
        label: m.when === 'subject' ? 'GPE' : 'ORG',
        confidence: m.when === 'subject' ? 0.6 : 0.8,
        subjectOnly: m.when === 'subject',
      });
    }
    for (const cap of c.capital ?? []) if (!capitals.has(nameKey(cap))) capitals.set(nameKey(cap), code);
  }

  // Ids must be unique within one knowledge folder; a later folder's record replaces an earlier one.
  const dirOf = (file: string) => dirs.find((d) => file.startsWith(d)) ?? file;
  const seen = new Map<string, { file: string; line: number }>();
  const checkId = (id: string, file: string, line: number) => {
    const prev = seen.get(id);
    if (prev && dirOf(prev.file) === dirOf(file)) {
      throw new DataFileError(file, line, `duplicate id "${id}" (already defined at ${prev.file.split('/').pop()}:${prev.line})`);
    }
    seen.set(id, { file, line });
  };
  const checkCountry = (code: string | null | undefined, file: string, line: number, what: string) => {
    if (code && /^[A-Z]{3}$/.test(code) && !known.has(code)) throw new DataFileError(file, line, `${what}: unknown country code "${code}"`);
  };

  // Organisations: later records with the same id replace earlier ones.
  const orgs = new Map<string, OrganisationRecord>();
  for (const { value, file, line } of files.organisations) {
    checkId(value.id, file, line);
    if (value.kind === 'org') checkCountry(value.country, file, line, `organisation "${value.name}"`);
    orgs.set(value.id, value);
  }
  for (const o of orgs.values()) {
    if (o.disabled) continue;
    actors.set(o.id, { id: o.id, name: o.name, kind: o.kind, country: o.country, sector: o.sector, roles: [] });
    for (const n of [o.name, ...o.aliases]) addName(n, { actor: o.id, via: n === o.name ? 'name' : 'alias', label: 'ORG', confidence: 0.95 });
    for (const d of o.definite) {
      addName(d, { actor: o.id, via: 'definite', label: 'ORG', confidence: 0.75, lowerOk: true, needsAntecedent: true });
    }
    for (const m of o.metonyms) {
      addName(m.text, { actor: o.id, via: 'metonym', label: 'ORG', confidence: 0.6, subjectOnly: m.when === 'subject' });
    }
  }

  // Titles: role keys and the phrases that name them.
  const titles = new Map<string, TitleWord[]>();
  const roleTitle = new Map<string, { title: string; sector: string }>();
  let titleMaxTokens = 1;
  for (const { value } of files.titles) {
    if (!roleTitle.has(value.role)) roleTitle.set(value.role, { title: value.title, sector: value.sector });
    for (const w of value.words) {
      const key = nameKey(w);
      titleMaxTokens = Math.max(titleMaxTokens, key.split(' ').length);
      const list = titles.get(key) ?? [];
      list.push({ role: value.role, sector: value.sector, countries: value.countries });
      titles.set(key, list);
    }
  }

  // People: later records with the same id replace earlier ones.
  const people = new Map<string, Located<PersonRecord>>();
  for (const rec of files.people) {
    const id = rec.value.id ?? `person:${slug(rec.value.name)}`;
    checkId(id, rec.file, rec.line);
    checkCountry(rec.value.country, rec.file, rec.line, `person "${rec.value.name}"`);
    for (const r of rec.value.roles) checkCountry(r.country, rec.file, rec.line, `person "${rec.value.name}", role ${r.role}`);
    people.set(id, rec);
  }
  const roleHolders = new Map<string, { person: string; role: RoleDef }[]>();
  for (const [id, { value: p, file, line }] of people) {
    if (p.disabled) continue;
    const roles: RoleDef[] = p.roles.map((r) => {
      const def = roleTitle.get(r.role);
      if (!def) throw new DataFileError(file, line, `person "${p.name}": unknown role "${r.role}" (not in any titles list)`);
      if (r.from && r.to && r.to < r.from) throw new DataFileError(file, line, `person "${p.name}": role ${r.role} ends before it starts`);
      return {
        role: r.role,
        title: r.title ?? def.title ?? ROLE_TITLE_FALLBACK(r.role),
        country: r.country ?? p.country,
        sector: r.sector ?? def.sector,
        party: r.party ?? null,
        from: r.from,
        to: r.to,
      };
    });
    actors.set(id, { id, name: p.name, kind: 'person', country: p.country, sector: p.sector, gender: p.gender, roles });
    for (const r of roles) {
      const list = roleHolders.get(r.role) ?? [];
      list.push({ person: id, role: r });
      roleHolders.set(r.role, list);
    }
    for (const n of [p.name, ...p.aliases]) addName(n, { actor: id, via: 'name', label: 'PERSON', confidence: 0.95 });
    const shorts = p.surnames ?? [familyName(p.name.split(/\s+/))];
    for (const s of shorts) {
      const key = nameKey(s);
      const list = surnames.get(key) ?? [];
      if (!list.includes(id)) list.push(id);
      surnames.set(key, list);
      if (p.bare_surname) addName(s, { actor: id, via: 'surname', label: 'PERSON', confidence: 0.75 });
      if (p.bare_surname === 'in-office') inOffice.add(id);
    }
  }

  // Sector words.
  const sectors = new Map<string, SectorWord>();
  const sectorLabels = new Map<string, string>();
  const orgNameSectors = new Map<string, string>();
  const bareSectors = new Map<string, SectorWord>();
  const qualifiedSectors = new Map<string, SectorWord>();
  let sectorMaxTokens = 1;
  for (const { value } of sectorFiles) {
    if (!sectorLabels.has(value.sector)) sectorLabels.set(value.sector, value.label);
    for (const w of value.words) {
      const key = nameKey(w);
      if (value.bare || value.qualified) {
        (value.bare ? bareSectors : qualifiedSectors).set(key, { sector: value.sector, accept: value.accept, national: value.national, inherit: false, alone: true, abroad: value.abroad });
        continue;
      }
      sectorMaxTokens = Math.max(sectorMaxTokens, key.split(' ').length);
      sectors.set(key, { sector: value.sector, accept: value.accept, national: value.national, inherit: value.inherit, alone: value.alone, abroad: value.abroad, ...(value.capitalised ? { capitalised: true } : {}) });
    }
    for (const w of value.names) orgNameSectors.set(nameKey(w), value.sector);
  }

  const lexicon: Lexicon = {
    honorific: new Map(),
    givenName: new Map(),
    personTitle: new Set(),
    orgWord: new Set(),
    locWord: new Set(),
    placePreposition: new Set(),
    personBeforeTo: new Set(),
    nameParticle: new Set(),
    pleonasticIt: new Set(),
    pleonasticPredicate: new Set(),
    pleonasticPassive: new Set(),
    thingPassive: new Set(),
    pluralNoun: new Set(),
    notAName: new Set(),
    edgeTimeWord: new Set(),
    pronoun: new Map(),
    countryAnaphor: new Set(),
    partyWord: new Map(),
    titleSector: new Map(),
    occupationSector: new Map(),
    orgKindSector: new Map(),
    definiteOrgHead: new Map(),
    titleAbbreviation: new Set(),
    kinNoun: new Set(),
    originNoun: new Set(),
    staffNoun: new Set(),
    placeNoun: new Set(),
    syllableOnset: new Set(),
    syllableRhyme: new Set(),
    lastName: new Set(),
    orgHead: new Set(),
    statePossessed: new Set(),
    titleWord: new Set(),
    thingHead: new Set(),
    namedForHead: new Set(),
    stormWord: new Set(),
    vesselPrefix: new Set(),
    orgNoun: new Set(),
    venueWord: new Set(),
    nameHead: new Set(),
    chamberWord: new Set(),
    committeeHead: new Set(),
    roleNoun: new Set(),
    epithetNoun: new Map(),
    epithetTitle: new Set(),
    titleRank: new Set(),
    stateAdjective: new Set(),
    governmentVerb: new Set(),
    partyVerb: new Set(),
    relationNoun: new Set(),
    blocAdjective: new Set(),
    dispatchVerb: new Set(),
    equipmentNoun: new Set(),
    personHead: new Set(),
    holderTitle: new Set(),
  };
  // word classes that are plain lower-cased word sets
  const wordSets: Partial<Record<string, Set<string>>> = {
    'person-title': lexicon.personTitle, 'org-word': lexicon.orgWord, 'loc-word': lexicon.locWord,
    'place-preposition': lexicon.placePreposition, 'person-before-to': lexicon.personBeforeTo, 'name-particle': lexicon.nameParticle, 'pleonastic-it': lexicon.pleonasticIt,
    'pleonastic-predicate': lexicon.pleonasticPredicate, 'pleonastic-passive': lexicon.pleonasticPassive, 'thing-passive': lexicon.thingPassive, 'plural-noun': lexicon.pluralNoun,
    'place-noun': lexicon.placeNoun, 'org-head': lexicon.orgHead, 'state-possessed': lexicon.statePossessed,
    'title-word': lexicon.titleWord, 'thing-head': lexicon.thingHead, 'named-for-head': lexicon.namedForHead, 'storm-word': lexicon.stormWord,
    'vessel-prefix': lexicon.vesselPrefix, 'org-noun': lexicon.orgNoun, 'venue-word': lexicon.venueWord, 'name-head': lexicon.nameHead, 'chamber-word': lexicon.chamberWord, 'committee-head': lexicon.committeeHead, 'role-noun': lexicon.roleNoun, 'epithet-title': lexicon.epithetTitle, 'title-rank': lexicon.titleRank, 'state-adjective': lexicon.stateAdjective,
    'government-verb': lexicon.governmentVerb, 'party-verb': lexicon.partyVerb, 'relation-noun': lexicon.relationNoun,
    'bloc-adjective': lexicon.blocAdjective, 'dispatch-verb': lexicon.dispatchVerb,
    'equipment-noun': lexicon.equipmentNoun, 'person-head': lexicon.personHead, 'holder-title': lexicon.holderTitle,
    'title-abbreviation': lexicon.titleAbbreviation, 'kin-noun': lexicon.kinNoun, 'origin-noun': lexicon.originNoun, 'staff-noun': lexicon.staffNoun,
    'syllable-onset': lexicon.syllableOnset, 'syllable-rhyme': lexicon.syllableRhyme,
  };
  for (const { value } of files.lexicon) {
    for (const w of value.words) {
      const k = w.toLowerCase();
      const set = wordSets[value.class];
      if (set) {
        set.add(k);
        continue;
      }
      switch (value.class) {
        case 'honorific':
          lexicon.honorific.set(k, value.gender ?? null);
          break;
        case 'epithet-noun':
          lexicon.epithetNoun.set(k, value.gender ?? null);
          break;
        case 'given-name':
          lexicon.givenName.set(k, lexicon.givenName.has(k) && lexicon.givenName.get(k) !== value.gender ? null : (value.gender ?? null));
          break;
        case 'not-a-name':
          lexicon.notAName.add(w);
          break;
        case 'edge-time-word':
          lexicon.edgeTimeWord.add(w);
          break;
        case 'pronoun-he':
        case 'pronoun-she':
        case 'pronoun-it':
        case 'pronoun-they':
          lexicon.pronoun.set(k, value.class.slice(8) as 'he' | 'she' | 'it' | 'they');
          break;
        case 'country-anaphor':
          lexicon.countryAnaphor.add(nameKey(w));
          break;
        case 'title-sector':
          if (value.sector) lexicon.titleSector.set(k, value.sector);
          break;
        case 'occupation-sector':
          if (value.sector) lexicon.occupationSector.set(k, value.sector);
          break;
        case 'org-kind-sector':
          if (value.sector) lexicon.orgKindSector.set(k, value.sector);
          break;
        case 'definite-org-head':
          if (value.sector) lexicon.definiteOrgHead.set(k, [...(lexicon.definiteOrgHead.get(k) ?? []), value.sector]);
          break;
        case 'party-word':
          lexicon.partyWord.set(k, value.party ?? k);
          break;
      }
    }
  }

  // Gazetteer words from the compromise package's lexicon: given names (with gender), family names,
  // cities/regions and organisation names. Registry and lexicon files take precedence.
  const places = new Map<string, 'GPE' | 'LOC'>();
  const orgNames = new Set<string>();
  const cw = compromiseWords();
  for (const [word, g] of cw.given) if (!lexicon.givenName.has(word)) lexicon.givenName.set(word, g === 'm' || g === 'f' ? g : null);
  for (const w of cw.last) lexicon.lastName.add(w);
  for (const w of cw.city) places.set(w, 'GPE');
  for (const w of cw.region) if (!places.has(w)) places.set(w, 'LOC');
  for (const w of cw.org) orgNames.add(w);
  for (const [cap] of capitals) places.set(cap, 'GPE');

  const namePrefixes = new Set<string>();
  for (const key of names.keys()) for (let i = 1; i <= key.length; i++) namePrefixes.add(key.slice(0, i));

  return {
    actors,
    names,
    namePrefixes,
    surnames,
    inOffice,
    titles,
    titleMaxTokens,
    roleHolders,
    sectors,
    sectorMaxTokens,
    titleFirst: firstWords(titles.keys()),
    sectorFirst: firstWords(sectors.keys()),
    sectorLabels,
    orgNameSectors,
    bareSectors,
    qualifiedSectors,
    lexicon,
    demonym,
    countryName,
    capitals,
    places,
    orgNames,
  };
}

function firstWords(keys: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) out.add(k.split(/[\s\-'’.]/)[0]);
  return out;
}

/**
 * Whether `id` is an actor the registry knows (a country, organisation or listed person), as opposed to
 * a document-local one the actors stage made up for a name it could not resolve ("person:<slug>",
 * "org:<slug>") or a national sector group ("group:POL:MIL"). For `eventline actors --unresolved`.
 */
export function isRegistryActor(knowledge: Knowledge, id: string): boolean {
  return actorIndex(knowledge).actors.has(id);
}

/** The party of the party-held role (a candidacy) person `id` holds on ISO date `date`, or null. */
export function partyOn(ix: ActorIndex, id: string, date: string): string | null {
  return ix.actors.get(id)?.roles.find((r) => r.party && roleHolds(r, date))?.party ?? null;
}

/** Whether `role` holds on ISO date `date` (inclusive bounds; open ends). */
export function roleHolds(role: RoleDef, date: string): boolean {
  return (role.from === null || role.from <= date) && (role.to === null || date <= role.to);
}
