// The syntax model file: the bundled one, or the file EVENTLINE_SYNTAX_MODEL names (to run the pipeline,
// the eval or the tests with a model trained with `eventline train syntax --out`).
import { afterEach, describe, expect, it } from 'vitest';
import { defaultModelPath, MODEL_FILE } from '../../../src/stages/syntax/model.ts';

describe('defaultModelPath', () => {
  const saved = process.env.EVENTLINE_SYNTAX_MODEL;
  afterEach(() => {
    if (saved === undefined) delete process.env.EVENTLINE_SYNTAX_MODEL;
    else process.env.EVENTLINE_SYNTAX_MODEL = saved;
  });
  it('is the bundled model unless EVENTLINE_SYNTAX_MODEL names another file', () => {
    delete process.env.EVENTLINE_SYNTAX_MODEL;
    expect(defaultModelPath().endsWith(`models/${MODEL_FILE}`)).toBe(true);
    process.env.EVENTLINE_SYNTAX_MODEL = '/tmp/other-syntax.bin';
    expect(defaultModelPath()).toBe('/tmp/other-syntax.bin');
  });
});
