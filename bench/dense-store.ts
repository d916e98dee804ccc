// The generated dense store of the serving benchmark (and the dense browser tests): N events in N/10
// documents over three years (2021–2023), Zipf-like country and town choices, fixed seed, so the same N
// always gives the same store. Rows go in directly (not through saveDocs), then the summary tables are built.
import { renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { rebuildRollups } from '../src/store/rollups.ts';
import { Rng } from './prng.ts';

const PER_DOC = 10;

export const COUNTRIES = ['USA', 'RUS', 'CHN', 'UKR', 'POL', 'BLR', 'DEU', 'FRA', 'GBR', 'ISR', 'PSE', 'IRN', 'TUR', 'SYR', 'IRQ', 'IND', 'PAK', 'AFG',
  'SDN', 'ETH', 'MLI', 'NER', 'NGA', 'KEN', 'SOM', 'EGY', 'LBY', 'SAU', 'YEM', 'ARM', 'AZE', 'GEO', 'SRB', 'XKX', 'VEN', 'GUY', 'COL', 'MEX', 'BRA',
  'PHL', 'VNM', 'JPN', 'KOR', 'PRK', 'TWN', 'MMR', 'THA', 'IDN', 'AUS', 'CAN', 'ITA', 'ESP', 'HUN', 'LTU', 'LVA', 'EST', 'FIN', 'SWE', 'NOR', 'MDA'];
const TYPES: [string, string, number, number][] = [
  ['AGREE', '030', 4, 1], ['CONSULT', '040', 1, 1], ['SUPPORT', '050', 3.4, 1], ['REQUEST', '020', 3, 1], ['CONCEDE', '080', 5, 2],
  ['COOPERATE', '060', 6, 2], ['AID', '070', 7, 2], ['RETREAT', '087', 5, 2], ['ACCUSE', '112', -2, 3], ['REJECT', '120', -4, 3],
  ['THREATEN', '130', -4.4, 3], ['PROTEST', '140', -6.5, 3], ['SANCTION', '163', -8, 3], ['MOBILIZE', '150', -7.2, 4], ['COERCE', '170', -7, 4],
  ['ASSAULT', '180', -9, 4],
];
export const START = Date.UTC(2021, 0, 1);
const DAYS = 3 * 365;

/** Zipf-like pick: low indexes much more likely, as real event data concentrates on a few countries. */
function zipf(rng: Rng, n: number): number {
  return Math.min(n - 1, Math.floor(n * rng.next() ** 2.2));
}

/** Writes the store to `path` (through `path`.tmp, renamed when complete). */
export async function generateDenseStore(path: string, EVENTS: number): Promise<void> {
  const tmp = `${path}.tmp`;
  rmSync(tmp, { force: true });
  const store = await SqliteStore.open(tmp); // schema and migrations (incl. the aggregate indexes)
  await store.close();
  const db = new Database(tmp);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -400000');
  const rng = new Rng(20240601);
  const insActor = db.prepare('insert into actors (id, name, kind, country, sector) values (?, ?, ?, ?, ?)');
  const insDoc = db.prepare(`insert into documents (id, date, title, url, source, origin, text, layers, sentences, tokens, ingested_at)
    values (?, ?, ?, null, 'Bench Wire', null, ?, '["actors","events"]', null, null, '2024-06-01T00:00:00Z')`);
  const insEv = db.prepare(`insert into events (id, doc_id, idx, doc_date, key, type, cameo, goldstein, quad, source_actor, source_country,
    source_sector, target_actor, target_country, target_sector, date, precision, mode, trigger_start, trigger_end, trigger_text,
    sentence_start, sentence_end, quote_idx, pattern, data) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'GOV', ?, ?, 'GOV', ?, 'day', 'asserted', 0, 6, 'struck', 0, 40, null, 'bench', ?)`);
  const insPlace = db.prepare('insert into places (doc_id, idx, start, "end", text, data, name, country, lat, lon) values (?, 0, 0, 6, ?, ?, ?, ?, ?, ?)');
  const t0 = Date.now();
  db.transaction(() => {
    for (const c of COUNTRIES) insActor.run(`country:${c}`, `Country ${c}`, 'country', c, 'GOV');
    const docs = Math.ceil(EVENTS / PER_DOC);
    let n = 0;
    for (let d = 0; d < docs && n < EVENTS; d++) {
      const day = new Date(START + Math.floor(rng.next() * DAYS) * 86_400_000).toISOString().slice(0, 10);
      const id = `b${String(d).padStart(9, '0')}`;
      insDoc.run(id, day, `Bench article ${d}`, `Bench article ${d} about events on ${day}.`);
      const pc = COUNTRIES[zipf(rng, COUNTRIES.length)];
      // 30 towns per country at fixed points, the first ones named far more often (as in real coverage)
      const town = zipf(rng, 30);
      const k = COUNTRIES.indexOf(pc);
      const name = `Town ${town} ${pc}`;
      insPlace.run(id, name, JSON.stringify({ start: 0, end: 6 }), name, pc, -40 + ((k * 37 + town * 11) % 100) + town / 100, -120 + ((k * 53 + town * 29) % 240) + k / 100);
      for (let i = 0; i < PER_DOC && n < EVENTS; i++, n++) {
        const [type, cameo, g, quad] = TYPES[Math.floor(rng.next() * TYPES.length)];
        const s = COUNTRIES[zipf(rng, COUNTRIES.length)];
        let t = COUNTRIES[zipf(rng, COUNTRIES.length)];
        if (t === s) t = COUNTRIES[(COUNTRIES.indexOf(s) + 1) % COUNTRIES.length];
        const date = rng.next() < 0.8 ? day : null;
        const data = JSON.stringify({
          type, cameo, goldstein: g, quad, source: { actor: `country:${s}`, country: s, sector: 'GOV' }, target: { actor: `country:${t}`, country: t, sector: 'GOV' },
          date, precision: date ? 'day' : 'unknown', mode: 'asserted', trigger: { start: 0, end: 6, text: 'struck' }, sentence: { start: 0, end: 40 }, pattern: 'bench',
        });
        insEv.run(`${id}-${i}`, id, i, day, `${day}|${s}|${cameo}|${t}`, type, cameo, g, quad, `country:${s}`, s, `country:${t}`, t, date, data);
      }
    }
  })();
  db.pragma('journal_mode = WAL');
  db.close();
  // the rows went in around saveDocs, so the summary tables are filled from them in one pass
  const filled = await SqliteStore.open(tmp);
  await rebuildRollups(filled.db);
  await filled.close();
  const again = new Database(tmp);
  again.exec('analyze');
  again.close();
  renameSync(tmp, path);
  console.log(`generated ${EVENTS} events in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${path}`);
}

