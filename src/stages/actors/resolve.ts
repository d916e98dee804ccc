// Resolution of recognised spans to actors: registry names and surnames, titles to the person holding
// the role on the document's date (never for a title of a body that is no state: "Uber's vice
// president", "the club's president"), nationality + sector to group actors, bare sector phrases to the
// document's country context, unknown names to document-local person/organisation actors.
import { FORMER, PERSON_NOUNS, officeBefore } from './person-context.ts';
import type { Actor, ActorRole, Doc, Entity, EntityLabel, Mention, MentionVia, Token } from '../../doc/types.ts';
import { COMPASS, type Cand } from './recognize.ts';
import { countryNamed, familyName, nameKey, partyOn, roleHolds, slug, type ActorIndex, type Gender, type NameHit, type RegistryActor, type RoleDef, type TitleWord } from './registry.ts';
import { contextCountry } from './context.ts';
import { Tree } from '../../doc/tree.ts';
import { serviceSectors } from './service-sector.ts';
import { orgAppositions } from './org-apposition.ts';
import { personCues } from './person-cues.ts';
import { privatePersons } from './private-person.ts';
import { paragraphBreakIn } from '../../doc/layout.ts';
import { lowerCaseWords } from '../../doc/token-views.ts';
import { hyphenJoined, hyphenRunEnd } from '../../doc/doc.ts';
import { opensUpper } from '../../doc/letters.ts';
import { actsAsGovernment } from './metonymy.ts';
import type { TownSense } from './town-senses.ts';
import { LEGAL_SUFFIX, ROMAN_NUMERAL } from './name-fragments.ts';
import { orgOrPlaceWord } from './word-class.ts';
import { orgShortForms } from './org-short-forms.ts';
import { pluralGroupName } from './plural-names.ts';

/** Per-document resolution state, shared with coreference. */
export interface DocActors {
  doc: Doc;
  ix: ActorIndex;
  tokens: Token[];
  actors: Map<string, Actor>;
  gender: Map<string, Gender | null>;
  entities: Entity[];
  mentions: Mention[];
  /** Token index range of each mention (parallel to `mentions`). */
  mentionTokens: { a: number; b: number }[];
  /** The dependency tree when the syntax stage ran. */
  tree: Tree | null;
  /** Per token: 1 when it lies on a title-case line (a headline), computed on first use. */
  headline?: Uint8Array;
  /** Persons the document has named after a title with no country qualifier ("President Barack Obama",
   * not "Russia's Vladimir Putin" or "the Russian president"), in resolution (document) order. */
  bareTitled?: Set<string>;
  /** Persons the registry does not know whom the document has given an office by apposition ("the prime
   * minister of X, Ana Lopes"), by role key: a later bare title of that office refers back to them. */
  localTitles?: Map<string, { person: string; country: string | null }[]>;
  /** Persons the document introduced after a party word and a title ("Libertarian presidential candidate
   * Gary Johnson"), with that party: a later bare title under another party is not theirs. */
  titledParty?: Map<string, string>;
  /** Bare title phrases resolved to no holder, for heldLater. */
  unheld?: { c: Cand; entity: number }[];
  /** Sector phrases whose possessor is a pronoun ("its forces", "his spokesman"): resolved after the
   * pronouns (resolvePossessed), from the possessor's actor. */
  possessed?: Cand[];
  /** Titles said of a pronoun ("when she was mayor"): the entity and the pronoun's token,
   * given the pronoun's actor after the pronouns are resolved (resolvePredicative). */
  predicative?: { entity: number; a: number; b: number; bearer: number }[];
  /** The country of a gazetteer town or region by its name (for "Tulsa Police Department"), if known. */
  placeCountry?: (name: string) => string | null;
  /** The country of a gazetteer town or region by its name alone, whatever the article's own senses. */
  gazetteerCountry?: (name: string) => string | null;
  /** The country of a region (first-level division: a state, a province) the gazetteer has by this name. */
  regionCountry?: (name: string) => string | null;
  /** The country a town's name has in this article by a region written after it ("London, Ky."). */
  townSense?: TownSense;
}

/** True when the article places the town `name` in a country other than that of `actor` (a country or
 * a national group: "country:GBR", "group:GBR:GOV"). */
function placedElsewhere(st: DocActors, name: string, actor: string): boolean {
  const own = st.townSense?.(name);
  const m = /^(?:country|group):([A-Z]{3})\b/.exec(actor);
  return !!own && !!m && own !== m[1];
}

/**
 * The country of a capital's name where a thing happens ("in Warsaw"): the article's own town of that
 * name when the text places it in another region ("Beau Dunn of London, Arkansas" → USA).
 */
function placeOfCapital(st: DocActors, name: string): string | null {
  const cap = st.ix.capitals.get(nameKey(name));
  if (!cap) return null;
  return st.townSense?.(name) ?? cap;
}

export function newState(doc: Doc, ix: ActorIndex, tokens: Token[]): DocActors {
  return { doc, ix, tokens, actors: new Map(), gender: new Map(), entities: [], mentions: [], mentionTokens: [], tree: Tree.of(doc) };
}

/** A person who serves a body the registry places in no one country (`stateless`: a multinational, a rights
 * group), and whom nothing else placed, is in none either ("Airbus spokesman X"): the person-cue and
 * service-sector rules ask this one question. */
export function joinStatelessBody(person: Actor, body: { stateless?: true } | null | undefined): void {
  if (body?.stateless && !person.country) person.stateless = true;
}

/** The Actor record for a registry actor on the document's date. */
export function registryActor(st: DocActors, id: string): Actor | null {
  const have = st.actors.get(id);
  if (have) return have;
  const r: RegistryActor | undefined = st.ix.actors.get(id);
  if (r) {
    const actor: Actor = { id, name: r.name, kind: r.kind, country: r.country, sector: r.sector };
    if (r.kind === 'org' && !r.country) actor.stateless = true;
    if (r.kind === 'person') {
      const roles: ActorRole[] = r.roles
        .filter((x) => roleHolds(x, st.doc.date))
        .map((x) => ({ title: x.title, country: x.country, sector: x.sector, from: x.from, to: x.to }));
      actor.roles = roles;
      if (roles.length) {
        actor.country = roles[roles.length - 1].country ?? actor.country;
        actor.sector = roles[roles.length - 1].sector ?? actor.sector;
      } else if (!actor.sector && formerCandidate(r.roles, st.doc.date)) actor.sector = 'PTY';
      st.gender.set(id, r.gender ?? null);
    }
    return actor;
  }
  const g = /^group:([A-Z0-9]+):([A-Z]+)$/.exec(id);
  if (g) return groupActor(st, g[1], g[2]);
  return null;
}

/**
 * Whether the last role a registry person held before ISO date `date`, holding none on it, was held for
 * a party (a candidacy): a former nominee out of office still acts as a figure of that party ("Romney",
 * four years after his run; the defeated candidate after election day), the guideline's PTY.
 */
function formerCandidate(roles: readonly RoleDef[], date: string): boolean {
  const past = roles.filter((x) => x.to !== null && x.to < date);
  const last = past.reduce<RoleDef | null>((b, x) => (!b || x.to! > b.to! ? x : b), null);
  return !!last?.party;
}

export function groupActor(st: DocActors, country: string, sector: string): Actor {
  const id = `group:${country}:${sector}`;
  const have = st.actors.get(id);
  if (have) return have;
  const who = st.ix.demonym.get(country) ?? st.ix.countryName.get(country) ?? country;
  const label = st.ix.sectorLabels.get(sector) ?? sector.toLowerCase();
  return { id, name: `${who} ${label}`, kind: 'group', country, sector };
}

/** Add `actor` to the document's actors (once); a name read across a wrapped line ("Erciyes ⏎ University")
 * is written on one line. */
export function use(st: DocActors, actor: Actor): string {
  if (!st.actors.has(actor.id)) {
    if (/\s{2}|[\n\t]/.test(actor.name)) actor.name = actor.name.replace(/\s+/g, ' ');
    st.actors.set(actor.id, actor);
  }
  return actor.id;
}

export function addMention(st: DocActors, a: number, b: number, actor: string, confidence: number, via: MentionVia): void {
  // (a mention covers at least one token, as an entity does: addEntity)
  if (b <= a) return;
  const t = st.tokens;
  const start = t[a].start;
  const end = t[b - 1].end;
  st.mentions.push({ start, end, text: st.doc.text.slice(start, end), actor, confidence: round(confidence), via });
  st.mentionTokens.push({ a, b });
}

export function addEntity(st: DocActors, a: number, b: number, label: EntityLabel, actor: string | null): void {
  // (an entity covers at least one token: a title read before a name that starts where its candidate
  // starts covers none)
  if (b <= a) return;
  const t = st.tokens;
  const start = t[a].start;
  const end = t[b - 1].end;
  st.entities.push({ start, end, text: st.doc.text.slice(start, end), label, actor });
}

const round = (x: number) => Math.round(x * 100) / 100;

/** Which of several registry hits to take: one already in the document, else one in office, else the first. */
function pickHit(st: DocActors, hits: NameHit[]): NameHit | null {
  const usable = hits.filter((h) => !h.needsAntecedent || st.actors.has(h.actor));
  if (!usable.length) return null;
  const inDoc = usable.filter((h) => st.actors.has(h.actor));
  if (inDoc.length) return inDoc[0];
  const persons = usable.filter((h) => h.label === 'PERSON');
  if (persons.length > 1) {
    const active = persons.filter((h) => st.ix.actors.get(h.actor)?.roles.some((r) => roleHolds(r, st.doc.date)));
    if (active.length === 1) return active[0];
    if (active.length === 0 || active.length > 1) return (active[0] ?? persons[0]);
  }
  return usable.find((h) => h.label !== 'NORP') ?? usable[0];
}

/** A person of the text (no registry person): the document's actor named `name`, a new one if none yet
 * (id `person:<slug of the name>` unless `id` is given). */
function textPerson(st: DocActors, name: string, id = `person:${slug(name)}`): Actor {
  return st.actors.get(id) ?? { id, name, kind: 'person', country: null, sector: null };
}

/** Years before a registry person's first role that a bare surname of theirs names no one the registry knows. */
const BEFORE_FIRST_ROLE_YEARS = 2;

/**
 * A registry person's bare surname (hit `hit`, written `key`, titled by `titles` when a title stands before
 * it) read against the article's date: the registry person to take instead, null for none (the name is a
 * person of the text), undefined to keep the hit. The hit's own person named in the document, or a namesake
 * named in full there, is kept as before. Else a namesake who holds the office the title names on that
 * date ("President Bush" in 2004), or held it last before it ("President Bush" in 2016); with no title (or
 * none any namesake held), a namesake whose bare surname is theirs only in office (`bare_surname: in-office`)
 * while a role of theirs holds ("Bush" in 2004). A hit whose first role starts more than
 * BEFORE_FIRST_ROLE_YEARS after the date ("Johnson" in 2005 for a prime minister of 2019) names no one.
 */
function datedNamesake(st: DocActors, surnames: DocSurnames | null, hit: NameHit, key: string, titles: TitleWord[] | undefined, words: string[], gender: Gender | null, at: number): string | null | undefined {
  if (hit.via !== 'surname' || hit.label !== 'PERSON' || st.actors.has(hit.actor)) return undefined;
  const all = st.ix.surnames.get(key) ?? [];
  if (!all.includes(hit.actor)) return undefined;
  // (a registry namesake the document names in full: that one, as surnames.pick reads it; a person of
  // the text of that family name only when no registry namesake fits the date, below)
  const picked = surnames?.pick(key, gender, at);
  if (picked && st.ix.actors.has(picked)) return picked !== hit.actor ? picked : undefined;
  const date = st.doc.date;
  const roles = (p: string) => st.ix.actors.get(p)?.roles ?? [];
  const namesakes = all.filter((p) => genderAgrees(gender, st.ix.actors.get(p)?.gender));
  const named = namesakes.find((p) => st.actors.has(p));
  if (named) return named;
  // (a title the title list knows, "President", or the first word of a role's own title, "Governor",
  // written in full or cut short, "Gov.")
  const keys = new Set((titles ?? []).map((tw) => tw.role));
  const written = words.map((w) => w.toLowerCase());
  const titleWord = (r: RoleDef) => {
    const first = r.title.split(/\s+/)[0].toLowerCase();
    return written.some((w) => w === first || (w.length > 2 && w.endsWith('.') && first.startsWith(w.slice(0, -1))));
  };
  if (keys.size || written.length) {
    const fits = (p: string) => roles(p).filter((r) => keys.has(r.role) || titleWord(r));
    const holds = namesakes.find((p) => fits(p).some((r) => roleHolds(r, date)));
    if (holds) return holds;
    let last: { p: string; to: string } | null = null;
    for (const p of namesakes) {
      for (const r of fits(p)) if (r.to && r.to < date && (!last || r.to > last.to)) last = { p, to: r.to };
    }
    if (last) return last.p;
  }
  const inOffice = namesakes.find((p) => st.ix.inOffice.has(p) && roles(p).some((r) => roleHolds(r, date)));
  if (inOffice) return inOffice;
  // (an in-office hit out of office: a namesake whose bare surname it is at any date, else no one)
  if (st.ix.inOffice.has(hit.actor)) return (st.ix.names.get(key) ?? []).find((h) => h.via === 'surname' && !st.ix.inOffice.has(h.actor) && namesakes.includes(h.actor))?.actor ?? picked ?? null;
  const first = roles(hit.actor).reduce<string | null>((m, r) => (r.from && (!m || r.from < m) ? r.from : m), null);
  if (first && roles(hit.actor).every((r) => r.from) && first > shiftYears(date, BEFORE_FIRST_ROLE_YEARS)) return picked ?? null;
  return undefined;
}

/** ISO date `date` moved by `years` whole years. */
function shiftYears(date: string, years: number): string {
  return String(Number(date.slice(0, 4)) + years).padStart(4, '0') + date.slice(4);
}

/** Holders of a title on the document's date, narrowed by country, by who the document already names. */
export function titleHolder(st: DocActors, titles: TitleWord[], titleText: string, country: string | null, party: string | null = null): string | null {
  const date = st.doc.date;
  const introduced = introducedHolder(st, titles, country, party);
  if (introduced) return introduced;
  let cands: { person: string; title: string; country: string | null }[] = [];
  for (const tw of titles) {
    for (const h of st.ix.roleHolders.get(tw.role) ?? []) {
      if (!roleHolds(h.role, date)) continue;
      if (tw.countries && !tw.countries.includes(h.role.country ?? '')) continue;
      if (country && h.role.country !== country) continue;
      if (!partyAllows(st, h.person, party)) continue;
      cands.push({ person: h.person, title: h.role.title, country: h.role.country });
    }
  }
  if (!cands.length) return null;
  const key = nameKey(titleText);
  const titled = cands.filter((c) => nameKey(c.title).includes(key) || key.includes(nameKey(c.title)));
  if (titled.length && titled.length < cands.length) cands = titled;
  const uniq = [...new Set(cands.map((c) => c.person))];
  // a bare title whose one registry holder is of a country the document has not placed anyone in, when
  // it has placed others ("the prime minister" of an article about a country the registry has no holder for)
  if (!country && uniq.length === 1 && !st.actors.has(uniq[0])) {
    const placed = placedCountries(st);
    if (placed.size && !cands.some((c) => c.country && placed.has(c.country))) return null;
  }
  if (uniq.length === 1) return uniq[0];
  const named = uniq.filter((p) => st.actors.has(p));
  if (named.length === 1) return named[0];
  // "Republican Donald Trump … the Republican presidential nominee": the one introduced under that party.
  const sameParty = party ? named.filter((p) => st.titledParty?.get(p) === party) : [];
  if (sameParty.length === 1) return sameParty[0];
  // "President Barack Obama … the Russian president … The president said": news qualifies the other
  // holders by their country; a bare title goes back to the one it introduced with the bare title.
  const bare = named.filter((p) => st.bareTitled?.has(p));
  if (bare.length === 1) return bare[0];
  const ctx = contextCountry(st, null, Number.MAX_SAFE_INTEGER);
  const local = uniq.filter((p) => cands.some((c) => c.person === p && c.country === ctx));
  return local.length === 1 ? local[0] : null;
}

