// The store's logical schema as Kysely table types, shared by the SQLite and PostgreSQL implementations.
// Every layer row keeps its queryable fields as columns plus `data`, the record's exact JSON, so a Doc
// comes back from the store identical to what was saved.
import type { Generated } from 'kysely';

export interface DocumentsTable {
  id: string;
  date: string;
  title: string | null;
  url: string | null;
  source: string | null;
  origin: string | null;
  text: string;
  /** JSON: names of the layers that were assigned (so [] and "not run" stay distinct). */
  layers: string;
  /** JSON: sentence spans. */
  sentences: string | null;
  /** JSON: compact tokens [start, end, pos, lemma, sentence, text?]. */
  tokens: string | null;
  ingested_at: string;
}

export interface ActorsTable {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  sector: string | null;
}

/** Which actors a document resolved (with its doc-specific roles inside `data`). */
export interface DocActorsTable {
  doc_id: string;
  idx: number;
  actor_id: string;
  data: string;
}

interface SpanRow {
  doc_id: string;
  idx: number;
  start: number;
  end: number;
  text: string;
  data: string;
}

export interface EntitiesTable extends SpanRow {
  label: string;
  actor: string | null;
}

export interface MentionsTable extends SpanRow {
  actor: string;
  via: string;
  confidence: number;
}

export interface TimexesTable extends SpanRow {
  type: string;
  value: string;
  precision: string;
}

export interface PlacesTable extends SpanRow {
  name: string;
  country: string;
  lat: number;
  lon: number;
  /** 1 for a nationality adjective ("Turkish troops"): kept for the document, left out of place aggregates (migration 010). */
  adjectival: Generated<number>;
}

export interface QuotesTable extends SpanRow {
  id: string;
  doc_date: string;
  kind: string;
  speaker_actor: string | null;
  speaker_text: string | null;
  cue: string | null;
  outlet: string | null;
  date: string | null;
  /** Calendar precision of `date` (migration 011; rows written before: legacyQuotePrecision). */
  precision: string;
  /** Where `date` came from (QUOTE_DATE_BASES); null for rows written before it was recorded (migration 011). */
  date_basis: string | null;
}

export interface EventsTable {
  id: string;
  doc_id: string;
  idx: number;
  doc_date: string;
  /** Cross-document identity of "the same event": date, parties and CAMEO code. */
  key: string;
  type: string;
  cameo: string;
  goldstein: number;
  quad: number;
  source_actor: string | null;
  source_country: string | null;
  source_sector: string | null;
  target_actor: string | null;
  target_country: string | null;
  target_sector: string | null;
  date: string | null;
  precision: string;
  mode: string;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  sentence_start: number;
  sentence_end: number;
  quote_idx: number | null;
  pattern: string | null;
  data: string;
  /** 1 when an earlier near-duplicate of the document already holds an event with this key (migration 003). */
  duplicate: Generated<number>;
}

export interface MessagesTable {
  doc_id: string;
  idx: number;
  severity: string;
  source: string;
  text: string;
  start: number | null;
  end: number | null;
}

/** SQLite full-text tables (FTS5); PostgreSQL uses generated tsvector columns instead. */
export interface DocumentsFtsTable {
  doc_id: string;
  title: string;
  text: string;
}
export interface QuotesFtsTable {
  quote_id: string;
  text: string;
}

/** Near-duplicate detection (migration 003, src/dedup/near-dup.ts). */
export interface DocSignaturesTable {
  doc_id: string;
  /** MinHash signature, base64 of 64 little-endian uint32. */
  signature: string;
}
export interface DocBandsTable {
  band: string;
  doc_id: string;
}
export interface DocClustersTable {
  doc_id: string;
  cluster: string;
  duplicate_of: string | null;
  similarity: number | null;
}

export interface Database {
  documents: DocumentsTable;
  actors: ActorsTable;
  doc_actors: DocActorsTable;
  entities: EntitiesTable;
  mentions: MentionsTable;
  timexes: TimexesTable;
  places: PlacesTable;
  quotes: QuotesTable;
  events: EventsTable;
  messages: MessagesTable;
  documents_fts: DocumentsFtsTable;
  quotes_fts: QuotesFtsTable;
  doc_signatures: DocSignaturesTable;
  doc_bands: DocBandsTable;
  doc_clusters: DocClustersTable;
}

export type Dialect = 'sqlite' | 'postgres';
