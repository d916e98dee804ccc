// Word lists taken from the compromise package's lexicon (given names with gender, family names,
// cities, regions, organisations), cached as JSON beside the gazetteer cache so that loading the
// registry does not import compromise (≈0.3 s) unless the cache is missing or stale.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, writeJsonCache } from '../../knowledge/cache.ts';

const require = createRequire(import.meta.url);
const FORMAT = 1;

export interface CompromiseWords {
  format: number;
  source: string;
  /** [word, 'm' | 'f' | ''] */
  given: [string, string][];
  last: string[];
  city: string[];
  region: string[];
  org: string[];
}

function fingerprint(): string {
  const s = statSync(require.resolve('compromise'));
  return `${FORMAT}:${s.size}:${Math.round(s.mtimeMs)}`;
}

export function lexiconCacheFile(): string {
  return join(cacheDir(), 'compromise-words.json');
}

/** Read the words from compromise itself (the slow path). */
export function buildCompromiseWords(): CompromiseWords {
  const mod = require('compromise') as { default?: unknown };
  const nlp = (mod.default ?? mod) as { model(): { one: { lexicon: Record<string, string | string[]> } } };
  const out: CompromiseWords = { format: FORMAT, source: fingerprint(), given: [], last: [], city: [], region: [], org: [] };
  for (const [word, tag] of Object.entries(nlp.model().one.lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) {
      out.given.push([word, tags.includes('MaleName') ? 'm' : tags.includes('FemaleName') ? 'f' : '']);
    }
    if (tags.includes('LastName')) out.last.push(word);
    if (tags.includes('City')) out.city.push(word);
    else if (tags.includes('Region') || tags.includes('Place')) out.region.push(word);
    if (tags.includes('Organization')) out.org.push(word);
  }
  return out;
}

/** The words, from the cache when fresh, else from compromise (and cached for next time). */
export function compromiseWords(): CompromiseWords {
  const file = lexiconCacheFile();
  try {
    if (existsSync(file)) {
      const w = JSON.parse(readFileSync(file, 'utf8')) as CompromiseWords;
      if (w.format === FORMAT && w.source === fingerprint()) return w;
    }
  } catch {
    // unreadable cache: rebuild below
  }
  const w = buildCompromiseWords();
  // (a read-only install keeps the words in memory only)
  writeJsonCache(w, file);
  return w;
}
