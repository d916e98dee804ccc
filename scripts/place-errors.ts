// Place errors of one half of TR-News end to end (half A by default: the tuning half):
// `node bin/run.js scripts/place-errors.ts [--half A|B] [--only far|miss|false]`. Lists, per article, each
// gold toponym matched by a place more than 161 km from the gold coordinates (FAR, with the place the
// pipeline chose and its country against the gold's), each gold toponym no place overlaps (MISS, with the
// entities over it), and each place that overlaps no gold toponym (FALSE), with a window of text; with
// `--only country` instead each gold span resolveToponym places in another country than the gold's
// (COUNTRY: the gold-span country figure's errors; `--far` adds those in the right country more than
// 161 km off, FAR). The output quotes the corpus: read it, do not copy
// it into the project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../src/doc/doc.ts';
import type { Place } from '../src/doc/types.ts';
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { halves } from '../src/eval/halves.ts';
import { parseTrNews, TR_NEWS_FILE } from '../src/eval/tr-news.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { haversineKm } from '../src/stages/places/geometry.ts';
import { gazetteer } from '../src/stages/places/gazetteer.ts';
import { normName } from '../src/stages/places/normalize.ts';
import { resolveToponym } from '../src/stages/places/analyze.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const half = opt('--half', 'A');
const only = opt('--only', '');
const pipeline = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
const articles = parseTrNews(readFileSync(join(defaultDataDir(), TR_NEWS_FILE), 'utf8'));
const of = halves(articles.map((a) => a.id));
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const counts: Record<string, number> = { FAR: 0, MISS: 0, FALSE: 0, COUNTRY: 0 };
const gaz = gazetteer(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
const countryIso = (name: string) => gaz.byName.get(normName(name))?.find((e) => e.kind === 'country')?.country;
for (const a of articles) {
  if (of.get(a.id) !== half) continue;
  const doc = pipeline.run(createDoc({ date: a.date || '2017-01-01', text: a.text }));
  const places: Place[] = doc.layers.places ?? [];
  const win = (s: { start: number; end: number }) =>
    oneLine(`${a.text.slice(Math.max(0, s.start - 60), s.start)}[${a.text.slice(s.start, s.end)}]${a.text.slice(s.end, s.end + 60)}`);
  const lines: string[] = [];
  if (only === 'country') {
    for (const g of a.toponyms) {
      const gc = g.countryName && g.lat !== undefined ? countryIso(g.countryName) : undefined;
      if (!gc) continue;
      const p = resolveToponym(doc, g);
      const km = p && g.lon !== undefined ? haversineKm(p.lat, p.lon, g.lat!, g.lon) : Infinity;
      if (p?.country === gc && (!args.includes('--far') || km <= 161)) continue;
      counts[p?.country === gc ? 'FAR' : 'COUNTRY']++;
      lines.push(`  ${p?.country === gc ? 'FAR' : 'COUNTRY'} "${g.phrase}" → ${p ? `${p.name} (${p.country}) ${Math.round(km)} km` : 'unresolved'}; gold ${gc} ${g.lat},${g.lon}\n      ${win(g)}`);
    }
    if (lines.length) console.log(`# ${a.id}\n${lines.join('\n')}\n`);
    continue;
  }
  const used = new Set<number>();
  for (const g of a.toponyms) {
    const i = places.findIndex((p, k) => !used.has(k) && p.start < g.end && g.start < p.end);
    if (i < 0) {
      counts.MISS++;
      if (only && only !== 'miss') continue;
      const ents = (doc.layers.entities ?? []).filter((e) => e.start < g.end && g.start < e.end).map((e) => `${e.label}:"${e.text}"`);
      lines.push(`  MISS "${g.phrase}" ${ents.join(' ')}\n      ${win(g)}`);
      continue;
    }
    used.add(i);
    if (g.lat === undefined || g.lon === undefined) continue;
    const p = places[i];
    const km = haversineKm(p.lat, p.lon, g.lat, g.lon);
    if (km <= 161) continue;
    counts.FAR++;
    if (only && only !== 'far') continue;
    lines.push(`  FAR "${g.phrase}" → ${p.name} (${p.country}) ${Math.round(km)} km; gold ${g.countryName ?? '?'} ${g.lat},${g.lon}\n      ${win(g)}`);
  }
  for (const p of places) {
    if (a.toponyms.some((g) => p.start < g.end && g.start < p.end)) continue;
    counts.FALSE++;
    if (only && only !== 'false') continue;
    lines.push(`  FALSE "${p.text}" → ${p.name} (${p.country})\n      ${win(p)}`);
  }
  if (lines.length) console.log(`# ${a.id}\n${lines.join('\n')}\n`);
}
if (only === 'country') console.log(`tr-news half ${half}: ${counts.COUNTRY} gold spans in the wrong country${args.includes('--far') ? `, ${counts.FAR} in the right one beyond 161 km` : ''}`);
else console.log(`tr-news half ${half}: ${counts.FAR} matched beyond 161 km, ${counts.MISS} missed, ${counts.FALSE} false`);