/** "the Democratic presidential nominee": never a holder the document introduced under another party, nor
 * one whose registry role on the document's date is held for another party. */
const partyAllows = (st: DocActors, person: string, party: string | null) =>
  !party || (st.titledParty?.get(person) ?? partyOn(st.ix, person, st.doc.date) ?? party) === party;

/**
 * "the prime minister of X, Ana Lopes … the prime minister said": the one holder of one of `titles` the
 * document introduced by apposition (localTitles), in `country` when given and allowed by `party`; null
 * when none or several.
 */
function introducedHolder(st: DocActors, titles: TitleWord[], country: string | null, party: string | null): string | null {
  const people = new Set(titles.flatMap((tw) => (st.localTitles?.get(tw.role) ?? [])
    .filter((h) => (!country || h.country === country) && (!tw.countries || tw.countries.includes(h.country ?? '')))
    .map((h) => h.person)).filter((p) => partyAllows(st, p, party)));
  return people.size === 1 ? [...people][0] : null;
}

/** The countries of the actors the document has mentioned so far. */
export function placedCountries(st: DocActors): Set<string> {
  return new Set(st.mentions.map((m) => st.actors.get(m.actor)?.country).filter((x): x is string => !!x));
}

/** The party a party word names right before the title at token k, or two words before it ("the GOP
 * presidential nominee", "Democratic vice presidential nominee"); null when none does. */
export function partyBefore(st: DocActors, k: number, reach = 2): string | null {
  const t = st.tokens;
  for (let j = k - 1; j >= 0 && j >= k - reach && t[j].sentence === t[k].sentence; j--) {
    const p = st.ix.lexicon.partyWord.get(t[j].text.toLowerCase());
    if (p && /^[A-Z]/.test(t[j].text)) return p;
  }
  return null;
}

/** Small words a title-case headline leaves in lower case. */
const HEADLINE_SMALL = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'for', 'and', 'or', 'at', 'by', 'with', 'as', 'from', 'vs', 'vs.', 'but', 'nor', 'over', 'into', 'after', 'is', 'are', 'if', 'than', 'up', 'out', 'off', 'via', 'per']);

/** Whether token i lies on a title-case line (a wrapped line goes on into the next: doc/layout.ts): three or
 * more words, every one but small words capitalised. */
export function onHeadline(st: DocActors, i: number): boolean {
  if (!st.headline) {
    const t = st.tokens;
    const text = st.doc.text;
    const flags = new Uint8Array(t.length);
    let s = 0;
    while (s < t.length) {
      let e = s + 1;
      while (e < t.length && !paragraphBreakIn(text, t[e - 1].end, t[e].start)) e++;
      let words = 0;
      let upper = true;
      for (let k = s; k < e && upper; k++) {
        const w = t[k].text;
        // clitics ("Clinton's", "Don't") and small words are written in lower case in a headline too
        if (!/\p{L}/u.test(w) || HEADLINE_SMALL.has(w) || /^(?:['’](?:s|re|ll|ve|d|m)|n['’]t)$/i.test(w)) continue;
        if (/^\p{Lu}/u.test(w)) words++;
        else upper = false;
      }
      if (upper && words >= 3) flags.fill(1, s, e);
      s = e;
    }
    st.headline = flags;
  }
  return st.headline[i] === 1;
}

/** A name on a title-case headline does not end in one of the headline's capitalised small words
 * ("Senators Slam Mara Quill As A …": the name is "Mara Quill"); null when nothing is left. */
export function trimHeadlineEnd(st: DocActors, c: Cand): Cand | null {
  if ((c.type !== 'unknown' && c.type !== 'person') || c.hits?.length) return c;
  let b = c.b;
  while (b > c.a && onHeadline(st, b - 1) && /^\p{Lu}/u.test(st.tokens[b - 1].text) && HEADLINE_SMALL.has(st.tokens[b - 1].text.toLowerCase())) b--;
  if (b === c.b) return c;
  return b > (c.nameA ?? c.a) ? Object.assign({}, c, { b }) : null;
}

/** One word that names a state or province of the gazetteer ("Virginia", "Victoria") and that no honorific
 * opens ("Ms Virginia" is a person): a place, never a person's id of one word. */
function regionWord(st: DocActors, a: number, b: number): boolean {
  if (b - a !== 1 || !/^\p{Lu}\p{Ll}+$/u.test(st.tokens[a].text)) return false;
  const prev = a > 0 && st.tokens[a - 1].sentence === st.tokens[a].sentence ? st.tokens[a - 1].text.toLowerCase() : '';
  const w = st.tokens[a].text;
  // (not a law's or a thing's last word that a region's short form spells: "Act")
  return !st.ix.lexicon.honorific.has(prev) && !st.ix.lexicon.thingHead.has(w.toLowerCase()) && !!st.regionCountry?.(w);
}

/** A run typed an organisation whose last word is a capitalised post title ("Budget Committee Chairman",
 * "Tory MLA") and with no "of" or "for" in it (a body's name: "Committee for … Chairman"). */
function holderPost(st: DocActors, c: Cand): boolean {
  if (c.alias || c.parent) return false;
  const words = st.tokens.slice(c.a, c.b).map((x) => x.text);
  const last = words[words.length - 1];
  return /^\p{Lu}/u.test(last) && st.ix.lexicon.holderTitle.has(last.toLowerCase()) && !words.some((w) => /^(?:of|for)$/i.test(w));
}

/**
 * Whether an unknown capitalised name can become an actor: not a law, plan or day ("Clean Air Act",
 * "Inauguration Day"), not a lone organisation word ("Office", "Association": a fragment of a name),
 * not a word run of a title-case headline ("Power Plant Rules Face Key Test"; a headline's names are
 * taken only from the registry), not a model's code ("A380") nor a concept the article also writes in
 * lower case ("Climate Change").
 */
function notAnActor(st: DocActors, c: Cand): boolean {
  const t = st.tokens;
  const lex = st.ix.lexicon;
  const last = t[c.b - 1].text.toLowerCase();
  // "Commander-in-Chief Forum", "Secretary-General": a run that opens inside a hyphenated word (a hyphen
  // written between two words with no space) is a fragment of that word
  if (c.a > 1 && hyphenJoined(t, c.a - 2)) return false;
  // a thing's last word, unless after a given name ("Nathan Law", as isThing reads it)
  if (lex.thingHead.has(last) && !(c.b - c.a === 2 && lex.givenName.has(t[c.a].text.toLowerCase()))) return false;
  // a leading article does not make a word a name ("The Office")
  let a0 = c.a;
  while (a0 < c.b - 1 && /^(?:the|a|an)$/i.test(t[a0].text)) a0++;
  if (c.b - a0 === 1 && !/^\p{Lu}{2,}$/u.test(t[a0].text) && (lex.orgWord.has(last) || st.ix.orgNameSectors.has(last) || st.ix.sectors.has(last))) return false;
  // One word the article also writes in lower case ("Delegates said …" beside "the delegates") is a
  // common word capitalised by its place in the sentence.
  if (c.b - a0 === 1 && /^\p{Lu}\p{Ll}+$/u.test(t[a0].text) && lowerCaseWords(st.tokens).has(last)) return false;
  // "Former British (intelligence officials)", "Republican": titles, party words and nationalities only.
  let words = false;
  for (let k = c.a; k < c.b && !words; k++) {
    const w = t[k].text;
    const lw = w.toLowerCase();
    const titleOnly = isTitleToken(st, w) && !st.ix.sectors.has(lw) && !st.ix.orgNameSectors.has(lw);
    if (!titleOnly && !st.ix.names.get(nameKey(w))?.some((h) => h.actor.startsWith('country:'))) words = true;
  }
  if (!words) return false;
  // "the A380", "a Ford F-250": a model's letter-and-digit code names a product, no actor (unless an
  // organisation word makes the name a body's)
  const orgWord = t.slice(a0, c.b).some((x) => lex.orgWord.has(x.text.toLowerCase()));
  if (!orgWord && t.slice(a0, c.b).some((x) => MODEL_CODE.test(x.text))) return false;
  // "B", "LLC": a lone capital letter or legal suffix is a fragment of a name
  if (c.b - a0 === 1 && (/^\p{Lu}\.?$/u.test(t[a0].text) || LEGAL_SUFFIX.test(t[a0].text))) return false;
  // "Climate Change", "Human Rights": a name of two or more words that the article also writes in lower
  // case is a concept capitalised by a headline or for emphasis, no organisation
  if (c.guess === 'ORG' && !orgWord && !c.alias && !c.parent && c.b - a0 >= 2 && !lex.givenName.has(t[a0].text.toLowerCase())
    && t.slice(a0, c.b).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && lowerCaseWords(st.tokens).has(x.text.toLowerCase()))) return false;
  const person = c.guess === 'PERSON' && lex.givenName.has(t[c.a].text.toLowerCase());
  if (onHeadline(st, c.a) && !c.alias && !c.parent && !person) return false;
  return true;
}

/** Whether a name [a, b) typed an organisation is a place, and which: with no organisation word in it, a
 * town or region the gazetteer has ('GPE'), or a name whose last word is a place word ("Street",
 * "Island"; not "State", which ends names of bodies and armed groups: 'LOC'); else null. */
function placeNotOrg(st: DocActors, a: number, b: number): 'GPE' | 'LOC' | null {
  const t = st.tokens;
  const lex = st.ix.lexicon;
  if (t.slice(a, b).some((x) => lex.orgWord.has(x.text.toLowerCase()) || st.ix.orgNameSectors.has(x.text.toLowerCase()))) return null;
  if (st.placeCountry?.(st.doc.text.slice(t[a].start, t[b - 1].end))) return 'GPE';
  const last = t[b - 1].text.toLowerCase();
  return last !== 'state' && lex.locWord.has(last) ? 'LOC' : null;
}

/** A model's code: capitals, an optional hyphen, then two or more digits ("A380", "F-250", "MD-11"). */
const MODEL_CODE = /^\p{Lu}{1,3}-?\d{2,}\p{L}*$/u;

/** A law, plan, prize or event named by its last word ("the Clean Air Act", "the Lorvian Summit"), or
 * the acronym the document defines by such a name ("WWDC"). */
function isThing(st: DocActors, c: Cand): boolean {
  const t = st.tokens;
  const lex = st.ix.lexicon;
  const { a } = c.alias ?? c;
  let { b } = c.alias ?? c;
  // "World War II", "the Games XXX": a numeral after the head word is no part of what heads the name
  if (b - a > 2 && ROMAN_NUMERAL.test(t[b - 1].text)) b--;
  if (c.parent || !lex.thingHead.has(t[b - 1].text.toLowerCase())) return false;
  for (let k = a; k < b - 1; k++) if (lex.orgWord.has(t[k].text.toLowerCase())) return false;
  return !(b - a === 2 && lex.givenName.has(t[a].text.toLowerCase()));
}

/** A storm ("Hurricane Ida", "Tropical Storm Ana") or its name alone after it: an event, no entity. */
function isStorm(st: DocActors, c: Cand): boolean {
  const storms = stormNames(st);
  if (!storms.size) return false;
  const lex = st.ix.lexicon;
  return st.tokens.slice(c.a, c.b).every((x) => !/^\p{Lu}/u.test(x.text) || lex.stormWord.has(x.text.toLowerCase()) || x.text === 'Tropical' || storms.has(x.text));
}

/** The names of the storms a document names ("Ida" after "Hurricane Ida"), once per document. */
const STORMS = new WeakMap<DocActors, Set<string>>();
function stormNames(st: DocActors): Set<string> {
  let names = STORMS.get(st);
  if (!names) {
    names = new Set();
    const t = st.tokens;
    for (let k = 0; k + 1 < t.length; k++) {
      // (the capital first: most tokens have none, and need no lower-cased copy)
      if (!opensUpper(t[k].text) || !st.ix.lexicon.stormWord.has(t[k].text.toLowerCase())) continue;
      const n = t[k + 1];
      if (n.sentence === t[k].sentence && /^\p{Lu}\p{Ll}+$/u.test(n.text) && !st.ix.lexicon.stormWord.has(n.text.toLowerCase())) names.add(n.text);
    }
    STORMS.set(st, names);
  }
  return names;
}

const isTitleToken = (st: DocActors, w: string): boolean => {
  const k = w.toLowerCase();
  const lex = st.ix.lexicon;
  return lex.personTitle.has(k) || lex.titleWord.has(k) || lex.honorific.has(k) || st.ix.titleFirst.has(k) || w === '.' || w === '-';
};

/**
 * A person's name after a title glued before it in [a, b) — title words, led by up to three capitalised
 * words of a place or body ("House Speaker Paul Ryan", "NLRB General Counsel Peter Robb", "New Jersey
 * Gov. Chris Christie", "U.N. Secretary-General Ban Ki-moon") — as its first token and end (a registry
 * name may run on past b), or null. The name is a registry person's, or a given name and one to three
 * more capitalised words.
 */
export function titledName(st: DocActors, a: number, b: number): { k: number; b: number } | null {
  const t = st.tokens;
  // "Director of Air Force Communications Tom Berg": after an office phrase's "of" the run is its body
  // and then the holder's name
  // (also inside the run: "Director of Air Force Communications Tom Berg" read as one name)
  let body = a;
  while (body < b - 1 && isTitleToken(st, t[body].text) && /^\p{Lu}/u.test(t[body].text)) body++;
  if (body > a && body < b - 3 && /^(of|for)$/.test(t[body].text)) body += t[body + 1].text === 'the' ? 2 : 1;
  else body = a;
  if (officeBefore(t, st.ix.lexicon, body)) {
    // a given name first ("… Communications Tom Berg"), else the last two words of a repeated family name
    for (let k = Math.max(body + 1, b - 3); k <= b - 2; k++) if (st.ix.lexicon.givenName.has(t[k].text.toLowerCase()) && personName(st, k, b)) return { k, b };
    if (b - body >= 3 && personName(st, b - 2, b)) return { k: b - 2, b };
  }
  let titled = false;
  let lead = 0;
  for (let k = a; k < b - 1; k++) {
    const w = t[k].text;
    const title = isTitleToken(st, w);
    if (!title) {
      if (titled || ++lead > 3 || !/^\p{Lu}/u.test(w)) return null;
      continue;
    }
    if (w !== '.' && w !== '-') titled = true;
    if (!titled || t[k + 1].text === '.' || t[k + 1].text === '-') continue;
    // The registry name, also when it runs past the span ("Ban Ki-moon" cut at the hyphen).
    for (let e = Math.min(t.length, b + 3); e >= b; e--) {
      if (t[e - 1].sentence !== t[k].sentence) continue;
      const rest = nameKey(st.doc.text.slice(t[k + 1].start, t[e - 1].end));
      if (st.ix.names.get(rest)?.some((h) => h.label === 'PERSON')) return { k: k + 1, b: e };
    }
    const words = b - k - 1;
    if (words >= 2 && words <= 4 && st.ix.lexicon.givenName.has(t[k + 1].text.toLowerCase()) && !isTitleToken(st, t[k + 1].text)) return { k: k + 1, b };
    // a name the lexicon does not know whose family name the article repeats ("… Chief Executive Tom Mannor … Mannor said")
    if (words >= 2 && words <= 3 && personName(st, k + 1, b)) return { k: k + 1, b };
  }
  return null;
}

