// The entity model file: the shipped one, or the file EVENTLINE_ENTITY_MODEL names (to run the pipeline or
// the eval with a tagger trained with `eventline train entities --out`); training writes the shipped path.
import { afterEach, describe, expect, it } from 'vitest';
import { bundledEntityModelPath, defaultEntityModelPath, ENTITY_MODEL_FILE } from '../../../src/stages/actors/entity-model.ts';

describe('defaultEntityModelPath', () => {
  const saved = process.env.EVENTLINE_ENTITY_MODEL;
  afterEach(() => {
    if (saved === undefined) delete process.env.EVENTLINE_ENTITY_MODEL;
    else process.env.EVENTLINE_ENTITY_MODEL = saved;
  });
  it('is the shipped model unless EVENTLINE_ENTITY_MODEL names another file', () => {
    delete process.env.EVENTLINE_ENTITY_MODEL;
    expect(defaultEntityModelPath().endsWith(`models/${ENTITY_MODEL_FILE}`)).toBe(true);
    process.env.EVENTLINE_ENTITY_MODEL = '/tmp/other-entities.bin';
    expect(defaultEntityModelPath()).toBe('/tmp/other-entities.bin');
    expect(bundledEntityModelPath().endsWith(`models/${ENTITY_MODEL_FILE}`)).toBe(true);
  });
});
