// The cache of validated knowledge items: a list validated whole gives the same values (defaults filled)
// from the cache, a changed schema or item validates again, and an invalid item is reported from the
// schema and never cached.
import { mkdtempSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRecords } from '../../src/knowledge/data-file.ts';
import { schemaFingerprint } from '../../src/knowledge/validated-cache.ts';

let dir: string;
const saved = process.env.EVENTLINE_CACHE_DIR;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-validated-cache-'));
  process.env.EVENTLINE_CACHE_DIR = join(dir, 'cache');
});
afterEach(() => {
  if (saved === undefined) delete process.env.EVENTLINE_CACHE_DIR;
  else process.env.EVENTLINE_CACHE_DIR = saved;
});

const stored = () => (existsSync(join(dir, 'cache', 'validated')) ? readdirSync(join(dir, 'cache', 'validated')) : []);
const dateField = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d\d-\d\d$/).nullable());
const boat = z.object({
  name: z.string().min(1),
  crew: z.array(z.string()).default([]),
  port: z.string().nullable().default(null),
  launched: dateField.default(null),
  kind: z.enum(['ferry', 'tug']).default('ferry'),
  note: z.string().optional(),
});

describe('validated knowledge cache', () => {
  it('gives the same values and lines from the cache as from the schema', () => {
    const file = join(dir, 'boats.yaml');
    writeFileSync(file, 'boats:\n  - {name: Gull}\n  - {name: Tern, crew: [Ada, Bo], kind: tug, launched: "1990-05-01", note: old}\n');
    const first = readRecords(file, boat, 'boats');
    expect(first.map((r) => r.value)).toStrictEqual([
      { name: 'Gull', crew: [], port: null, launched: null, kind: 'ferry' },
      { name: 'Tern', crew: ['Ada', 'Bo'], port: null, launched: '1990-05-01', kind: 'tug', note: 'old' },
    ]);
    expect(stored()).toHaveLength(1);
    const again = readRecords(file, boat, 'boats');
    expect(again).toStrictEqual(first);
    expect(stored()).toHaveLength(1);
  });

  it('validates again when the schema or an item changes, and never caches an invalid list', () => {
    const file = join(dir, 'boats.yaml');
    writeFileSync(file, 'boats:\n  - {name: Gull}\n');
    readRecords(file, boat, 'boats');
    const tugs = boat.extend({ kind: z.enum(['ferry', 'tug']).default('tug') });
    expect(schemaFingerprint(tugs)).not.toBe(schemaFingerprint(boat));
    expect(readRecords(file, tugs, 'boats')[0].value.kind).toBe('tug');
    expect(stored()).toHaveLength(2);
    writeFileSync(file, 'boats:\n  - {name: Gull}\n  - {name: ""}\n');
    expect(() => readRecords(file, boat, 'boats')).toThrow(/boats\.yaml:3: field "name": /);
    expect(() => readRecords(file, boat, 'boats')).toThrow(/boats\.yaml:3: field "name": /);
    expect(stored()).toHaveLength(2);
  });

  it('tells apart schemas that differ only in a refinement', () => {
    const a = z.string().refine((s) => s.length > 1);
    const b = z.string().refine((s) => s.length > 2);
    expect(schemaFingerprint(a)).not.toBe(schemaFingerprint(b));
    expect(schemaFingerprint(a)).toBe(schemaFingerprint(a));
  });
});
