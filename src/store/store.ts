// The store interface: saving annotated documents (atomic, idempotent batches) and querying documents,
// events, quotes and actors with filters and keyset pagination. `openStore(url)` picks the backend:
// a file path (SQLite) or a postgres:// URL (PostgreSQL).
import type { Actor, Doc, Event, Quote } from '../doc/types.ts';
import type { NearDupInfo } from '../dedup/near-dup.ts';

export interface ListFilter {
  /** Actor id (exact) or a case-insensitive substring of the actor's name. */
  actor?: string;
  /** Events: PLOVER type or CAMEO code prefix; quotes: kind; actors: kind. */
  type?: string;
  /** Inclusive date bounds YYYY-MM-DD (event/quote date, else the document date). */
  since?: string;
  until?: string;
  /** Document id or id prefix. */
  doc?: string;
  /** ISO 3166-1 alpha-3 code (or organisation code) of a party / speaker / actor. */
  country?: string;
  /** Events: only these modes (asserted, reported, negated, hypothetical, future); all when absent. */
  modes?: string[];
  /** Events: include those flagged as already counted in an earlier near-duplicate of their document. */
  duplicates?: boolean;
  /** Page size (default and maximum 1000). */
  limit?: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string;
}

export interface DocFilter extends ListFilter {
  /** Full-text search over title and text. */
  text?: string;
}

export interface QuoteFilter extends ListFilter {
  /** Speaker actor id, or substring of the speaker's name / speaker text. */
  speaker?: string;
  /** Full-text search over the quote text ("double quotes" for a phrase). */
  text?: string;
  /** Precision of the quote's date (day, week, month, quarter, year, unknown). */
  precision?: string;
  /** Where the quote's date came from (QUOTE_DATE_BASES); rows stored before it was recorded have none and never match. */
  dateBasis?: string;
}

export interface Page<T> {
  items: T[];
  /** Cursor for the next page, or null when this was the last. */
  next: string | null;
}

export interface DocRow {
  id: string;
  date: string;
  title: string | null;
  url: string | null;
  source: string | null;
  origin: string | null;
  ingestedAt: string;
  chars: number;
  events: number;
  quotes: number;
}

export type EventRow = Omit<Event, 'id' | 'key'> & {
  /** The event's id, or (when it has none or a duplicate) one derived from document, index, type, trigger. */
  id: string;
  /** Cross-document key: the event's own, else from date, parties and CAMEO code. */
  key: string;
  doc: string;
  docDate: string;
  idx: number;
  sourceName: string | null;
  targetName: string | null;
  /** GDELT-style NumMentions: events with this key across the store (near-duplicate copies included). */
  numMentions: number;
  /** GDELT-style NumSources: distinct outlets (a document's cluster when its outlet is unknown) with this key. */
  numSources: number;
  /** True when an earlier near-duplicate of the document already holds this event (listed only with `duplicates`). */
  duplicate: boolean;
};

export type QuoteRow = Quote & {
  id: string;
  doc: string;
  docDate: string;
  idx: number;
  speakerName: string | null;
};

export type ActorRow = Pick<Actor, 'id' | 'name' | 'kind' | 'country' | 'sector'> & {
  docs: number;
  mentions: number;
  events: number;
  quotes: number;
};

export interface Summary {
  documents: number;
  actors: number;
  mentions: number;
  places: number;
  quotes: number;
  /** Events in the counted modes (asserted, reported). */
  events: number;
  /** Events coded but not counted by default (negated, hypothetical, future; or already counted in a near-duplicate). */
  eventsUncounted: number;
  /** Counted events by PLOVER type. */
  eventsByType: Record<string, number>;
}

export interface SaveResult {
  /** Ids of documents newly written. */
  saved: string[];
  /** Ids already in the store (nothing written for them). */
  existing: string[];
}

export interface SaveOptions {
  /** Replace documents already stored under the same id instead of keeping the old version. */
  replace?: boolean;
}

export interface Store {
  /** Writes the batch in one transaction: all or nothing. Documents already stored are left as they are. */
  saveDocs(docs: Doc[], options?: SaveOptions): Promise<SaveResult>;
  /** The subset of `ids` already stored. */
  existingIds(ids: string[]): Promise<Set<string>>;
  getDoc(id: string): Promise<Doc | null>;
  /** The documents of `ids` in their order (null for an unknown id), read with a few queries for all of them. */
  getDocs(ids: string[]): Promise<(Doc | null)[]>;
  listDocs(filter?: DocFilter): Promise<Page<DocRow>>;
  listEvents(filter?: ListFilter): Promise<Page<EventRow>>;
  listQuotes(filter?: QuoteFilter): Promise<Page<QuoteRow>>;
  listActors(filter?: ListFilter): Promise<Page<ActorRow>>;
  summary(): Promise<Summary>;
  /** The near-duplicate cluster of a document (null when unknown). */
  nearDuplicates(docId: string): Promise<NearDupInfo | null>;
  close(): Promise<void>;
}

export const MAX_PAGE = 1000;

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** Opens (creating and migrating if needed) the store at `url`: a SQLite file path or a postgres:// URL. */
export async function openStore(url: string): Promise<Store> {
  if (isPostgresUrl(url)) {
    const { PostgresStore } = await import('./postgres/postgres-store.ts');
    return PostgresStore.open(url);
  }
  const { SqliteStore } = await import('./sqlite/sqlite-store.ts');
  return SqliteStore.open(url);
}

/** Every item of a paged listing, page after page (stops after `max` items when given). */
export async function* allPages<T, F extends ListFilter>(
  list: (f: F) => Promise<Page<T>>,
  filter: F,
  max?: number,
): AsyncGenerator<T> {
  let cursor = filter.cursor;
  let left = max ?? Infinity;
  for (;;) {
    const page = await list({ ...filter, cursor, limit: Math.min(MAX_PAGE, left) });
    for (const item of page.items) yield item;
    left -= page.items.length;
    if (!page.next || left <= 0) return;
    cursor = page.next;
  }
}