/** Whether tokens [k, b) (two or three capitalised words) name a person: from a given name that is no title
 * word, or ending on a family name the article writes again on its own. */
function personName(st: DocActors, k: number, b: number): boolean {
  const t = st.tokens;
  if (b - k < 2 || b - k > 3 || !t.slice(k, b).every((w) => /^\p{Lu}\p{Ll}/u.test(w.text))) return false;
  const lex = st.ix.lexicon;
  if (t.slice(k, b).some((w) => isTitleToken(st, w.text) || orgOrPlaceWord(lex, w.text))) return false;
  if (lex.givenName.has(t[k].text.toLowerCase())) return true;
  const last = t[b - 1].text;
  return t.some((w, i) => (i < k || i >= b) && w.text === last && !/^\p{Lu}/u.test(t[i - 1]?.text ?? '') && !/^\p{Lu}/u.test(t[i + 1]?.text ?? ''));
}

/**
 * Whether the sector phrase before a person's name is a word that takes its sector from a body
 * ("spokeswoman", "official": the lexicon's inherit class, read alone) standing bare, with no country
 * and no capitalised word before it: "Spokeswoman X" speaks for a company or a charity as often as for
 * a state, so it gives no sector (person-cues.ts reads a body before it: "Boeing spokeswoman X").
 */
function bareInherited(st: DocActors, c: Cand): boolean {
  if (!c.sector?.inherit || !c.sector.alone || c.qualifier) return false;
  const before = c.a > 0 ? st.tokens[c.a - 1] : null;
  return !before || before.sentence !== st.tokens[c.a].sentence || !/^\p{Lu}/u.test(before.text);
}

/** A person named after a glued title [a, k): the registry person, else a document person with the
 * title's sector and country. */
function titledPerson(st: DocActors, a: number, k: number, b: number): void {
  const t = st.tokens;
  const text = st.doc.text;
  const name = text.slice(t[k].start, t[b - 1].end);
  const hit = st.ix.names.get(nameKey(name))?.find((h) => h.label === 'PERSON');
  // ("Governor Bush" in 2003: the namesake who holds the office the title names on the article's date)
  const titles = t.slice(a, k).flatMap((x) => st.ix.titles.get(x.text.toLowerCase()) ?? []);
  const dated = hit && k === b - 1 ? datedNamesake(st, null, hit, nameKey(name), titles, t.slice(a, k).map((x) => x.text), null, k) : undefined;
  let actor = hit && dated !== null ? registryActor(st, dated ?? hit.actor) : null;
  if (!actor) {
    actor = textPerson(st, name);
    const title = text.slice(t[a].start, t[k - 1].end);
    let sector: string | null = null;
    let country: string | null = null;
    for (let j = a; j < k; j++) {
      const w = t[j].text.toLowerCase();
      const sw = st.ix.sectors.get(w);
      if (sw && ORG_SECTORS.has(sw.sector) && !sw.inherit) sector = sw.sector;
      const tw = st.ix.titles.get(w) ?? st.ix.titles.get(nameKey(text.slice(t[j].start, t[Math.min(k, j + 2) - 1].end)));
      if (tw) {
        sector ??= tw[0].sector;
        country ??= onlyCountry(tw).country ?? null;
      }
      const c = countryNamed(st.ix, t[j].text);
      if (c) country = c;
    }
    if (!actor.sector) actor.sector = sector;
    if (!actor.country) actor.country = country;
    if (!actor.roles) actor.roles = [{ title, country: actor.country, sector: actor.sector, from: null, to: null }];
    if (!st.gender.get(actor.id)) st.gender.set(actor.id, st.ix.lexicon.givenName.get(t[k].text.toLowerCase()) ?? null);
  }
  const id = use(st, actor);
  const party = partyBefore(st, k, k - a + 1);
  if (party && !st.titledParty?.has(id)) (st.titledParty ??= new Map()).set(id, party);
  // "Edmonton Mayor …", "NLRB General Counsel …": the place or body before the title stays itself.
  let lead = a;
  while (lead < k && !isTitleToken(st, t[lead].text)) lead++;
  if (lead > a && /^\p{Lu}/u.test(t[a].text)) {
    const words = text.slice(t[a].start, t[lead - 1].end);
    const country = st.ix.names.get(nameKey(words))?.find((h) => h.actor.startsWith('country:'));
    if (country) {
      const cid = use(st, registryActor(st, country.actor)!);
      addEntity(st, a, lead, 'GPE', cid);
      addMention(st, a, lead, cid, 0.6, 'name');
    } else addEntity(st, a, lead, st.ix.places.has(nameKey(words)) ? 'GPE' : 'ORG', null);
  }
  addEntity(st, lead, k, 'ROLE', id);
  addEntity(st, k, b, 'PERSON', id);
  addMention(st, lead, b, id, 0.8, 'title');
}

/** Sectors an organisation's name can tell (not people's: "People's Daily" is no civilian). */
const ORG_SECTORS = new Set(['GOV', 'LEG', 'MIL', 'COP', 'JUD', 'EDU', 'HLH', 'REL', 'LAB', 'MED', 'BUS', 'NGO', 'REB', 'PTY']);

/**
 * The sector an unknown organisation's name tells: a committee of a legislature's chamber is LEG ("House
 * Judiciary Committee", lexicon classes chamber-word and committee-head); else the last sector word before
 * its first of/for/to ("Nassau County Police Department" → COP, "Federal Public Prosecutor's Office" → JUD),
 * else the last organisation head ("Environmental Protection Agency" → GOV, "European Centre for Law and
 * Justice" → NGO).
 */
function orgSector(st: DocActors, a: number, b: number): string | null {
  const t = st.tokens;
  const lex = st.ix.lexicon;
  let word: string | null = null;
  let head: string | null = null;
  for (let k = a; k < b; k++) {
    const w = t[k].text.toLowerCase();
    if (k > a && /^(of|for|to|on|in|against)$/.test(w)) break;
    // a committee of a legislature ("House Judiciary Committee", "House Committee on Ethics"): LEG
    if (k > a && lex.chamberWord.has(t[a].text.toLowerCase()) && lex.committeeHead.has(w)) return 'LEG';
    // (two words first: "Air Force", "Coast Guard", "National Guard")
    const two = k + 1 < b ? st.ix.sectors.get(`${w} ${t[k + 1].text.toLowerCase()}`) : undefined;
    const sw = (two && !two.inherit && ORG_SECTORS.has(two.sector) ? two : undefined) ?? st.ix.sectors.get(w) ?? st.ix.sectors.get(t[k].lemma);
    if (sw && !sw.inherit && ORG_SECTORS.has(sw.sector)) word = sw.sector;
    head = st.ix.orgNameSectors.get(w) ?? head;
  }
  return word ?? head;
}

/** Sectors of a state's own bodies: a town or region opening their name makes them that country's at once. */
const PUBLIC_SECTORS = new Set(['GOV', 'LEG', 'MIL', 'COP', 'JUD']);
const isPossessive = (x: Token | undefined) => !!x && /^['’]s?$/.test(x.text);

/**
 * The country an organisation's name opens with ("U.S. Department of Agriculture", "Greek Ministry of
 * Culture", "Jordan's Public Security Directorate", "Qatar Airways": the registry's country; "Tulsa
 * Police Department", "Kentucky State Police": a gazetteer town's or region's country, for a private body
 * only once the document has placed an actor in that country). The name must go on after it with a
 * capitalised word.
 */
function leadingCountry(st: DocActors, a: number, b: number, publicBody = true): string | null {
  const t = st.tokens;
  // a town or region (not a country) opening a private body's name ("Tampa Bay Times", "Winnipeg Free
  // Press") counts only when the document has already placed an actor in its country: one-word towns
  // share their names with other words and other places ("Northwestern University", "Salem Radio")
  const placed = (country: string) => publicBody || placedCountries(st).has(country);
  // "Royal Australian Navy", "Royal Thai Army": the country after a crown's adjective
  if (/^(?:Royal|Imperial)$/.test(t[a].text) && a + 2 < b) a++;
  for (let k = a + 1; k < b && k <= a + 3; k++) {
    const words = st.doc.text.slice(t[a].start, t[k - 1].end);
    const next = isPossessive(t[k]) ? k + 1 : k;
    if (next >= b || !/^\p{Lu}/u.test(t[next].text)) continue;
    const named = countryNamed(st.ix, words, (h) => h.via !== 'metonym');
    if (named) return named;
    const place = st.placeCountry?.(words);
    if (place && placed(place)) return place;
  }
  return null;
}

/**
 * The country an organisation's name closes with: a country's name after its last capitalised word
 * ("Skate Canada", "Generation UK"), or a country, region or large city filling the of-phrase that
 * ends it ("Conference Board of Canada", "Human Rights League of France", "Innocence Project of Texas",
 * "University of Sheffield"; `placeCountry`: regions, and cities only above the gazetteer's size
 * threshold). Not a nationality ("American Board of …" is the opener's business), nor a country's
 * metonym.
 */
function trailingCountry(st: DocActors, a: number, b: number): string | null {
  const t = st.tokens;
  const country = (i: number): string | null => countryNamed(st.ix, st.doc.text.slice(t[i].start, t[b - 1].end), (h) => h.via !== 'metonym' && h.via !== 'demonym');
  // (the last one to three words, capitalised, after at least one other capitalised word of the name)
  for (let i = Math.max(a + 1, b - 3); i < b; i++) {
    if (!t.slice(i, b).every((x) => /^\p{Lu}/u.test(x.text))) continue;
    const ofBefore = t[i - 1].text.toLowerCase() === 'of';
    // (a capitalised word before it, no compass word of a larger region: "EADS North America")
    if (!ofBefore && (!/^\p{Lu}/u.test(t[i - 1].text) || COMPASS.test(t[i - 1].text) || t[i - 1].text === 'Latin')) continue;
    const c = country(i) ?? (ofBefore ? st.placeCountry?.(st.doc.text.slice(t[i].start, t[b - 1].end)) ?? null : null);
    if (c && st.ix.countryName.has(c)) return c;
  }
  return null;
}

/** A country or nationality word followed by a national sector phrase filling the rest of [a, b). */
function nationalBody(st: DocActors, a: number, b: number): { country: string; sector: string } | null {
  const t = st.tokens;
  for (let k = a + 1; k < b && k <= a + 3; k++) {
    const country = countryNamed(st.ix, st.doc.text.slice(t[a].start, t[k - 1].end), (h) => h.via !== 'metonym');
    if (!country) continue;
    const sw = st.ix.sectors.get(nameKey(st.doc.text.slice(t[k].start, t[b - 1].end)));
    if (sw?.national && sw.alone) return { country, sector: sw.sector };
  }
  return null;
}

/** The one country a title is limited to ("rep." → USA), as an object to spread, else {}. */
function onlyCountry(titles: TitleWord[]): { country?: string } {
  const cs = new Set(titles.flatMap((t) => t.countries ?? []));
  return cs.size === 1 && titles.every((t) => t.countries?.length) ? { country: [...cs][0] } : {};
}

/**
 * Whether an of/at phrase right after a title at b names an organisation rather than a country or place
 * ("president of the United Federation of Teachers", "director at Human Rights Watch"; not "president
 * of Russia", "mayor of Red Deer").
 */
function bodyAfter(st: DocActors, b: number): boolean {
  const t = st.tokens;
  if (!t[b] || t[b].sentence !== t[b - 1].sentence || !/^(of|at)$/i.test(t[b].text)) return false;
  let k = b + 1;
  if (t[k] && /^the$/i.test(t[k].text)) k++;
  let e = k;
  // (over a possessive inside the name: "the Lorvian Traders' Association")
  const inName = (i: number) => /^\p{Lu}/u.test(t[i].text) || (i > k && /^['’]s?$/.test(t[i].text) && !!t[i + 1] && t[i + 1].sentence === t[i].sentence && /^\p{Lu}/u.test(t[i + 1].text));
  while (e < t.length && t[e].sentence === t[b].sentence && inName(e)) e++;
  if (e === k) return false;
  const words = st.doc.text.slice(t[k].start, t[e - 1].end);
  const hits = st.ix.names.get(nameKey(words));
  if (hits?.some((h) => h.actor.startsWith('country:'))) return false;
  if (st.ix.places.has(nameKey(words)) || st.ix.capitals.has(nameKey(words))) return false;
  if (hits?.length) return true;
  return st.ix.lexicon.orgWord.has(t[e - 1].text.toLowerCase()) || st.ix.orgNameSectors.has(t[e - 1].text.toLowerCase()) || /^\p{Lu}{2,}$/u.test(t[e - 1].text);
}

/**
 * Whether the title phrase [a, b) is a role in a body other than a state, read from the tree: its
 * possessor (also one glued before the phrase, or hung on a title word: "Apple's senior vice president"),
 * a modifier before it ("the Uber vice president") or an of/at phrase on its head names an
 * organisation ("Uber's vice president", "the vice president of
 * the company", "the club's president", "the party's chairman"). Such a title is that body's officer,
 * never the holder of the state's office of that name. A state's own body ("the White House's press
 * secretary") or a person ("Trump's vice president") is no such body.
 */
function ofBody(st: DocActors, a: number, b: number): boolean {
  const tree = st.tree;
  if (!tree) return false;
  const head = tree.spanHead(a, b);
  const ks: number[] = [];
  const glued = possessorBefore(st, a);
  if (glued >= 0) ks.push(glued);
  for (let k = a; k < b; k++) {
    for (const c of tree.children(k)) {
      if (c >= a && c < b) continue;
      // (also a body named before the title: "the Uber vice president", "the party chairman")
      if (tree.rel(c) === 'nmod:poss' || (c < a && tree.baseRel(c) === 'compound') || (k === head && tree.baseRel(c) === 'nmod' && /^(of|at)$/.test(tree.caseOf(c)))) ks.push(c);
    }
  }
  return ks.some((k) => nonStateBody(st, k));
}

/** Whether token k names an organisation that is no state's body: the mention there is of an
 * organisation outside a state's own sectors, or k is a common noun of an organisation (lexicon class
 * `org-noun`: "the company", "the club") that no mention covers. */
function nonStateBody(st: DocActors, k: number): boolean {
  const t = st.tokens[k];
  const m = st.mentions.find((x) => x.start <= t.start && x.end >= t.end && x.via !== 'pronoun');
  if (m) {
    const actor = st.actors.get(m.actor);
    return actor?.kind === 'org' && !STATE_BODIES.has(actor.sector ?? '');
  }
  const w = t.text.toLowerCase();
  if (t.pos === 'NOUN') return st.ix.lexicon.orgNoun.has(w) || st.ix.lexicon.orgNoun.has(t.lemma) || BODY_SECTORS.has(st.ix.sectors.get(w)?.sector ?? st.ix.sectors.get(t.lemma)?.sector ?? '');
  // a name not resolved yet ("the Lorvian Traders' Association") whose last word is a body's of such a sector
  return t.pos === 'PROPN' && BODY_SECTORS.has(st.ix.orgNameSectors.get(nameKey(t.text)) ?? '');
}

/** Sectors of a state's own bodies, whose officers may hold the state's offices. */
const STATE_BODIES = new Set(['GOV', 'LEG', 'JUD', 'COP', 'MIL']);

/** Sectors of bodies that are no state's (a company, a university, a charity, a union, a party …): their
 * officers hold no office of a state. */
const BODY_SECTORS = new Set(['BUS', 'NGO', 'EDU', 'HLH', 'REL', 'LAB', 'MED', 'PTY', 'REB', 'CRM']);

/** The person mention the title phrase [a, b) stands in apposition to ("X, president of …"), or -1. */
function appositivePerson(st: DocActors, a: number, b: number): number {
  const t = st.tokens;
  // "Ana Lopes, the firm's vice president": from the phrase's first word (its article, its possessor)
  if (st.tree) {
    const h = st.tree.spanHead(a, b);
    if (h >= 0) a = Math.min(a, st.tree.coreRange(h)[0]);
  }
  if (a < 2 || t[a - 1].text !== ',' || t[a - 1].sentence !== t[a].sentence) return -1;
  const end = t[a - 2].end;
  return st.mentions.findIndex((m) => m.end === end && st.actors.get(m.actor)?.kind === 'person');
}

/** Whether the tree reads the title phrase [a, b) as an apposition of the name over tokens r. */
function apposedTo(st: DocActors, a: number, b: number, r: { a: number; b: number }): boolean {
  const tree = st.tree!;
  const h = tree.spanHead(a, b);
  return h >= 0 && tree.appositionHeads(h).some((k) => k >= r.a && k < r.b);
}

/** The organisation named so far whose name opens or ends with the capitalised word w (not a common word). */
function orgByWord(st: DocActors, w: string, firstOnly = false): string | null {
  // … never a place the gazetteer knows ("Edmonton" beside "the Edmonton Community Partnership")
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || writtenInLowerCase(st, w.toLowerCase()) || st.ix.lexicon.orgWord.has(w.toLowerCase()) || st.ix.orgNameSectors.has(w.toLowerCase()) || st.ix.places.has(nameKey(w))) return null;
  const found = new Set<string>();
  for (const m of st.mentions) {
    const a = st.actors.get(m.actor);
    if (!a || (a.kind !== 'org' && a.kind !== 'igo') || m.via === 'pronoun') continue;
    const words = a.name.split(/\s+/);
    if (words.length >= 2 && (words[0] === w || (!firstOnly && words[words.length - 1] === w))) found.add(a.id);
  }
  return found.size === 1 ? [...found][0] : null;
}


/**
 * A title the sentence speaks of at another time than the article's date, never its holder on that
 * date: "Hillary Clinton, while secretary of state, …" (the person it stands beside, in her role then),
 * "the former president" (a past holder already named in the article, else no actor), "the
 * President-elect", "the minister-designate" (an office not yet taken: no actor; a name after it is
 * read on its own). True when handled.
 */
function pastRole(st: DocActors, c: Cand): boolean {
  const t = st.tokens;
  const sent = t[c.a].sentence;
  if (hyphenJoined(t, c.b - 1) && t[c.b].sentence === sent && /^(elect|designate)$/i.test(t[c.b + 1].text)) {
    unheldRole(st, c);
    return true;
  }
  let former = false;
  for (let k = Math.max(0, c.a - 1); k < c.titleA!; k++) if (t[k].sentence === sent && (FORMER.test(t[k].text) || /^(ex|then)[-‐]$/i.test(t[k].text))) former = true;
  const prev = t[c.a - 1];
  const whileAs = !!prev && prev.sentence === sent && /^(while|when|as)$/i.test(prev.text) && t[c.a - 2]?.text === ',';
  if (!former && !whileAs) return false;
  if (whileAs) {
    // The person named right before the comma.
    const end = t[c.a - 3]?.end;
    const i = st.mentions.findIndex((m) => m.end === end && st.actors.get(m.actor)?.kind === 'person');
    if (i >= 0) {
      addEntity(st, c.a, c.b, 'ROLE', st.mentions[i].actor);
      addMention(st, c.a, c.b, st.mentions[i].actor, 0.7, 'title');
      return true;
    }
    return false;
  }
  const date = st.doc.date;
  const country = c.qualifier?.country ?? null;
  const past = new Set<string>();
  for (const tw of c.titles!) {
    for (const h of st.ix.roleHolders.get(tw.role) ?? []) {
      if (!h.role.to || h.role.to > date || (country && h.role.country !== country)) continue;
      if (tw.countries && !tw.countries.includes(h.role.country ?? '')) continue;
      if (st.actors.has(h.person)) past.add(h.person);
    }
  }
  if (past.size === 1) {
    const id = [...past][0];
    addEntity(st, c.a, c.b, 'ROLE', id);
    addMention(st, c.a, c.b, id, 0.6, 'title');
  } else unheldRole(st, c);
  return true;
}

/** A title that names no holder here: a ROLE entity with no actor, with its qualifier's country or the one
 * country its titles name. Returns the entity's index. */
function unheldRole(st: DocActors, c: Cand): number {
  const cc = c.qualifier?.country ? { country: c.qualifier.country } : onlyCountry(c.titles!);
  return st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: 'ROLE' as const, actor: null }, cc)) - 1;
}

