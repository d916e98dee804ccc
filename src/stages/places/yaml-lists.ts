// A YAML knowledge file parsed once, whose top-level lists are validated key by key with file:line
// errors (DataFileError) — the one-parse counterpart of data-file.ts's readRecords, for files with
// several lists (places.yaml, actors/*.yaml).
import { readFileSync } from 'node:fs';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { DataFileError } from '../../knowledge/data-file.ts';

export interface YamlLists {
  /** Top-level keys of the file (empty when the top level is not a map). */
  keys: string[];
  isMap: boolean;
  list<T>(key: string, schema: z.ZodType<T>): { value: T; file: string; line: number }[];
}

export function yamlLists(file: string): YamlLists {
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) throw new DataFileError(file, lc.linePos(doc.errors[0].pos[0]).line, doc.errors[0].message.split('\n')[0]);
  const root = doc.contents;
  const keys = isMap(root) ? root.items.map((p) => String((p.key as { value?: unknown })?.value ?? p.key)) : [];
  return {
    keys,
    isMap: isMap(root),
    list<T>(key: string, schema: z.ZodType<T>) {
      if (!isMap(root) || !root.has(key)) return [];
      const seq = root.get(key, true);
      if (!isSeq(seq)) throw new DataFileError(file, 1, `expected a list under "${key}"`);
      return (seq.items as Node[]).map((item) => {
        const line = item?.range ? lc.linePos(item.range[0]).line : 1;
        const parsed = schema.safeParse((item as Node & { toJSON(): unknown }).toJSON());
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new DataFileError(file, line, `${issue.path.length ? `field "${issue.path.join('.')}": ` : ''}${issue.message}`);
        }
        return { value: parsed.data, file, line };
      });
    },
  };
}
