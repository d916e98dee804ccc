// The country an article sets its unnamed people in (our own invented article): a place of the same
// sentence, else the article's dominant country; nothing for a lone sentence.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, Place } from '../../../src/doc/types.ts';
import { homeCountry } from '../../../src/stages/events/home-country.ts';
import { COUNTRIES, brief, buildDoc } from './helpers.ts';
import { codeEvents } from '../../../src/stages/events/index.ts';
import { patternsOf } from '../../../src/stages/events/patterns.ts';
import { lexiconOf } from '../../../src/stages/events/lexicon.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';

const TEXT = 'On Sunday, armed men attacked a checkpoint near Mombasa. Police said the attackers fled towards Malindi. Kenya sent more troops to the coast. Residents in Gulu protested.';
const place = (doc: Doc, word: string, country: string): Place => {
  const start = doc.text.indexOf(word);
  return { start, end: start + word.length, text: word, name: word, country, lat: 0, lon: 0 };
};

function article(): Doc {
  const doc = buildDoc({ text: TEXT, actors: COUNTRIES });
  doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN'), place(doc, 'Gulu', 'UGA')];
  return doc;
}

describe('homeCountry', () => {
  it("tells the country of the article's towns, not of a country named by its own name", () => {
    // Mombasa and Malindi (KEN) against Gulu (UGA); "Poland" is the name of a country actor, no town.
    const doc = article();
    const poland = { id: 'country:POL', name: 'Poland', kind: 'country' as const, country: 'POL', sector: null };
    doc.layers.actors = [...(doc.layers.actors ?? []), poland];
    // three places named as the country actor is (they would lead as towns)
    const named = (w: string) => ({ ...place(doc, w, 'POL'), name: 'Poland' });
    doc.layers.places = [...doc.layers.places!, named('Kenya'), named('Police'), named('Residents')];
    expect(homeCountry(doc).towns).toBe('KEN');
    // one town each: none
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Gulu', 'UGA')];
    expect(homeCountry(doc).towns).toBeNull();
  });
  it('takes the place of the sentence, else the country the article is about', () => {
    const h = homeCountry(article());
    expect(h.of(0)).toBe('KEN');
    expect(h.of(2)).toBe('KEN');
    expect(h.of(3)).toBe('UGA');
  });
  it('says nothing for a lone sentence or an article split between countries', () => {
    const one = createDoc({ date: '2020-01-01', text: 'Gunmen attacked a checkpoint near Mombasa.' });
    one.layers.sentences = [{ start: 0, end: one.text.length }];
    one.layers.places = [place(one, 'Mombasa', 'KEN')];
    expect(homeCountry(one).of(0)).toBeNull();
    const split = article();
    split.layers.mentions = [];
    split.layers.places = [place(split, 'Mombasa', 'KEN'), place(split, 'Gulu', 'UGA')];
    expect(homeCountry(split).of(2)).toBeNull();
  });
  it('takes the most counted country where the article opens on it, none leading by half', () => {
    const text = 'Mombasa council opened a clinic in Likoni. Doctors from Gulu and Kampala joined it. A nurse from Malindi praised them. Volunteers arrived.';
    const doc = buildDoc({ text, actors: COUNTRIES });
    doc.layers.mentions = [];
    const uga = ['Gulu', 'Kampala'].map((w) => place(doc, w, 'UGA'));
    doc.layers.places = ['Mombasa', 'Likoni', 'Malindi'].map((w) => place(doc, w, 'KEN')).concat(uga);
    expect(homeCountry(doc).main).toBe('KEN');
    // An opening that names another country as much tells none.
    doc.layers.places = ['Mombasa', 'Malindi'].map((w) => place(doc, w, 'KEN')).concat(uga, [place(doc, 'Likoni', 'UGA')]);
    expect(homeCountry(doc).main).toBeNull();
  });
  it('counts a country named once as one occurrence where it ties or leads only by its name', () => {
    // "Poland" is a place and a country mention (2), as much as two "Springdale"s: the occurrences decide.
    const text = 'Springdale police arrested a baker on Monday. The baker, a native of Poland, denied the theft. He was freed in Springdale on bail. Neighbours gathered outside.';
    const doc = buildDoc({ text, actors: COUNTRIES });
    const springdale = text.indexOf('Springdale', 10);
    doc.layers.places = [place(doc, 'Springdale', 'USA'), place(doc, 'Poland', 'POL'), { ...place(doc, 'Springdale', 'USA'), start: springdale, end: springdale + 10 }];
    expect(homeCountry(doc).main).toBe('USA');
    expect(homeCountry(doc).of(3)).toBe('USA');
    // "Iran" named once (2) against one "Ohio" (1) is no lead: each is named once.
    const debate = buildDoc({ text: 'Senators in Ohio argued about Iran on Tuesday. The debate lasted hours. Voters watched it. Few changed their minds.', actors: COUNTRIES });
    debate.layers.places = [place(debate, 'Ohio', 'USA'), place(debate, 'Iran', 'IRN')];
    expect(homeCountry(debate).main).toBeNull();
  });
  it('falls back on the states of the persons and organisations named where places tell too little', () => {
    const doc = createDoc({ date: '2020-01-01', text: 'Senator Ann Moore endorsed the mayor. A union backed her. Moore thanked the Australian union. The governor agreed.' });
    doc.layers.sentences = [0, 1, 2, 3].map((i) => {
      const parts = doc.text.split('. ');
      const start = parts.slice(0, i).reduce((n, x) => n + x.length + 2, 0);
      return { start, end: start + parts[i].length };
    });
    doc.layers.places = [];
    doc.layers.actors = [
      { id: 'person:ann-moore', name: 'Ann Moore', kind: 'person', country: 'USA', sector: 'LEG' },
      { id: 'person:un-envoy', name: 'An Envoy', kind: 'person', country: 'UN', sector: 'IGO' },
      { id: 'country:AUS', name: 'Australia', kind: 'country', country: 'AUS', sector: null },
    ];
    const at = (w: string, actor: string) => ({ start: doc.text.indexOf(w), end: doc.text.indexOf(w) + w.length, text: w, actor, confidence: 1, via: 'name' as const });
    doc.layers.mentions = [at('Ann Moore', 'person:ann-moore'), at('Moore thanked', 'person:ann-moore'), at('Australian', 'country:AUS'), at('Envoy', 'person:un-envoy')];
    // One "Australian" alone does not set the article in Australia; the senator named twice does.
    expect(homeCountry(doc).main).toBe('USA');
  });
  it('gives unnamed attackers the country of the article in the events it codes', () => {
    const k = new Knowledge();
    const ev = codeEvents(article(), patternsOf(k), lexiconOf(k));
    const attack = ev.find((e) => e.type === 'ASSAULT');
    expect(attack?.source.text).toBe('armed men');
    expect(attack?.source.country).toBe('KEN');
  });
});