/**
 * A title said of someone rather than naming its holder: "her tenure as secretary of state", "while
 * serving as mayor", "when she was governor", "who replaced her as mayor". The tree
 * marks it: the title's head has the case word "as" (alone, not "as well as") and no definite article
 * ("that was the president" names him), or it is a bare title under a copula. The role is its
 * bearer's: the possessor of the noun the "as" phrase hangs on, or the subject of its predicate (or of
 * the copula) when that is a person named before it (a verb whose object is a person, "replaced her
 * as", leaves the bearer open); otherwise no actor at all, never the title's holder on the article date.
 */
function predicativeRole(st: DocActors, c: Cand): boolean {
  const tree = st.tree;
  if (!tree) return false;
  const t = st.tokens;
  const h = tree.spanHead(c.a, c.b);
  if (h < 0 || tree.children(h, 'det').some((d) => DEFINITE_DET.test(t[d].text))) return false;
  const as = tree.children(h, 'case').filter((k) => t[k].text.toLowerCase() === 'as');
  const cop = tree.child(h, 'cop');
  let bearer = -1;
  if (as.length === 1 && !tree.children(h, 'case').some((k) => k !== as[0]) && !tree.children(as[0]).length) {
    const g = tree.head(h);
    if (g < 0) return false;
    if (tree.isPredicate(g)) {
      // (a person acted upon may be the bearer as well as the doer: "replaced her as mayor")
      const obj = tree.object(g);
      bearer = obj >= 0 && (tree.upos[obj] === 'PRON' || personMentionIndex(st, obj) >= 0) ? -1 : tree.controlledSubject(g);
      // "his ability to serve as president": a clause on a noun has that noun for its subject; its possessor
      if (bearer >= 0 && personMentionIndex(st, bearer) < 0 && tree.possessor(bearer) >= 0) bearer = tree.possessor(bearer);
    } else bearer = tree.possessor(g);
  } else if (cop >= 0 && !tree.children(h, new Set(['case', 'det'])).length) {
    // a copula's title is a bare role ("she was secretary of state", "will be president"); "is a
    // presidential candidate", "on our third finance minister" say which one, and keep the holder
    // (its own subject, else the one a controlled "to be" takes: "he hopes to be president")
    bearer = tree.child(h, 'nsubj');
    if (bearer < 0) bearer = tree.subject(h);
    if (bearer < 0) return false;
    // "X, who is now secretary of state": the relative pronoun's antecedent is the name before its comma
    // (the parser may hang the clause on another name of a coordination)
    if (RELATIVE.test(t[bearer].text)) {
      if (bearer < 2 || t[bearer - 1].text !== ',' || personMentionIndex(st, bearer - 2) < 0) return false;
      bearer -= 2;
    }
  } else return false;
  // "Either Ana or Eva will be president": no one of them
  if (bearer >= 0 && tree.conjuncts(bearer).length > 1) bearer = -1;
  const i = bearer >= 0 ? personMentionIndex(st, bearer) : -1;
  if (i >= 0) {
    addEntity(st, c.a, c.b, 'ROLE', st.mentions[i].actor);
    addMention(st, c.a, c.b, st.mentions[i].actor, 0.6, 'title');
  } else {
    const entity = unheldRole(st, c);
    if (bearer >= 0 && tree.upos[bearer] === 'PRON') (st.predicative ??= []).push({ entity, a: c.a, b: c.b, bearer });
  }
  return true;
}

/** The titles said of a pronoun, once the pronouns are resolved: the person it stands for. */
export function resolvePredicative(st: DocActors): void {
  for (const { entity, a, b, bearer } of st.predicative ?? []) {
    const i = personMentionIndex(st, bearer);
    if (i < 0) continue;
    st.entities[entity].actor = st.mentions[i].actor;
    addMention(st, a, b, st.mentions[i].actor, 0.6, 'title');
  }
}

const DEFINITE_DET = /^(?:the|this|that|these|those)$/i;
const RELATIVE = /^(?:who|which|that)$/i;

/** The index of the mention over token k whose actor is of `kind` (and that `accept` passes), or -1. */
function mentionOver(st: DocActors, k: number, kind: Actor['kind'], accept: (m: Mention) => boolean = () => true): number {
  return st.mentionTokens.findIndex((r, j) => r.a <= k && k < r.b && accept(st.mentions[j]) && st.actors.get(st.mentions[j].actor)?.kind === kind);
}

/** The index of the person mention over token k, or -1. */
export function personMentionIndex(st: DocActors, k: number): number {
  return mentionOver(st, k, 'person');
}

/**
 * The named mentions (no pronouns), in order, of the persons the registry does not know that still lack
 * a sector (`orCountry`: a sector or a country), with each mention's index; read as the caller goes, so
 * a person its rule places at one mention is passed over at the later ones (the cue rules' loop).
 */
export function* unplacedPersons(st: DocActors, orCountry: boolean): Generator<{ m: number; mention: Mention; person: Actor }> {
  for (let m = 0; m < st.mentions.length; m++) {
    const mention = st.mentions[m];
    if (mention.via === 'pronoun') continue;
    const person = st.actors.get(mention.actor);
    if (!person || person.kind !== 'person' || (person.sector && (!orCountry || person.country)) || st.ix.actors.has(person.id)) continue;
    yield { m, mention, person };
  }
}

/**
 * "Mevlut Mert Altintas … Altintas said": a capitalised name of two to four plain words that no cue
 * typed (an organisation by default) is a person when its last word recurs alone in the article and is
 * no common word (never written in lower case there), the way news refers back to people.
 */
function personsByEcho(st: DocActors, cands: Cand[]): void {
  const t = st.tokens;
  // The echo stands alone as a name does, not after an article ("the Pro": a product line).
  const alone = new Set(cands.filter((c) => c.type === 'unknown' && c.b - c.a === 1 && !/^(the|a|an)$/i.test(t[c.a - 1]?.text ?? '')).map((c) => t[c.a].text));
  for (const c of cands) {
    if (c.type !== 'unknown' || c.guess !== 'ORG' || (c.confidence ?? 1) >= 0.5 || c.alias || c.parent) continue;
    const n = c.b - c.a;
    const last = t[c.b - 1].text;
    if (n < 2 || n > 4 || !alone.has(last) || writtenInLowerCase(st, last.toLowerCase())) continue;
    let plain = true;
    for (let k = c.a; k < c.b; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(t[k].text) || st.ix.lexicon.orgWord.has(t[k].text.toLowerCase()) || st.ix.orgNameSectors.has(t[k].text.toLowerCase())) plain = false;
    if (!plain) continue;
    c.guess = 'PERSON';
    c.label = 'PERSON';
    c.confidence = 0.6;
  }
}

/** A letter (\p{L}) as a code point. */
const LETTER = /^\p{L}$/u;
const isLetter = (cp: number): boolean => (cp < 128 ? (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122) : LETTER.test(String.fromCodePoint(cp)));

/** Whether the code point ending at `end` (exclusive) in `text` is a letter (false at the text's start). */
function letterBefore(text: string, end: number): boolean {
  if (end <= 0) return false;
  const low = text.charCodeAt(end - 1);
  if (low >= 0xdc00 && low <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isLetter(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
  }
  return isLetter(low);
}

/** Whether the text writes `lower` between non-letters (or the text's ends). */
export function writtenInLowerCase(st: DocActors, lower: string): boolean {
  const text = st.doc.text;
  // a word of letters only is written so when it is a whole run of letters somewhere (found by its
  // occurrences, not by gathering every run of the text); any other word is searched for as it was
  if (!/^\p{L}+$/u.test(lower)) return new RegExp(`(^|[^\\p{L}])${lower}([^\\p{L}]|$)`, 'u').test(text);
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    const end = at + lower.length;
    if (!letterBefore(text, at) && !(end < text.length && isLetter(text.codePointAt(end)!))) return true;
  }
  return false;
}

/** Whether a person of gender `g` (null: unknown) can be the one an honorific of gender `wanted` names. */
const genderAgrees = (wanted: Gender | null, g: Gender | null | undefined): boolean => !wanted || !g || g === wanted;

/**
 * The people the article names in full, by family name, in document order, with the gender their
 * registry entry, honorific or given name tells. A bare surname or "Mrs. X" is resolved by `pick`.
 */
export class DocSurnames {
  private readonly by = new Map<string, { id: string; gender: Gender | null; at: number }[]>();
  private readonly full = new Map<string, { name: string; gender: Gender | null }>();

  add(key: string, id: string, gender: Gender | null, at: number, name?: string): void {
    const list = this.by.get(key) ?? [];
    list.push({ id, gender, at });
    this.by.set(key, list);
    if (name && !this.full.has(id)) this.full.set(id, { name, gender });
  }

  private readonly given = new Map<string, Set<string>>();

  /** Record that the article names the person `id` in full with the given name `key` first. */
  addGiven(key: string, id: string): void {
    const ids = this.given.get(key) ?? new Set<string>();
    ids.add(id);
    this.given.set(key, ids);
  }

  /**
   * The person a given name alone names ("Hillary Clinton … Hillary has"; "Lucy Lau … Lucy's life"): the
   * one person the article names in full with that given name, undefined when none or several are
   * ("Steve Jobs … Steve Ballmer … Steve").
   */
  byGiven(key: string): string | undefined {
    const ids = this.given.get(key);
    return ids?.size === 1 ? [...ids][0] : undefined;
  }

  /** The full name (and gender) the article first gives the person `id`, for a surname met before it. */
  named(id: string): { name: string; gender: Gender | null } | undefined {
    return this.full.get(id);
  }

  /**
   * The person a bare surname at token `at` names, among the people of that family name the article has
   * named in full before it whose gender agrees with the honorific ("Mr. Carlsen" is not Grace Carlsen):
   * the one named in full most often so far, the most recently named on a tie ("Tom Orr … Lena
   * Orr … Orr says" is Lena; "Paul Ames Kerr … Paul Ames Kerr … his sister Ada Kerr … Kerr's death" is
   * Paul). With no one named before it (a headline's "Orr" before the lead's "Tom Orr"), the one person
   * named after it, when only one of that family name is ("Orr" before a Tom and a Lena Orr stays
   * apart); undefined when no named person agrees, or (`beforeOnly`) none was named before it.
   */
  pick(key: string, gender: Gender | null = null, at = Infinity, beforeOnly = false): string | undefined {
    const list = (this.by.get(key) ?? []).filter((x) => genderAgrees(gender, x.gender));
    const before = list.filter((x) => x.at < at);
    if (!before.length) return !beforeOnly && list.every((x) => x.id === list[0].id) ? list[0]?.id : undefined;
    const score = new Map<string, { n: number; last: number }>();
    for (const x of before) {
      const s = score.get(x.id) ?? { n: 0, last: -1 };
      score.set(x.id, { n: s.n + 1, last: Math.max(s.last, x.at) });
    }
    let best: string | undefined;
    let top = { n: 0, last: -1 };
    for (const [id, s] of score) if (s.n > top.n || (s.n === top.n && s.last > top.last)) [best, top] = [id, s];
    return best;
  }
}

