// Two event shapes of the 2004–2006 weblogs of the extra pool (docs/patterns.md, thirty-sixth session,
// helper evx): an appeal that succeeded, told by "persuade / convince T to", and a gerund of means or
// time ("by backing", "after shelling") whose doer is the subject of the clause it modifies, not the
// object the chunker finds right before the preposition.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const ACTORS = [
  { id: 'country:PER', country: 'PER', kind: 'country' as const, say: ['Peru'] },
  { id: 'country:CHL', country: 'CHL', kind: 'country' as const, say: ['Chile'] },
  { id: 'country:BOL', country: 'BOL', kind: 'country' as const, say: ['Bolivia'] },
  { id: 'org:coastguild', country: 'CHL', sector: 'BUS', kind: 'org' as const, say: ['Coastguild'] },
];
const coded = (text: string) => brief({ text, actors: ACTORS, tree: true });

describe('persuade / convince T to', () => {
  it('codes a request of the one persuaded', () => {
    expect(coded('Peru persuaded Chile to reopen the border crossing.')).toContain('REQUEST PER>CHL asserted');
    expect(coded('Peru convinced Chile to end the naval drills.')).toContain('REQUEST PER>CHL asserted');
  });
  it('codes nothing for being convinced that something is true', () => {
    expect(coded('Peru is convinced that the drills were a mistake.').filter((r) => r.startsWith('REQUEST'))).toEqual([]);
  });
  it('codes nothing when the one persuaded is no actor', () => {
    expect(coded('Coastguild persuaded buyers to pay more for the fish.').filter((r) => r.startsWith('REQUEST'))).toEqual([]);
  });
});

describe('the doer of a gerund of means or time', () => {
  it('is the subject of the clause, not its object before "by"', () => {
    expect(coded('Peru won goodwill by backing Chile for the council seat.')).toContain('SUPPORT PER>CHL asserted');
    expect(coded('Peru angered Bolivia by backing Chile in the dispute.')).toContain('SUPPORT PER>CHL asserted');
  });
  it('is so after "after" too (a reading the chunker already made)', () => {
    expect(coded('Peru ended the siege after shelling Chile.')).toContain('ASSAULT PER>CHL asserted');
  });
  it('leaves a gerund with a subject of its own alone', () => {
    expect(coded('Peru protested after Bolivia attacked Chile.')).toContain('ASSAULT BOL>CHL asserted');
  });
});
