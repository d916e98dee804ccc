// Criticism told by idioms of attack (accuse.yaml: "hammer|pound T" and "go after T" between persons in
// public life, "lash out at T", "rail against T" aimed at someone): the force readings stay assault's.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const people = [
  { id: 'person:nora-blair', country: 'POL', sector: 'LEG', kind: 'person' as const, say: ['Senator Nora Blair', 'Blair'] },
  { id: 'person:tom-vale', country: 'POL', sector: 'GOV', kind: 'person' as const, say: ['Governor Tom Vale', 'Vale'] },
];
const run = (text: string) => brief({ text, actors: [...COUNTRIES, ...people], tree: true });

describe('criticism idioms', () => {
  it('reads hammering or going after a person in public life as criticism', () => {
    expect(run('Senator Nora Blair hammered Governor Tom Vale over the budget.')).toContain('ACCUSE POL>POL asserted');
    expect(run('Senator Nora Blair went after Governor Tom Vale on Monday.')).toContain('ACCUSE POL>POL asserted');
  });
  it('reads lashing out at or railing against someone as criticism', () => {
    expect(run('Poland lashed out at Germany on Monday.')).toContain('ACCUSE POL>DEU asserted');
    expect(run('Senator Nora Blair railed against Germany on Tuesday.')).toContain('ACCUSE POL>DEU asserted');
  });
  it('codes no criticism of a thing, and no criticism where force is meant', () => {
    expect(run('Senator Nora Blair railed against the new fuel tax.').filter((b) => b.startsWith('ACCUSE'))).toEqual([]);
    expect(run('Polish jets pounded Ukraine on Sunday.').filter((b) => b.startsWith('ACCUSE'))).toEqual([]);
  });
});
