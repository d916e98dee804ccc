// Two kinds of record that code no event (issue 15, 2026-12-08, seed 39 sample): a scourge fought or warred
// on ("the war on terror", "vowed to fight Aids") is no party attacked (lexicon `non-party`), and the plain
// giving verbs (donate, hand over, provide) give aid only from a giver — a state, an aid organisation, a
// church or an organisation of no known sector —, not from a firm, a private person or citizens (aid.yaml
// `parties: giver`).
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:ida-holm', country: 'SWE', sector: 'GOV', kind: 'person', say: ['Ida Holm', 'Holm'] },
  { id: 'person:ada-kern', country: 'POL', sector: null, kind: 'person', say: ['Ada Kern', 'Kern'] },
  { id: 'org:kern-holdings', country: 'POL', sector: 'BUS', kind: 'org', say: ['Kern Holdings'] },
  { id: 'org:harbour-relief', country: 'POL', sector: 'NGO', kind: 'org', say: ['Harbour Relief'] },
  { id: 'org:nordhjalp', country: null, sector: null, kind: 'org', say: ['Nordhjalp'] },
];
const OPENING = 'The summit opened in Stockholm on Monday. Delegates arrived from forty countries. ';
const of = (type: string, text: string) =>
  brief({ text: OPENING + text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((b) => b.startsWith(type));

describe('a scourge fought is no party', () => {
  it('codes no attack on a disease, on drugs or on terror', () => {
    expect(of('ASSAULT', 'Ida Holm vowed that Sweden would fight Aids across the region.')).toEqual([]);
    expect(of('ASSAULT', 'Ida Holm said Sweden would press on with its war on terror.')).toEqual([]);
    expect(of('ASSAULT', 'Two presidents launched the War On Drugs, Ida Holm said.')).toEqual([]);
  });
  it('keeps a war on a country', () => {
    expect(of('ASSAULT', 'Russia declared war on Ukraine, Ida Holm said.')).toEqual(['ASSAULT RUS>UKR asserted']);
  });
});

describe('the plain giving verbs need a provider', () => {
  it('codes no aid for a firm, a private person or citizens giving', () => {
    expect(of('AID', 'Kern Holdings donated a warehouse to the Polish army.')).toEqual([]);
    expect(of('AID', 'Ada Kern handed over the estate to the Polish government.')).toEqual([]);
    expect(of('AID', 'Kern Holdings will provide fuel trucks to the Polish army.')).toEqual([]);
  });
  it('keeps a state or an aid organisation giving', () => {
    expect(of('AID', 'Poland donated ambulances to Ukraine.')).toEqual(['AID POL>UKR asserted']);
    expect(of('AID', 'Harbour Relief will provide blankets to Ukrainian refugees.')).toEqual(['AID POL>UKR future']);
    // an organisation of no known sector may be an aid agency the registry lacks
    expect(of('AID', 'Nordhjalp provided tents to Ukrainian refugees.')).toHaveLength(1);
  });
});
