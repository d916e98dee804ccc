// Clause-level rules of the events stage on invented sentences: headline verbs the tagger reads as
// nouns, source-only events (`target: optional`) and their loose targets, agentless passives located
// in a country, NP-sized gaps, "of/by" complements of thing nouns, and relative-clause suppression.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief, events } from './helpers.ts';

const C = COUNTRIES;
const NGA = { id: 'country:NGA', country: 'NGA', say: ['Nigeria', 'Nigerian'] };
const KEN = { id: 'country:KEN', country: 'KEN', say: ['Kenya', 'Kenyan'] };

describe('headline verbs tagged as nouns', () => {
  it('codes "X releases NP" and "Forces arrest NP" as verbs', () => {
    expect(brief({ text: 'Belarus releases dozens of Polish activists.', actors: C })).toContain('RETREAT BLR>POL asserted');
    expect(brief({ text: 'Kenyan Special Forces arrest a Nigerian smuggler near the border.', actors: [KEN, NGA] })).toContain('COERCE KEN>NGA asserted');
  });
  it('leaves a real noun alone', () => {
    expect(brief({ text: 'The prisoner releases were delayed again.', actors: C })).toEqual([]);
  });
});

describe('source-only events (target: optional)', () => {
  it('codes a resignation with no target', () => {
    const ev = events({ text: 'The Kenyan health minister resigned on Friday.', actors: [KEN] });
    expect(ev.map((e) => `${e.type} ${e.source.country}>${e.target.country} ${e.mode}`)).toEqual(['CONCEDE KEN>null asserted']);
    expect(ev[0].target.actor).toBeNull();
  });
  it('takes a loose target from a prepositional phrase of the clause', () => {
    expect(brief({ text: 'Belarus lifted a ban on Polish lorries last week.', actors: C })).toContain('CONCEDE BLR>POL asserted');
    expect(brief({ text: 'The rebels declared a unilateral ceasefire in Nigeria.', actors: [NGA] })).toEqual(['RETREAT null>NGA asserted']);
  });
  it('turns a refused source-only yield into a REJECT', () => {
    expect(brief({ text: 'Nigerian dockers will not end the strike.', actors: [NGA] })).toContain('REJECT NGA>null asserted');
  });
});

describe('other clause rules', () => {
  it('takes the source of an agentless passive from "in <country>"', () => {
    expect(brief({ text: 'A Polish reporter was arrested on Monday in Belarus.', actors: C })).toContain('COERCE BLR>POL asserted');
  });
  it('counts a noun phrase as one unit of a gap', () => {
    expect(brief({ text: 'Ukraine filed a lawsuit in the International Court of Justice in The Hague against Russia.', actors: C })).toContain('ACCUSE UKR>RUS asserted');
  });
  it('lets a thing noun\'s of/by phrase stand for the party', () => {
    expect(brief({ text: 'Poland condemned the detention of Ukrainian journalists.', actors: C })).toContain('ACCUSE POL>UKR asserted');
  });
  it('drops a relative-clause event when the main clause has one', () => {
    const out = brief({ text: 'Poland condemned Belarus over a raid that killed two Ukrainian guards.', actors: C });
    expect(out).toContain('ACCUSE POL>BLR asserted');
    expect(out.some((r) => r.startsWith('ASSAULT'))).toBe(false);
    expect(brief({ text: 'Officials described a raid that killed two Ukrainian guards.', actors: C }).some((r) => r.startsWith('ASSAULT'))).toBe(true);
  });
});

describe('parties named indirectly', () => {
  it('reads a pronoun subject of a reported clause as the speaker', () => {
    const ev = events({ text: 'Ukrainian rebels said they will release two Polish guards.', actors: C.filter((a) => a.id !== 'country:UKR') });
    expect(ev.some((e) => e.type === 'AGREE' && e.source.text === 'Ukrainian rebels' && e.target.country === 'POL')).toBe(true);
  });
  it('lets a bare thing object yield to a party named after it', () => {
    expect(brief({ text: 'Britain provided humanitarian assistance in Poland.', actors: C })).toContain('AID GBR>POL asserted');
  });
  it('reads a definite thing as the one an earlier phrase gave a doer', () => {
    const text = "The EU condemned Iran's latest missile test. Britain said it was firmly opposed to the test.";
    expect(brief({ text, actors: C, tree: true })).toEqual(['ACCUSE EU>IRN asserted', 'REJECT GBR>IRN asserted']);
    // An indefinite thing, or one no earlier phrase gives a doer, stays a bare phrase.
    expect(brief({ text: "The EU condemned Iran's latest missile test. Britain said it was firmly opposed to a test.", actors: C, tree: true })).toContain('REJECT GBR>null asserted');
    expect(brief({ text: 'The EU condemned the missile test. Britain said it was firmly opposed to the test.', actors: C, tree: true })).toContain('REJECT GBR>null asserted');
  });
  it('reads template words past the mark that closes a partial quote', () => {
    const text = 'Britain said it was “firmly opposed” to the plan of Iran.';
    expect(brief({ text, actors: C, tree: true })).toEqual(['REJECT GBR>IRN asserted']);
  });
  it('never takes a phrase the template itself names for that party', () => {
    // "fight T in ... court": the court is where the act happens, not who it is aimed at.
    const ev = events({ text: 'Polish farmers have fought the new dam in court for years.', actors: C, tree: true });
    expect(ev.map((e) => `${e.type} ${e.target.text}`)).toEqual(['ACCUSE the new dam']);
  });
});

