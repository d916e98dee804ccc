// The body of POST /api/documents turned into stored documents, along the path of `eventline ingest`:
// each record validated as a JSON Lines record, documents already stored (or repeated) skipped by content
// id, the per-document size limits checked before and the time watchdog during annotation, then saved
// in batches of 50, one transaction each. Every record gets a status and, when skipped, the same one-line
// `skipped …` message the CLI prints. A record holding NUL, control characters or lone surrogates is skipped
// unless the request asks to sanitise (?sanitize=true: each such character stored as U+FFFD).
import { createDoc } from '../doc/doc.ts';
import type { Doc } from '../doc/types.ts';
import { parseRecord } from '../ingest/readers.ts';
import { formatProblem } from '../ingest/problem.ts';
import { partitionLimited, type DocLimits } from '../pipeline/limits.ts';
import { sortBatch } from '../ingest/fresh-docs.ts';
import type { Store } from '../store/store.ts';
import { saveIsolated, saveProblem } from '../store/save-isolated.ts';
import type { Annotator } from '../workers/pool.ts';
import { SANITIZE_FIX, hostileProblem } from '../ingest/hostile-text.ts';

/** What skip messages and stored documents' origin call a record: `POST /api/documents:N` (N from 1). */
export const RECORD_LABEL = 'POST /api/documents';
const BATCH = 50;
/** Most articles in one request (bounds the response, which has a line per record). */
export const MAX_RECORDS = 1000;

export interface RecordResult {
  record: number;
  status: 'stored' | 'existing' | 'skipped';
  id?: string;
  message?: string;
}

export interface IngestResult {
  stored: number;
  existing: number;
  skipped: number;
  results: RecordResult[];
}

/** A request body that is not one record or an array of them (400), or has too many (413). */
export class BodyError extends Error {
  constructor(message: string, readonly status: 400 | 413 = 400) {
    super(message);
  }
}

export async function ingestBody(body: unknown, store: Store, annotator: Annotator, limits: DocLimits, options: { sanitize?: boolean } = {}): Promise<IngestResult> {
  if (typeof body !== 'object' || body === null) throw new BodyError('the body is not a JSON object or array; send one article object or an array of them');
  const records: unknown[] = Array.isArray(body) ? body : [body];
  if (!records.length) throw new BodyError('the body is an empty array; send one article object or an array of them');
  if (records.length > MAX_RECORDS) throw new BodyError(`the body has ${records.length} articles, over the ${MAX_RECORDS} limit; send them in several requests`, 413);
  const results: RecordResult[] = records.map((_, i) => ({ record: i + 1, status: 'skipped' }));
  const skip = (i: number, message: string) => Object.assign(results[i], { status: 'skipped', message });
  const pending: { i: number; doc: Doc }[] = [];
  records.forEach((value, i) => {
    const raw = parseRecord(RECORD_LABEL, i + 1, value);
    if ('reason' in raw) return void skip(i, formatProblem(raw));
    const hostile = options.sanitize ? null : hostileProblem(raw, `${RECORD_LABEL}:${i + 1}`, SANITIZE_FIX.post);
    if (hostile) skip(i, formatProblem(hostile));
    else pending.push({ i, doc: createDoc(raw) });
  });
  for (let from = 0; from < pending.length; from += BATCH) {
    const batch = pending.slice(from, from + BATCH);
    for (const b of batch) results[b.i].id = b.doc.id;
    const { fresh, known, over } = await sortBatch(batch, (b) => b.doc, store, { limits });
    for (const b of known) results[b.i].status = 'existing';
    for (const o of over) skip(o.item.i, formatProblem(o.problem));
    if (!fresh.length) continue;
    const annotated = await annotator.annotate(fresh.map((f) => f.doc)); // worker threads send back copies
    const outcome = annotated.map((doc) => partitionLimited([doc]).problems[0] ?? null); // stopped by the time watchdog
    const res = await saveIsolated(store, annotated.filter((_, j) => !outcome[j])); // a record the store refuses is skipped alone
    const saved = new Set(res.saved);
    const refused = new Map(res.failed.map((f) => [f.doc.id, saveProblem(f)]));
    annotated.forEach((doc, j) => {
      const i = fresh[j].i;
      const problem = outcome[j] ?? refused.get(doc.id);
      if (problem) skip(i, formatProblem(problem));
      else results[i].status = saved.has(doc.id) ? 'stored' : 'existing'; // or stored meanwhile by another request
    });
  }
  const count = (s: RecordResult['status']) => results.filter((r) => r.status === s).length;
  return { stored: count('stored'), existing: count('existing'), skipped: count('skipped'), results };
}
