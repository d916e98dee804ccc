// The progressive passive ("is being held by", "were being detained by"): the tokens stage keeps the
// lemma *being* for its auxiliary, so the chunker reads the auxiliary's form too (chunks.ts addGroup); a
// gerund after *without* is not done; a detention told by *held on/at/without* is the state's where the
// article is set when no agent is named (coerce.yaml `agentless: police`). docs/patterns.md, thirty-third
// session, helper events.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, events } from './helpers.ts';

const C = COUNTRIES;

describe('progressive passives', () => {
  it('reads the by-agent of a passive under "being" as the doer', () => {
    expect(brief({ text: 'Two Polish reporters are being held by Belarusian police in Minsk.', actors: C, tree: true })).toContain('COERCE BLR>POL asserted');
    expect(brief({ text: 'Two Polish reporters were being detained by Belarusian police on Monday.', actors: C, tree: true })).toContain('COERCE BLR>POL asserted');
  });
  it('codes nothing done for a gerund after "without"', () => {
    const modes = events({ text: 'The Polish reporter was held for a year without being charged by Belarusian prosecutors.', actors: C, tree: true })
      .filter((e) => e.trigger.text === 'charged')
      .map((e) => e.mode);
    expect(modes.every((m) => m === 'negated')).toBe(true);
  });
});

describe('detention told by "held"', () => {
  const setting = 'Belarus held a vote on Sunday. Belarus said the vote was fair. ';
  it('gives the state\'s police a person held on a charge or in a jail with no agent', () => {
    for (const last of ['A Polish journalist is being held on two counts of unrest.', 'A Polish journalist was held at a prison near Minsk.', 'A Polish journalist was held without bail.']) {
      const held = events({ text: setting + last, actors: C, tree: true }).filter((e) => e.trigger.text === 'held' && e.type === 'COERCE');
      expect(held.map((e) => `${e.source.country}/${e.source.sector}>${e.target.country} ${e.mode}`)).toEqual(['BLR/COP>POL asserted']);
    }
  });
  it('codes no detention for an event held on a day or in a place', () => {
    const text = setting + 'A Polish conference was held on Monday in a hall near Minsk.';
    expect(events({ text, actors: C, tree: true }).filter((e) => e.type === 'COERCE')).toEqual([]);
  });
});
