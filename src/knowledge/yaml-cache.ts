// YAML knowledge files parsed once and kept as JSON in the cache folder, keyed by a hash of the file's
// bytes (and of this format and the yaml package's version): a changed file, bundled or in a --knowledge
// folder, is parsed again; an unchanged one loads with JSON.parse (the YAML parser took ~0.7 s of CPU for
// the bundled knowledge at every start). Parse errors are never cached: they are reported from the file.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Yaml from 'yaml';
import type { Node } from 'yaml';
import { cacheDir, writeJsonCache } from './cache.ts';

const FORMAT = 1;
const load = createRequire(import.meta.url);
const YAML_VERSION = (load('yaml/package.json') as { version: string }).version;

/** One list item: its JSON value and the line it starts on. */
export type Item = [value: unknown, line: number];

/** What the loaders need of a YAML file: its top-level shape, keys, and every top-level list with item lines. */
export interface ParsedYaml {
  kind: 'map' | 'seq' | 'other';
  /** Top-level keys of a map (in order). */
  keys: string[];
  /** A map's lists by key (null: the key holds something else); a top-level list under "". */
  lists: Record<string, Item[] | null>;
}

/** A parse error of a YAML file: the line it is on and the parser's message. */
export class YamlSyntaxError extends Error {
  constructor(readonly line: number, readonly reason: string) {
    super(reason);
  }
}

function parseYaml(src: string): ParsedYaml {
  // the parser is loaded only when a file is not in the cache (a warm start never imports it)
  const { isMap, isSeq, LineCounter, parseDocument } = load('yaml') as typeof Yaml;
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) throw new YamlSyntaxError(lc.linePos(doc.errors[0].pos[0]).line, doc.errors[0].message.split('\n')[0]);
  const items = (seq: unknown): Item[] | null =>
    isSeq(seq) ? (seq.items as (Node | null)[]).map((item) => [item ? (item as Node & { toJSON(): unknown }).toJSON() : null, item?.range ? lc.linePos(item.range[0]).line : 1]) : null;
  const root = doc.contents;
  if (isMap(root)) {
    const keys: string[] = [];
    const lists: Record<string, Item[] | null> = {};
    for (const pair of root.items) {
      const key = String((pair.key as { value?: unknown })?.value ?? pair.key);
      keys.push(key);
      lists[key] = items(pair.value);
    }
    return { kind: 'map', keys, lists };
  }
  if (isSeq(root)) return { kind: 'seq', keys: [], lists: { '': items(root) } };
  return { kind: 'other', keys: [], lists: {} };
}

/** The parsed file, from the cache when its bytes were seen before. Throws YamlSyntaxError on bad YAML. */
export function parsedYaml(file: string): ParsedYaml {
  const src = readFileSync(file, 'utf8');
  const hash = createHash('sha256').update(`${FORMAT}:${YAML_VERSION}\n`).update(src).digest('hex').slice(0, 32);
  const cached = join(cacheDir(), 'yaml', `${hash}.json`);
  if (existsSync(cached)) {
    try {
      return JSON.parse(readFileSync(cached, 'utf8')) as ParsedYaml;
    } catch {
      // unreadable cache file: parse again below
    }
  }
  const parsed = parseYaml(src);
  writeJsonCache(parsed, cached);
  return parsed;
}
