// The faster reader of wink's core model (src/stages/tokens/wink-model.ts) gives the package's model.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { readCoreModel, winkModel } from '../../../src/stages/tokens/wink-model.ts';

const load = createRequire(import.meta.url);

describe('tokens: wink model reader', () => {
  it('reads the same core model as the package', () => {
    const dir = join(dirname(load.resolve('wink-eng-lite-web-model/package.json')), 'dist');
    const ours = readCoreModel(dir);
    const theirs = (load(join(dir, 'load-core-model.js')) as () => unknown)();
    expect(ours.lexicon).toBeInstanceOf(Uint32Array);
    expect(ours.lexicon.length).toBeGreaterThan(1000);
    expect(isDeepStrictEqual(ours, theirs)).toBe(true);
  });

  it('keeps every other part of the package model', () => {
    const pkg = load('wink-eng-lite-web-model') as Record<string, unknown>;
    const ours = winkModel() as Record<string, unknown>;
    expect(Object.keys(ours).sort()).toEqual(Object.keys(pkg).sort());
    for (const k of Object.keys(pkg)) if (k !== 'core' && k !== 'addons' && k !== 'metaCER') expect(ours[k], k).toBe(pkg[k]);
    expect(ours.addons).toEqual(pkg.addons);
  });

  it("gives every wink instance the package's custom-entity meta model, the same text each time", () => {
    // (the package's own loader replaces its machines by their JSON text at each call: the text of the
    // twentieth instance of a process no longer fits in a string)
    const dir = join(dirname(load.resolve('wink-eng-lite-web-model/package.json')), 'dist');
    const text = JSON.stringify(load(join(dir, 'languages', 'cur', 'models', 'eng-cer-meta-model.json')));
    const meta = (winkModel() as { metaCER: () => { machines: string; transformers: unknown } }).metaCER;
    for (let i = 0; i < 3; i++) expect(meta().machines).toBe(text);
    expect(meta().transformers).toBe(load(join(dir, 'cer-transformers.js')));
  });
});
