import { describe, expect, it } from 'vitest';
import { entities, runParsed } from './syntax-helpers.ts';

describe('places as actors only when they act as a government (read from the tree)', () => {
  it('makes a capital the government as the subject of a speech or policy verb', () => {
    const doc = runParsed('Moscow said on Friday that the talks had failed.');
    expect(entities(doc)).toContainEqual(['Moscow', 'GPE', 'group:RUS:GOV']);
    const both = runParsed('Washington and Paris condemned the vote on Tuesday.');
    expect(entities(both).find((e) => e[0] === 'Washington')?.[2]).toBe('group:USA:GOV');
  });

  it('makes any country\'s capital its government as such a subject or after "official", not a dateline or a given name', () => {
    expect(entities(runParsed('Rabat summoned the envoy on Monday.'))).toContainEqual(['Rabat', 'GPE', 'group:MAR:GOV']);
    expect(entities(runParsed('The raid was backed by official Belgrade, the minister said.')).find((e) => e[0] === 'Belgrade')?.slice(1)).toEqual(['GPE', 'group:SRB:GOV']);
    expect(entities(runParsed('Harare, Zimbabwe - Opposition leaders said the vote was rigged.')).find((e) => e[0] === 'Harare')?.[2] ?? null).toBeNull();
    expect(entities(runParsed('Flights to Rabat resumed on Monday.')).find((e) => e[0] === 'Rabat')?.[2] ?? null).toBeNull();
  });

  it('makes a capital the government as the subject of the lexicon\'s government verbs: holding talks, opening out, introducing rules', () => {
    // knowledge/actors/lexicon.yaml `government-verb` (2026-12-07, thirty-eighth session, issue 15)
    expect(entities(runParsed('Lima held three rounds of talks with the miners last year.')).find((e) => e[0] === 'Lima')?.[2]).toBe('group:PER:GOV');
    expect(entities(runParsed('Under its new premier, Hanoi has opened out to Seoul.')).find((e) => e[0] === 'Hanoi')?.[2]).toBe('group:VNM:GOV');
    expect(entities(runParsed('The visa rules introduced by Canberra in May angered students.')).find((e) => e[0] === 'Canberra')?.[2]).toBe('group:AUS:GOV');
    // the same verbs leave a place a place where it is no doer
    expect(entities(runParsed('The talks were held in Lima last year.')).find((e) => e[0] === 'Lima')?.[2] ?? null).toBeNull();
  });

  it('reads no dateline the parser hung on a government verb as the government, for a registry metonym too', () => {
    // "Tehran" is a registry metonym (knowledge/actors/countries.yaml), not only a gazetteer capital
    const doc = runParsed('Readers can judge the new contest for themselves: TEHRAN (AFP) - A festival of short films opened in Tehran on Monday.');
    expect(entities(doc).find((e) => e[0] === 'TEHRAN')?.[2] ?? null).toBeNull();
    expect(entities(runParsed('Tehran opened talks with the agency on Monday.')).find((e) => e[0] === 'Tehran')?.[2]).toBe('group:IRN:GOV');
  });

  it('leaves a capital a place elsewhere, even before a verb', () => {
    for (const text of ['Moscow is cold in March.', 'Beijing was hit by heavy floods.', 'Flights to Moscow resumed after the storm.']) {
      const e = entities(runParsed(text)).find((x) => x[0] === 'Moscow' || x[0] === 'Beijing');
      expect(e?.[2] ?? null, text).toBeNull();
    }
  });

  it('types a gazetteer name as a place, with no actor, instead of an unknown organisation', () => {
    const doc = runParsed('Shells fell on El Fasher overnight, residents said.');
    expect(entities(doc)).toContainEqual(['El Fasher', 'GPE', null]);
    // A compass word before a region the gazetteer knows; a function-looking first word of a place name.
    const region = runParsed('El Fasher, the main city of North Darfur, was shelled again.');
    expect(entities(region).find((e) => e[0] === 'North Darfur')?.slice(1)).toEqual(['LOC', null]);
    const state = runParsed('Teachers from New South Wales joined the strike.');
    expect(entities(state).find((e) => e[0] === 'New South Wales')?.slice(1)).toEqual(['GPE', null]);
  });
});
