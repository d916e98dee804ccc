// A person named beside a staff noun whose principal the noun names acts in the principal's role: "his
// senior adviser, X", "X, the minister's chief of staff", "X, an adviser to the Y campaign" (staff.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe("a named member of a person's staff", () => {
  it("takes the principal's country and sector from a name after the staff phrase", () => {
    const doc = runParsed('Barack Obama read the draft on Monday. Then he called in his senior energy adviser, Dario Venkell, to the office.', '2015-03-02');
    expect(mentionActor(doc, 'Dario Venkell')?.sector).toBe('GOV');
    expect(mentionActor(doc, 'Dario Venkell')?.country).toBe('USA');
  });

  it('reads a staff phrase in apposition after the name, "chief of staff" too', () => {
    const doc = runParsed("Barack Obama spoke on Monday. The aides included Mirna Castel, Obama's chief of staff.", '2015-03-02');
    expect(mentionActor(doc, 'Mirna Castel')?.sector).toBe('GOV');
  });

  it("reads a person's campaign as the person", () => {
    const doc = runParsed('Hillary Clinton spoke in Ohio. Teodora Hayle, an unpaid adviser to the Clinton campaign, criticised the ad.', '2016-09-10');
    expect(mentionActor(doc, 'Teodora Hayle')?.sector).toBe(mentionActor(doc, 'Hillary Clinton')?.sector);
    expect(mentionActor(doc, 'Teodora Hayle')?.sector).toBeTruthy();
  });

  it('gives nothing for a former post', () => {
    const doc = runParsed("Barack Obama spoke on Monday. Obama's former adviser, Dario Venkell, disagreed.", '2015-03-02');
    expect(mentionActor(doc, 'Dario Venkell')?.sector ?? null).not.toBe('GOV');
  });
});
