import { readFileSync, readdirSync } from 'node:fs';
import { createDoc } from '../src/doc/doc.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { gazetteer } from '../src/stages/places/gazetteer.ts';
import { normName } from '../src/stages/places/normalize.ts';
const k = new Knowledge([BUNDLED_KNOWLEDGE_DIR]);
const p = defaultPipeline(k);
const gaz = gazetteer(k);
const dir = '/work/tmp/arts-places';
for (const f of readdirSync(dir)) {
  let text = readFileSync(`${dir}/${f}`, 'utf8');
  const m = /^date:\s*(\d{4}-\d{2}-\d{2})\s*\n/.exec(text);
  if (m) text = text.slice(m[0].length);
  const doc = p.run(createDoc({ date: m?.[1] ?? '2020-01-01', text }));
  const seen = new Set<string>();
  for (const pl of doc.layers.places ?? []) {
    if (pl.adjectival) continue;
    const key = normName(pl.text);
    if (seen.has(key)) continue;
    seen.add(key);
    const es = gaz.byName.get(key);
    if (!es || es.length < 2) continue;
    const top = es[0];
    const countries = new Set(es.map((e) => e.country));
    if (countries.size < 2) continue;
    if (top.country === pl.country) continue;
    const s = pl.start;
    console.log(`${f.slice(0, 40)} | ${pl.text} -> ${pl.name} (${pl.country}); top ${top.name} (${top.country}, pop ${top.population}) | ${text.slice(Math.max(0, s - 60), s + 40).replace(/\s+/g, ' ')}`);
  }
}
