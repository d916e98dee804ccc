// An audience or guests with no actor (audience.ts) are no party to a stance: "welcomed several
// hundred guests", "accused the audience of …" code nothing; a stance towards an actor stays, and a
// meeting with a relative is a meeting.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';

const C = COUNTRIES;

describe('an audience as target', () => {
  it('codes no stance towards guests or an audience', () => {
    expect(brief({ text: 'The Polish senator welcomed several hundred guests at the picnic.', actors: C })).toEqual([]);
    expect(brief({ text: 'The German host accused the audience of being paid.', actors: C })).toEqual([]);
  });
  it('codes no appeal to a crowd', () => {
    expect(brief({ text: 'The Polish senator asked the crowd to cheer for the mayor.', actors: C })).toEqual([]);
  });
  it('keeps a stance towards an actor', () => {
    expect(brief({ text: 'France welcomed the Polish delegation.', actors: C }).some((e) => e.startsWith('SUPPORT FRA>POL'))).toBe(true);
    expect(brief({ text: 'The French foreign minister met the wife of the jailed Iranian journalist.', actors: C }).some((e) => e.startsWith('CONSULT FRA>'))).toBe(true);
  });
});
