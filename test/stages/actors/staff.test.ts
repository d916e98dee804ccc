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
