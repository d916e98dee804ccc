// A visit is a diplomatic act only between parties in public life (private-visit.ts): travel to a country
// by civilians, believers, refugees or migrants codes no CONSULT; states, officials and forces keep theirs.
// At home, a visit or a hosting needs someone in public life as its target: a city of one's own country or a
// private guest is no one visited.
// An invitation is an intent to meet (AGREE) only when the invitee is in public life.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const GROUPS: ActorSpec[] = [
  { id: 'group:UKR:REF', country: 'UKR', sector: 'REF', kind: 'group', say: ['Ukrainian migrants'] },
  { id: 'group:POL:CVL', country: 'POL', sector: 'CVL', kind: 'group', say: ['Polish civilians'] },
  { id: 'group:POL:MIL', country: 'POL', sector: 'MIL', kind: 'group', say: ['Polish soldiers'] },
];
const PEOPLE: ActorSpec[] = [
  { id: 'person:nora-blair', country: 'POL', sector: 'LEG', kind: 'person', say: ['Senator Nora Blair', 'Blair'] },
  { id: 'person:max-rainer', country: 'POL', sector: 'BUS', kind: 'person', say: ['Max Rainer', 'Rainer'] },
  { id: 'person:tom-vale', country: 'DEU', sector: 'GOV', kind: 'person', say: ['Chancellor Tom Vale', 'Vale'] },
];
const consult = (text: string) => brief({ text, actors: [...COUNTRIES, ...GROUPS], tree: true }).filter((e) => e.startsWith('CONSULT') || e.startsWith('AGREE'));

describe('private travel is no visit', () => {
  it('codes no visit by refugees or civilians, nor their intent to travel', () => {
    expect(consult('Ukrainian migrants arrived in Poland on Monday.')).toEqual([]);
    expect(consult('Polish civilians travelled to Germany last week.')).toEqual([]);
    expect(consult('Polish civilians will travel to Germany next week.')).toEqual([]);
  });
  it('keeps a visit by a state, an official or forces', () => {
    expect(consult('The French foreign minister visited Germany on Monday.')).toEqual(['CONSULT FRA>DEU asserted']);
    expect(consult('Polish soldiers arrived in Germany on Monday.')).toEqual(['CONSULT POL>DEU asserted']);
  });
});

describe('a visit at home meets someone in public life', () => {
  const visits = (text: string) => brief({ text, actors: [...COUNTRIES, ...GROUPS, ...PEOPLE], tree: true }).filter((e) => e.startsWith('CONSULT') || e.startsWith('AGREE'));
  it('codes no visit to a place of her own country, nor the intent to make it', () => {
    expect(visits('Senator Nora Blair visited Warsaw on Sunday.')).toEqual([]);
    expect(visits('Senator Nora Blair plans to visit Warsaw on Sunday.')).toEqual([]);
  });
  it('codes no hosting of a private person at home', () => {
    expect(visits('Senator Nora Blair hosted Max Rainer at her residence on Friday.')).toEqual([]);
  });
  it('keeps a visit abroad, a foreign guest and forces visited at home', () => {
    expect(visits('Senator Nora Blair visited Germany on Monday.')).toEqual(['CONSULT POL>DEU asserted']);
    expect(visits('Senator Nora Blair hosted Chancellor Tom Vale on Monday.')).toEqual(['CONSULT POL>DEU asserted']);
    expect(visits('Senator Nora Blair visited Polish soldiers on Monday.')).toEqual(['CONSULT POL>POL asserted']);
  });
});

describe('an invitation to a private person is no intent to meet', () => {
  const agree = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('AGREE'));
  it('codes no AGREE for inviting a business owner to sit in an audience', () => {
    expect(agree('Senator Nora Blair invited Max Rainer to the debate on Friday.')).toEqual([]);
  });
  it('keeps the invitation of an official', () => {
    expect(agree('Senator Nora Blair invited Chancellor Tom Vale to the debate on Friday.')).toEqual(['AGREE POL>DEU asserted']);
  });
});