/** Surnames of the people the document names in full (for "Mr Smith", "Smith"). */
function docSurnames(st: DocActors, cands: Cand[]): DocSurnames {
  const out = new DocSurnames();
  const t = st.tokens;
  for (const c of cands) {
    // (also a titled name read as an organisation, that resolution makes a person: "company CEO Steve Jobs")
    const named = c.label !== 'PERSON' && c.type === 'unknown' && c.guess === 'ORG' ? titledName(st, c.a, c.b) : null;
    // (a title stripped before a given name and more name words, none a title's: not "Assistant Secretary")
    const titled = named && named.k > c.a && named.k >= 0 && st.ix.lexicon.givenName.has(t[named.k].text.toLowerCase())
      && t.slice(named.k, named.b).every((x) => /^\p{Lu}/u.test(x.text) && !isTitleToken(st, x.text)) ? named : null;
    if (c.label !== 'PERSON' && !titled) continue;
    const a = titled?.k ?? c.nameA ?? c.a;
    const b = titled?.b ?? c.b;
    if (b - a < 2) continue;
    const id = titled ? personId(st, Object.assign({}, c, { label: 'PERSON' })) : personId(st, c);
    if (!id) continue;
    const gender = st.ix.actors.get(id)?.gender ?? c.gender ?? st.ix.lexicon.givenName.get(t[a].text.toLowerCase()) ?? null;
    // the full name a surname before it may take: one opening with a given name ("Tom Orr"; not a
    // headline's or credit's run of capitals, "Captain America Image")
    const full = st.ix.lexicon.givenName.has(t[a].text.toLowerCase()) ? st.doc.text.slice(t[a].start, t[b - 1].end) : undefined;
    out.add(nameKey(familyName(t.slice(a, b).map((x) => x.text))), id, gender, c.a, full);
    // its given name, where the rest is a name's words, no title, party or body word ("Virginia Democrats")
    // (a word, no hyphen, after it: "Charlotte-Mecklenburg" is a place's name; at most four words: a
    // headline's run of capitals is no name, "Ana Urges Council To Drop Plan")
    if (full && id.startsWith('person:') && b - a <= 4 && /^\p{Lu}/u.test(t[a + 1].text) && t.slice(a + 1, b).every((x) => !nameWordOfBody(st, x.text))) out.addGiven(nameKey(t[a].text), id);
    // a family name of several tokens ("Peña Nieto", "Holtz-Eakin", "bin Laden"): each tail of two or more
    // tokens after the given name, opening with a capital or a name particle, names the person too
    for (let i = a + 1; i <= b - 2; i++) {
      // (not a tail opening with a given name: "Miss Universe Alicia Machado" read as one name)
      const w = t[i].text.toLowerCase();
      if ((!/^\p{Lu}/u.test(t[i].text) && !st.ix.lexicon.nameParticle.has(w)) || st.ix.lexicon.givenName.has(w)) continue;
      out.add(nameKey(st.doc.text.slice(t[i].start, t[b - 1].end)), id, gender, c.a);
    }
  }
  return out;
}

/** Whether a word inside a capitalised run makes it something other than a person's name: a title, party,
 * organisation or sector word ("Virginia Democrats", "Douglas Aircraft", "Lester Holt Show"). */
function nameWordOfBody(st: DocActors, word: string): boolean {
  const w = word.toLowerCase();
  const lex = st.ix.lexicon;
  return lex.orgWord.has(w) || lex.titleWord.has(word) || lex.personTitle.has(w) || lex.partyWord.has(w) || lex.partyWord.has(w.replace(/s$/, ''))
    || st.ix.sectors.has(w) || st.ix.orgNameSectors.has(w);
}

/** Tokens a..b name the person `sid` by family name (surnames.pick's answer): the mention, the entity and
 * the actor in use; false, nothing written, when there is no such person. */
function linkSurname(st: DocActors, surnames: DocSurnames, sid: string | undefined, a: number, b: number): boolean {
  const actor = sid ? surnameActor(st, surnames, sid) : null;
  if (!sid || !actor) return false;
  use(st, actor);
  addEntity(st, a, b, 'PERSON', sid);
  addMention(st, a, b, sid, 0.7, 'surname');
  return true;
}

/** The actor of the person `id` a surname names: the registry's, the one the document has, or (a surname
 * before the full name: a headline's "Orr" before the lead's "Tom Orr") one made now under the full name,
 * which that name's own resolution then completes (title, country, sector). */
function surnameActor(st: DocActors, surnames: DocSurnames, id: string): Actor | null {
  const have = registryActor(st, id) ?? st.actors.get(id);
  if (have) return have;
  const named = surnames.named(id);
  if (!named) return null;
  if (!st.gender.get(id)) st.gender.set(id, named.gender);
  return { id, name: named.name, kind: 'person', country: null, sector: null };
}

/** The person the article named in full whose family name of several tokens the run [a, b) is ("Mr. Peña
 * Nieto" after "Enrique Peña Nieto"), or undefined. */
function longSurname(st: DocActors, surnames: DocSurnames, a: number, b: number, gender: Gender | null): string | undefined {
  if (b - a < 2 || st.ix.lexicon.givenName.has(st.tokens[a].text.toLowerCase())) return undefined;
  return surnames.pick(nameKey(st.doc.text.slice(st.tokens[a].start, st.tokens[b - 1].end)), gender, a);
}

function personId(st: DocActors, c: Cand): string | null {
  const hit = c.hits?.find((h) => h.label === 'PERSON');
  if (hit) return hit.actor;
  // "CEO Steve Jobs": the name without its title, as titledPerson makes it.
  const named = c.titles ? null : titledName(st, c.nameA ?? c.a, c.b);
  if (named) {
    const name = st.doc.text.slice(st.tokens[named.k].start, st.tokens[named.b - 1].end);
    return st.ix.names.get(nameKey(name))?.find((h) => h.label === 'PERSON')?.actor ?? `person:${slug(name)}`;
  }
  const a = c.nameA ?? c.a;
  const text = st.doc.text.slice(st.tokens[a].start, st.tokens[c.b - 1].end);
  if (c.b - a < 2) return null;
  return `person:${slug(text)}`;
}

/** Resolve every candidate in document order, filling actors, entities and mentions. */
export function resolveAll(st: DocActors, cands: Cand[]): void {
  personsByEcho(st, cands);
  const surnames = docSurnames(st, cands);
  const bare: Cand[] = [];
  const apposed: Cand[] = [];
  for (const c of cands) {
    // "ethnic Serb mayors", "ethnic Albanian judges": holders of a state's offices that an ethnicity
    // qualifies are not that country's; the phrase is placed as a bare one is. (People of other sectors
    // keep the ethnicity's country: "ethnic Armenian forces".)
    if (c.type === 'group' && c.qualifier && STATE_OFFICES.has(c.sector!.sector) && ethnic(st, c.qualifier.a)) {
      bare.push(Object.assign({}, c, { type: 'sector', label: 'ROLE', qualifier: undefined }));
      continue;
    }
    if (c.type === 'sector') {
      bare.push(c);
      continue;
    }
    // "the foreign minister, Dmytro Kuleba": the title after the name it stands beside is resolved.
    if (c.type === 'role' && c.titles && apposedName(st, c, cands)) {
      apposed.push(c);
      continue;
    }
    // "his Iranian counterpart": the nationality now, the person after coreference (counterpart.ts).
    if (c.type === 'counterpart') {
      qualifierMention(st, c);
      continue;
    }
    resolveOne(st, c, surnames);
  }
  for (const c of apposed) resolveOne(st, c, surnames);
  orgShortForms(st);
  heldLater(st);
  // Bare sector phrases last, so the whole document's country counts are known; generic people words
  // ("a spokeswoman for the city police", "officials at X") after the others, so the body their
  // of/for/at phrase names is resolved when they look for it (ownOrganisation, servedSector).
  for (const c of bare) if (!c.sector!.inherit) resolveSector(st, c);
  for (const c of bare) if (c.sector!.inherit) resolveSector(st, c);
  placedLater(st);
  sectorModifiers(st);
  orgAppositions(st);
  serviceSectors(st);
  personCues(st);
  privatePersons(st);
}

/** The country of a region (a state, province: `regionCountry`) of one or two words opening the name
 * [a, b) and followed by another capitalised word of it, else null. */
function openingRegion(st: DocActors, a: number, b: number): string | null {
  const t = st.tokens;
  for (let k = a + 1; k < b && k <= a + 2; k++) {
    if (!/^\p{Lu}/u.test(t[k].text)) continue;
    const c = st.regionCountry?.(st.doc.text.slice(t[a].start, t[k - 1].end));
    if (c) return c;
  }
  return null;
}

/**
 * A private body whose name opens with a region (a state, a province) of the document's own country, the
 * one it mentions most (`contextCountry`, read once the whole document is resolved): that country ("The
 * Alberta Liquor Store Association said … the province's Premier …", "West Virginia University"), where
 * `leadingCountry` wanted the country placed before the name. Not a town: a town's namesakes are the
 * commonest, and an article's own country is misread with them ("London" in an article on London,
 * Ontario; "Edmonton" in one on the London borough).
 */
function placedLater(st: DocActors): void {
  let own: string | null | undefined;
  for (let m = 0; m < st.mentions.length; m++) {
    const org = st.actors.get(st.mentions[m].actor);
    if (!org || org.kind !== 'org' || org.country || st.ix.actors.has(org.id) || st.mentions[m].via !== 'name') continue;
    const { a, b } = st.mentionTokens[m];
    const country = openingRegion(st, a, b);
    if (own === undefined) own = contextCountry(st, null, st.doc.text.length);
    if (country && country === own) org.country = country;
    // a party the registry does not know, its name no country's ("the Green Party's Jill Stein" in a US
    // report): a party stands in its own country's elections, and the news writes a foreign one with its
    // country ("Germany's Green Party", "the German Green Party"): that country, else the document's own
    else if (org.sector === 'PTY') org.country = countryBefore(st, a) ?? own ?? null;
  }
}

/** The country a country mention right before token a names, with or without "'s" ("Germany's",
 * "German"), or null. */
function countryBefore(st: DocActors, a: number): string | null {
  let k = a - 1;
  if (k >= 0 && /^['’]s$/.test(st.tokens[k].text)) k--;
  if (k < 0 || st.tokens[k].sentence !== st.tokens[a].sentence) return null;
  const i = mentionOver(st, k, 'country');
  return i >= 0 ? st.actors.get(st.mentions[i].actor)!.country : null;
}

/** Bare titles left without a holder that a person the registry does not know holds by an apposition
 * resolved after them ("the prime minister of X, Ana Lopes, … the prime minister said"). */
function heldLater(st: DocActors): void {
  if (!st.localTitles) return;
  for (const { c, entity } of st.unheld ?? []) {
    const id = introducedHolder(st, c.titles!, null, partyBefore(st, c.titleA!));
    if (!id) continue;
    st.entities[entity] = Object.assign({}, st.entities[entity], { actor: id });
    addMention(st, c.a, c.b, id, 0.6, 'title');
  }
}

/**
 * "a police station", "police orders", "the state funding system": a national body named as the
 * modifier of a thing (a compound in the tree) is that body, where a coder codes it as the party acted
 * on or whose orders are followed. The country as for a bare phrase.
 */
function sectorModifiers(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  const t = st.tokens;
  const taken = [...st.mentions, ...st.entities].map((m) => [m.start, m.end]).sort((x, y) => x[0] - y[0]);
  const covered = (k: number) => taken.some(([s0, e0]) => s0 <= t[k].start && t[k].end <= e0);
  for (let k = 0; k < t.length; k++) {
    if (t[k].pos !== 'NOUN' || tree.rel(k) !== 'compound') continue;
    const h = tree.head(k);
    if (h <= k || t[h].pos !== 'NOUN') continue;
    const sec = st.ix.sectors.get(t[k].text.toLowerCase()) ?? st.ix.sectors.get(t[k].lemma);
    if (!sec || !sec.national || sec.inherit || !sec.alone || covered(k)) continue;
    // (a word of a lexicalised hyphen-joined run is no modifier of its own: "a state-of-the-art plant")
    if (hyphenRunEnd(t, k) >= 0) continue;
    // "an international tribunal ruling", "an embassy car": no country but the phrase's own
    const unnamed = sec.abroad || blocModified(st, k);
    const country = ownCountry(st, h, h + 1) ?? (unnamed ? null : sentenceCountry(st, k, k + 1) ?? contextCountry(st, sec, t[k].start, otherCountries(st, k, k + 1)));
    if (!country) {
      // (a national body whose context names no country for it: consumers guess none either)
      st.entities.push(Object.assign({}, entitySpan(st, k, k + 1), { label: 'ROLE' as const, actor: null, sector: sec.sector, unplaced: true as const }));
      continue;
    }
    const id = use(st, groupActor(st, country, sec.sector));
    addMention(st, k, k + 1, id, 0.5, 'sector-phrase');
  }
}

/**
 * "northern Shan state", "in Borno state": a lower-case place noun with a proper noun compounded before
 * it (read on the tree: "Jewish state" has an adjective) names a place, no national body.
 */
function placeNounOfName(st: DocActors, c: Cand): boolean {
  const tree = st.tree;
  const h = c.b - 1;
  const w = st.tokens[h].text;
  if (!tree || c.b - c.a !== 1 || w !== w.toLowerCase() || !st.ix.lexicon.locWord.has(w)) return false;
  return tree.children(h).some((k) => k === h - 1 && tree.rel(k) === 'compound' && tree.upos[k] === 'PROPN');
}

function resolveSector(st: DocActors, c: Cand): void {
  let sec = c.sector!;
  if (placeNounOfName(st, c)) return;
  // "The armed forces chief, Gen X", "the island's leader, Alek Varnum": one person the apposition names.
  const h0 = st.tree ? st.tree.spanHead(c.a, c.b) : -1;
  // (not a body named inside the person's phrase: "the head of the delegation, X" is the head)
  // (a singular person noun, "chief", "spokesman", "father"; not a body, "the law firm, X")
  const w0 = h0 >= 0 ? st.tokens[h0].text.toLowerCase() : '';
  if (h0 >= 0 && w0 === st.tokens[h0].lemma.toLowerCase() && PERSON_NOUNS.has(w0) && st.tree!.baseRel(h0) !== 'nmod') {
    const country = () => ownCountry(st, c.a, c.b);
    if (apposedPerson(st, c.a, c.b, sec.inherit || !sec.alone ? null : sec.sector, country)) return;
  }
  // "members of the audience", "the staff": a generic head with no sector word before it is no actor.
  if (!sec.alone) {
    addEntity(st, c.a, c.b, c.label, null);
    return;
  }
  // The phrase's own words first: a possessor or modifier ("the Obama administration", "Kyiv's forces",
  // "Moscow's troops"), a place after it ("police in Minsk"); the sentence and the article only for a
  // national body ("the government", "police") that names no country itself.
  const tree = st.tree;
  const head = tree ? tree.spanHead(c.a, c.b) : -1;
  // "its forces", "his spokesman": the possessor's, known once the pronouns are resolved.
  // (a speaker's "our military", "my government" keeps the reading by the sentence and the article)
  const poss = tree ? tree.possessor(head) : -1;
  if (poss >= 0 && tree!.upos[poss] === 'PRON' && !FIRST_PERSON.has(st.tokens[poss].text.toLowerCase())) {
    (st.possessed ??= []).push(c);
    return;
  }
  // "the bloc's ambassadors", "a spokesman for the UN", "officials at the Red Cross": an international
  // organisation's or a named organisation's people are its own.
  const body = ownOrganisation(st, c.a, head, poss) ?? (sec.inherit ? staffOf(st, head) : null);
  if (body) {
    addEntity(st, c.a, c.b, c.label, body);
    addMention(st, c.a, c.b, body, 0.6, 'sector-phrase');
    return;
  }
  // "a spokesman for the state prosecutor's office", "a spokesperson for the company": a generic people
  // word takes the sector of the body its of/for/at phrase names where that body has no actor of its own
  const served = sec.inherit ? servedSector(st, head) : null;
  // (a body outside the state's offices is placed by its own words only, as its sector words are)
  if (served) sec = Object.assign({}, sec, { sector: served, national: sec.national && (STATE_OFFICES.has(served) || served === 'MIL') });
  // (the sender of "Lithuania deployed troops in Poland" before the place after the phrase)
  // ("Danbury police", "New Milford authorities": a national body's town or region before it)
  const own = ownCountry(st, c.a, c.b, STATE_OFFICES.has(sec.sector)) ?? (poss >= 0 ? countryAt(st, poss) : null) ?? (sec.national ? townBefore(st, head) : null) ?? senderCountry(st, head) ?? placeAfter(st, c.b, sec.abroad);
  // "Western officials", "foreign forces": a modifier that places the people without naming one country;
  // "reporters in Pretoria", "Diplomats said": people who serve abroad are told by their own words only.
  // "The diplomats" after a named government's people refers back to them (the nearest body of the sector).
  // "officials from both governments", "the envoys of the two countries": people of several countries.
  const bloc = blocModified(st, head) || ofSeveralParties(st, head);
  const unnamed = !own && (bloc || sec.abroad);
  const definite = !!tree && tree.children(head, 'det').some((k) => st.tokens[k].lemma === 'the' || st.tokens[k].text.toLowerCase() === 'the');
  const country = own
    ?? (sec.national && !unnamed ? (sentenceCountry(st, c.a, c.b) ?? contextCountry(st, sec, st.tokens[c.a].start, otherCountries(st, c.a, c.b))) : null)
    ?? (sec.national && sec.abroad && !bloc && definite ? contextCountry(st, sec, st.tokens[c.a].start, otherCountries(st, c.a, c.b), true) : null);
  if (!country) {
    // "Gunmen", "Evangelical leaders": no actor, but the words still tell the sector (where the article
    // sets them is the events stage's to say: stages/events/home-country.ts). A national body read here
    // with no country (its sentence and article name none that is its own: "voiced outrage over North
    // Korea's test"), people a bloc adjective places ("Western officials") and people who serve abroad
    // ("reporters in Pretoria") are `unplaced`: no country is to be guessed for them.
    const unplaced = sec.national || sec.abroad || bloc;
    st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: c.label, actor: null, sector: sec.sector }, (unplaced ? { unplaced: true as const } : {})));
    return;
  }
  const id = use(st, groupActor(st, country, sec.sector));
  addEntity(st, c.a, c.b, c.label, id);
  addMention(st, c.a, c.b, id, own ? 0.7 : 0.5, 'sector-phrase');
}

