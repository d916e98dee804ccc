// Parties read through sentence structure the parser gets partly wrong: a subject list opened by a
// subordinator the tagger read as a preposition ("as X and Y accused …", chunks.ts leftCoordinated); a
// possessive pronoun in an "including" phrase (inclusion-possessor.ts); a group or role head whose
// of-phrase coordinates actors (of-conjuncts.ts).
import { describe, expect, it } from 'vitest';
import { brief, COUNTRIES } from './helpers.ts';

const ACTORS = [
  { id: 'country:NOR', country: 'NOR', say: ['Norway'] },
  { id: 'group:MLI:OPP', country: 'MLI', sector: 'OPP', kind: 'group' as const, say: ['campaigners'] },
  { id: 'group:MLI:GOV', country: 'MLI', sector: 'GOV', kind: 'group' as const, say: ['the junta'] },
  { id: 'group:MLI:MIL', country: 'MLI', sector: 'MIL', kind: 'group' as const, say: ['hired fighters'] },
];
const coded = (text: string) => brief({ text, actors: ACTORS, tree: true });

describe('a subject list after a subordinator', () => {
  it('gives every conjunct its record when the subordinator is read as a preposition', () => {
    const out = coded('The truce broke down within hours, as Norway and campaigners in the region accused the junta and hired fighters of renewed shelling.');
    expect(out).toContain('ACCUSE NOR>MLI asserted');
    expect(out).toContain('ACCUSE MLI>MLI asserted');
  });
  it('keeps a list governed by a true preposition out of the subject', () => {
    const out = coded('After talks with Norway and campaigners, the junta accused hired fighters of looting.');
    expect(out.filter((r) => r.startsWith('ACCUSE NOR>'))).toEqual([]);
  });
});

describe('a possessive pronoun in a phrase naming part of an earlier noun', () => {
  const nations = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
  it('stands for that noun\'s possessor, not the name in its of-phrase', () => {
    const out = nations('The minister condemned Iran\'s invasion of Poland, including its annexation of Belarus.');
    expect(out).toContain('ASSAULT IRN>BLR asserted');
    expect(out.filter((r) => r.startsWith('ASSAULT POL>'))).toEqual([]);
  });
  it('leaves a pronoun after no inclusion word to the nearest name', () => {
    const out = nations('Russia warned Belarus over its seizure of Polish trucks.');
    expect(out.filter((r) => r.startsWith('COERCE BLR>'))).toHaveLength(1);
  });
});

describe('a group or role head whose of-phrase coordinates actors', () => {
  const nations = (text: string) => brief({ text, actors: COUNTRIES, tree: true });
  it('gives each conjunct of the of-phrase its record', () => {
    const out = nations('The defence ministers of Poland and Britain condemned the Iranian strikes on Monday.');
    expect(out).toContain('ACCUSE POL>IRN asserted');
    expect(out).toContain('ACCUSE GBR>IRN asserted');
  });
  it('adds no one for a single of-phrase', () => {
    expect(nations('The defence minister of Poland condemned the Iranian strikes on Monday.').filter((r) => r.startsWith('ACCUSE'))).toEqual(['ACCUSE POL>IRN asserted']);
  });
});
