// A bare group party of material conflict that the article's setting placed in the country of the state
// or armed force on the other side takes the country of the article's towns when they lie elsewhere
// (foreign-ground.ts; home-country.ts `towns`). Full pipeline, own invented articles.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();

const records = (text: string) =>
  (pipeline.run(createDoc({ date: '2022-03-10', text })).layers.events ?? []).map((e) => `${e.type} ${e.source.text}/${e.source.country ?? '-'} ${e.target.text}/${e.target.country ?? '-'}`);

// An article that names the force's own state more often than the towns it fights in.
const ABROAD =
  'The United States said on Monday that it would send more soldiers to the region. US officials said the new soldiers would reach Ramadi and Samarra within a week. US troops clashed with gunmen near a market, and the United States said two soldiers were hurt. Residents of Ramadi said the fighting lasted for hours. The US envoy said the United States would stay.';

describe('a bare party facing a force on foreign ground', () => {
  it('is of the country the towns lie in, not of the force', () => {
    expect(records(ABROAD)).toContain('ASSAULT US troops/USA gunmen/IRQ');
  });
  it('keeps a force at home with the people it fights', () => {
    const text =
      'Kenya said on Monday that it would send more police to the coast. Officials said the new officers would reach Mombasa and Malindi within a week. Kenyan troops clashed with gunmen near a market, and Kenya said two soldiers were hurt. Residents of Mombasa said the fighting lasted for hours.';
    expect(records(text)).toContain('ASSAULT Kenyan troops/KEN gunmen/KEN');
  });
  it('leaves a lone sentence alone', () => {
    expect(records('US troops clashed with gunmen near Ramadi and Samarra.').some((r) => r.includes('gunmen/USA'))).toBe(false);
    expect(records('US troops clashed with gunmen near a market.').some((r) => r.includes('gunmen/IRQ'))).toBe(false);
  });
});