/** Possessive pronouns of the speaker or the addressee, which coreference does not resolve. */
const FIRST_PERSON = new Set(['our', 'my', 'your']);

/**
 * The sector phrases deferred for their pronoun possessor ("its forces", "his government"), after the
 * pronouns are resolved: the possessor's country (a person gives theirs), an international
 * organisation's own people, or no actor when the pronoun found no antecedent with a country.
 */
export function resolvePossessed(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  for (const c of st.possessed ?? []) {
    const sec = c.sector!;
    const k = tree.possessor(tree.spanHead(c.a, c.b));
    const t = st.tokens[k];
    const m = st.mentions.find((x) => x.via === 'pronoun' && x.start <= t.start && x.end >= t.end);
    const actor = m ? st.actors.get(m.actor) : undefined;
    const country = actor?.country && st.ix.countryName.has(actor.country) ? actor.country : null;
    const id = actor?.kind === 'igo' ? actor.id : country ? use(st, groupActor(st, country, sec.sector)) : null;
    if (!id) {
      st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: c.label, actor: null, sector: sec.sector }));
      continue;
    }
    addEntity(st, c.a, c.b, c.label, id);
    addMention(st, c.a, c.b, id, 0.6, 'sector-phrase');
  }
}

/** The international or named organisation whose people the phrase names, or null: its possessor ("the
 * bloc's ambassadors", "Nato's soldiers") or an organisation or national body after "for", "of", "at",
 * "from" or "with" ("a spokesman for the UN", "officials at the Red Cross", "a spokesman for the Turkish
 * foreign ministry"). `head`: the phrase's head; `poss`: the
 * possessor the tree gives it (-1: none). A country there is ownCountry's to read. */
function ownOrganisation(st: DocActors, a: number, head: number, poss: number): string | null {
  const tree = st.tree;
  const ks: number[] = poss >= 0 ? [poss] : [];
  // "the bloc's ambassadors" with the possessor right before the phrase, whatever the parse made of it
  const glued = possessorBefore(st, a);
  if (glued >= 0) ks.push(glued);
  // "NATO troops", "EU police officers", "UN peacekeepers": an international organisation's name
  // compounded before the head is whose people they are (a country's would be a demonym)
  if (tree && head >= 0) ks.push(...tree.children(head).filter((k) => k < head && tree.baseRel(k) === 'compound' && tree.upos[k] === 'PROPN'));
  const possessors = ks.length; // (a possessor or a compounded name counts only when it is an international organisation, as before)
  if (tree && head >= 0) ks.push(...tree.children(head).filter((k) => tree.baseRel(k) === 'nmod' && ORGANISATION_CASES.has(tree.caseOf(k))));
  for (const [i, k] of ks.entries()) {
    const actor = actorAt(st, k, (x) => x.kind === 'igo' || (i >= possessors && (x.kind === 'org' || x.kind === 'group')));
    if (actor) return actor.id;
  }
  return null;
}

/**
 * The named organisation, of a known sector, compounded before a generic people word ("Gazprom
 * officials", "Hamas leaders", "NAACP members"): its own people, not a national body's. `head`: the
 * phrase's head. */
function staffOf(st: DocActors, head: number): string | null {
  const tree = st.tree;
  if (!tree || head < 0) return null;
  for (const k of tree.children(head)) {
    if (k > head || tree.baseRel(k) !== 'compound' || tree.upos[k] !== 'PROPN') continue;
    const actor = actorAt(st, k, (x) => x.kind === 'org' && !!x.sector);
    if (actor) return actor.id;
  }
  return null;
}

/** Sectors of crowds, which no one serves as a body's spokesman or official. */
const CROWD_SECTORS = new Set(['CVL', 'REF']);

/**
 * The sector of the body a generic people word's of/for/at phrase names (`head`: the phrase's head):
 * a mention there with a sector ("for the Halden police", "for Ana Lopes" an aide of hers), a sector
 * word that heads it ("for the company"), or a mention or sector word that possesses or is compounded
 * before that head ("for the attorney general's office"); null when none or a crowd's.
 */
function servedSector(st: DocActors, head: number): string | null {
  const tree = st.tree;
  if (!tree || head < 0) return null;
  const sectorAt = (k: number): string | null => {
    const sector = actorAt(st, k, (x) => !!x.sector)?.sector;
    if (sector) return sector;
    const sw = st.ix.sectors.get(st.tokens[k].text.toLowerCase()) ?? st.ix.sectors.get(st.tokens[k].lemma.toLowerCase());
    if (sw && sw.alone && !sw.inherit) return sw.sector;
    const e = st.entities.find((x) => !x.actor && x.sector && x.start <= st.tokens[k].start && st.tokens[k].end <= x.end);
    return e?.sector ?? null;
  };
  const crowdless = (sector: string) => (CROWD_SECTORS.has(sector) ? null : sector);
  for (const k of tree.children(head)) {
    if (tree.baseRel(k) !== 'nmod' || !ORGANISATION_CASES.has(tree.caseOf(k))) continue;
    const inner = tree.children(k).filter((j) => j < k && (tree.rel(j) === 'nmod:poss' || tree.baseRel(j) === 'compound'));
    for (const j of [k, ...inner]) {
      const sector = sectorAt(j);
      if (sector) return crowdless(sector);
    }
  }
  // (read off the words too where the parser hung the phrase on the verb: "A spokesperson for the
  // company indicated …" with "for the company" an oblique of "indicated"): a body whose words start
  // right after the preposition that follows the head, or after its determiner
  const t = st.tokens;
  const p = head + 1;
  if (p + 1 < t.length && t[p].sentence === t[head].sentence && ORGANISATION_CASES.has(t[p].text.toLowerCase())) {
    const from = tree.upos[p + 1] === 'DET' ? p + 2 : p + 1;
    if (from < t.length && t[from].sentence === t[head].sentence) {
      const e = st.entities.find((x) => x.start === t[p + 1].start || x.start === t[from].start);
      const sector = (e?.actor ? st.actors.get(e.actor)?.sector : e?.sector) ?? null;
      if (sector) return crowdless(sector);
    }
  }
  return null;
}

/** The prepositions that tie a body's people to the organisation they serve. */
const ORGANISATION_CASES = new Set(['for', 'of', 'at', 'from', 'with']);

/** A head noun with an adjective that places it without naming one country ("Western officials",
 * "foreign forces"; lexicon class `bloc-adjective`), unless the two words are one sector word
 * ("foreign minister"). */
function blocModified(st: DocActors, head: number): boolean {
  const tree = st.tree;
  if (!tree || head < 0) return false;
  return tree.children(head, 'amod').some((k) => {
    const w = st.tokens[k].text.toLowerCase();
    return st.ix.lexicon.blocAdjective.has(w) && !st.ix.sectors.has(nameKey(`${w} ${st.tokens[head].text}`)) && !st.ix.sectors.has(nameKey(`${w} ${st.tokens[head].lemma}`));
  });
}

/** Nouns of the parties to a dispute or a meeting, which "both" or a number makes several. */
const PARTY_NOUNS = new Set(['side', 'country', 'nation', 'government', 'state', 'party', 'capital', 'neighbour', 'neighbor']);
const SEVERAL = new Set(['both', 'two', 'three', 'four', 'all']);

/** Whether the phrase headed by `head` names people of several parties: "both governments", "officials
 * from both sides", "the envoys of the two countries", "delegations of all three states". */
function ofSeveralParties(st: DocActors, head: number): boolean {
  const tree = st.tree;
  if (!tree || head < 0) return false;
  const several = (k: number) => PARTY_NOUNS.has(tree.lemma(k)) && tree.children(k).some((c) => SEVERAL.has(st.tokens[c].text.toLowerCase()));
  return several(head) || tree.children(head).some((k) => ofOrFrom(tree, k) && several(k));
}

/** Whether a title phrase has a name in apposition that a candidate after it names ("the foreign
 * minister, Dmytro Kuleba"). */
function apposedName(st: DocActors, c: Cand, cands: Cand[]): boolean {
  const tree = st.tree;
  if (!tree) return false;
  const ns = tree.appositionsOrSubjects(tree.spanHead(c.a, c.b)).filter((n) => n >= c.b);
  return ns.some((n) => cands.some((x) => x !== c && x.a <= n && n < x.b && x.type !== 'sector' && x.type !== 'role'));
}

/**
 * "the foreign minister, Dmytro Kuleba", "The US assistant secretary of state, James O'Brien", "The
 * armed forces chief, Gen X": the person the apposition of the phrase [a, b) names holds the title, not
 * the registry's office holder nor a national group; a person the registry does not know takes the
 * phrase's country and sector where it has none. False when no person mention stands there.
 */
function apposedPerson(st: DocActors, a: number, b: number, sector: string | null, country: () => string | null, roles: string[] = []): boolean {
  const tree = st.tree;
  if (!tree) return false;
  for (const n of tree.appositionsOrSubjects(tree.spanHead(a, b))) {
    if (n < b) continue;
    const i = mentionOver(st, n, 'person', (m) => m.via !== 'pronoun');
    if (i < 0) continue;
    const actor = st.actors.get(st.mentions[i].actor)!;
    if (!st.ix.actors.has(actor.id)) {
      actor.country ??= country();
      if (sector) actor.sector ??= sector;
      for (const role of roles) {
        const holders: { person: string; country: string | null }[] = (st.localTitles ??= new Map()).get(role) ?? [];
        if (!holders.some((h) => h.person === actor.id)) st.localTitles.set(role, [...holders, { person: actor.id, country: actor.country }]);
      }
    }
    addEntity(st, a, b, 'ROLE', actor.id);
    addMention(st, a, b, actor.id, 0.7, 'title');
    return true;
  }
  return false;
}

function entitySpan(st: DocActors, a: number, b: number): { start: number; end: number; text: string } {
  const start = st.tokens[a].start;
  const end = st.tokens[b - 1].end;
  return { start, end, text: st.doc.text.slice(start, end) };
}

/**
 * The country a phrase's own dependents name, read through the tree: a possessor ("Kyiv's forces"), a
 * compound or adjective ("the Obama administration"), an of/from phrase ("troops from Chad"); the actor
 * of the mention there (a person gives their country), else a capital's country. Null when none does.
 * `office`: the phrase names holders of a state's offices, whom an ethnicity ("ethnic Serb mayors") does
 * not place.
 */
export function ownCountry(st: DocActors, a: number, b: number, office = false): string | null {
  // "Athens' foreign ministry": a possessor right before the phrase, whatever the parse made of it.
  const glued = possessorBefore(st, a);
  if (glued >= 0) {
    const c = countryAt(st, glued);
    if (c) return c;
  }
  const tree = st.tree;
  if (!tree) return null;
  const head = tree.spanHead(a, b);
  for (const k of tree.children(head)) {
    const rel = tree.rel(k);
    const ok = rel === 'nmod:poss' || rel === 'compound' || rel === 'amod' || ofOrFrom(tree, k);
    if (!ok || (office && ethnic(st, k))) continue;
    const c = countryAt(st, k);
    if (c) return c;
  }
  return null;
}

/**
 * "Danbury police", "New Milford authorities", "Charlotte's officials": the country of a town or region
 * (no actor of its own, read in the article's sense of its name) that modifies the phrase headed by
 * `head` as a compound or possessor; null when there is none.
 */
function townBefore(st: DocActors, head: number): string | null {
  const tree = st.tree;
  if (!tree || head < 0) return null;
  for (const k of tree.children(head)) {
    if (k > head || (tree.rel(k) !== 'compound' && tree.rel(k) !== 'nmod:poss')) continue;
    const t = st.tokens[k];
    const e = placeEntityAt(st, k, (x) => !x.actor);
    if (!e) continue;
    // (the whole modifier's name: not "York" cut from "New York's legislature")
    let i = k;
    while (i > 0 && st.tokens[i - 1].start >= e.start) i--;
    const before = i - 1;
    if (before >= 0 && st.tokens[before].sentence === t.sentence && /^\p{Lu}/u.test(st.tokens[before].text) && [head, k].includes(tree.head(before))) continue;
    const c = st.placeCountry?.(e.text);
    if (c && st.ix.countryName.has(c)) return c;
  }
  return null;
}

/**
 * "Lithuania deployed troops", "police were sent by Poland", "Ghana decided to withdraw its
 * peacekeepers": the country of the doer of a verb of sending (lexicon class `dispatch-verb`) whose
 * object, or passive subject, is the phrase headed by `head`; null when there is none.
 */
