// The shipped syntax model's manifest (models/syntax-en.json) is what `eventline train syntax` reproduces:
// its settings are the command's defaults, and the SHA-256 it records is the bundled file's.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAIN } from '../../../src/stages/syntax/train.ts';
import { fromPackageRoot } from '../../../src/package-root.ts';

describe('models/syntax-en.json', () => {
  const manifest = JSON.parse(readFileSync(fromPackageRoot('models', 'syntax-en.json'), 'utf8')) as { settings: Record<string, unknown>; sha256: string };

  it('records the defaults of `eventline train syntax` (word clusters from models/word-clusters.tsv)', () => {
    const { clusters, ...rest } = manifest.settings;
    const { clusters: _none, ...defaults } = DEFAULT_TRAIN;
    expect(rest).toEqual(defaults);
    expect(clusters).toBe('word-clusters.tsv');
  });

  it('records the SHA-256 of the bundled model file', () => {
    expect(createHash('sha256').update(readFileSync(fromPackageRoot('models', 'syntax-en.bin'))).digest('hex')).toBe(manifest.sha256);
  });
});
