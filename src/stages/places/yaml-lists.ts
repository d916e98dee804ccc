// A YAML knowledge file parsed once, whose top-level lists are validated key by key with file:line
// errors (DataFileError) — the one-parse counterpart of data-file.ts's readRecords, for files with
// several lists (places.yaml, actors/*.yaml). Parsed through the YAML cache (src/knowledge/yaml-cache.ts).
import type { z } from 'zod';
import { DataFileError, parsedDataFile, validateItems } from '../../knowledge/data-file.ts';

export interface YamlLists {
  /** Top-level keys of the file (empty when the top level is not a map). */
  keys: string[];
  isMap: boolean;
  list<T>(key: string, schema: z.ZodType<T>): { value: T; file: string; line: number }[];
}

export function yamlLists(file: string): YamlLists {
  const y = parsedDataFile(file);
  return {
    keys: y.keys,
    isMap: y.kind === 'map',
    list<T>(key: string, schema: z.ZodType<T>) {
      if (y.kind !== 'map' || !Object.hasOwn(y.lists, key)) return [];
      const items = y.lists[key];
      if (!items) throw new DataFileError(file, 1, `expected a list under "${key}"`);
      return validateItems(file, items, schema);
    },
  };
}
