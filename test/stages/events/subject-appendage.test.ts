// A subject's age, home town or description bracketed by commas before the verb is part of the subject
// phrase (subject-appendage.ts): the person is the subject, not the number or the apposition.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();

const PEOPLE = [
  { id: 'person:tom-okafor', country: 'USA', kind: 'person' as const, say: ['Tom Okafor'] },
  { id: 'group:CAN:COP', country: 'CAN', sector: 'COP', kind: 'group' as const, say: ['police'] },
  { id: 'org:bakers-guild', country: 'IRL', kind: 'org' as const, say: ['the Bakers Guild'] },
  { id: 'person:ana-lind', country: 'SWE', kind: 'person' as const, say: ['Ana Lind'] },
];
const coded = (text: string) => brief({ text, actors: PEOPLE, tree: true });

describe('appendages of the subject', () => {
  it('reads the person before an age and a home town as the subject', () => {
    expect(coded('Tom Okafor, 26, of Halifax, was arrested on Thursday by police.')).toContain('COERCE CAN>USA asserted');
    expect(coded('Tom Okafor, 31, attacked police on Friday.')).toContain('ASSAULT USA>CAN asserted');
  });
  it('reads the name before a bracketed age where the tree gives the verb no subject', () => {
    expect(coded('Provincial police say Tom Okafor, 26, of Halifax, was arrested by police late on Thursday after a brawl near the harbour.')).toContain('COERCE CAN>USA asserted');
  });
  it('leaves the members an "including" phrase lists to word order', () => {
    expect(coded('Several unions, including the Bakers Guild, endorsed Ana Lind in the race.')).toContain('SUPPORT IRL>SWE asserted');
  });
});

describe('a participle clause inside the subject phrase', () => {
  const LEAD = 'A bomb killed ten people in Cairo on Sunday. ';
  it('keeps the subject the tree gives the verb where the parser hangs the clause off a later noun', () => {
    // the tree makes "group" the subject of "condemned" and hangs "targeting …" off "raids": the officers
    // are the clause's object, not the ones who condemned
    const doc = pipeline.run(createDoc({ date: '2017-01-02', text: LEAD + 'An armed group behind a wave of deadly raids targeting Egyptian police officers condemned the bombing.' }));
    const condemned = (doc.layers.events ?? []).filter((e) => e.trigger.text === 'condemned').map((e) => `${e.source.text} ${e.source.sector ?? '-'}`);
    expect(condemned).toEqual(['An armed group REB']);
  });
});
