// The YAML cache: a file parses to the same lists (with item lines) from the cache as from the parser,
// an edited file is parsed again, and a syntax error is reported at its line and never cached.
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readRecords } from '../../src/knowledge/data-file.ts';
import { parsedYaml } from '../../src/knowledge/yaml-cache.ts';

let dir: string;
const saved = process.env.EVENTLINE_CACHE_DIR;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-yaml-cache-'));
  process.env.EVENTLINE_CACHE_DIR = join(dir, 'cache');
});
afterEach(() => {
  if (saved === undefined) delete process.env.EVENTLINE_CACHE_DIR;
  else process.env.EVENTLINE_CACHE_DIR = saved;
});

const cached = () => readdirSync(join(dir, 'cache', 'yaml'));

describe('parsedYaml', () => {
  it('gives the same lists and lines from the cache, and parses an edited file again', () => {
    const file = join(dir, 'words.yaml');
    writeFileSync(file, 'about: harbour words\nwords:\n  - {word: quay, weight: 2}\n\n  - {word: pier, weight: 1}\n');
    const first = parsedYaml(file);
    expect(first).toEqual({ kind: 'map', keys: ['about', 'words'], lists: { about: null, words: [[{ word: 'quay', weight: 2 }, 3], [{ word: 'pier', weight: 1 }, 5]] } });
    expect(cached()).toHaveLength(1);
    expect(parsedYaml(file)).toEqual(first);
    writeFileSync(file, 'words:\n  - {word: jetty, weight: 3}\n');
    expect(parsedYaml(file).lists.words).toEqual([[{ word: 'jetty', weight: 3 }, 2]]);
    expect(cached()).toHaveLength(2);
    const schema = z.object({ word: z.string(), weight: z.number().max(2) });
    expect(() => readRecords(file, schema, 'words')).toThrow(/words\.yaml:2: field "weight": /);
  });

  it('reports a syntax error at its line and caches nothing', () => {
    const file = join(dir, 'broken.yaml');
    writeFileSync(file, '- {word: quay\n- word: pier\n');
    expect(() => readRecords(file, z.unknown())).toThrow(/broken\.yaml:\d+: /);
    expect(() => cached()).toThrow(/ENOENT/);
  });

  it('does not take inherited names for lists', () => {
    const file = join(dir, 'plain.yaml');
    writeFileSync(file, 'words: []\n');
    expect(() => readRecords(file, z.unknown(), 'constructor')).toThrow(/expected a list under "constructor"/);
  });
});
