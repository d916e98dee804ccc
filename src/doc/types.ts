// The document model: a dated text plus stand-off annotation layers, every span a pair of UTF-16
// offsets into `Doc.text`. This is the spine every stage, store and output format shares.

/** Half-open character range [start, end) into Doc.text (UTF-16 code units, as JS strings index). */
export interface Span {
  start: number;
  end: number;
}

export interface Token extends Span {
  text: string;
  /** Universal POS tag from wink-nlp (NOUN, PROPN, VERB, AUX, ADJ, PRON, DET, ADP, PUNCT, …). */
  pos: string;
  /** Lower-cased normal form / lemma where available. */
  lemma: string;
  /** Index into Doc.layers.sentences. */
  sentence: number;
}

export type EntityLabel = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'ROLE';

export interface Entity extends Span {
  text: string;
  label: EntityLabel;
  /** Id of an Actor in Doc.layers.actors, or null when unresolved. */
  actor: string | null;
  /** An unresolved group or role phrase ("gunmen", "the senior agent"): the sector its words tell, and
   * the country where they tell one. Absent on resolved entities (the actor carries both). */
  sector?: string;
  country?: string;
  /** An unresolved group or role phrase the actors stage read with no country on purpose: a national
   * body whose sentence and article name none that is its own, people a bloc adjective places ("Western
   * officials", "foreign forces"), people who serve abroad ("reporters in Pretoria", "diplomats").
   * Later stages give it no country from its sentence or article either. */
  unplaced?: true;
}

/** A time-bounded role held by a person actor (from the registry). */
export interface ActorRole {
  title: string;
  country: string | null;
  sector: string | null;
  /** ISO date YYYY-MM-DD, inclusive; null = open. */
  from: string | null;
  to: string | null;
}

export const ACTOR_KINDS = ['person', 'country', 'igo', 'org', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface Actor {
  /** Stable id: registry id (e.g. "person:liz-truss", "country:POL", "igo:EU") or a doc-local "group:POL-MIL". */
  id: string;
  name: string;
  kind: ActorKind;
  /** ISO 3166-1 alpha-3 code, or an organisation code such as EU, NATO, UN; null if unknown. */
  country: string | null;
  /** Sector code (GOV, MIL, COP, JUD, REF, CVL, MED, REB, OPP, BUS, IGO, NGO, …) or null. */
  sector: string | null;
  /** For persons: the roles from the registry that hold on the document's date. */
  roles?: ActorRole[];
  /** For persons: the gender the registry, an honorific ("Mrs.") or the given name tells; absent when none does. */
  gender?: 'm' | 'f';
  /** An organisation the registry knows and places in no one country on purpose (a rights group, a news
   * agency, an armed movement, a multinational company), or a person its title makes one of that
   * organisation's people ("Airbus spokesman X"): no country is to be guessed for it from the article. */
  stateless?: true;
}

export type MentionVia =
  | 'name'
  | 'alias'
  | 'surname'
  | 'title'
  | 'demonym'
  | 'sector-phrase'
  | 'pronoun'
  | 'definite'
  | 'metonym';

/** One textual reference to an actor (names, titles, pronouns, "the bloc"). */
export interface Mention extends Span {
  text: string;
  actor: string;
  confidence: number;
  via: MentionVia;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export const PRECISIONS = ['day', 'week', 'month', 'quarter', 'year', 'unknown'] as const;
export type Precision = (typeof PRECISIONS)[number];

export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2021-11-13, 2021-W45, 2021-11, 2020, P2D, PRESENT_REF, … */
  value: string;
  /** Calendar precision of `value` for DATE/TIME timexes. */
  precision: Precision;
}

export interface Place extends Span {
  text: string;
  name: string;
  /** ISO 3166-1 alpha-3. */
  country: string;
  lat: number;
  lon: number;
  geonameid?: number;
  /**
   * A nationality adjective read as its country ("Turkish" in "Turkish troops"): a mention of the place
   * that locates nothing. Geoparsing counts it; event locations, home countries, the store and the map
   * leave it out (locatedPlaces in doc.ts).
   */
  adjectival?: true;
}

export const QUOTE_KINDS = ['direct', 'partial', 'indirect'] as const;
export type QuoteKind = (typeof QUOTE_KINDS)[number];

/**
 * Where a quote's date came from (stages/quotes/dates.ts, prior-occasion.ts): a time expression of its own
 * attribution (the cue's clause or sentence: "said on Friday"); the speech occasion the sentence before dates
 * ("X wrote to the council on Friday. 'We will not pay,' she wrote."); the occasion another quote of the same
 * speaker's run names ("In an interview on Wednesday, X said … 'No,' he said."); a person's own occasion,
 * quoted again after other speakers of that occasion (a forum, a town hall); the date given for the same
 * speaker and outlet elsewhere in the text (an interview); else the document date.
 */
export const QUOTE_DATE_BASES = ['attribution', 'prior-sentence', 'run', 'forum', 'outlet', 'document'] as const;
export type QuoteDateBasis = (typeof QUOTE_DATE_BASES)[number];

export interface Quote extends Span {
  /** The quoted (or reported) content, exactly Doc.text.slice(start, end). */
  text: string;
  kind: QuoteKind;
  speaker: { text: string; actor: string | null; start?: number; end?: number } | null;
  cue: string | null;
  outlet: string | null;
  addressee?: string | null;
  /** Date the statement was made (governing timex, else the document date). */
  date?: string;
  /**
   * Calendar precision of `date`: that of the time expression it came from ('unknown' when the expression
   * only bounds it); for the document date, 'day' when the cue is told in the present ("says"), else
   * 'unknown' (the statement was made by then). Absent in output written before it was recorded.
   */
  precision?: Precision;
  /** Where `date` came from (QUOTE_DATE_BASES). Absent in output written before it was recorded. */
  dateBasis?: QuoteDateBasis;
  /** A scare quote (quoted word or short phrase with no speech context): kind 'partial', speaker null. */
  scare?: boolean;
  /**
   * A discontinuous content ("The talks, he said, had failed"): its pieces in order, the frame between
   * them left out; start/end span them all.
   */
  parts?: Span[];
  /**
   * A reported intention or commitment ("agreed to end the strike", "plans to open"): the content is
   * what the source means to do; an event told inside it is the source's own act, not a reported one.
   */
  intent?: boolean;
}

export const EVENT_MODES = ['asserted', 'reported', 'negated', 'hypothetical', 'future'] as const;
export type EventMode = (typeof EVENT_MODES)[number];

/** The modes that count as events by default (in listings, summaries and aggregates). */
export const COUNTED_MODES: readonly EventMode[] = ['asserted', 'reported'];

/** PLOVER event categories (the `type` of an event). */
export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
] as const;
export type Plover = (typeof PLOVER_TYPES)[number];

