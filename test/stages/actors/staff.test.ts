// People who serve one person, named through that person as possessor ("the senator's aides", "his
// adviser"): a group of the person's country and sector on the date, never the person (staff.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe("a person's aides and advisers", () => {
  it("are the group of the served person's country and sector, not the person", () => {
    const doc = runParsed("Barack Obama met the envoy on Monday. Two of Mr. Obama's economic advisers joined the talks, and his aides briefed reporters.", '2015-03-02');
    expect(mentionActor(doc, 'advisers')?.id).toBe('group:USA:GOV');
    expect(mentionActor(doc, 'aides')?.id).toBe('group:USA:GOV');
  });

  it('reads an adviser "to" the person as one of theirs', () => {
    const doc = runParsed('Barack Obama met the envoy on Monday. Advisers to Mr. Obama said the talks would go on.', '2015-03-02');
    expect(mentionActor(doc, 'Advisers')?.id).toBe('group:USA:GOV');
  });

  it('gives nothing for a former post or a name set beside the noun', () => {
    const doc = runParsed("Barack Obama spoke on Monday. Obama's former strategist criticised the plan. Obama's campaign manager, Dana Vell, declined to comment.", '2015-03-02');
    expect(mentionActor(doc, 'strategist')).toBeUndefined();
    expect(mentionActor(doc, 'manager')).toBeUndefined();
    const named = runParsed('Barack Obama spoke on Monday. His aide Quorvel briefed reporters.', '2015-03-02');
    expect(mentionActor(named, 'aide')).toBeUndefined();
  });

  it("gives nothing for a person with no sector, nor for a body's people", () => {
    const doc = runParsed("Tom Hale, a retired plumber, was fined. Hale's assistant said he would pay. The firm's consultant left.", '2015-03-02');
    expect(mentionActor(doc, 'assistant')).toBeUndefined();
    expect(mentionActor(doc, 'consultant')).toBeUndefined();
  });
});

// A person named beside a staff noun whose principal the noun names acts in the principal's role: "his
// senior adviser, X", "X, the minister's chief of staff", "X, an adviser to the Y campaign" (staff.ts).
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
