import { describe, expect, it } from 'vitest';
import { entities, runParsed } from './syntax-helpers.ts';

// Invented names: the split comes from the tree, not from any list.
const names = (text: string) => entities(runParsed(text)).map((e) => `${e[1]}:${e[0]}`);

describe('names a coordination joins', () => {
  it('cuts a run the recogniser carried through "and" after a place or organisation word', () => {
    const got = names('Flights to Varnel City and Ostrava were cancelled.');
    expect(got).toContain('LOC:Varnel City');
    expect(got.some((n) => n.endsWith(':Ostrava'))).toBe(true);
    expect(got.some((n) => n.includes(' and '))).toBe(false);
    const orgs = names('Economists at the Kessler Institute and Darnell Foundation disagree.');
    expect(orgs).toEqual(expect.arrayContaining(['ORG:Kessler Institute', 'ORG:Darnell Foundation']));
  });

  it('keeps a coordination inside a name whole', () => {
    expect(names('He joined the Lorvian Department of Fish and Wildlife last year.').some((n) => n.includes('Fish and Wildlife'))).toBe(true);
    expect(names('She led the Velmor Institute of Business and Law until 2010.').some((n) => n.includes('Business and Law'))).toBe(true);
  });

  it('never makes one person of two', () => {
    const got = names('The awards went to Zorvek Quannit and Maria Holm.');
    expect(got.some((n) => n.includes(' and '))).toBe(false);
    expect(got).toContain('PERSON:Maria Holm');
  });
});
