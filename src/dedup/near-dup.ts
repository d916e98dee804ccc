// Near-duplicate linking inside the store's save transaction: a new document's MinHash signature is
// matched against earlier documents sharing an LSH band; the most similar one at or above the threshold
// makes it a member of that document's cluster. Its events whose key the cluster already holds are
// flagged `duplicate` (stored, shown on request, counted once per cluster in listings and aggregates).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Doc } from '../doc/types.ts';
import type { Database, Dialect } from '../store/schema.ts';
import { slices } from '../store/slices.ts';
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

/**
 * Links a batch of just-inserted documents, in order, with a handful of statements for the whole batch
 * (the candidates of all documents in one query; signatures, bands and cluster rows in multi-row inserts).
 * Same result as linking them one by one: a document may join the cluster of an earlier one of the batch.
 */
export async function linkNearDuplicatesBatch(trx: Transaction<Database>, dialect: Dialect, docs: Doc[], threshold = nearDupThreshold()): Promise<void> {
  if (!docs.length) return;
  // one writer at a time decides clusters, so concurrent workers cannot both claim to be the first copy
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(7384920117)`.execute(trx);
  const items = docs.map((doc) => {
    const sig = minhash(doc.text);
    return { doc, sig, bands: bandKeys(sig) };
  });
  const batchIds = new Set(docs.map((d) => d.id));
  // stored documents sharing a band with any document of the batch, by band
  const byBand = new Map<string, { id: string; sig: Uint32Array }[]>();
  if (threshold <= 1) {
    const sigs = new Map<string, Uint32Array>();
    for (const part of slices([...new Set(items.flatMap((x) => x.bands))], 500)) {
      const rows = await trx
        .selectFrom('doc_bands as b')
        .innerJoin('doc_signatures as s', 's.doc_id', 'b.doc_id')
        .select(['b.band', 's.doc_id', 's.signature'])
        .where('b.band', 'in', part)
        .execute();
      for (const r of rows) {
        if (batchIds.has(r.doc_id)) continue;
        let sig = sigs.get(r.doc_id);
        if (!sig) sigs.set(r.doc_id, (sig = decodeSignature(r.signature)));
        const list = byBand.get(r.band);
        if (list) list.push({ id: r.doc_id, sig });
        else byBand.set(r.band, [{ id: r.doc_id, sig }]);
      }
    }
  }
  // the most similar earlier document of each one: stored, or earlier in the batch
  const bests = items.map((x, k) => {
    let best: { id: string; sim: number } | null = null;
    if (threshold > 1) return best;
    const seenIds = new Set<string>();
    const consider = (id: string, sig: Uint32Array) => {
      if (seenIds.has(id)) return;
      seenIds.add(id);
      const sim = similarity(x.sig, sig);
      if (sim >= threshold && (!best || sim > best.sim || (sim === best.sim && id < best.id))) best = { id, sim };
    };
    for (const band of x.bands) for (const c of byBand.get(band) ?? []) consider(c.id, c.sig);
    for (const y of items.slice(0, k)) if (y.bands.some((b) => x.bands.includes(b))) consider(y.doc.id, y.sig);
    return best as { id: string; sim: number } | null;
  });
  // clusters: a stored document's from the store, a batch document's as decided here, in batch order
  const clusterOf = new Map<string, string>();
  const storedBest = [...new Set(bests.flatMap((b) => (b && !batchIds.has(b.id) ? [b.id] : [])))];
  for (const part of slices(storedBest, 500)) {
    for (const r of await trx.selectFrom('doc_clusters').select(['doc_id', 'cluster']).where('doc_id', 'in', part).execute()) clusterOf.set(r.doc_id, r.cluster);
  }
  const links = items.map(({ doc }, k) => {
    const best = bests[k];
    const cluster = best ? clusterOf.get(best.id) ?? best.id : doc.id;
    clusterOf.set(doc.id, cluster);
    return { doc, cluster, best };
  });
  for (const v of slices(items.map((x) => ({ doc_id: x.doc.id, signature: encodeSignature(x.sig) })), 1000)) {
    await trx.insertInto('doc_signatures').values(v).execute();
  }
  for (const v of slices(items.flatMap((x) => x.bands.map((band) => ({ band, doc_id: x.doc.id }))), 2000)) {
    await trx.insertInto('doc_bands').values(v).onConflict((oc) => oc.doNothing()).execute();
  }
  for (const v of slices(links.map((l) => ({ doc_id: l.doc.id, cluster: l.cluster, duplicate_of: l.best?.id ?? null, similarity: l.best?.sim ?? null })), 1000)) {
    await trx.insertInto('doc_clusters').values(v).execute();
  }
  // duplicate flags, in batch order (a copy's flags depend on the earlier members' flags; later members of
  // the batch are left out, as they would not have been stored yet when linking one by one)
  for (const [k, l] of links.entries()) {
    if (!l.best) continue;
    const later = links.slice(k + 1).filter((x) => x.cluster === l.cluster).map((x) => x.doc.id);
    let counted = trx
      .selectFrom('events as e2')
      .innerJoin('doc_clusters as c2', 'c2.doc_id', 'e2.doc_id')
      .select('e2.key')
      .where('c2.cluster', '=', l.cluster)
      .where('e2.doc_id', '!=', l.doc.id)
      .where('e2.duplicate', '=', 0);
    if (later.length) counted = counted.where('e2.doc_id', 'not in', later);
    await trx.updateTable('events').set({ duplicate: 1 }).where('doc_id', '=', l.doc.id).where('key', 'in', counted).execute();
  }
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
