import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const labelOf = (text: string, name: string) => run(text).layers.entities!.find((e) => e.text === name)?.label;

describe('a name after a sector or role noun', () => {
  it('is the known organisation, not a person, when the registry names one', () => {
    expect(labelOf('Aircraft maker Boeing will trim its workforce next year.', 'Boeing')).toBe('ORG');
  });

  it('is an organisation when an organisation word ends it', () => {
    const doc = run('The Government Pension Office said payments would be late.');
    expect(doc.layers.entities!.some((e) => e.label === 'PERSON')).toBe(false);
    expect(doc.layers.entities!.find((e) => e.text === 'Government Pension Office')?.label).toBe('ORG');
  });

  it('knows libraries and museums as organisations', () => {
    const doc = run('Curators at the National Library of Lorvia and the Orsa Museum catalogued the letters.');
    expect(doc.layers.entities!.some((e) => e.label === 'PERSON')).toBe(false);
    expect(doc.layers.entities!.filter((e) => e.label === 'ORG').map((e) => e.text)).toContain('Orsa Museum');
  });

  it('stays a person after a person role', () => {
    expect(labelOf('Police spokesman Arno Veldt said two men were held.', 'Arno Veldt')).toBe('PERSON');
  });
});

describe('a capitalised plural common noun opening a sentence', () => {
  it('is no organisation', () => {
    const doc = run('Officials said the talks had stalled. Judges will rule next week.');
    expect(doc.layers.entities!.filter((e) => e.label === 'ORG').map((e) => e.text)).toEqual([]);
  });
});

describe('a party plural heading a name', () => {
  it('makes the organisation a party ("Neo Democrats", "Civic Republicans")', () => {
    const doc = run('Leaders of the Civic Republicans met the mayor on Monday.', '2016-09-10');
    const party = doc.layers.actors!.find((a) => a.name === 'Civic Republicans');
    expect(party?.sector).toBe('PTY');
  });
});

describe('a committee of a legislature', () => {
  const sectorOf = (text: string, name: string) => run(text, '2016-09-10').layers.actors!.find((a) => a.name === name)?.sector;

  it('is the legislature when a chamber word opens its name, whatever sector words it holds', () => {
    expect(sectorOf('The House Harbour and Canals Committee voted to delay the funding bill.', 'House Harbour and Canals Committee')).toBe('LEG');
    expect(sectorOf('Members of the House Judiciary Committee questioned the nominee for hours.', 'House Judiciary Committee')).toBe('LEG');
    // (the name stops before "on": the actor is the committee)
    expect(sectorOf('Ana Lopes testified before the House Subcommittee on Rail Safety last week.', 'House Subcommittee')).toBe('LEG');
  });

  it('is no legislature when no chamber word opens its name', () => {
    expect(sectorOf('The Lorvian Harbour Committee voted to delay the funding bill.', 'Lorvian Harbour Committee')).not.toBe('LEG');
  });
});
