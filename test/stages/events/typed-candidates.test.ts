// The trained type model's events (typed-candidates.ts) on a hand-made model: a verb no template knows
// is coded with the model's type when it clears the margin, is asserted and names both parties; a
// sentence a template coded is left alone, and so is a type a template refused at that verb, and so is any
// sentence of an article (three sentences or more). Plus the model file round trip and the margin arithmetic.
import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeEvents } from '../../../src/stages/events/index.ts';
import { patternsOf } from '../../../src/stages/events/patterns.ts';
import { lexiconOf } from '../../../src/stages/events/lexicon.ts';
import { stageGoverningDate } from '../../../src/stages/events/dating.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { FrozenPerceptron } from '../../../src/stages/syntax/frozen.ts';
import { strHash } from '../../../src/stages/syntax/hash.ts';
import { guessType, NONE, saveTypeModel, typeModelFromBytes, type TypeModel } from '../../../src/stages/events/type-model.ts';
import { modelPattern } from '../../../src/stages/events/typed-candidates.ts';
import { buildDoc, COUNTRIES } from './helpers.ts';

const CLASSES = ['ACCUSE', 'YIELD', NONE];
const key = (f: string) => strHash(f) | 0 || 1;

/** A model whose only evidence: the lemma "upbraid" is ACCUSE (weight 5), the bias is NONE (weight 1). */
function handModel(threshold = 3): TypeModel {
  const keys = new Int32Array([key('l=upbraid'), key('bias')]);
  const weights = new Int16Array([5, 0, 0, 0, 0, 1]);
  return { classes: CLASSES, threshold, scorer: new FrozenPerceptron(CLASSES.length, keys, weights, 1) };
}

/** A model that reads the lemma "release" as `cls` (weight 5 against NONE's 1). */
function releaseModel(cls: 'ACCUSE' | 'YIELD'): TypeModel {
  const keys = new Int32Array([key('l=release'), key('bias')]);
  const weights = new Int16Array([cls === 'ACCUSE' ? 5 : 0, cls === 'YIELD' ? 5 : 0, 0, 0, 0, 1]);
  return { classes: CLASSES, threshold: 3, scorer: new FrozenPerceptron(CLASSES.length, keys, weights, 1) };
}

const knowledge = new Knowledge();
const code = (text: string, model: TypeModel | null) =>
  codeEvents(buildDoc({ text, actors: COUNTRIES, tree: true }), patternsOf(knowledge), lexiconOf(knowledge), stageGoverningDate(knowledge), model).map(
    (e) => `${e.type} ${e.source.country}>${e.target.country} ${e.mode} ${e.pattern}`,
  );

describe('events coded by the trained type model', () => {
  it('codes a verb no template knows, with both parties from the tree', () => {
    expect(code('Kenya upbraided Uganda on Monday.', null)).toEqual([]);
    expect(code('Kenya upbraided Uganda on Monday.', handModel())).toEqual(['ACCUSE KEN>UGA asserted model.accuse']);
  });

  it('needs the margin, an asserted act and two named parties', () => {
    expect(code('Kenya upbraided Uganda on Monday.', handModel(4))).toEqual([]);
    expect(code('Kenya may upbraid Uganda on Monday.', handModel())).toEqual([]);
    expect(code('Kenya upbraided the weather on Monday.', handModel())).toEqual([]);
  });

  it('leaves a sentence a template coded to the template', () => {
    const got = code('Kenya accused Uganda of fraud and upbraided Uganda.', handModel());
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((e) => !e.includes('model.'))).toBe(true);
  });

  it('does not code a type a template refused at the same verb by its argument class', () => {
    // `release T` (RETREAT) wants an agent: the text of a report is none, and YIELD is refused there.
    const text = "Kenya released the text of Uganda's report on Monday.";
    expect(code(text, releaseModel('YIELD'))).toEqual([]);
    // Another type was not judged by the template: the model may still code it.
    expect(code(text, releaseModel('ACCUSE'))).toEqual(['ACCUSE KEN>UGA asserted model.accuse']);
  });

  it('codes nothing in an article: the model read single sentences, not article prose', () => {
    const article = 'Kenya upbraided Uganda on Monday. The two sides met last year. Trade fell in the spring.';
    expect(code('Kenya upbraided Uganda on Monday.', handModel())).toEqual(['ACCUSE KEN>UGA asserted model.accuse']);
    expect(code(article, handModel()).filter((e) => e.includes('model.'))).toEqual([]);
  });

  it('codes a type with its root CAMEO code, YIELD as CAMEO 08', () => {
    const p = patternsOf(knowledge);
    expect(modelPattern(p, 'YIELD')?.cameo.code).toBe('08');
    expect(modelPattern(p, 'ASSAULT')?.cameo.code).toBe('18');
    expect(modelPattern(p, 'NOPE')).toBeNull();
  });
});

describe('event-type model file and margins', () => {
  it('round-trips through the model file', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'el-types-')), 'm.bin');
    saveTypeModel(handModel(2.5), path);
    const back = typeModelFromBytes(readFileSync(path), path);
    expect(back.classes).toEqual(CLASSES);
    expect(back.threshold).toBe(2.5);
    const feats = new Int32Array([key('l=upbraid'), key('bias')]);
    expect(guessType(back.scorer, back.classes, feats)).toEqual({ type: 'ACCUSE', margin: 4 });
  });

  it('gives a negative margin when NONE wins', () => {
    expect(guessType(handModel().scorer, CLASSES, new Int32Array([key('bias')]))).toEqual({ type: 'ACCUSE', margin: -1 });
  });

  it('names the file and the command in the error of a file that is not a model', () => {
    expect(() => typeModelFromBytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]), 'x.bin')).toThrow(/x\.bin: not an eventline event-type model \(rebuild it with `eventline train event-types`\)/);
  });
});
