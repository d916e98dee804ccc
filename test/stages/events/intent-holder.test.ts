// The doer of a "to" clause on a noun of intent or undertaking ("the decision to ban", "a plan to lend",
// "in an attempt to pressure", "a tour to talk with"): the noun's holder — its possessor, or the subject of
// the clause that takes it (Tree.holder) — not the noun itself (events/match.ts clauseHolder).
import { describe, expect, it } from 'vitest';
import { brief, COUNTRIES } from './helpers.ts';

const nations = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
const from = (out: string[], type: string, src: string) => out.filter((r) => r.startsWith(`${type} ${src}>`));

describe('a "to" clause on a noun of intent', () => {
  it('is done by the subject of the verb that takes the noun as object', () => {
    expect(from(nations('France made the decision to ban flights from Belarus last week.'), 'SANCTION', 'FRA')).toHaveLength(1);
  });
  it('is done by the subject of the clause whose oblique holds the noun', () => {
    expect(from(nations('Poland recalled its envoy in an attempt to pressure Iran over the detentions.'), 'REQUEST', 'POL')).toHaveLength(1);
    expect(from(nations('France has gone on a tour to talk with Poland about the vote.'), 'CONSULT', 'FRA')).toHaveLength(1);
  });
  it('is done by the possessor of the noun', () => {
    expect(from(nations("Analysts welcomed France's decision to impose sanctions on Belarus."), 'SANCTION', 'FRA')).toHaveLength(1);
  });
  it('does not lend the clause to one who calls for it or reacts to it', () => {
    expect(from(nations('Poland rejected calls to sanction Belarus.'), 'SANCTION', 'POL')).toEqual([]);
    expect(from(nations('Poland welcomed the decision to sanction Belarus.'), 'SANCTION', 'POL')).toEqual([]);
    expect(from(nations('Poland issued an order to expel Belarusian diplomats.'), 'COERCE', 'null')).toEqual([]);
  });
});
