// Model files: the shipped one under models/, or the file an environment variable names instead (to run
// the pipeline, the eval or the tests with a model trained with `eventline train … --out`).
import { afterEach, describe, expect, it } from 'vitest';
import { defaultModelPath, MODEL_FILE } from '../src/stages/syntax/model.ts';
import { bundledEntityModelPath, defaultEntityModelPath, ENTITY_MODEL_FILE } from '../src/stages/actors/entity-model.ts';

describe.each([
  { envVar: 'EVENTLINE_SYNTAX_MODEL', file: MODEL_FILE, path: defaultModelPath },
  { envVar: 'EVENTLINE_ENTITY_MODEL', file: ENTITY_MODEL_FILE, path: defaultEntityModelPath },
])('the $file model path', ({ envVar, file, path }) => {
  const saved = process.env[envVar];
  afterEach(() => {
    if (saved === undefined) delete process.env[envVar];
    else process.env[envVar] = saved;
  });
  it(`is the shipped file unless ${envVar} names another`, () => {
    delete process.env[envVar];
    expect(path().endsWith(`models/${file}`)).toBe(true);
    process.env[envVar] = `/tmp/other-${file}`;
    expect(path()).toBe(`/tmp/other-${file}`);
  });
});

it('training writes the shipped entity model whatever EVENTLINE_ENTITY_MODEL says', () => {
  process.env.EVENTLINE_ENTITY_MODEL = '/tmp/other.bin';
  expect(bundledEntityModelPath().endsWith(`models/${ENTITY_MODEL_FILE}`)).toBe(true);
  delete process.env.EVENTLINE_ENTITY_MODEL;
});
