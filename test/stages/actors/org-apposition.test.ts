// The noun naming an organisation's kind beside a name the registry does not know tells its sector when
// the name's own words tell none (lexicon class org-kind-sector, org-apposition.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe("an organisation's kind noun beside its name", () => {
  it('gives the sector of a noun glued before the name', () => {
    const doc = runParsed('The liberal magazine Quorvista praised the ruling on Monday. Later the mining company Draventa sued the regional council.', '2016-03-02');
    expect(mentionActor(doc, 'Quorvista')?.sector).toBe('MED');
    expect(mentionActor(doc, 'Draventa')?.sector).toBe('BUS');
  });

  it('reads the noun the name stands in apposition to', () => {
    const doc = runParsed('The union sued a mining company, Tarnveil Resources, over unpaid wages.', '2016-03-02');
    expect(mentionActor(doc, 'Tarnveil Resources')?.sector).toBe('BUS');
  });

  it('keeps the sector the name itself tells, and reads no noun of any sector ("group")', () => {
    const doc = runParsed('The charity Lomvard Institute thanked donors. The activist group Tarnveil staged a protest.', '2016-03-02');
    expect(mentionActor(doc, 'Lomvard Institute')?.sector).toBe('NGO');
    expect(mentionActor(doc, 'Tarnveil')?.sector ?? null).toBeNull();
  });
});
