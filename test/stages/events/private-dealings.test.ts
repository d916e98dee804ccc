// Cooperation between private parties is no event data (private-dealings.ts): a meeting, an offer or a gift
// between firms, media, doctors and civilians, or between a private body and a person of no known role,
// codes nothing; a side in public life, or two persons of unknown role, keep the record.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, type ActorSpec } from './helpers.ts';

const PEOPLE: ActorSpec[] = [
  { id: 'person:otto-lang', country: 'DEU', sector: 'BUS', kind: 'person', say: ['Otto Lang'] },
  { id: 'person:lena-vogt', country: 'DEU', sector: 'CVL', kind: 'person', say: ['Lena Vogt'] },
  { id: 'person:pavel-novak', country: 'CZE', kind: 'person', say: ['Pavel Novak'] },
  { id: 'person:jan-dvorak', country: 'CZE', kind: 'person', say: ['Jan Dvorak'] },
  { id: 'person:mira-olsen', country: 'POL', sector: 'GOV', kind: 'person', say: ['Mira Olsen'] },
  { id: 'org:nordbank', country: 'DEU', sector: 'BUS', kind: 'org', say: ['Nordbank'] },
];
const coop = (text: string) =>
  brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => /^(CONSULT|AGREE|AID|COOPERATE)/.test(e));

describe('private dealings are no events', () => {
  it('codes no meeting or gift between private parties', () => {
    expect(coop('Otto Lang met Lena Vogt in Hamburg on Monday.')).toEqual([]);
    expect(coop('Nordbank gave Lena Vogt an internship.')).toEqual([]);
  });
  it('codes no backing or praise between private parties', () => {
    const support = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('SUPPORT'));
    expect(support('Otto Lang praised Lena Vogt for her work at the bank.')).toEqual([]);
    expect(support('Mira Olsen praised Lena Vogt for her work at the bank.')).toEqual(['SUPPORT POL>DEU asserted']);
  });
  it('codes no offer between a private body and a person of no known role', () => {
    expect(coop('Pavel Novak met Otto Lang in Prague on Monday.')).toEqual([]);
  });
  it('keeps a side in public life, and two persons of unknown role', () => {
    expect(coop('Mira Olsen met Otto Lang in Warsaw on Monday.')).toEqual(['CONSULT POL>DEU asserted']);
    expect(coop('Pavel Novak met Jan Dvorak in Prague on Monday.')).toEqual(['CONSULT CZE>CZE asserted']);
  });
});

describe("a firm's quarrel with a private party is no event", () => {
  const accuse = (text: string) => brief({ text, actors: [...COUNTRIES, ...PEOPLE], tree: true }).filter((e) => e.startsWith('ACCUSE'));
  it('codes no lawsuit or blame between private parties', () => {
    expect(accuse('Nordbank sued Otto Lang over the missing files.')).toEqual([]);
    expect(accuse('Otto Lang blamed Lena Vogt for the losses.')).toEqual([]);
    expect(accuse('Nordbank sued Pavel Novak in March.')).toEqual([]);
  });
  it('keeps an accusation by or against a side in public life', () => {
    expect(accuse('Mira Olsen criticised Nordbank over the missing files.')).toEqual(['ACCUSE POL>DEU asserted']);
    expect(accuse('Nordbank sued Mira Olsen in March.')).toEqual(['ACCUSE DEU>POL asserted']);
  });
  it('keeps one between private persons, and one between parties only sector words make firms', () => {
    expect(accuse('Lena Vogt accused Pavel Novak of lying.')).toEqual(['ACCUSE DEU>CZE asserted']);
    const BANKS: ActorSpec[] = [
      { id: 'group:CZE:BUS', country: 'CZE', sector: 'BUS', kind: 'group', say: ['The Czech bank'] },
      { id: 'group:DEU:BUS', country: 'DEU', sector: 'BUS', kind: 'group', say: ['a German bank'] },
    ];
    const banks = brief({ text: 'The Czech bank sued a German bank over the missing files.', actors: [...COUNTRIES, ...BANKS], tree: true });
    expect(banks.filter((e) => e.startsWith('ACCUSE'))).toEqual(['ACCUSE CZE>DEU asserted']);
  });
});

const POLICE: ActorSpec[] = [{ id: 'group:DEU-COP', country: 'DEU', sector: 'COP', kind: 'group', say: ['the German police'] }];
const withPolice = (text: string) =>
  brief({ text, actors: [...COUNTRIES, ...PEOPLE, ...POLICE], tree: true }).filter((e) => /^CONSULT/.test(e));

