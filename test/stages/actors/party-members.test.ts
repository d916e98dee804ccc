// A party's plural with the legislature it sits in ("Republicans in Congress", "Democrats on the House
// Ways and Means Committee"): the party's legislators, group:<country>:LEG (party-members.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe("a party's members in a legislature", () => {
  it('are the legislature group, not the party', () => {
    const doc = runParsed('Republicans in Congress vowed on Tuesday to block the new tariff rules.', '2016-05-03');
    expect(mentionActor(doc, 'Republicans')?.id).toBe('group:USA:LEG');
  });

  it("reads a legislature's committee and a phrase the parser hung on the verb, for every conjunct", () => {
    const doc = runParsed('Last month, Democrats on the House Ways and Means Committee rejected a bill meant to weaken the agency.', '2016-05-03');
    expect(mentionActor(doc, 'Democrats')?.id).toBe('group:USA:LEG');
    const both = runParsed('The governor said she would gladly talk to Democrats or Republicans in Congress about the levee.', '2016-05-03');
    expect(mentionActor(both, 'Democrats')?.id).toBe('group:USA:LEG');
    expect(mentionActor(both, 'Republicans')?.id).toBe('group:USA:LEG');
  });

  it('keeps the party where the body is no legislature', () => {
    const doc = runParsed('Republicans in Ohio asked the court to restore the voting rolls. Democrats criticised the ruling.', '2016-05-03');
    expect(mentionActor(doc, 'Republicans')?.id).toBe('org:republican-party');
    expect(mentionActor(doc, 'Democrats')?.id).toBe('org:democratic-party');
  });
});
