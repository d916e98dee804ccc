import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { createDoc } from '../../src/doc/doc.ts';

// V8 (Node 20) gives an object built as `{ ...base, extra }` a hidden class of its own once the literal's
// clone cache is warm, so that every later reader of such objects goes megamorphic (bench/README.md,
// issue 16). The stages build those objects with Object.assign instead: objects of one layer with the
// same keys in the same order share one hidden class.
setFlagsFromString('--allow-natives-syntax');
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (a: object, b: object) => boolean;

const TEXT = [
  'Police officers in Lyon arrested two men on Monday after a protest outside the town hall.',
  'Government officials in Canada criticised the plan on Tuesday, and military commanders in Kenya met farmers.',
  'Health workers in Peru said hospital staff in Lima would strike, while teachers in Chile backed them.',
  'Border guards in Poland detained a driver, and customs officers in Latvia searched his truck.',
].join(' ');

describe('object shapes of the layers', () => {
  it('gives the objects of a layer that have the same keys one hidden class', () => {
    const pipeline = defaultPipeline();
    // warm every literal's caches first (a clone cache turns fast after about ten objects)
    for (let i = 0; i < 12; i++) pipeline.run(createDoc({ date: '2024-03-04', text: TEXT }));
    const doc = pipeline.run(createDoc({ date: '2024-03-04', text: TEXT }));
    const checked: string[] = [];
    for (const name of ['entities', 'mentions', 'places', 'timexes', 'quotes', 'events'] as const) {
      const byKeys = new Map<string, object[]>();
      for (const o of (doc.layers[name] ?? []) as object[]) {
        const k = Object.keys(o).join(',');
        byKeys.set(k, [...(byKeys.get(k) ?? []), o]);
      }
      for (const [keys, objects] of byKeys) {
        if (objects.length < 2) continue;
        checked.push(`${name}: ${keys}`);
        expect(objects.filter((o) => !sameMap(o, objects[0])).length, `${name} {${keys}}`).toBe(0);
      }
    }
    // the text makes sector entities (built after a spread before) and places
    expect(checked.some((c) => c.startsWith('entities:') && c.includes('sector'))).toBe(true);
    expect(checked.some((c) => c.startsWith('places:'))).toBe(true);
  });
});
