// Zod schemas of the actor knowledge files (knowledge/actors/*.yaml, knowledge/sectors.yaml): what a
// user may write in their own knowledge folder to extend or override the bundled registry.
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');
/** YAML turns an unquoted 2021-09-15 into a Date; accept both and keep the ISO day. */
const dateField = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate.nullable());
const code = z.string().regex(/^[A-Z][A-Z0-9]{1,9}$/, 'expected an upper-case code such as GBR, EU, NATO');
const sector = z.string().regex(/^[A-Z]{2,4}$/, 'expected a sector code such as GOV, MIL');
const gender = z.enum(['m', 'f']);

/** A name that only stands for the actor in some uses (the Kremlin, Brussels, Washington). */
export const metonymSchema = z.strictObject({
  text: z.string().min(1),
  /** Sector of the group the metonym stands for (the Kremlin → GOV); absent = the actor itself. */
  sector: sector.optional(),
  /** 'subject': only when followed by a verb ("Washington said"), else it is just a place name. */
  when: z.enum(['always', 'subject']).default('always'),
});

export const countrySchema = z.strictObject({
  code,
  aliases: z.array(z.string().min(1)).default([]),
  /** Extra adjectives (Belarussian) added to world-countries' demonyms. */
  demonyms: z.array(z.string().min(1)).default([]),
  /** Plural nouns for the people (Poles, Britons); "-ans"/"-is" plurals are derived automatically. */
  people: z.array(z.string().min(1)).default([]),
  metonyms: z.array(metonymSchema).default([]),
  /** Names from world-countries to ignore (ambiguous alternative spellings). */
  drop: z.array(z.string()).default([]),
});
export type CountryRecord = z.infer<typeof countrySchema>;

export const organisationSchema = z.strictObject({
  id: z.string().regex(/^(igo|org):[A-Za-z0-9-]+$/, 'expected an id like igo:EU or org:reuters'),
  name: z.string().min(1),
  kind: z.enum(['igo', 'org']),
  /** For IGOs the organisation code (EU, NATO); for national bodies the ISO alpha-3 country. */
  country: code.nullable().default(null),
  sector: sector.nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
  /** Definite descriptions used once the organisation is in the text ("the bloc", "the alliance"). */
  definite: z.array(z.string().min(1)).default([]),
  metonyms: z.array(metonymSchema).default([]),
  disabled: z.boolean().default(false),
});
export type OrganisationRecord = z.infer<typeof organisationSchema>;

export const roleSchema = z.strictObject({
  /** Role key from titles.yaml: head-of-state, head-of-government, foreign-minister, defence-minister, … */
  role: z.string().regex(/^[a-z-]+$/, 'expected a role key such as foreign-minister'),
  /** Display title ("Foreign Secretary"); defaults from the role key. */
  title: z.string().optional(),
  country: code.optional(),
  sector: sector.optional(),
  /** The party the role is held for (a party-word's party: republican, democratic): "the Republican
   * nominee" is its holder of that party on the document's date. */
  party: z.string().regex(/^[a-z-]+$/).optional(),
  from: dateField.default(null),
  to: dateField.default(null),
});
export type RoleRecord = z.infer<typeof roleSchema>;

export const personSchema = z.strictObject({
  id: z.string().regex(/^person:[a-z0-9-]+$/, 'expected an id like person:liz-truss').optional(),
  name: z.string().min(1),
  gender: gender.optional(),
  country: code.nullable().default(null),
  /** Sector when the person holds no listed role on the document's date. */
  sector: sector.nullable().default(null),
  aliases: z.array(z.string().min(1)).default([]),
  /** Short forms used alone or after Mr/Ms ("Lukashenko"); default: the last word of the name. */
  surnames: z.array(z.string()).optional(),
  /** Whether a bare surname (without Mr/Ms) refers to this person; false for "May", "Rice"; `in-office`:
   * only in an article dated while one of the person's roles holds, and then ahead of a namesake whose bare
   * surname it is at any date ("Bush" in 2004 is the president, not his brother the governor). */
  bare_surname: z.union([z.boolean(), z.literal('in-office')]).default(true),
  roles: z.array(roleSchema).default([]),
  disabled: z.boolean().default(false),
});
export type PersonRecord = z.infer<typeof personSchema>;

