// A resignation yields only in public life (private-resignation.ts): a chief executive or a reporter
// resigning codes nothing; a minister or a party leader keeps the CONCEDE.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:otto-lang', country: 'DEU', sector: 'BUS', kind: 'person', say: ['Otto Lang'] },
  { id: 'person:ida-berg', country: 'DEU', sector: 'MED', kind: 'person', say: ['Ida Berg'] },
  { id: 'person:karl-roth', country: 'DEU', sector: 'GOV', kind: 'person', say: ['Karl Roth'] },
  { id: 'person:eva-stein', country: 'DEU', sector: 'PTY', kind: 'person', say: ['Eva Stein'] },
];
const concede = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('CONCEDE'));

describe('resignations outside public life', () => {
  it('codes no resignation by a business figure or a journalist', () => {
    expect(concede('Otto Lang resigned as chief executive of the bank on Monday.')).toEqual([]);
    expect(concede('Ida Berg stepped down from the broadcaster after ten years.')).toEqual([]);
  });
  it('keeps the resignation of a minister or a party leader', () => {
    expect(concede('Karl Roth resigned on Monday after the vote.')).toEqual(['CONCEDE DEU>null asserted']);
    expect(concede('Eva Stein stepped down after the election defeat.')).toEqual(['CONCEDE DEU>null asserted']);
  });
});
