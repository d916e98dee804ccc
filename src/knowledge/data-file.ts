// Reading user-editable data files (YAML or JSON): parse errors and schema errors are reported as one
// line naming the file, the line and the reason, so a user can fix their own registry or patterns.
import { readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { parsedYaml, YamlSyntaxError, type Item, type ParsedYaml } from './yaml-cache.ts';
import { validatedCache } from './validated-cache.ts';

export class DataFileError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly reason: string,
  ) {
    super(`${relative(process.cwd(), file) || file}${line ? `:${line}` : ''}: ${reason}`);
  }
}

export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

/** The parsed file (src/knowledge/yaml-cache.ts), a syntax error turned into a DataFileError at its line. */
export function parsedDataFile(file: string): ParsedYaml {
  try {
    return parsedYaml(file);
  } catch (err) {
    if (err instanceof YamlSyntaxError) throw new DataFileError(file, err.line, err.reason);
    throw err;
  }
}

/**
 * Validates each item of a list with `schema`; the first invalid one is a DataFileError at its line. A
 * list validated whole before (the same items, the same schema) is read from the cache instead
 * (src/knowledge/validated-cache.ts).
 */
export function validateItems<T>(file: string, items: Item[], schema: z.ZodType<T>): Located<T>[] {
  const memo = validatedCache(items.map(([json]) => json), schema);
  if (memo.cached) {
    const values = memo.cached;
    return items.map(([, line], i) => ({ value: values[i], file, line }));
  }
  const out = items.map(([json, line]) => {
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
      throw new DataFileError(file, line, `${path}${issue.message}`);
    }
    return { value: parsed.data, file, line };
  });
  memo.store(out.map((r) => r.value));
  return out;
}

/**
 * Parse a YAML/JSON file whose top level is a list (or a map with a list under `listKey`), validating
 * each item with `schema`. Returns every item with the line it starts on.
 */
export function readRecords<T>(file: string, schema: z.ZodType<T>, listKey?: string): Located<T>[] {
  const y = parsedDataFile(file);
  const list = listKey && y.kind === 'map' ? listKey : y.kind === 'seq' ? '' : null;
  const items = list !== null && Object.hasOwn(y.lists, list) ? y.lists[list] : null;
  if (!items) throw new DataFileError(file, 1, `expected a list${listKey ? ` under "${listKey}"` : ''} of entries`);
  return validateItems(file, items, schema);
}

/** Data files (.yaml, .yml, .json) in `dir`, sorted by name; [] when the folder is absent. */
export function dataFilesIn(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|json)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Every data file under `sub` (a file name or a folder) across the knowledge dirs, in order. */
export function knowledgeFiles(dirs: readonly string[], sub: string): string[] {
  const files: string[] = [];
  for (const d of dirs) {
    const p = join(d, sub);
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) files.push(...dataFilesIn(p));
    else files.push(p);
  }
  return files;
}
