// Knowledge items already validated, kept as JSON in the cache folder: checking every item of the bundled
// knowledge files against its zod schema took about a twentieth of the CPU of a start (issue 16), at
// every start, for files that had not changed. The key is a hash of the items themselves (their JSON)
// and of the schema's fingerprint (its structure, its constants and the source text of its own
// functions: refinements, preprocessors), so a changed item or schema validates again. A helper function
// that a refinement calls by name is not part of the fingerprint: bump FORMAT when changing one. Only
// lists that validate whole are stored; an invalid item is always reported from the schema itself.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { z } from 'zod';
import { cacheDir, writeJsonCache } from './cache.ts';

const FORMAT = 1;
const ZOD_VERSION = (createRequire(import.meta.url)('zod/package.json') as { version: string }).version;

const fingerprints = new WeakMap<object, string>();

/** A stable text of a zod schema's definition: nested schemas by their definitions, functions by their source. */
function describe(x: unknown, seen: Set<object>): string {
  if (typeof x === 'function') return `fn:${x.toString()}`;
  if (x === null || typeof x !== 'object') return x === undefined ? 'u' : JSON.stringify(x);
  if (seen.has(x)) return '@';
  seen.add(x);
  const zod = (x as { _zod?: { def?: unknown } })._zod;
  if (zod) return `Z${describe(zod.def, seen)}`;
  if (Array.isArray(x)) return `[${x.map((v) => describe(v, seen)).join(',')}]`;
  return `{${Object.keys(x).sort().map((k) => `${JSON.stringify(k)}:${describe((x as Record<string, unknown>)[k], seen)}`).join(',')}}`;
}

/** The schema's fingerprint (sha256, hex), computed once per schema object. */
export function schemaFingerprint(schema: z.ZodType<unknown>): string {
  let fp = fingerprints.get(schema);
  if (!fp) {
    fp = createHash('sha256').update(describe(schema, new Set())).digest('hex');
    fingerprints.set(schema, fp);
  }
  return fp;
}

/** Where the validated values of `values` under `schema` are kept. */
function cacheFile(values: unknown[], schema: z.ZodType<unknown>): string {
  const hash = createHash('sha256')
    .update(`${FORMAT}:${ZOD_VERSION}:${schemaFingerprint(schema)}\n`)
    .update(JSON.stringify(values))
    .digest('hex')
    .slice(0, 32);
  return join(cacheDir(), 'validated', `${hash}.json`);
}

/**
 * The validated values of `values` (raw items) from an earlier run, or null; `store` keeps a list that
 * validated whole for the next run (silently nothing when the cache folder is not writable).
 */
export function validatedCache<T>(values: unknown[], schema: z.ZodType<T>): { cached: T[] | null; store(validated: T[]): void } {
  const file = cacheFile(values, schema);
  let cached: T[] | null = null;
  if (existsSync(file)) {
    try {
      const read = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      if (Array.isArray(read) && read.length === values.length) cached = read as T[];
    } catch {
      // unreadable cache file: validate again
    }
  }
  return { cached, store: (validated) => void writeJsonCache(validated, file) };
}
