import { afterEach, describe, expect, it } from 'vitest';
import { bundledCorefModelPath, corefModelFromJson, loadCorefModel, useCorefModel, NULL_ACTOR, rankBest, setCorefRecorder, type RankRecord } from '../../../src/stages/actors/coref-ranker.ts';
import { trainRanker } from '../../../src/stages/actors/coref-train.ts';
import { run } from './helpers.ts';

// Toy candidate sets written for the test: the right candidate is always the one marked "near", except
// where only "null" is right.
const examples = [
  { candidates: [{ features: ['near', 'subj=true'], gold: true }, { features: ['far', 'subj=true'], gold: false }] },
  { candidates: [{ features: ['far', 'subj=false'], gold: false }, { features: ['near', 'subj=false'], gold: true }] },
  { candidates: [{ features: ['near', 'via=name'], gold: true }, { features: ['far', 'via=pronoun'], gold: false }, { features: ['null'], gold: false }] },
  { candidates: [{ features: ['far', 'lonely'], gold: false }, { features: ['null', 'null|lonely'], gold: true }] },
];

describe('coref ranker', () => {
  afterEach(() => {
    setCorefRecorder(null);
    useCorefModel(undefined);
  });

  it('learns the separating feature and is deterministic', () => {
    const w = trainRanker(examples, { epochs: 5, seed: 7 });
    expect(trainRanker(examples, { epochs: 5, seed: 7 })).toEqual(w);
    expect(w.near).toBeGreaterThan(w.far ?? 0);
    const model = corefModelFromJson({ weights: w });
    for (const e of examples) expect(e.candidates[rankBest(model, e.candidates)].gold).toBe(true);
  });

  it('reads the choose setting and rejects a file without weights', () => {
    expect(corefModelFromJson({ weights: { a: 1 }, settings: { choose: true } }).choose).toBe(true);
    expect(corefModelFromJson({ weights: { a: 1 } }).choose).toBe(false);
    expect(() => corefModelFromJson({})).toThrow(/no weights/);
  });

  it('hands every pronoun\'s candidates to a recorder, the rules choosing meanwhile', () => {
    const records: RankRecord[] = [];
    setCorefRecorder((r) => records.push(r));
    const doc = run('Ines Vallet met the Norwegian minister Tore Lund in Geneva. She said the talks were useful.', '2024-03-02');
    setCorefRecorder(null);
    const she = records.find((r) => r.text === 'She');
    expect(she).toBeDefined();
    expect(she!.candidates.some((c) => c.actor === NULL_ACTOR && c.features.includes('null'))).toBe(true);
    const ines = she!.candidates.find((c) => c.actor === she!.rule)!;
    expect(ines.features).toContain('gap=1');
    expect(doc.layers.mentions!.find((m) => m.text === 'She')?.actor).toBe(she!.rule);
  });

  it('the shipped model leaves the rules\' choice or no antecedent, and is off unless named', () => {
    const text = 'Ines Vallet met the Norwegian minister Tore Lund in Geneva. She said the talks were useful.';
    useCorefModel(null);
    const rules = run(text, '2024-03-02').layers.mentions!.find((m) => m.text === 'She')?.actor;
    expect(rules).toBe('person:ines-vallet');
    const model = loadCorefModel(bundledCorefModelPath());
    expect(model.choose).toBe(false);
    useCorefModel(model);
    const gated = run(text, '2024-03-02').layers.mentions!.find((m) => m.text === 'She')?.actor;
    expect(gated === undefined || gated === rules).toBe(true);
  });
});