export const titleSchema = z.strictObject({
  role: z.string().regex(/^[a-z-]+$/),
  /** Default display title for roles of this key. */
  title: z.string().min(1),
  sector: sector.default('GOV'),
  /** Lower-case title phrases ("foreign secretary", "foreign minister"). */
  words: z.array(z.string().min(1)).min(1),
  /** Restrict these words to roles of these countries (e.g. "secretary of state" → USA). */
  countries: z.array(code).optional(),
});
export type TitleRecord = z.infer<typeof titleSchema>;

export const lexiconSchema = z.strictObject({
  class: z.enum([
    'honorific', // Mr, Ms, Dr (+ gender)
    'given-name', // first names (+ gender)
    'person-title', // capitalised titles before a name: Senator, General, Judge
    'org-word', // words that make a capitalised name an organisation: Ministry, Airlines
    'loc-word', // words that make it a location: River, Airport, Province
    'place-preposition', // in, at, near: a following unknown name is a place
    'person-before-to', // words before "to" that make the name after it a person or a body, not a place: according, adviser, loyal
    'name-particle', // lower-case particles inside names: bin, al, de, van
    'pleonastic-it', // verbs/adjectives after "it" that make it non-referential: seems, comes
    'pleonastic-predicate', // "it is PRED that/to/wh-" non-referential: unclear, OK, time
    'pleonastic-passive', // "it is PARTICIPLE that/whether" non-referential: expected, reported
    'thing-passive', // passive participles of made or scheduled things: an "it" subject names no actor
    'plural-noun', // plural nouns with no plural -s: police, people (a group they head is "they", not "it")
    'not-a-name', // capitalised words that never start a name: However, Monday, January
    'edge-time-word', // day names cut off either edge of a tagged or guessed name: "Fallujah Wednesday"
    'pronoun-he', // he, him, his, himself
    'pronoun-she',
    'pronoun-it',
    'pronoun-they',
    'country-anaphor', // "the country", "the nation": the most recent country
    'place-noun', // lower-case nouns that make "<demonym> <noun>" a place: woodland, territory, village
    'org-head', // organisation heads after which "in/for/to/of + place" stays in the name: Mission, Office
    'state-possessed', // nouns that after "its" name what a state has or does to its own people: crackdown, army
    'title-word', // capitalised words of a title glued before a name: House (Speaker), Majority (Leader), Retired
    'thing-head', // last words that make a capitalised name a thing, not an actor: Act, Bill, Day, Treaty
    'named-for-head', // heads of a building's, street's or body's name after a person's name: (Ronald Reagan) Building, (King Edward) Street
    'storm-word', // first words that make a capitalised name a storm, not an actor: Hurricane, Typhoon
    'vessel-prefix', // ship prefixes in capitals that make a capitalised name a vessel, not an actor: USS, HMS
    'chamber-word', // first words of a legislative committee's name naming the chamber: House, Senate
    'committee-head', // heads of a committee's name: Committee, Subcommittee (with a chamber word: LEG)
    'role-noun', // nouns of a post in a body, beside the person nouns, an apposition after a name gives the body's sector by: fellow, administrator
    'venue-word', // heads of names of places where people meet or study (Centre, University, School): such an organisation is no "they"
    'name-head', // lower-case heads of an organisation's name a text names it again by: "the coalition" after "X Homeless Coalition"
    'org-noun', // lower-case nouns naming an organisation, before whose name the name is an organisation: "the security firm X"
    'epithet-noun', // nouns a text names a public figure again by: "the New York businessman", "the mogul" (+ gender)
    'title-rank', // ranks that make a title another office: vice, deputy ("the vice presidential nominee")
    'epithet-title', // titles a text names again a person it gave that title by: "the mayor", "the nominee"
    'person-head', // singular heads of a group phrase that name one person: the mayor, a dissident (no "it" refers to them)
    'equipment-noun', // nouns of weapons and machines a capitalised word names the model of: "Patriot launchers", "Leopard tanks"
    'state-adjective', // lower-case words before a capital city that make it its government: "official Moscow"
    'government-verb', // verbs (lemmas) whose subject a capital is as its government: "Moscow said", "Colombo held talks"
    'party-verb', // verbs (lemmas) whose object a capital is as its government: "accused Beijing of …"
    'relation-noun', // nouns of relations whose "between"/"with" phrase names governments: "talks between Rabat and …"
    'bloc-adjective', // adjectives that place people without naming one country: "Western officials", "foreign forces"
    'dispatch-verb', // verbs whose doer sends its own people: "Lithuania deployed troops", "police were sent by Poland"
    'party-word', // capitalised words naming a political party before a title (+ party): Democratic, GOP
    'title-sector', // a title that, alone before a name, tells the holder's sector (+ sector): Officer, Justice
    'definite-org-head', // heads of "the company", "the church": an earlier organisation of that sector (+ sector)
    'title-abbreviation', // abbreviated titles after whose full stop a name goes on, no new sentence: Rev, Const, Sens
    'kin-noun', // nouns of kinship before or beside a name that tell no role: "9/11 widow X", "his wife, X"
    'origin-noun', // nouns of where a person is from, after a country's name or before "of" + a place: "Guinea immigrant X", "X, a native of Peru"
    'staff-noun', // people who serve the person who possesses them: "the senator's aides", "his adviser"
    'syllable-onset', // consonants opening a romanised Chinese or Korean syllable: ch, kw, ts
    'syllable-rhyme', // the rest of such a syllable: ung, eung, ae, yeon ("Chung-tai", "Jae-in" are two syllables)
    'occupation-sector', // lower-case occupations that tell one person's sector, no group's (+ sector): "talk radio host X" → MED
    'org-kind-sector', // lower-case nouns of an organisation's kind that tell the sector of the one named beside them (+ sector): "the magazine X" → MED
    'holder-title', // capitalised post titles that never end an organisation's name: "Tory MLA" is a post, no organisation
  ]),
  gender: gender.optional(),
  /** For party-word: the party the words name ("GOP" and "Republican" name one party). */
  party: z.string().min(1).optional(),
  /** For title-sector, occupation-sector and org-kind-sector: the sector the word gives its holder; for definite-org-head: the sector of the body it names. */
  sector: z.string().min(1).optional(),
  words: z.array(z.string().min(1)).min(1),
});
export type LexiconRecord = z.infer<typeof lexiconSchema>;

