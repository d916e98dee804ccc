// A settlement or region head with an of-phrase ("the town of X", "the province of Y") passes to the place
// it names: the target is acted upon in that place's country (lexicon `pass-through-noun`; parties.ts,
// bareParty). Full pipeline, own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();

const targets = (text: string) =>
  (pipeline.run(createDoc({ date: '2022-03-10', text })).layers.events ?? []).map((e) => `${e.type} ${e.target.country ?? '-'} "${e.target.text ?? ''}"`);

describe('a place named through its of-phrase', () => {
  it('gives the town its country', () => {
    expect(targets('Rebels attacked the town of Kharkiv on Monday.')).toContain('ASSAULT UKR "the town of Kharkiv"');
  });
  it('leaves a town with no named place without a country', () => {
    expect(targets('Rebels attacked the town on Monday.').some((t) => t.startsWith('ASSAULT UKR'))).toBe(false);
  });
});

describe('a place object beside a looser template', () => {
  it('keeps the city as the one acted on, not the matter after "over"', () => {
    expect(targets('Beijing criticized Canberra over the inquiry.')).toContain('ACCUSE AUS "Canberra"');
    expect(targets('Beijing criticized Canberra over the inquiry.').some((t) => t.includes('the inquiry'))).toBe(false);
  });
});
