// Force needs a doer who has it (forceless-doer.ts): an ASSAULT or COERCE done by a person of civilian
// public life without state power, or by a media outlet, codes nothing; forces and heads of state keep theirs.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:amani-wekesa', country: 'KEN', sector: 'OPP', kind: 'person', say: ['Amani Wekesa', 'Wekesa'] },
  { id: 'person:tomas-nowicki', country: 'POL', sector: 'GOV', kind: 'person', say: ['President Tomas Nowicki', 'Nowicki'] },
  { id: 'org:daily-courier', country: 'KEN', sector: 'MED', kind: 'org', say: ['The Daily Courier'] },
];
const A = [...COUNTRIES, ...PEOPLE];
const forceful = (text: string) => brief({ text, actors: A }).filter((e) => /^(ASSAULT|COERCE) /.test(e));

describe('force without forces', () => {
  it('codes no attack by an opposition politician or a media outlet', () => {
    expect(forceful('Wekesa attacked the new tax loopholes on Monday.')).toEqual([]);
    expect(forceful('The Daily Courier attacked the ruling coalition.')).toEqual([]);
  });
  it('keeps force by a head of state or by troops', () => {
    expect(forceful('President Tomas Nowicki attacked Belarus.')).toContain('ASSAULT POL>BLR asserted');
    expect(forceful('Polish troops attacked Belarus.')).toContain('ASSAULT POL>BLR asserted');
  });
});