export const sectorSchema = z.strictObject({
  sector,
  /** Label for a group of this sector ("military", "police"). */
  label: z.string().min(1),
  /** Other sector codes that also count as right (defence ministry: MIL, accept GOV). */
  accept: z.array(sector).default([]),
  /** Lower-case head words/phrases in singular (plural forms are matched through lemmas). */
  words: z.array(z.string().min(1)).default([]),
  /** Whether a bare phrase ("the police", "the government") is an actor of the document's country. */
  national: z.boolean().default(false),
  /** Generic heads ("officials", "personnel", "spokesman") take the sector of a sector word before them. */
  inherit: z.boolean().default(false),
  /** false: a generic head ("members", "staff") names no sector by itself, only after a sector word. */
  alone: z.boolean().default(true),
  /** Whose people often serve abroad (reporters, diplomats): a place after the phrase, the sentence's
   * country or the article's tells nothing of theirs; only the phrase's own words do. */
  abroad: z.boolean().default(false),
  /** Words spelled with a capital that name people, no body ("Muslims", "Protestants"): a capitalised
   * one after a nationality makes a group of people, no organisation's name. */
  capitalised: z.boolean().default(false),
  /** Words that name the sector only standing bare: lower case, after nothing but a determiner, a number
   * or plain adjectives, and before no name ("a white officer", "one officer"); a title or a noun before it
   * makes someone else's officer ("chief financial officer", "communications officer"). Read by the
   * recogniser alone, never by the passes that look a word up in the sector list. */
  bare: z.boolean().default(false),
  /** Words that name the sector only right after a country's word, a nationality, a country's name or its
   * possessive, and before no common noun ("Indian intelligence", "Pakistan's intelligence"); standing
   * otherwise they are a thing ("shared intelligence", "intelligence failures"). Read by the recogniser's
   * country-qualifier branch alone, never by the passes that look a word up in the sector list. */
  qualified: z.boolean().default(false),
  /** Capitalised heads of organisation names that tell the sector ("University" → EDU, "Institute" → NGO);
   * an unknown organisation also takes the sector of a sector word in its name ("… Police Department"). */
  names: z.array(z.string().min(1)).default([]),
}).refine((r) => !(r.bare && r.qualified), 'a sector record is bare or qualified, not both');
export type SectorRecord = z.infer<typeof sectorSchema>;

/** Which top-level list key of an actors file holds which kind of record. */
export const ACTOR_FILE_KEYS = ['countries', 'organisations', 'people', 'titles', 'lexicon'] as const;
export type ActorFileKey = (typeof ACTOR_FILE_KEYS)[number];