function senderCountry(st: DocActors, head: number): string | null {
  const tree = st.tree;
  if (!tree || head < 0) return null;
  const p = tree.head(head);
  if (p < 0 || !st.ix.lexicon.dispatchVerb.has(tree.lemma(p))) return null;
  const doer = tree.baseRel(head) === 'obj' ? tree.controlledSubject(p) : tree.rel(head) === 'nsubj:pass' ? tree.agent(p) : -1;
  return doer >= 0 ? countryAt(st, doer) : null;
}

/** The possessor glued before the phrase starting at token a ("Athens' …", "the bloc's …": its last
 * word, before the possessive mark), whatever the parse made of it; -1 when there is none. */
function possessorBefore(st: DocActors, a: number): number {
  const t = st.tokens;
  const p = t[a - 1];
  return p && a >= 2 && p.sentence === t[a].sentence && /^['’]s?$/.test(p.text) && p.start === t[a - 2].end ? a - 2 : -1;
}

/** Whether token k is a nominal modifier in "of" or "from" ("troops from Chad", "officials of both sides"). */
const ofOrFrom = (tree: Tree, k: number): boolean => tree.baseRel(k) === 'nmod' && /^(of|from)$/.test(tree.caseOf(k));

/** Sectors of a state's own offices. */
const STATE_OFFICES = new Set(['GOV', 'LEG', 'JUD', 'COP']);

/** Whether the nationality word at token k is an ethnicity ("ethnic Serb", "ethnically Albanian"). */
function ethnic(st: DocActors, k: number): boolean {
  const w = k > 0 ? st.tokens[k - 1].text.toLowerCase() : '';
  return w === 'ethnic' || w === 'ethnically';
}

/** The country an "of" phrase right after token b-1 names ("prime minister of (the) Netherlands"): a
 * registry country's name of up to four words, in the same sentence; null when there is none. */
function ofCountryAfter(st: DocActors, b: number): string | null {
  const t = st.tokens;
  if (!t[b] || t[b].sentence !== t[b - 1].sentence || t[b].text !== 'of') return null;
  let k = b + 1;
  if (t[k] && /^the$/i.test(t[k].text)) k++;
  for (let e = Math.min(k + 4, t.length); e > k; e--) {
    if (t[e - 1].sentence !== t[b].sentence) continue;
    // the whole name only: "of Canada's …" is no qualifier of the title
    if (t[e] && t[e].sentence === t[b].sentence && (isPossessive(t[e]) || /^\p{Lu}/u.test(t[e].text))) continue;
    const country = countryNamed(st.ix, st.doc.text.slice(t[k].start, t[e - 1].end), (h) => h.via !== 'metonym' && h.label !== 'NORP');
    if (country) return country;
  }
  return null;
}

/** The first actor, in mention order, named (not by a pronoun) by a mention covering token k that `wanted` accepts, or null. */
function actorAt(st: DocActors, k: number, wanted: (actor: Actor) => boolean): Actor | null {
  const t = st.tokens[k];
  for (const m of st.mentions) {
    if (m.start > t.start || m.end < t.end || m.via === 'pronoun') continue;
    const actor = st.actors.get(m.actor);
    if (actor && wanted(actor)) return actor;
  }
  return null;
}

/** The country of the actor mentioned at token k (its name's last word), else of a capital named there. */
function countryAt(st: DocActors, k: number): string | null {
  // (an international organisation there places nothing)
  const actor = actorAt(st, k, (x) => x.kind === 'igo' || (!!x.country && st.ix.countryName.has(x.country)));
  if (actor) return actor.kind === 'igo' ? null : actor.country!;
  const e = placeEntityAt(st, k);
  return e ? placeOfCapital(st, e.text) : null;
}

/** The place entity (GPE or LOC) that holds token k and passes `also`, else null. */
export function placeEntityAt(st: DocActors, k: number, also: (e: Entity) => boolean = () => true): Entity | null {
  const t = st.tokens[k];
  return st.entities.find((x) => x.start <= t.start && x.end >= t.end && (x.label === 'GPE' || x.label === 'LOC') && also(x)) ?? null;
}

/** The token in [from, to) that ends at character `end`, or -1. */
function lastToken(st: DocActors, end: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (st.tokens[i].end === end) return i;
  return -1;
}

/** The sentence of the phrase [a, b): its tokens [from, to) and characters [lo, hi). */
function sentenceBounds(st: DocActors, a: number, b: number): { from: number; to: number; lo: number; hi: number } {
  const t = st.tokens;
  const sent = t[a].sentence;
  let from = a;
  while (from > 0 && t[from - 1].sentence === sent) from--;
  let to = b;
  while (to < t.length && t[to].sentence === sent) to++;
  return { from, to, lo: t[from].start, hi: t[to - 1].end };
}

/**
 * The one country the phrase's sentence names — a country or its adjective ("a body found in Polish
 * woodland", "in Poland") or a capital ("in Warsaw") — or null when it names none or several.
 */
function sentenceCountry(st: DocActors, a: number, b: number): string | null {
  const t = st.tokens;
  const { from, to, lo, hi } = sentenceBounds(st, a, b);
  const inPhrase = (x: { start: number; end: number }) => x.start < t[b - 1].end && x.end > t[a].start;
  const lex = st.ix.lexicon;
  const tokenAt = new Map<number, number>();
  for (let i = from; i < to; i++) tokenAt.set(t[i].start, i);
  // A country a thing happens in: "in Poland", "in Warsaw", "Polish woodland"; else any country named
  // (a nationality inside a person or group phrase — "a young Syrian man" — does not count).
  const located = new Set<string>();
  const named = new Set<string>();
  const groups = st.mentions.filter((m) => m.actor.startsWith('group:') && m.via === 'demonym');
  const tree = st.tree;
  const clause = tree ? tree.clause(tree.spanHead(a, b)) : -1;
  // the noun a relative clause hangs on is its doer ("China, which has ties with the generals"); not
  // the noun a clause with a subject of its own hangs on ("a row over Lorvia, with Norland backing the
  // government": Lorvia is what the row is about, Norland the party)
  const antecedent = clause >= 0 && tree!.rel(clause).startsWith('acl') && !absoluteClause(tree!, clause) ? tree!.head(clause) : -1;
  const note = (country: string, start: number, end: number, demonym: boolean) => {
    const i = tokenAt.get(start);
    const j = lastToken(st, end, from, to);
    const prev = i !== undefined && i > from ? t[i - 1].text.toLowerCase() : '';
    const next = j >= 0 && j + 1 < to ? t[j + 1].text.toLowerCase() : '';
    if (demonym ? lex.placeNoun.has(next) : LOCATIVE.has(prev)) located.add(country);
    // A country the phrase's own clause acts on or talks about ("Lawmakers urge retaliation on Russia",
    // "envoys voiced anger over Lorvia's missile launch") is not where the phrase's people are from.
    // (So for a clause the phrase's people do through a controlled verb: "Congress voted to impose sanctions on Russia".)
    if (i !== undefined && clause >= 0 && (tree!.inControlledClauseOf(i, clause) || (i <= antecedent && antecedent <= j))) return;
    if (!groups.some((g) => g.start <= start && end <= g.end && (g.start < start || g.end > end))) named.add(country);
  };
  for (const m of st.mentions) {
    if (m.start < lo || m.end > hi || inPhrase(m)) continue;
    if (m.via !== 'name' && m.via !== 'alias' && m.via !== 'demonym') continue;
    const actor = st.actors.get(m.actor);
    if (actor?.kind === 'country' && actor.country) note(actor.country, m.start, m.end, m.via === 'demonym');
  }
  for (const e of st.entities) {
    if (e.start < lo || e.end > hi || inPhrase(e) || e.label !== 'GPE' || e.actor) continue;
    const cap = placeOfCapital(st, e.text);
    if (cap) note(cap, e.start, e.end, false);
  }
  if (located.size === 1) return [...located][0];
  return located.size === 0 && named.size === 1 ? [...named][0] : null;
}

/** An absolute clause hung on a noun, "with"/"without" and a subject of its own ("over Lorvia, with Norland
 * backing the government"): the noun is what the clause is about, no party of it. (A relative clause, even
 * one with no pronoun, "the country Norland invaded", keeps its noun as a party.) */
function absoluteClause(tree: Tree, clause: number): boolean {
  return tree.hasOwnSubject(clause) && tree.markedBy(clause, (w) => ABSOLUTE_MARKS.has(w));
}

const ABSOLUTE_MARKS = new Set(['with', 'without']);

const ACTED_ON = new Set(['obj', 'iobj', 'obl']);

/**
 * The countries a phrase's sentence names outside the phrase as an object or oblique (acted on or talked
 * about: "… in months of meetings with China", "accepted the Bush administration's request"): other parties, passed over when the phrase takes its country from the nearest mention of its
 * sector ("his team of climate diplomats … meetings with China" → the team's, not China's).
 */
function otherCountries(st: DocActors, a: number, b: number): Set<string> {
  const t = st.tokens;
  const { from, to, lo, hi } = sentenceBounds(st, a, b);
  const out = new Set<string>();
  for (const m of st.mentions) {
    if (m.start < lo || m.end > hi || (m.start < t[b - 1].end && m.end > t[a].start)) continue;
    if (m.via !== 'name' && m.via !== 'alias' && m.via !== 'demonym') continue;
    const actor = st.actors.get(m.actor);
    if (!actor || actor.kind !== 'country' || !actor.country) continue;
    const k = st.tree ? lastToken(st, m.end, from, to) : -1;
    if (k < 0 || !ACTED_ON.has(st.tree!.baseRel(k))) continue;
    out.add(actor.country);
  }
  return out;
}

/** Prepositions after which a country or city is where something happens. */
const LOCATIVE = new Set(['in', 'at', 'near', 'inside', 'across', 'outside', 'within', 'throughout']);

/** "Police in Minsk", "troops in Poland", "the ambassador of Egypt": the country of a place right after
 * the phrase; `ownOnly`: after of/from alone ("the ambassador of Egypt", not "reporters in Pretoria"). */
function placeAfter(st: DocActors, b: number, ownOnly = false): string | null {
  const t = st.tokens;
  if (!t[b] || !(ownOnly ? /^(from|of)$/i : /^(in|at|from|of)$/i).test(t[b].text) || !t[b + 1] || t[b + 1].sentence !== t[b].sentence) return null;
  const start = t[b + 1].start;
  const e = st.entities.find((x) => x.start === start && (x.label === 'GPE' || x.label === 'LOC'));
  if (!e) return null;
  const a = e.actor ? st.actors.get(e.actor) : null;
  if (a && a.kind === 'country') return a.country;
  return placeOfCapital(st, e.text);
}

/**
 * The country that qualifies a group, role or name ("Indonesia's transport minister", "UK foreign
 * secretary", "Polish troops") is mentioned too; when its words are the country's name, not its
 * adjective, they are also a place entity inside the phrase's ("Indonesia" in "Indonesia's transport
 * minister"), as news entity annotation nests it.
 */
export function qualifierMention(st: DocActors, c: Cand): void {
  const q = c.qualifier;
  if (!q) return;
  const actor = registryActor(st, q.actor);
  if (!actor) return;
  const id = use(st, actor);
  addMention(st, q.a, q.b, id, 0.6, 'demonym');
  if (q.named && actor.kind === 'country') addEntity(st, q.a, q.b, 'GPE', id);
}

/** Whether the name in tokens [a, b) is followed in its sentence by a comma, bracket, colon or dash, as a
 * dateline is ("HARARE, Zimbabwe - …", "TEHRAN (AFP) - …"), so that it is no subject the parser hung on a verb. */
function datelineAfter(t: readonly Token[], a: number, b: number): boolean {
  return !!t[b] && t[b].sentence === t[a].sentence && /^[,(:\-–—]$/.test(t[b].text);
}

function resolveOne(st: DocActors, c: Cand, surnames: DocSurnames): void {
  const t = st.tokens;
  const text = st.doc.text;
  switch (c.type) {
    case 'registry': {
      const hit = pickHit(st, c.hits!);
      if (!hit) return;
      // "LONDON, Ky. … London Police say": a capital's name standing for its government is the article's
      // own town when the text places that town in another country's region
      if (hit.via === 'metonym' && placedElsewhere(st, text.slice(t[c.a].start, t[c.b - 1].end), hit.actor)) {
        addEntity(st, c.a, c.b, 'GPE', null);
        return;
      }
      if (hit.subjectOnly) {
        const next = t[c.b];
        const prev = t[c.a - 1];
        // With the tree: the subject of a speech or policy verb; without it, a name a verb follows.
        // ("TEHRAN (AFP) - a contest opened …": a dateline the parser hung on the verb is no subject)
        const isSubject = st.tree
          ? !datelineAfter(t, c.a, c.b) && actsAsGovernment(st.tree, c.a, c.b, st.ix.lexicon)
          : next && (next.pos === 'VERB' || next.pos === 'AUX') && t[c.b].sentence === t[c.a].sentence && !(prev && prev.sentence === t[c.a].sentence && prev.pos === 'ADP');
        if (!isSubject) {
          addEntity(st, c.a, c.b, 'GPE', null);
          return;
        }
      }
      // "Monaco said" where the article names a Lisa Monaco: the person, not the country; "Blair said"
      // where it names a Nora Blair: that person, not a registry person of the surname it never named.
      const otherPerson = hit.via === 'surname' && !st.actors.has(hit.actor);
      // … and "Paris claims" after "Ana Paris": a capital standing for its government is the person of
      // that family name named in full before it
      const lone = c.b - c.a === 1;
      const sid = lone && (hit.actor.startsWith('country:') || otherPerson) ? surnames.pick(nameKey(t[c.a].text), c.gender ?? null, c.a)
        : lone && hit.via === 'metonym' ? surnames.pick(nameKey(t[c.a].text), c.gender ?? null, c.a, true) : undefined;
      if (sid) {
        const person = surnameActor(st, surnames, sid);
        if (person) {
          use(st, person);
          addEntity(st, c.a, c.b, 'PERSON', sid);
          addMention(st, c.a, c.b, sid, 0.7, 'surname');
          return;
        }
      }
      // "Bush" in 2004: the namesake in office on the article's date; "Johnson" in 2005: no registry person
      const dated = datedNamesake(st, surnames, hit, nameKey(text.slice(t[c.a].start, t[c.b - 1].end)), c.titles, [], c.gender ?? null, c.a);
      if (dated && !st.ix.actors.has(dated) && linkSurname(st, surnames, dated, c.a, c.b)) return;
      if (dated === null) {
        const pid = use(st, textPerson(st, text.slice(t[c.a].start, t[c.b - 1].end)));
        addEntity(st, c.a, c.b, 'PERSON', pid);
        addMention(st, c.a, c.b, pid, 0.7, 'name');
        return;
      }
      const actor = registryActor(st, dated ?? hit.actor);
      if (!actor) return;
      const id = use(st, actor);
      addEntity(st, c.a, c.b, hit.label, id);
      addMention(st, c.a, c.b, id, hit.confidence, hit.via);
      return;
    }
    case 'group': {
      qualifierMention(st, c);
      const id = use(st, groupActor(st, c.qualifier!.country, c.sector!.sector));
      addEntity(st, c.a, c.b, c.label, id);
      addMention(st, c.a, c.b, id, c.confidence ?? 0.8, 'demonym');
      return;
    }
    case 'role': {
      qualifierMention(st, c);
      // "the Chief Medical Officer", "Ana Lopes, Chief Executive Officer of Veltrix": a capitalised title
      // the title list does not know holds no office the registry knows; the person it stands beside
      const unlisted = !c.titles;
      if (!unlisted && pastRole(st, c)) return;
      if (!unlisted && predicativeRole(st, c)) return;
      // "the foreign ministers of the two countries": holders of several countries, none of them named.
      if (!unlisted && !c.qualifier && st.tree && ofSeveralParties(st, st.tree.spanHead(c.a, c.b))) {
        st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: 'ROLE' as const, actor: null, sector: c.titles![0].sector, unplaced: true as const }));
        return;
      }
      // "the prime minister of Canada": the country of an of-phrase right after the title
      const country = c.qualifier?.country ?? (unlisted ? null : ofCountryAfter(st, c.b));
      if (!unlisted && apposedPerson(st, c.a, c.b, c.titles![0].sector, () => country ?? onlyCountry(c.titles!).country ?? null, c.titles!.map((tw) => tw.role))) return;
      // (a body's own title, "the party's presidential nominee", keeps its holder)
      const stateTitle = !unlisted && c.titles!.every((tw) => STATE_BODIES.has(tw.sector));
      if (unlisted || (!c.qualifier && (bodyAfter(st, c.b) || (stateTitle && ofBody(st, c.a, c.b))))) {
        // "Michael Mulgrew, president of the United Federation of Teachers": that body's officer, never
        // the country's office holder; the person it stands beside when it is an apposition.
        const i = appositivePerson(st, c.a, c.b);
        if (i >= 0) {
          addEntity(st, c.a, c.b, 'ROLE', st.mentions[i].actor);
          addMention(st, c.a, c.b, st.mentions[i].actor, 0.6, 'title');
        } else st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: 'ROLE' as const, actor: null }));
        return;
      }
      // "Ana Lopes, president of Velmora Brands": a title the tree sets in apposition to a person named
      // right before it is that person's, whoever holds the office of that name
      const beside = appositivePerson(st, c.a, c.b);
      if (beside >= 0 && st.tree && apposedTo(st, c.a, c.b, st.mentionTokens[beside])) {
        addEntity(st, c.a, c.b, 'ROLE', st.mentions[beside].actor);
        addMention(st, c.a, c.b, st.mentions[beside].actor, 0.6, 'title');
        return;
      }
      const titleText = text.slice(t[c.titleA!].start, t[c.titleB! - 1].end);
      const holder = titleHolder(st, c.titles!, titleText, country, partyBefore(st, c.titleA!));
      let id: string | null = null;
      if (holder) id = use(st, st.actors.get(holder) ?? registryActor(st, holder)!);
      else if (country) id = use(st, groupActor(st, country, c.titles![0].sector));
      if (!id) {
        // "the senator", "the prosecutor" with no holder to name: the words' sector, no actor (yet: a
        // holder an apposition introduces later in the pass may take it, heldLater).
        st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: 'ROLE' as const, actor: null, sector: c.titles![0].sector }, onlyCountry(c.titles!)));
        if (!country) (st.unheld ??= []).push({ c, entity: st.entities.length - 1 });
        return;
      }
      addEntity(st, c.a, c.b, 'ROLE', id);
      addMention(st, c.a, c.b, id, holder ? (country ? 0.85 : 0.7) : 0.5, 'title');
      return;
    }
    case 'person': {
      if (!c.hits?.length && !c.titles) {
        // "Secretary Josh Earnest" read as a name: the title comes off before the name becomes an id.
        const named = titledName(st, c.nameA ?? c.a, c.b);
        if (named) {
          titledPerson(st, c.a, named.k, named.b);
          return;
        }
      }
      const a = c.nameA ?? c.a;
      // "Senate Republican (leader …)": a title or party word read as the name is no person.
      if (!c.hits?.length && c.b - a === 1 && isTitleToken(st, t[a].text)) {
        st.entities.push(Object.assign({}, entitySpan(st, c.a, c.b), { label: 'ROLE' as const, actor: null }, (c.sector ? { sector: c.sector.sector } : {})));
        return;
      }
      // "Senator Slams Power Plant Rules": a headline's capitalised words after a title are no name.
      if (!c.hits?.length && onHeadline(st, a) && !st.ix.lexicon.givenName.has(t[a].text.toLowerCase())) {
        addEntity(st, c.a, a, 'ROLE', null);
        return;
      }
      let id: string | null = null;
      let via: MentionVia = 'name';
      let conf = c.confidence ?? 0.8;
      const hit = c.hits?.find((h) => h.label === 'PERSON');
      // ("President Bush" in 2004 or 2016: the namesake who holds, or last held, the office; "Senator
      // Johnson" years before the registry's Johnson took office: a person of the text)
      const writtenAt = c.nameA ?? (c.titles ? c.titleB! : a);
      const dated = hit ? datedNamesake(st, surnames, hit, nameKey(text.slice(t[writtenAt].start, t[c.b - 1].end)), c.titles, t.slice(c.a, writtenAt).map((x) => x.text), c.gender ?? null, c.a) : undefined;
      const textOnly = dated === null;
      if (hit && !textOnly) id = dated ?? hit.actor;
      if (dated && !st.ix.actors.has(dated)) via = 'surname';
      const single = c.b - a === 1;
      if (!id && single && !textOnly) {
        const key = nameKey(t[a].text);
        id = surnames.pick(key, c.gender ?? null, c.a) ?? null;
        if (!id) {
          const reg = (st.ix.surnames.get(key) ?? []).filter((p) => genderAgrees(c.gender ?? null, st.ix.actors.get(p)?.gender));
          const inDoc = reg.filter((p) => st.actors.has(p));
          const pick = inDoc[0] ?? (c.titles ? undefined : surnames.byGiven(key)) ?? reg.find((p) => st.ix.actors.get(p)?.roles.some((r) => roleHolds(r, st.doc.date))) ?? reg[0];
          if (pick) id = pick;
        }
        via = 'surname';
      }
      if (!id && !single && !c.titles && !textOnly) {
        id = longSurname(st, surnames, a, c.b, c.gender ?? null) ?? null;
        if (id) via = 'surname';
      }
      if (!id && c.titles && !textOnly) {
        const titleText = text.slice(t[c.titleA!].start, t[c.titleB! - 1].end);
        const holder = titleHolder(st, c.titles, titleText, c.qualifier?.country ?? null, partyBefore(st, c.titleA!));
        // "President Lukashenko" where the registry knows the holder's surname.
        if (holder && nameKey(st.ix.actors.get(holder)!.name).endsWith(nameKey(t[c.b - 1].text))) id = holder;
      }
      if (!id && c.hits && !textOnly) {
        const other = pickHit(st, c.hits);
        if (other) id = other.actor;
      }
      // "Battleground state Florida", "a Ford Crown Victoria": a state or province of one word after a
      // title or sector word, no person the article or the registry names, is that place
      if (!id && regionWord(st, a, c.b)) return;
      qualifierMention(st, c);
      let actor: Actor | null = id ? registryActor(st, id) : null;
      if (!actor) {
        // ("Sen. Orr" before "Tom Orr": the actor under the full name, this title completing it)
        const named = id && via === 'surname' ? surnames.named(id) : undefined;
        const name = named?.name ?? text.slice(t[a].start, t[c.b - 1].end);
        actor = textPerson(st, name, id ?? undefined);
        if (c.qualifier && !actor.country) actor.country = c.qualifier.country;
        if (c.sector && !actor.sector && !bareInherited(st, c)) actor.sector = c.sector.sector;
        if (c.titles && !actor.sector) actor.sector = c.titles[0].sector;
        if (c.titles && !actor.country) actor.country = onlyCountry(c.titles).country ?? null;
        if (c.titles && !actor.roles) {
          const title = text.slice(t[c.titleA!].start, t[c.titleB! - 1].end);
          actor.roles = [{ title, country: actor.country, sector: c.titles[0].sector, from: null, to: null }];
        }
        const g = c.gender ?? named?.gender ?? st.ix.lexicon.givenName.get(t[a].text.toLowerCase()) ?? null;
        if (!st.gender.get(actor.id)) st.gender.set(actor.id, g);
        conf = Math.min(conf, 0.8);
      } else if (c.gender && !st.gender.get(actor.id)) st.gender.set(actor.id, c.gender);
      const pid = use(st, actor);
      if (c.titles && !c.qualifier) (st.bareTitled ??= new Set()).add(pid);
      // "Republican presidential nominee Donald Trump", "Democrat Hillary Clinton": the party word before or in the title.
      const nameAt = c.nameA ?? c.titleB!;
      const party = c.titles ? partyBefore(st, nameAt, nameAt - c.titleA! + 2) : null;
      if (party && !st.titledParty?.has(pid)) (st.titledParty ??= new Map()).set(pid, party);
      if (c.titles) addEntity(st, c.a, a, 'ROLE', pid);
      addEntity(st, a, c.b, 'PERSON', pid);
      addMention(st, c.a, c.b, pid, conf, c.titles ? 'title' : via);
      return;
    }
    case 'unknown': {
      const a = c.a;
      const single = c.b - a === 1;
      const key = nameKey(t[a].text);
      if (isStorm(st, c)) return;
      // "the Clean Air Act", "the Lorvian Summit": a law, plan, prize or event is no person, organisation
      // or place, and its name no entity; not an organisation's name ("Institute of Business and Law") nor
      // a given name and a family name ("Ana Law")
      if (isThing(st, c)) return;
      // "House Speaker Paul Ryan", "Republican Donald Trump": the title stripped, the person resolved.
      if (c.guess === 'ORG' || c.guess === 'PERSON') {
        const named = titledName(st, a, c.b);
        if (named) {
          titledPerson(st, a, named.k, named.b);
          return;
        }
      }
      if (c.guess && !notAnActor(st, c)) {
        addEntity(st, a, c.b, c.label, null);
        return;
      }
      // "Manila summoned the ambassador", "supported by official Belgrade": a country's capital that acts
      // as the subject of a speech or policy verb, or that a word like "official" qualifies, is that
      // country's government (as the registry's metonyms "Moscow", "Tehran" are); not a given name
      // ("Victoria said"), nor a dateline the parser hung on the verb ("HARARE, Zimbabwe - …")
      const capitalName = text.slice(t[a].start, t[c.b - 1].end);
      // (not a town of the same name the article places elsewhere: "LONDON, Ky. … London Police say")
      const capitalOf = c.guess === 'GPE' || c.guess === 'LOC' ? st.ix.capitals.get(nameKey(capitalName)) : undefined;
      const elsewhere = !!capitalOf && placeOfCapital(st, capitalName) !== capitalOf;
      const dateline = datelineAfter(t, a, c.b);
      if (capitalOf && !elsewhere && !c.alias && !st.ix.lexicon.givenName.has(t[a].text.toLowerCase()) && ((st.tree && !dateline && actsAsGovernment(st.tree, a, c.b, st.ix.lexicon)) || (a > 0 && t[a - 1].sentence === t[a].sentence && st.ix.lexicon.stateAdjective.has(t[a - 1].text)))) {
        // "Ana Lima … Lima claims": the family name of a person named in full before it is that person
        if (single && linkSurname(st, surnames, surnames.pick(key, c.gender ?? null, a, true), a, c.b)) return;
        const gid = use(st, groupActor(st, capitalOf, 'GOV'));
        addEntity(st, a, c.b, 'GPE', gid);
        addMention(st, a, c.b, gid, 0.6, 'metonym');
        return;
      }
      // (also a word guessed an organisation, the family name of a person named in full before it: "Ada
      // Kessel … asked Kessel to testify")
      if (single && (c.guess === undefined || c.guess === 'PERSON' || (c.guess === 'ORG' && !c.alias))) {
        if (linkSurname(st, surnames, surnames.pick(key, c.gender ?? null, a, c.guess === 'ORG'), a, c.b)) return;
        if (c.guess === 'PERSON' && linkSurname(st, surnames, surnames.byGiven(key), a, c.b)) return;
      }
      if (!c.guess) return;
      const name = c.alias ? text.slice(t[c.alias.a].start, t[c.alias.b - 1].end) : text.slice(t[a].start, t[c.b - 1].end);
      // "BC Hydro … Hydro expropriated", "Orbis Business Intelligence … Orbis": one word of an
      // organisation the article has named is that organisation, as a surname is its person.
      // … and so is the first word of such a name that a place preposition alone made a place, no
      // gazetteer ("skewed towards Northrop" after "Northrop Grumman")
      const weakPlace = (c.guess === 'LOC' || c.guess === 'GPE') && c.byPreposition && (c.confidence ?? 0.5) <= 0.5 && !st.ix.places.has(key);
      const org = single && (c.guess === 'PERSON' || c.guess === 'ORG' || weakPlace) && !c.alias ? orgByWord(st, t[a].text, weakPlace) : null;
      if (org) {
        addEntity(st, a, c.b, 'ORG', org);
        addMention(st, a, c.b, org, 0.6, 'alias');
        return;
      }
      // "Holtz-Eakin" after "Douglas Holtz-Eakin": the person named in full
      if (c.guess === 'PERSON' && !c.alias && linkSurname(st, surnames, longSurname(st, surnames, a, c.b, c.gender ?? null), a, c.b)) return;
      if (c.guess === 'PERSON' && !c.alias && regionWord(st, a, c.b)) return;
      // "the Clintons", "radical Islamists": a family or a people, no person's name (an entity, no actor)
      if (c.guess === 'PERSON' && !c.alias && single && pluralGroupName(t, st.tree, a)) {
        addEntity(st, a, c.b, 'PERSON', null);
        return;
      }
      if (c.guess === 'PERSON') {
        const actor = textPerson(st, name);
        const id = actor.id;
        if (!st.gender.has(id)) st.gender.set(id, st.ix.lexicon.givenName.get(t[a].text.toLowerCase()) ?? null);
        use(st, actor);
        addEntity(st, a, c.b, 'PERSON', id);
        addMention(st, a, c.b, id, c.confidence ?? 0.5, 'name');
      } else if (c.guess === 'ORG') {
        // "North Korea's news agency X": the country before the organisation's kind is mentioned too
        qualifierMention(st, c);
        // "the Nigerian Senate", "the British Foreign Office": a nationality before a national body.
        const national = nationalBody(st, a, c.b);
        if (national) {
          const gid = use(st, groupActor(st, national.country, national.sector));
          addEntity(st, a, c.b, 'ORG', gid);
          addMention(st, a, c.b, gid, 0.8, 'demonym');
          return;
        }
        // "Edmonton", "New South Wales", "Church Street" typed an organisation: a town or region the
        // gazetteer has, or a name ending in a place word, with no organisation word is a place
        const placeLabel = !c.parent && !c.alias ? placeNotOrg(st, a, c.b) : null;
        if (placeLabel) {
          addEntity(st, a, c.b, placeLabel, null);
          return;
        }
        // "the carmaker's Chief Executive", "a Liberal MLA": a run that ends in a post's title names that
        // post (its holder resolved on their own name), no organisation
        if (holderPost(st, c)) {
          addEntity(st, a, c.b, 'ORG', null);
          return;
        }
        const id = `org:${slug(name)}`;
        // "the OSCE Mission to Moldova": the known organisation's kind, country and sector, not the place's.
        const parent = c.parent ? st.ix.actors.get(c.parent) : undefined;
        const kind = parent?.kind === 'igo' ? ('igo' as const) : ('org' as const);
        const sector = parent?.sector ?? orgSector(st, c.alias?.a ?? a, c.alias?.b ?? c.b);
        const actor = st.actors.get(id) ?? { id, name, kind, country: parent?.country ?? c.qualifier?.country ?? leadingCountry(st, a, c.b, !!sector && PUBLIC_SECTORS.has(sector)) ?? trailingCountry(st, a, c.b), sector };
        use(st, actor);
        addEntity(st, a, c.b, 'ORG', id);
        addMention(st, a, c.b, id, c.confidence ?? 0.5, 'name');
      } else {
        addEntity(st, a, c.b, c.guess, null);
      }
      return;
    }
  }
}
