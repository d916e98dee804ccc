// Near-duplicate linking inside the store's save transaction: a new document's MinHash signature is
// matched against earlier documents sharing an LSH band; the most similar one at or above the threshold
// makes it a member of that document's cluster. Its events whose key the cluster already holds are
// flagged `duplicate` (stored, shown on request, counted once per cluster in listings and aggregates).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Doc } from '../doc/types.ts';
import type { Database, Dialect } from '../store/schema.ts';
import { DEFAULT_THRESHOLD, bandKeys, decodeSignature, encodeSignature, minhash, similarity } from './minhash.ts';

export interface NearDupInfo {
  /** Id of the cluster: the first stored copy of the story. */
  cluster: string;
  /** The earlier document this one copies (null for the first copy). */
  duplicateOf: string | null;
  /** Estimated Jaccard similarity to `duplicateOf`. */
  similarity: number | null;
  /** Every document of the cluster, oldest first. */
  members: string[];
}

/** Threshold from EVENTLINE_NEAR_DUP (0–1; 1 or more turns linking off), else the default. */
export function nearDupThreshold(): number {
  const v = Number(process.env.EVENTLINE_NEAR_DUP);
  return process.env.EVENTLINE_NEAR_DUP && Number.isFinite(v) && v > 0 ? v : DEFAULT_THRESHOLD;
}

/** Links a just-inserted document (its events already written) to its near-duplicates. */
export async function linkNearDuplicates(trx: Transaction<Database>, dialect: Dialect, doc: Doc, threshold = nearDupThreshold()): Promise<void> {
  // one writer at a time decides clusters, so concurrent workers cannot both claim to be the first copy
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7384920117)`.execute(trx);
  const sig = minhash(doc.text);
  const bands = bandKeys(sig);
  let best: { id: string; sim: number } | null = null;
  if (threshold <= 1) {
    const cands = await trx
      .selectFrom('doc_bands as b')
      .innerJoin('doc_signatures as s', 's.doc_id', 'b.doc_id')
      .select(['s.doc_id', 's.signature'])
      .distinct()
      .where('b.band', 'in', bands)
      .where('b.doc_id', '!=', doc.id)
      .execute();
    for (const c of cands) {
      const sim = similarity(sig, decodeSignature(c.signature));
      if (sim >= threshold && (!best || sim > best.sim || (sim === best.sim && c.doc_id < best.id))) best = { id: c.doc_id, sim };
    }
  }
  await trx.insertInto('doc_signatures').values({ doc_id: doc.id, signature: encodeSignature(sig) }).execute();
  await trx.insertInto('doc_bands').values(bands.map((band) => ({ band, doc_id: doc.id }))).onConflict((oc) => oc.doNothing()).execute();
  if (!best) {
    await trx.insertInto('doc_clusters').values({ doc_id: doc.id, cluster: doc.id, duplicate_of: null, similarity: null }).execute();
    return;
  }
  const of = await trx.selectFrom('doc_clusters').select('cluster').where('doc_id', '=', best.id).executeTakeFirst();
  const cluster = of?.cluster ?? best.id;
  await trx.insertInto('doc_clusters').values({ doc_id: doc.id, cluster, duplicate_of: best.id, similarity: best.sim }).execute();
  const counted = trx
    .selectFrom('events as e2')
    .innerJoin('doc_clusters as c2', 'c2.doc_id', 'e2.doc_id')
    .select('e2.key')
    .where('c2.cluster', '=', cluster)
    .where('e2.doc_id', '!=', doc.id)
    .where('e2.duplicate', '=', 0);
  await trx.updateTable('events').set({ duplicate: 1 }).where('doc_id', '=', doc.id).where('key', 'in', counted).execute();
}

/** Removes a document's signature, bands and cluster entry (before it is replaced). */
export async function unlinkNearDuplicates(trx: Transaction<Database>, docId: string): Promise<void> {
  await trx.deleteFrom('doc_bands').where('doc_id', '=', docId).execute();
  await trx.deleteFrom('doc_signatures').where('doc_id', '=', docId).execute();
  await trx.deleteFrom('doc_clusters').where('doc_id', '=', docId).execute();
}

/** A document's cluster, or null when the document is unknown (or was stored before near-dup linking). */
export async function nearDuplicatesOf(db: Kysely<Database>, docId: string): Promise<NearDupInfo | null> {
  const row = await db.selectFrom('doc_clusters').selectAll().where('doc_id', '=', docId).executeTakeFirst();
  if (!row) return null;
  const members = await db
    .selectFrom('doc_clusters as c')
    .innerJoin('documents as d', 'd.id', 'c.doc_id')
    .select('c.doc_id')
    .where('c.cluster', '=', row.cluster)
    .orderBy('d.ingested_at')
    .orderBy('c.doc_id')
    .execute();
  return {
    cluster: row.cluster,
    duplicateOf: row.duplicate_of,
    similarity: row.similarity === null ? null : Number(row.similarity),
    members: members.map((m) => m.doc_id),
  };
}
