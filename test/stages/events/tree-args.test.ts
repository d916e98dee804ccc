// The events stage reading argument structure from the dependency tree (our own sentences, parsed by the
// shipped model): subjects the word-order chunker cannot reach, coordination, the by-agent of a passive,
// secondary predicates that make "call T" a naming, and targets a template requires to be named.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';
import { pickSubject } from '../../../src/stages/events/match.ts';

const A = [
  ...COUNTRIES,
  { id: 'person:anna-kowalska', country: 'POL', sector: 'GOV', kind: 'person' as const, say: ['Anna Kowalska'] },
  { id: 'group:KEN-MIL', country: 'KEN', sector: 'MIL', kind: 'group' as const, say: ['the Kenyan army'] },
  { id: 'group:UGA-COP', country: 'UGA', sector: 'COP', kind: 'group' as const, say: ['the Ugandan police'] },
];
const both = (text: string) => ({ tree: brief({ text, actors: A, tree: true }), chunks: brief({ text, actors: A }) });

describe('pickSubject: tree and word order', () => {
  const np = (start: number, end: number) => ({ start, end, head: end - 1 });
  it('takes the tree where word order finds nothing, and its conjuncts where the two agree', () => {
    expect(pickSubject([np(0, 2)], undefined)).toEqual([np(0, 2)]);
    expect(pickSubject([np(0, 2), np(3, 5)], [np(0, 2)])).toEqual([np(0, 2), np(3, 5)]);
  });
  it('keeps word order when the two disagree (a dateline or a fronted phrase read as subject)', () => {
    expect(pickSubject([np(0, 2)], [np(4, 6)])).toEqual([np(4, 6)]);
    expect(pickSubject(null, [np(4, 6)])).toEqual([np(4, 6)]);
  });
});

describe('arguments from the tree', () => {
  it('reaches a subject separated from its verb by a long apposition', () => {
    const text = 'Anna Kowalska, a senior adviser at an institute for eastern studies that was founded in the nineties, welcomed the release of Belarusian prisoners by Minsk.';
    expect(both(text).tree).toContain('SUPPORT POL>BLR asserted');
  });
  it('distributes coordinated subjects over a future act', () => {
    const r = brief({ text: 'As a sign of good will after months of talks, the Kenyan army and the Ugandan police will release the Russian prisoners.', actors: A, tree: true });
    expect(r).toEqual(expect.arrayContaining(['AGREE KEN>RUS asserted', 'AGREE UGA>RUS asserted']));
  });
  it('never takes a subject from a participle or infinitive clause on the subject', () => {
    // The act the proposals ask for is not what Germany rejected: Germany rejected Poland's proposals.
    expect(brief({ text: 'Polish proposals to sanction Belarus were rejected by Germany.', actors: A, tree: true })).toContain('REJECT DEU>POL asserted');
    expect(brief({ text: 'Polish proposals to sanction Belarus were rejected by Germany.', actors: A, tree: true })).not.toContain('REJECT DEU>BLR asserted');
    expect(brief({ text: 'Calls to punish Belarus were rejected by Poland.', actors: A, tree: true })).toEqual([]);
  });
  it('takes the by-agent of a passive, never the instrument', () => {
    expect(brief({ text: 'The Ukrainian convoy was attacked with drones by Russian forces near the border.', actors: A, tree: true })).toEqual(['ASSAULT RUS>UKR asserted']);
  });
});

describe('the doer of a "to" clause under a verb of ordering or asking', () => {
  it('is the one ordered in the passive, not the by-agent word order finds before "to"', () => {
    const r = brief({ text: 'The Polish navy was forced by Germany to cooperate with Ukraine.', actors: A, tree: true });
    expect(r).toContain('COOPERATE POL>UKR hypothetical');
    expect(r).not.toContain('COOPERATE DEU>UKR hypothetical');
  });
  it('is the one called on, where the parser hangs the clause as an adverbial clause', () => {
    const r = brief({ text: 'Opposition leaders in Kyiv called on the government of Belarus to negotiate with Poland.', actors: A, tree: true });
    expect(r).toContain('CONSULT BLR>POL hypothetical');
  });
});

describe('templates read with the clause', () => {
  it('"leave T" needs a named target: a country, not an area or a thing', () => {
    expect(brief({ text: 'Polish troops left Belarus on Monday.', actors: A, tree: true })).toEqual(['RETREAT POL>BLR asserted']);
    expect(brief({ text: 'Polish troops left the area on Monday.', actors: A, tree: true })).toEqual([]);
    expect(brief({ text: 'The Polish envoy left a letter at the Belarusian embassy.', actors: A, tree: true })).toEqual([]);
  });
  it('"call T" with a secondary predicate is a naming, not a phone call', () => {
    const r = both('In a speech on Monday, the Russian minister called Warsaw a threat to peace.');
    expect(r.tree.filter((x) => x.startsWith('CONSULT'))).toEqual([]);
    expect(r.tree).toContain('ACCUSE RUS>POL asserted');
    expect(brief({ text: 'Russia called Poland on Monday.', actors: A, tree: true })).toEqual(['CONSULT RUS>POL asserted']);
  });
  it('"call T" where the verb names or convenes is no phone call (naming-clause.ts)', () => {
    const consult = (text: string) => brief({ text, actors: A, tree: true }).filter((x) => x.startsWith('CONSULT'));
    // two objects: the second names the first
    expect(consult('They call Poland their closest friend.')).toEqual([]);
    // a participle on a noun with a by-agent: the union convened the strike, it phoned no one
    expect(consult('A strike at Ugandan ports called by the Polish union began on Monday.')).toEqual([]);
    expect(consult('Russia called Poland on Monday.')).toEqual(['CONSULT RUS>POL asserted']);
  });
});