describe('unnamed parties in an article', () => {
  const k = new Knowledge();
  const code = (doc: Doc) => codeEvents(doc, patternsOf(k), lexiconOf(k));
  it('gives a target named only by a phrase the article country, marked as such; never makes it "named"', () => {
    const doc = buildDoc({ text: 'Kenya condemned the bombing near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast. Residents in Gulu protested.', actors: COUNTRIES });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN'), place(doc, 'Gulu', 'UGA')];
    const accuse = code(doc).find((e) => e.type === 'ACCUSE');
    expect(accuse?.target.text).toBe('the bombing');
    expect(accuse?.target.country).toBe('KEN');
    expect(accuse?.target.countryFrom).toBe('article');
  });
  it('gives a request for a measure the government where the article is set as its addressee', () => {
    const doc = buildDoc({ text: 'Kenya called for a moratorium on evictions near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
    const ask = code(doc).find((e) => e.type === 'REQUEST');
    expect(ask?.target).toMatchObject({ country: 'KEN', sector: 'GOV', countryFrom: 'article' });
    // a measure named by a gerund, "to" going with the gerund
    const doc4 = buildDoc({ text: 'Kenya called for cutting the fuel levy to ten percent near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
    doc4.layers.places = [place(doc4, 'Mombasa', 'KEN'), place(doc4, 'Malindi', 'KEN')];
    expect(code(doc4).find((e) => e.type === 'REQUEST')?.target).toMatchObject({ country: 'KEN', sector: 'GOV', countryFrom: 'article' });
    // the measure stays the target where its of/on phrase names no one in its own words
    const measured = (first: string) => {
      const d = buildDoc({ text: first + ' The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
      d.layers.places = [place(d, 'Mombasa', 'KEN'), place(d, 'Malindi', 'KEN')];
      return code(d).find((e) => e.type === 'REQUEST')?.target;
    };
    expect(measured('Kenya called for a ban on private schools near Mombasa.')).toMatchObject({ text: 'a ban', country: 'KEN', sector: 'GOV' });
    expect(measured('Kenya called for the repeal of the land law near Mombasa.')).toMatchObject({ text: 'the repeal', country: 'KEN', sector: 'GOV' });
    expect(measured('Kenya called for the release of five farmers near Mombasa.')).toMatchObject({ country: 'KEN', sector: 'GOV' });
    // a complement naming a country of its own is the one aimed at
    expect(measured('Kenya called for sanctions on Uganda near Mombasa.')).toMatchObject({ actor: 'country:UGA' });
    // the one asked to act is no measure
    const doc3 = buildDoc({ text: 'Kenya called for more nurses to leave the capital near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
    doc3.layers.places = [place(doc3, 'Mombasa', 'KEN'), place(doc3, 'Malindi', 'KEN')];
    expect(code(doc3).filter((e) => e.type === 'REQUEST' && e.target.sector === 'GOV')).toEqual([]);
    // a thing of another type of event keeps no sector
    const doc2 = buildDoc({ text: 'Kenya condemned the bombing near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
    doc2.layers.places = [place(doc2, 'Mombasa', 'KEN'), place(doc2, 'Malindi', 'KEN')];
    expect(code(doc2).find((e) => e.type === 'ACCUSE')?.target.sector).toBeNull();
  });
  it('gives a thing that is no party, act or public affair no country from the article', () => {
    const tail = ' The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.';
    const target = (first: string, type: string) => {
      const doc = buildDoc({ text: first + tail, actors: COUNTRIES });
      doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
      return code(doc).find((e) => e.type === type)?.target;
    };
    // (a stance towards such a thing names no one in an article and codes nothing: thing-target.test.ts)
    expect(target('Kenya praised the study near Mombasa.', 'SUPPORT')).toBeUndefined();
    expect(target('Kenya rejected the idea near Mombasa.', 'REJECT')).toBeUndefined();
    // people, an act and a public affair are still set where the article is
    expect(target('Kenya praised the volunteers near Mombasa.', 'SUPPORT')).toMatchObject({ country: 'KEN', countryFrom: 'article' });
    expect(target('Kenya rejected the new rules near Mombasa.', 'REJECT')).toMatchObject({ country: 'KEN', countryFrom: 'article' });
  });
  it('reads speaking to an audience of the article as no meeting (target: own), speaking to a named party as one', () => {
    const tail = ' The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.';
    const consult = (first: string) => {
      const doc = buildDoc({ text: first + tail, actors: COUNTRIES });
      doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
      return code(doc).filter((e) => e.type === 'CONSULT').map((e) => e.target.country);
    };
    expect(consult('Kenya spoke to students near Mombasa.')).toEqual([]);
    expect(consult('Kenya talked with a crowd of farmers near Mombasa.')).toEqual([]);
    expect(consult('Kenya spoke to Uganda near Mombasa.')).toEqual(['UGA']);
  });
  it('codes no demand of the state for a measure its own government or a candidate for its office calls for', () => {
    const tail = ' The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.';
    const people = [
      ...COUNTRIES,
      { id: 'person:ada-mwangi', country: 'KEN', sector: 'GOV', kind: 'person' as const, say: ['President Ada Mwangi'] },
      { id: 'person:joe-otieno', country: 'KEN', sector: 'OPP', kind: 'person' as const, say: ['Joe Otieno'] },
      { id: 'person:eve-kamau', country: 'KEN', sector: 'LAB', kind: 'person' as const, say: ['Eve Kamau'] },
      { id: 'group:KEN:OPP', country: 'KEN', sector: 'OPP', kind: 'group' as const, say: ['the opposition'] },
    ];
    const asks = (first: string) => {
      const d = buildDoc({ text: first + tail, actors: people });
      d.layers.places = [place(d, 'Mombasa', 'KEN'), place(d, 'Malindi', 'KEN')];
      return code(d).filter((e) => e.type === 'REQUEST');
    };
    // the president's own programme, a candidate's platform: no request of another
    expect(asks('President Ada Mwangi called for lower fuel taxes near Mombasa.')).toEqual([]);
    expect(asks('Joe Otieno called for more road spending near Mombasa.')).toEqual([]);
    // a union leader, the opposition as a body, the country itself: the government is asked
    expect(asks('Eve Kamau called for lower fuel taxes near Mombasa.')[0]?.target).toMatchObject({ country: 'KEN', sector: 'GOV' });
    expect(asks('the opposition called for early elections near Mombasa.')[0]?.target).toMatchObject({ country: 'KEN', sector: 'GOV' });
    expect(asks('Kenya called for lower fuel taxes near Mombasa.')[0]?.target).toMatchObject({ country: 'KEN', sector: 'GOV' });
    // a party named in the measure's own words is still the one asked
    expect(asks('President Ada Mwangi called for sanctions on Uganda near Mombasa.')[0]?.target).toMatchObject({ actor: 'country:UGA' });
  });
  it('codes one demand for the coordinated measures one trigger asks of the same government', () => {
    const doc = buildDoc({ text: 'Kenya called for lower fuel prices and new roads near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
    const asks = code(doc).filter((e) => e.type === 'REQUEST');
    expect(asks.map((e) => e.target.text)).toEqual(['lower fuel prices']);
    expect(asks[0].target).toMatchObject({ country: 'KEN', sector: 'GOV', countryFrom: 'article' });
  });
  it('keeps two unnamed parties of one type of event apart when merging retellings', () => {
    const doc = buildDoc({ text: 'On Sunday, armed men attacked a checkpoint near Mombasa. Later, unknown attackers attacked a bus near Malindi. Kenya sent more troops to the coast.', actors: COUNTRIES });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
    const assaults = code(doc).filter((e) => e.type === 'ASSAULT');
    expect(assaults.map((e) => e.source.text)).toEqual(['armed men', 'unknown attackers']);
  });
});

describe('actors the registry does not place', () => {
  it('gives a person without a country the article country, marked as such', () => {
    const k = new Knowledge();
    const actors = [...COUNTRIES, { id: 'person:ada-mwangi', country: null, kind: 'person' as const, say: ['Ada Mwangi'] }];
    const doc = buildDoc({ text: 'Ada Mwangi accused Uganda of delays near Mombasa. The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.', actors });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
    const accuse = codeEvents(doc, patternsOf(k), lexiconOf(k)).find((e) => e.type === 'ACCUSE');
    expect(accuse?.source).toMatchObject({ actor: 'person:ada-mwangi', country: 'KEN', countryFrom: 'article' });
    expect(accuse?.target.country).toBe('UGA');
  });
  it('places such a speaker of a criticism word the same way', () => {
    const k = new Knowledge();
    const actors = [...COUNTRIES, { id: 'person:ada-mwangi', country: null, kind: 'person' as const, say: ['Ada Mwangi'] }];
    const content = 'Uganda was reckless at the border';
    const doc = buildDoc({ text: `Kenya closed a crossing near Mombasa. Ada Mwangi said ${content}. Traders waited near Malindi.`, actors, tree: true, quotes: [{ text: content, speaker: 'person:ada-mwangi', kind: 'indirect' }] });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN'), place(doc, 'Malindi', 'KEN')];
    const accuse = codeEvents(doc, patternsOf(k), lexiconOf(k)).find((e) => e.pattern === 'rule.criticism');
    expect(accuse?.source).toMatchObject({ actor: 'person:ada-mwangi', country: 'KEN', countryFrom: 'article' });
    expect(accuse?.target.country).toBe('UGA');
  });
});

describe('records with no doer', () => {
  const one = 'Two bombs killed six Ukrainian soldiers near the border.';
  const doer = (text: string) => brief({ text, actors: COUNTRIES, tree: true }).filter((e) => e.startsWith('ASSAULT'));
  it('keeps one whose source names no one in a lone sentence, drops it in an article', () => {
    expect(doer(one)).toEqual(['ASSAULT null>UKR asserted']);
    expect(doer(`The weather was cold. ${one} Ukraine mourned them.`)).toEqual([]);
  });
});

describe('people nouns of armed violence', () => {
  it('sets a bomber, an assailant or a sniper in the article\'s country like gunmen', () => {
    for (const who of ['the bomber', 'an assailant', 'a sniper']) {
      const doc = buildDoc({ text: `Kenya mourned on Monday. In the morning, ${who} attacked a checkpoint near Mombasa. Police closed the road.`, actors: COUNTRIES, tree: true });
      doc.layers.places = [place(doc, 'Mombasa', 'KEN')];
      const e = codeEvents(doc, patternsOf(new Knowledge()), lexiconOf(new Knowledge())).find((x) => x.type === 'ASSAULT');
      expect(e?.source.country, who).toBe('KEN');
    }
  });
});

describe('phrases the actors stage read with no country on purpose', () => {
  // (the entities layer stands in for the actors stage: "envoys" a GOV phrase, unplaced or not)
  const TEXT2 = "Envoys voiced anger over Uganda's missile launch near Mombasa. The police said the launch failed. Kenya sent more troops to the coast.";
  const withEnvoys = (unplaced: boolean): Doc => {
    const doc = buildDoc({ text: TEXT2, actors: COUNTRIES, tree: true });
    doc.layers.places = [place(doc, 'Mombasa', 'KEN')];
    doc.layers.entities = [{ start: 0, end: 6, text: 'Envoys', label: 'ROLE', actor: null, sector: 'GOV', ...(unplaced ? { unplaced: true as const } : {}) }];
    return doc;
  };
  const k = new Knowledge();
  const source = (doc: Doc) => codeEvents(doc, patternsOf(k), lexiconOf(k)).find((e) => e.source.text === 'Envoys')?.source;
  it('gives such a phrase no country from its sentence or the article', () => {
    expect(source(withEnvoys(false))).toMatchObject({ country: 'KEN', sector: 'GOV', countryFrom: 'article' });
    expect(source(withEnvoys(true))).toMatchObject({ country: null, sector: 'GOV' });
  });
});

describe('parties a region or bloc word places', () => {
  const k = new Knowledge();
  const code = (doc: Doc) => codeEvents(doc, patternsOf(k), lexiconOf(k));
  const TAIL = ' The police said the attackers fled towards Malindi. Kenya sent more troops to the coast.';
  const withPlaces = (first: string, extra: Place[] = []) => {
    const doc = buildDoc({ text: first + TAIL, actors: COUNTRIES });
    doc.layers.places = [place(doc, 'Malindi', 'KEN'), ...extra.map((p) => place(doc, p.text, p.country))];
    return doc;
  };
  const target = (doc: Doc, type: string) => code(doc).find((e) => e.type === type)?.target;
  it('lends no article country to people a region adjective places', () => {
    // a plain group still takes the article's country, a regional or foreign one does not
    expect(target(withPlaces('Kenya urged the farmers near Mombasa to stop the blockade.', [{ text: 'Mombasa', country: 'KEN' } as Place]), 'REQUEST')?.country).toBe('KEN');
    const doc = withPlaces('Kenya urged African farmers near Mombasa to stop the blockade.', [{ text: 'Mombasa', country: 'KEN' } as Place]);
    expect(target(doc, 'REQUEST')?.country ?? null).toBeNull();
    const doc2 = withPlaces('Kenya urged foreign lenders to stop the blockade near Mombasa.', [{ text: 'Mombasa', country: 'KEN' } as Place]);
    expect(target(doc2, 'REQUEST')?.country ?? null).toBeNull();
  });
  it('lends none to a phrase holding a place of no one country', () => {
    // the same phrase without the region is lent the article's country
    expect(target(withPlaces('Kenya urged the coastal traders to stop the blockade.'), 'REQUEST')?.country).toBe('KEN');
    const doc = withPlaces('Kenya urged the East Africa traders to stop the blockade.', [{ text: 'Africa', country: '' } as Place]);
    expect(code(doc).filter((e) => e.type === 'REQUEST' && e.target.country === 'KEN')).toEqual([]);
  });
});

describe('named parties with no country of their own in an article', () => {
  const k = new Knowledge();
  const TEXT2 = 'Kenya sent more troops to the coast near Mombasa. Police said the attackers fled towards Malindi. Kenya criticised Halvorsen Aero over the delays. Kenya also criticised Brightwater Logistics.';
  const doc = (stateless: boolean) => {
    const d = buildDoc({
      text: TEXT2,
      actors: [
        ...COUNTRIES,
        { id: 'org:halvorsen-aero', kind: 'org', country: null, sector: 'BUS', say: ['Halvorsen Aero'], ...(stateless ? { stateless: true as const } : {}) },
        { id: 'org:brightwater-logistics', kind: 'org', country: null, sector: 'BUS', say: ['Brightwater Logistics'] },
      ],
    });
    d.layers.places = [place(d, 'Mombasa', 'KEN'), place(d, 'Malindi', 'KEN')];
    return d;
  };
  const target = (d: Doc, name: string) => codeEvents(d, patternsOf(k), lexiconOf(k)).find((e) => e.type === 'ACCUSE' && e.target.text === name)?.target;
  it('places an organisation the registry does not know where the article is set', () => {
    expect(target(doc(false), 'Brightwater Logistics')?.country).toBe('KEN');
    expect(target(doc(false), 'Halvorsen Aero')?.countryFrom).toBe('article');
  });
  it('leaves an organisation the registry places in no one country (a multinational, a rights group) without one', () => {
    const t = target(doc(true), 'Halvorsen Aero');
    expect(t?.actor).toBe('org:halvorsen-aero');
    expect(t?.country).toBeNull();
    expect(t?.countryFrom).toBeUndefined();
    expect(target(doc(true), 'Brightwater Logistics')?.country).toBe('KEN');
  });
});
