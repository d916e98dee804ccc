// Saving a batch so that one bad record costs only itself: the batch is one transaction; when it fails
// for a reason of its own (not a lock or an unavailable store), each document is saved alone and those
// that still fail become problems of their input line. Used by `eventline ingest`, `eventline watch`,
// the queue worker and POST /api/documents.
import type { Doc } from '../doc/types.ts';
import type { InputProblem } from '../ingest/problem.ts';
import type { SaveOptions, SaveResult, Store } from './store.ts';
import { StoreUnavailableError } from './write-retry.ts';

export interface IsolatedSave extends SaveResult {
  /** Documents that could not be stored, with the store's reason. */
  failed: { doc: Doc; reason: string }[];
}

/** Errors of the store as a whole (no record is to blame): they stop the caller instead of skipping records. */
export function storeLevel(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  const code = String((err as { code?: unknown })?.code ?? '');
  // SQLite: disk full, I/O, read-only, cannot open, corrupt; PostgreSQL: connection, resources, shutdown; sockets
  return /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|CORRUPT|NOTADB|PERM)/.test(code) || /^(08|53|57)/.test(code) || /^E[A-Z]+$/.test(code);
}

const firstLine = (err: unknown) => String((err as Error)?.message ?? err).split('\n')[0].slice(0, 200);

export async function saveIsolated(store: Pick<Store, 'saveDocs'>, docs: Doc[], options?: SaveOptions): Promise<IsolatedSave> {
  try {
    return { ...(await store.saveDocs(docs, options)), failed: [] };
  } catch (err) {
    if (docs.length < 2 && !storeLevel(err) && docs.length) return { saved: [], existing: [], failed: [{ doc: docs[0], reason: firstLine(err) }] };
    if (storeLevel(err)) throw err;
    const out: IsolatedSave = { saved: [], existing: [], failed: [] };
    for (const doc of docs) {
      try {
        const r = await store.saveDocs([doc], options);
        out.saved.push(...r.saved);
        out.existing.push(...r.existing);
      } catch (one) {
        if (storeLevel(one)) throw one;
        out.failed.push({ doc, reason: firstLine(one) });
      }
    }
    // every record failing alone too: the store is at fault, not the records
    if (out.failed.length === docs.length) throw err;
    return out;
  }
}

/** The problem line of a document the store refused: its input file and line from the document's origin. */
export function saveProblem(f: { doc: Doc; reason: string }): InputProblem {
  const origin = f.doc.meta.origin ?? f.doc.id;
  const m = /^(.*):(\d+)$/.exec(origin);
  return {
    file: m ? m[1] : origin,
    ...(m ? { line: Number(m[2]) } : {}),
    reason: `the database refused this document (${f.reason})`,
    fix: 'fix or remove that record; the other records were stored',
  };
}
