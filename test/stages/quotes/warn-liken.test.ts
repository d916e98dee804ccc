import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';

// "warn of X": a warning whose content is the prepositional object, like "complained about" and
// "spoke of" (cues.yaml). Invented sentences.
describe('"warn of" as a cue', () => {
  it('reads the object of "of" as what was warned of, with the subject as speaker', () => {
    const doc = makeDoc('The national forecaster warned of heavy snow across the north on Sunday.');
    const q = quoteStarting(quotesOf(doc), 'heavy snow');
    expect(q.kind).toBe('indirect');
    expect(q.cue).toBe('warned of');
    expect(q.speaker?.text).toBe('The national forecaster');
  });

  it('reads a coordinated "warned of" after a reported clause as a second attribution', () => {
    const doc = makeDoc('The minister said that the police were watching about 2,000 people and warned of dozens of fighters returning from abroad.');
    const quotes = quotesOf(doc);
    const fighters = quoteStarting(quotes, 'dozens of fighters');
    expect(fighters.cue).toBe('warned of');
    expect(fighters.speaker?.text).toBe('The minister');
    expect(quoteStarting(quotes, 'the police were watching').cue).toBe('said');
  });

  it('keeps "warned" with a clause as before', () => {
    const doc = makeDoc('The agency warned that the river would flood by Friday.');
    const q = quoteStarting(quotesOf(doc), 'the river would flood');
    expect(q.cue).toBe('warned');
  });
});

// "liken X to Y", "compare X with Y": what the object is likened to is part of the content, also where the
// parser hangs the to-phrase on the verb rather than on the object. Invented sentences.
describe('comparison cues', () => {
  it('keeps the to-phrase of "likened" in the content', () => {
    const doc = makeDoc('A longtime critic of the league, Ms. Varga likened FIFA to a cartel, which earns vast sums from television rights, on a podcast last month.');
    const q = quoteStarting(quotesOf(doc), 'FIFA');
    expect(q.cue).toBe('likened');
    expect(q.text).toBe('FIFA to a cartel');
  });

  it('keeps the to-phrase of "compared" after a gerund object', () => {
    const doc = makeDoc('In an interview with a local paper, Rick Morton compared legalizing gambling in the state to supporting crime.');
    const q = quoteStarting(quotesOf(doc), 'legalizing gambling');
    expect(q.text).toBe('legalizing gambling in the state to supporting crime');
  });

  it('keeps the to-phrase when the compared thing is read as a clause', () => {
    const doc = makeDoc('In a 2010 interview with a radio station, Tom Rider compared legalizing same-sex unions in the country to supporting polygamy.');
    const q = quoteStarting(quotesOf(doc), 'legalizing same-sex unions');
    expect(q.text).toBe('legalizing same-sex unions in the country to supporting polygamy');
  });

  it('stops the to-phrase at an aside set off by a dash', () => {
    const doc = makeDoc('One opponent, the economist Paul Ferris, likened the levy to "taxing the air" - a jab that stung, since Mr. Ferris had once advised the minister.');
    const q = quoteStarting(quotesOf(doc), 'the levy', 'indirect');
    expect(q.text).toBe('the levy to "taxing the air"');
  });

  it('adds no to-phrase to an object cue that is not a comparison', () => {
    const doc = makeDoc('The governor announced the plan to reporters on Monday.');
    const q = quoteStarting(quotesOf(doc), 'the plan');
    expect(q.text).toBe('the plan');
  });
});