export interface EventParty {
  actor: string | null;
  country: string | null;
  sector: string | null;
  /** 'article': the country is not told by the party's words but by where the article sets it (an
   * unnamed party: "gunmen", "the attack"; see stages/events/home-country.ts). */
  countryFrom?: 'article';
  /** The text span that names the party in the evidence sentence. */
  start?: number;
  end?: number;
  text?: string;
}

export interface Event {
  id?: string;
  type: Plover;
  /** CAMEO code: 2-digit root or 3–4 digit detail. */
  cameo: string;
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
  source: EventParty;
  target: EventParty;
  date: string | null;
  precision: Precision;
  mode: EventMode;
  /** For reported events: the actor who reports it. */
  reportedBy?: string | null;
  trigger: Span & { text: string };
  sentence: Span;
  /** Index into Doc.layers.quotes if the event was coded inside a quote. */
  quote?: number | null;
  /** Id of the pattern that matched (for transparency). */
  pattern?: string;
  /** Every trigger span that told this same event in the document (dedup keeps one record). */
  mentions?: Span[];
  /** Stable cross-document key: hash of date, source, target and CAMEO root (see events/dedup.ts). */
  key?: string;
}

export interface DocMeta {
  url?: string;
  source?: string;
  title?: string;
  /** Where the document came from: file path (and line for JSONL). */
  origin?: string;
}

export interface Message {
  severity: 'info' | 'warning' | 'error';
  /** Name of the component (or reader) that recorded the message. */
  source: string;
  text: string;
  span?: Span;
}

/**
 * The dependency parse of every sentence, aligned with `Layers.tokens` (index i describes token i):
 * UPOS from the trained tagger, the head token's index (-1 for a sentence root) and the UD v2 relation
 * (subtypes included: "nsubj:pass", "obl:agent", "acl:relcl"). Query it through doc/tree.ts.
 */
export interface SyntaxLayer {
  upos: string[];
  heads: number[];
  deprels: string[];
}

export interface Layers {
  tokens?: Token[];
  sentences?: Span[];
  syntax?: SyntaxLayer;
  entities?: Entity[];
  actors?: Actor[];
  mentions?: Mention[];
  timexes?: Timex[];
  places?: Place[];
  quotes?: Quote[];
  events?: Event[];
}

export type LayerName = keyof Layers;

export interface Doc {
  /** Content hash of date + text (see doc/doc.ts). */
  id: string;
  /** Document date YYYY-MM-DD, the anchor for relative time. */
  date: string;
  text: string;
  meta: DocMeta;
  layers: Layers;
  messages: Message[];
}

/** What readers produce: a document before any annotation. */
export interface RawDoc {
  id?: string;
  date: string;
  text: string;
  url?: string;
  source?: string;
  title?: string;
  origin?: string;
}
