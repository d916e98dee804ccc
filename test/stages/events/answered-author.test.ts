// A noun event answered by a verb names its author in its own phrase (answered-author.ts): the genitive
// possessor of a request, offer or apology the subject accepts or receives is its doer, and the possessor
// (or by/from phrase) of denied claims is the one the denial answers.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const ACTORS = [
  { id: 'country:PER', country: 'PER', kind: 'country' as const, say: ['Peru'] },
  { id: 'country:CHL', country: 'CHL', kind: 'country' as const, say: ['Chile'] },
  { id: 'org:watchgroup', country: 'GBR', sector: 'NGO', kind: 'org' as const, say: ['Watchgroup'] },
];
const coded = (text: string) => brief({ text, actors: ACTORS, tree: true });

describe('the genitive author of an accepted noun event', () => {
  it('makes the possessor of an accepted request its doer, the one accepting its target', () => {
    expect(coded("Peru accepted Chile's request to share the border data.")).toContain('REQUEST CHL>PER asserted');
  });
  it('does so for an offer and an apology too', () => {
    expect(coded("Peru accepted Chile's offer of help after the floods.")).toContain('AGREE CHL>PER asserted');
    expect(coded("Peru accepted Chile's apology for the incident.")).toContain('CONCEDE CHL>PER asserted');
  });
  it('reads no doer from a possessive pronoun', () => {
    expect(coded('Peru accepted its own request to share the border data.').filter((r) => r.startsWith('REQUEST'))).toEqual([]);
  });
  it('reads none under a judging verb, whose subject the proposal was not made to', () => {
    const out = coded("Peru criticised Chile's proposal on fishing quotas.");
    expect(out).toContain('ACCUSE PER>CHL asserted');
    expect(out.filter((r) => r.startsWith('AGREE'))).toEqual([]);
  });
});

describe('the author of denied claims', () => {
  it('is the possessor of the claims, with no earlier accuser in the text', () => {
    expect(coded("Peru flatly denied Watchgroup's claims on Monday.")).toContain('REJECT PER>GBR asserted');
  });
  it('is the by phrase of the accusations', () => {
    expect(coded('Peru denied the accusations by Watchgroup on Monday.')).toContain('REJECT PER>GBR asserted');
  });
  it('is still no one when the claims name no author and no one accused before', () => {
    expect(coded('Peru denied the claims on Monday.').filter((r) => r.startsWith('REJECT'))).toEqual([]);
  });
});
