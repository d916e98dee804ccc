// A bare verb coordinated with a verb under a modal (or a subjunctive) shares that verb's subject and
// mode (shared-conjunct.ts): not the speaker's act, and as unreal as the first verb.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const ACTORS = [
  { id: 'person:lena-varga', country: 'AUT', sector: 'LEG', kind: 'person' as const, say: ['Lena Varga'] },
  { id: 'group:HUN:GOV', country: 'HUN', sector: 'GOV', kind: 'group' as const, say: ['the government'] },
  { id: 'group:HUN:MIL', country: 'HUN', sector: 'MIL', kind: 'group' as const, say: ['the army'] },
  { id: 'group:HUN:CVL', country: 'HUN', sector: 'CVL', kind: 'group' as const, say: ['the detained students'] },
];
const coded = (text: string) => brief({ text, actors: ACTORS, tree: true });

describe('a bare verb coordinated under a modal', () => {
  it('is done by the first verb\'s subject, not the speaker, and is not asserted', () => {
    const out = coded('Lena Varga said the army should leave the square and release the detained students.');
    expect(out).toContain('RETREAT HUN>HUN hypothetical');
    expect(out).not.toContain('RETREAT AUT>HUN asserted');
  });
  it('leaves a finite verb coordinated with the speech verb to the speaker', () => {
    expect(coded('Lena Varga said the talks must go on and urged the government to act.')).toContain('REQUEST AUT>HUN asserted');
  });
});

describe('a finite verb coordinated inside a reported clause', () => {
  it('is done by that clause\'s subject, not the speaker', () => {
    const out = coded('Lena Varga said the army stormed the square and wounded the detained students.');
    expect(out.filter((r) => r.startsWith('ASSAULT HUN>HUN'))).toHaveLength(1);
    expect(out.filter((r) => r.startsWith('ASSAULT AUT>'))).toEqual([]);
  });
  it('leaves a participle clause after a comma to the speaker', () => {
    expect(coded('Lena Varga said the talks had failed, accusing the government of lying.')).toContain('ACCUSE AUT>HUN asserted');
  });
});

describe('a verb coordinated inside a relative clause', () => {
  const PEOPLE = [
    ...ACTORS,
    { id: 'person:marek-kovac', country: 'HUN', sector: 'MIL', kind: 'person' as const, say: ['Marek Kovac'] },
    { id: 'country:SVK', country: 'SVK', sector: null, kind: 'country' as const, say: ['Slovakia'] },
  ];
  const withPeople = (text: string) => brief({ text, actors: PEOPLE, tree: true });
  it('is done by the noun the clause modifies, not the main clause\'s subject', () => {
    const out = withPeople('Lena Varga wrote about Marek Kovac, who visited Vienna last week and criticized Slovakia.');
    expect(out.filter((r) => r.startsWith('ACCUSE HUN>SVK'))).toHaveLength(1);
    expect(out.filter((r) => r.startsWith('ACCUSE AUT>'))).toEqual([]);
  });
  it('is the noun\'s act beside a main-clause event too', () => {
    const out = withPeople('Lena Varga praised Marek Kovac, who visited Vienna last week and criticized Slovakia.');
    expect(out.filter((r) => r.startsWith('ACCUSE HUN>SVK'))).toHaveLength(1);
    expect(out.filter((r) => r.startsWith('ACCUSE AUT>'))).toEqual([]);
  });
  it('leaves a conjunct after a comma to the main clause', () => {
    expect(withPeople('Lena Varga praised Marek Kovac, who visited Vienna last week, and criticized Slovakia.')).toContain('ACCUSE AUT>SVK asserted');
  });
});

// match.ts reads a trigger's subject once and shares it with every template tried at the trigger: a trigger
// with several templates ("call on T to", "call for", "call T …") whose first templates fail on their words
// still takes the subject the coordination or the modal gives it.
describe('the shared subject of a trigger with several templates', () => {
  it('goes to the template that matches after others failed', () => {
    expect(coded('Lena Varga met the government and then called for the release of the detained students.')).toEqual(['CONSULT AUT>HUN asserted', 'REQUEST AUT>HUN asserted']);
    const out = coded('Lena Varga said the army should call on the government to release the detained students.');
    expect(out).toContain('REQUEST HUN>HUN hypothetical');
    expect(out).toContain('RETREAT HUN>HUN hypothetical');
  });
});