describe('sources are doers', () => {
  it('codes no statement or cooperative act whose source phrase is a thing', () => {
    expect(brief({ text: 'A letter from the committee urged Kenya to reopen the border.', actors: A, tree: true }).filter((r) => r.startsWith('REQUEST'))).toEqual([]);
    expect(brief({ text: 'The committee urged Kenya to reopen the border.', actors: A, tree: true })).toContain('REQUEST null>KEN asserted');
  });
});

describe('a time phrase is no subject', () => {
  it('"X Thursday approved", "X this week demanded": the phrase before the time adjunct is the subject', () => {
    const timexes = [{ text: 'Thursday', value: '2023-03-16' }];
    expect(brief({ text: 'A Polish judge Thursday approved the extradition of a Belarusian banker.', actors: A, tree: true, timexes })).toContain('ACCUSE POL>BLR asserted');
    const week = [{ text: 'this week', value: '2023-W11' }];
    expect(brief({ text: 'The Ukrainian envoy this week demanded that Russia return the children.', actors: A, tree: true, timexes: week })).toContain('REQUEST UKR>RUS asserted');
  });
  it('"X earlier this month urged", "X just this week demanded": adverbs before the time adjunct are skipped too', () => {
    const month = [{ text: 'earlier this month', value: '2023-03' }];
    expect(brief({ text: 'The Polish envoy earlier this month urged Belarus to free the journalists.', actors: A, tree: true, timexes: month })).toContain('REQUEST POL>BLR asserted');
    const week = [{ text: 'this week', value: '2023-W11' }];
    expect(brief({ text: 'The Ukrainian envoy just this week demanded that Russia return the children.', actors: A, tree: true, timexes: week })).toContain('REQUEST UKR>RUS asserted');
  });
});

describe('templates stretched over long objects when the tree keeps the party in the clause', () => {
  it('reaches "to T" past a long object and "with T" past a place', () => {
    expect(brief({ text: 'Poland returned the paintings, including two portraits and a rare map of the old city, to Ukraine.', actors: A, tree: true })).toContain('RETREAT POL>UKR asserted');
    expect(brief({ text: 'The Polish minister held talks in Geneva with Ukraine on Monday.', actors: A, tree: true })).toContain('CONSULT POL>UKR asserted');
  });
  it('skips a time phrase before the word that introduces the party', () => {
    const timexes = [{ text: 'Friday evening', value: '2023-03-17TEV' }];
    expect(brief({ text: 'The Polish army carried out strikes Friday evening against Belarusian positions.', actors: A, tree: true, timexes })).toContain('ASSAULT POL>BLR asserted');
  });
});

describe('subjects after a dateline and before a postnominal adjective', () => {
  it('"KYIV - Fighters loyal to X attacked …": the fighters are the doers, not X', () => {
    expect(brief({ text: 'KYIV - Fighters loyal to Russia attacked a Ukrainian convoy near the border.', actors: A, tree: true })).toContain('ASSAULT null>UKR asserted');
  });
});

describe('a quantity is no prepositional phrase', () => {
  it('"Around 3,000 members have surrendered …": the counted people are the subject', () => {
    expect(brief({ text: 'Around 3,000 Ukrainian fighters have surrendered from the last holdout in the east, the Russian army said.', actors: A, tree: true })).toContain('RETREAT UKR>null asserted');
  });
  it('"About a dozen …", "Around a hundred …": "a" before a number or a number noun opens the quantity too', () => {
    expect(brief({ text: 'About a dozen Ukrainian fighters have surrendered from the last holdout in the east, the Russian army said.', actors: A, tree: true })).toContain('RETREAT UKR>null asserted');
    expect(brief({ text: 'Around a hundred Ukrainian fighters have surrendered from the last holdout in the east, the Russian army said.', actors: A, tree: true })).toContain('RETREAT UKR>null asserted');
    // a phrase after a plain preposition is still no subject
    expect(brief({ text: 'Near a dozen Ukrainian checkpoints, the Russian army attacked the convoy.', actors: A, tree: true }).filter((x) => x.includes('UKR>'))).toEqual([]);
  });
});

describe('people nouns as doers', () => {
  it('investigators and peacekeepers name people: a cooperative act of theirs keeps its source', () => {
    expect(brief({ text: 'Federal investigators shared evidence with Ukraine this week.', actors: A, tree: true })).toContain('COOPERATE null>UKR asserted');
  });
});

describe('one phrase is never both parties', () => {
  it('"Imprisoned journalist X has started a hunger strike": no imprisonment of X by X', () => {
    const r = brief({ text: 'Imprisoned Polish opposition leader Anna Kowalska has started a hunger strike to protest against her treatment.', actors: A, tree: true });
    expect(r.filter((x) => x.startsWith('COERCE'))).toEqual([]);
  });
});

describe('a "to" clause under a verb of making someone act', () => {
  it('is done by the object, also where the parser hangs it as an adverbial clause', () => {
    const aid = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((e) => e.startsWith('AID'));
    expect(aid('These incidents, along with loud Kremlin threats, prompted NATO at its spring summit in Vilnius to order the deployment of two brigades to Poland and Germany.')).toEqual([
      'AID NATO>POL hypothetical',
      'AID NATO>DEU hypothetical',
    ]);
  });
});