describe('reciprocal reading over a thing object', () => {
  it('codes "X and Y signed a data sharing agreement" both ways', () => {
    const out = brief({ text: 'Poland and Ukraine signed a landmark data sharing agreement on Monday.', actors: C });
    expect(out).toContain('SUPPORT POL>UKR asserted');
    expect(out).toContain('SUPPORT UKR>POL asserted');
  });
});

describe('purpose clauses', () => {
  const UGA = { id: 'country:UGA', country: 'UGA', say: ['Uganda', 'Ugandan'] };
  it('codes a protest that is the purpose of an asserted verb as asserted, by that verb\'s subject', () => {
    expect(brief({ text: 'Kenyan nurses gathered outside the ministry on Sunday to protest against the government.', actors: [KEN], tree: true }))
      .toEqual(['PROTEST KEN>null asserted']);
  });
  it('leaves other purposes hypothetical', () => {
    const coded = brief({ text: 'Kenyan troops were sent to the border to attack Uganda.', actors: [KEN, UGA], tree: true });
    expect(coded.filter((c) => c.startsWith('ASSAULT'))).toHaveLength(1);
    expect(coded.find((c) => c.startsWith('ASSAULT'))).toMatch(/>UGA hypothetical$/);
  });
  it('gives a bare verb coordinated with an infinitive the infinitive\'s mode', () => {
    const coded = brief({ text: 'Kenya is trying to close the crossings and expel Ugandan traders.', actors: [KEN, UGA], tree: true });
    expect(coded.filter((c) => c.startsWith('COERCE'))).toEqual(['COERCE KEN>UGA hypothetical']);
  });
  it('keeps object control of people named before "to"', () => {
    expect(brief({ text: 'Kenya called on the Ugandan president to resign.', actors: [KEN, UGA], tree: true })).toContain('CONCEDE UGA>null hypothetical');
  });
});

describe('noun acts a verb ends (lexicon ending-verb)', () => {
  it('codes the lifting of a ban, not the ban', () => {
    const b = brief({ text: 'Poland lifted its ban on Ukrainian grain on Friday.', actors: C, tree: true });
    expect(b.filter((x) => x.startsWith('SANCTION'))).toEqual([]);
    expect(b).toContain('CONCEDE POL>UKR asserted');
  });
  it('codes no support withdrawn and no charges dropped as acts of their own', () => {
    expect(brief({ text: 'Russia withdrew its support for Belarus.', actors: C, tree: true }).filter((x) => x.startsWith('SUPPORT'))).toEqual([]);
    expect(brief({ text: 'Germany dropped the charges against Poland.', actors: C, tree: true }).filter((x) => x.startsWith('ACCUSE'))).toEqual([]);
  });
  it('keeps a ban imposed or condemned', () => {
    expect(brief({ text: 'Poland imposed a ban on Ukrainian grain on Friday.', actors: C, tree: true })).toContain('SANCTION POL>UKR asserted');
  });
});

describe('a name glued to a lower-case particle heads its phrase', () => {
  const PEOPLE = [
    { id: 'person:jan-nowak', country: 'POL', sector: 'GOV', kind: 'person' as const, say: ['Jan Nowak'] },
    { id: 'person:hamid-al-rashadi', country: 'IRN', sector: 'GOV', kind: 'person' as const, say: ['Hamid al-Rashadi'] },
  ];
  it('reads "Iran\'s President Hamid al-Rashadi" as a person met, not the particle "al"', () => {
    const ev = events({ text: "Poland's President Jan Nowak met Iran's President Hamid al-Rashadi in Warsaw.", actors: [...C, ...PEOPLE], tree: true });
    expect(ev.map((e) => `${e.type} ${e.source.actor}>${e.target.actor}`)).toContain('CONSULT person:jan-nowak>person:hamid-al-rashadi');
  });
});

describe('a clause governed by a demand or hope told by a noun', () => {
  it('is as unreal as under the verb', () => {
    const out = brief({ text: 'Poland repeated its demand that Belarus lift its ban on Polish lorries.', actors: C, tree: true });
    expect(out).toContain('CONCEDE BLR>POL hypothetical');
    expect(out).not.toContain('CONCEDE BLR>POL asserted');
  });
  it('leaves the object of a telling verb to the verb', () => {
    expect(brief({ text: 'The Polish minister told reporters that Belarus lifted its ban on Polish lorries.', actors: C, tree: true })).toContain('CONCEDE BLR>POL asserted');
  });
});
