// A one-word name the tagger or a registry family name reads as a person, followed by ", <region>", is a
// town ("of Ashton, Md.", a dateline "AUSTIN, Texas"); a possessive region and a word of a full name
// written elsewhere keep the person.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import type { Doc } from '../../../src/doc/types.ts';

const person = (doc: Doc, text: string) => doc.layers.entities!.some((e) => e.text === text && e.label === 'PERSON');

describe('actors stage: a town before its region is no person', () => {
  it('reads "<Name>, 59, of <Town>, Md." and "of <Town>, Oklahoma" as places', () => {
    const doc = runParsed('Lena Marsh Dorsey, 59, of Ashton, Md., watched the parade. Her cousins all live near Ada, Oklahoma.', '2016-09-25');
    expect(person(doc, 'Ashton')).toBe(false);
    expect(person(doc, 'Ada')).toBe(false);
    const she = doc.layers.mentions!.find((m) => m.text === 'Her');
    expect(she?.actor).toBe('person:lena-marsh-dorsey');
  });

  it('reads a dateline town in capitals as a place, not a registry family name', () => {
    const doc = runParsed('AUSTIN, Texas — The state board met on Tuesday to discuss the budget.', '2016-11-23');
    expect(doc.layers.mentions!.some((m) => m.actor === 'person:lloyd-austin')).toBe(false);
  });

  it('keeps a person before a possessive country, and a word of a full name', () => {
    const doc = runParsed('Tomas Rijn grows apples. According to Tomas, South Africa exports more fruit each year.', '2016-11-23');
    expect(person(doc, 'Tomas')).toBe(true);
  });
});
