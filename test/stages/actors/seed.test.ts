import { describe, expect, it } from 'vitest';
import { seedCase, runSeed } from '../../helpers/seed.ts';
import { actorForSpan } from '../../../src/stages/actors/lookup.ts';
import { occurrences, scoreSeedActors } from '../../../src/eval/seed/actors.ts';
import type { Doc } from '../../../src/doc/types.ts';
import { actorsPipeline } from './helpers.ts';

/** Actors that the gold mention string resolves to, over all its occurrences. */
function resolved(doc: Doc, text: string) {
  return occurrences(doc.text, text).map((s) => actorForSpan(doc, s)?.actor).filter((a) => a !== undefined);
}

describe.skipIf(!seedCase)('actors stage on the seed article (../shared)', () => {
  const doc = seedCase ? runSeed(actorsPipeline()) : (null as unknown as Doc);

  it('resolves Liz Truss through her title, her surname and "she"', () => {
    for (const m of ['UK foreign secretary', 'Ms Truss', 'she']) {
      expect(resolved(doc, m).some((a) => a.id === 'person:liz-truss' && a.country === 'GBR' && a.sector === 'GOV')).toBe(true);
    }
  });

  it('finds Putin, Lukashenko, the EU (also as "the bloc") and Poland', () => {
    expect(resolved(doc, 'Vladimir Putin')[0]).toMatchObject({ id: 'person:vladimir-putin', country: 'RUS' });
    expect(resolved(doc, 'President Alexander Lukashenko')[0]).toMatchObject({ id: 'person:alexander-lukashenko', country: 'BLR' });
    expect(resolved(doc, 'the bloc').every((a) => a.id === 'igo:EU')).toBe(true);
    expect(resolved(doc, 'Poland')[0]).toMatchObject({ id: 'country:POL' });
  });

  it('builds group actors from nationality + sector and the document context', () => {
    expect(resolved(doc, 'Polish troops')[0]).toMatchObject({ country: 'POL', sector: 'MIL' });
    const mod = resolved(doc, 'the Belarusian defence ministry')[0];
    expect(mod.country).toBe('BLR');
    expect(['MIL', 'GOV']).toContain(mod.sector);
    expect(resolved(doc, 'British armed forces personnel')[0]).toMatchObject({ country: 'GBR', sector: 'MIL' });
    const man = resolved(doc, 'a young Syrian man')[0];
    expect(man.country).toBe('SYR');
    expect(['REF', 'CVL']).toContain(man.sector);
    expect(resolved(doc, 'The Ministry of Defence')[0]).toMatchObject({ country: 'GBR' });
  });

  it('scores every gold actor and most gold mentions', () => {
    const r = scoreSeedActors(doc, seedCase!.gold);
    console.log('seed actors:', r.metrics, r.notes);
    expect(r.metrics.actors_country).toBe(100);
    expect(r.metrics.actors_sector).toBeGreaterThanOrEqual(90);
    expect(r.metrics.mentions_resolved).toBeGreaterThanOrEqual(85);
  });
});