describe('calling the police is no consultation', () => {
  it('codes no call to the police by a private person or a person of no known role', () => {
    expect(withPolice('Pavel Novak called the German police after the fight.')).toEqual([]);
    expect(withPolice('Lena Vogt called the German police on Sunday.')).toEqual([]);
  });
  it('keeps an official meeting the police', () => {
    expect(withPolice('Mira Olsen met the German police on Monday.')).toEqual(['CONSULT POL>DEU asserted']);
  });
});

describe('persons only the text names, in an article', () => {
  const ACTORS: ActorSpec[] = [
    ...COUNTRIES,
    { id: 'person:tove-berg', country: null, kind: 'person', say: ['Tove Berg'] },
    { id: 'person:ulla-sand', country: 'SWE', kind: 'person', roles: [], say: ['Ulla Sand'] },
    { id: 'group:SWE:CVL', country: 'SWE', sector: 'CVL', kind: 'group', say: ['the tenants'] },
  ];
  const OPENING = 'The shelter opened in May. It has forty beds. ';
  const coop2 = (text: string) => brief({ text, actors: ACTORS, tree: true }).filter((e) => /^(CONSULT|AGREE|AID|COOPERATE)/.test(e));
  it('codes no dealing between such a person and civilians', () => {
    expect(coop2(`${OPENING}Tove Berg met the tenants on Monday.`)).toEqual([]);
  });
  it('keeps a registry person, and a lone sentence', () => {
    expect(coop2(`${OPENING}Ulla Sand met the tenants on Monday.`)).toEqual(['CONSULT SWE>SWE asserted']);
    expect(coop2('Tove Berg met the tenants on Monday.')).toEqual(['CONSULT null>SWE asserted']);
  });
});

const FIRMS: ActorSpec[] = [
  { id: 'org:nordbank', country: 'DEU', sector: 'BUS', kind: 'org', say: ['Nordbank'] },
  { id: 'org:vistula-steel', country: 'POL', sector: 'BUS', kind: 'org', say: ['Vistula Steel'] },
  { id: 'org:polish-navy', country: 'POL', sector: 'MIL', kind: 'org', say: ['the Polish navy'] },
  { id: 'org:polish-government', country: 'POL', sector: 'GOV', kind: 'org', say: ['the Polish government'] },
];
const deals = (text: string) => brief({ text, actors: [...COUNTRIES, ...FIRMS], tree: true }).filter((e) => /^(SUPPORT|AGREE|COOPERATE)/.test(e));

describe('a firm\'s deal is commerce', () => {
  it('codes no formal agreement of a firm with a firm or an armed service', () => {
    expect(deals('Nordbank signed a deal with Vistula Steel on Monday.')).toEqual([]);
    expect(deals('Vistula Steel signed a contract with the Polish navy last week.')).toEqual([]);
  });
  it('keeps a deal of a firm with a government', () => {
    expect(deals('Nordbank signed a deal with the Polish government on Monday.')).toEqual(['SUPPORT DEU>POL asserted']);
  });
});

describe('a private party towards a phrase only the article sets in a country, in an article', () => {
  const ACTORS: ActorSpec[] = [...COUNTRIES, ...PEOPLE];
  const OPENING = 'Poland opened a new rail line in May. Warsaw paid for most of it. Polish towns along the line grew. ';
  const coded = (text: string) => brief({ text, actors: ACTORS, tree: true }).filter((e) => !/^(ASSAULT|COERCE|MOBILIZE|THREATEN|SANCTION|PROTEST)/.test(e));
  it('codes no loan, appeal or agreement of a firm or a civilian aimed at such a phrase', () => {
    expect(coded(`${OPENING}Nordbank lent the company millions.`)).toEqual([]);
    expect(coded(`${OPENING}Lena Vogt urged her husband to stay at home.`)).toEqual([]);
    expect(coded(`${OPENING}Pavel Novak praised the new timetable.`)).toEqual([]);
  });
  it('keeps a side in public life, an act with a doer of its own, and a lone sentence', () => {
    expect(coded(`${OPENING}Mira Olsen urged the workers to stay at home.`)).toEqual(['REQUEST POL>POL asserted']);
    expect(coded(`${OPENING}Lena Vogt denounced the annexation.`)).toEqual(['ACCUSE DEU>POL asserted']);
    expect(coded(`${OPENING}Lena Vogt condemned the new tax.`)).toEqual(['ACCUSE DEU>POL asserted']);
    expect(coded('Lena Vogt urged her husband to stay at home.')).toEqual(['REQUEST DEU>null asserted']);
  });
});
