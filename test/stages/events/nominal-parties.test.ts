// Events told by nouns whose parties stand in the noun phrase (the events-news guideline codes them): a
// possessor or an actor-naming premodifier is the doer ("Spain's sanctions on X"), the phrase after the noun's
// preposition the target, the clause a CONSULT noun is an adjunct of gives its doer ("after talks with X, Y
// agreed"); a noun whose doer is not told codes nothing; a lifted ban is no new sanction. Invented sentences.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const code = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
const of = (text: string, type: string) => code(text).filter((e) => e.startsWith(`${type} `));

describe('noun events with their parties in the phrase', () => {
  it('takes the possessor or an actor premodifier as the doer', () => {
    expect(of("The EU's sanctions on Iran took effect on Monday.", 'SANCTION')).toEqual(['SANCTION EU>IRN asserted']);
    expect(of('The US sanctions on Iran took effect on Monday.', 'SANCTION')).toEqual(['SANCTION USA>IRN asserted']);
    expect(of("Israel's strikes on Syria continued overnight.", 'ASSAULT')).toEqual(['ASSAULT ISR>SYR asserted']);
    expect(of("The EU's support for Kyiv remains firm.", 'SUPPORT')).toEqual(['SUPPORT EU>UKR asserted']);
    expect(of("Russia's accusation against Poland was false.", 'ACCUSE')).toEqual(['ACCUSE RUS>POL asserted']);
  });
  it('codes a meeting between two parties both ways', () => {
    expect(of('A meeting between Germany and France took place in Berlin.', 'CONSULT').sort()).toEqual(['CONSULT DEU>FRA asserted', 'CONSULT FRA>DEU asserted']);
  });
  it('gives a CONSULT noun the doer of the clause it is an adjunct of', () => {
    expect(of('After talks with Turkey, Germany eased its stance.', 'CONSULT')).toEqual(['CONSULT DEU>TUR asserted']);
  });
  it('codes nothing for a noun event whose doer is not told', () => {
    expect(of('The sanctions on Iran took effect on Monday.', 'SANCTION')).toEqual([]);
  });
  it('codes no denial when no author of the claim is told or found earlier', () => {
    expect(of('Ukraine denied the claims on Tuesday.', 'REJECT')).toEqual([]);
    expect(of('Ukraine denied its earlier claims.', 'REJECT')).toEqual([]);
  });
  it('does not code a lifted ban as a new sanction', () => {
    expect(of('Britain lifted its ban on Iranian imports on Monday.', 'SANCTION')).toEqual([]);
  });
});
