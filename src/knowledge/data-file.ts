// Reading user-editable data files (YAML or JSON): parse errors and schema errors are reported as one
// line naming the file, the line and the reason, so a user can fix their own registry or patterns.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isSeq, isMap, type Node } from 'yaml';
import type { z } from 'zod';

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

/**
 * Parse a YAML/JSON file whose top level is a list (or a map with a list under `listKey`), validating
 * each item with `schema`. Returns every item with the line it starts on.
 */
export function readRecords<T>(file: string, schema: z.ZodType<T>, listKey?: string): Located<T>[] {
  const src = readFileSync(file, 'utf8');
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new DataFileError(file, lc.linePos(e.pos[0]).line, e.message.split('\n')[0]);
  }
  let root: unknown = doc.contents;
  if (listKey && isMap(root)) root = (root as { get(k: string, keep: true): unknown }).get(listKey, true);
  if (!isSeq(root)) {
    throw new DataFileError(file, 1, `expected a list${listKey ? ` under "${listKey}"` : ''} of entries`);
  }
  const out: Located<T>[] = [];
  for (const item of root.items as Node[]) {
    const line = item?.range ? lc.linePos(item.range[0]).line : 1;
    const parsed = schema.safeParse((item as Node & { toJSON(): unknown }).toJSON());
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
      throw new DataFileError(file, line, `${path}${issue.message}`);
    }
    out.push({ value: parsed.data, file, line });
  }
  return out;
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
