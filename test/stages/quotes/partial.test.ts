import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting, person, org } from './helpers.ts';

const DUDA = person('person:andrzej-duda', 'Andrzej Duda', 'POL');
const EU = org('igo:EU', 'European Union', 'EU', 'igo');

describe('partial and scare quotes', () => {
  it('attributes a partial quote to the subject of the reporting verb', () => {
    const text = 'President Andrzej Duda called the incursion a “deliberate provocation” and urged allies to respond.';
    const doc = makeDoc(text, [DUDA], [{ text: 'President Andrzej Duda', actor: DUDA.id }]);
    const q = quoteStarting(quotesOf(doc), 'deliberate provocation');
    expect(q.kind).toBe('partial');
    expect(q.scare).toBeUndefined();
    expect(q.speaker?.actor).toBe(DUDA.id);
    expect(q.cue).toBe('called');
  });

  it('reads a quote right after its cue once, not again as an indirect record holding its marks', () => {
    const text = 'President Andrzej Duda said "The border will stay closed until the spring."';
    const quotes = quotesOf(makeDoc(text, [DUDA], [{ text: 'President Andrzej Duda', actor: DUDA.id }]));
    expect(quotes).toHaveLength(1);
    expect(quotes[0].kind).not.toBe('indirect');
    expect(quotes[0].speaker?.actor).toBe(DUDA.id);
  });

  it('calls a whole statement right after its cue that closes the sentence a direct quote, not a title', () => {
    const statement = 'President Andrzej Duda said "The border will stay closed until the spring."';
    const [q] = quotesOf(makeDoc(statement, [DUDA], [{ text: 'President Andrzej Duda', actor: DUDA.id }]));
    expect(q.kind).toBe('direct');
    expect(q.speaker?.actor).toBe(DUDA.id);
    const title = 'President Andrzej Duda announced "Open Doors For The Future"';
    const quotes = quotesOf(makeDoc(title, [DUDA], [{ text: 'President Andrzej Duda', actor: DUDA.id }]));
    expect(quotes.every((x) => x.kind !== 'direct')).toBe(true);
  });

  it('gives such a quote the speaker the tree reads as its cue\'s subject when the frame reader found none', () => {
    const text = 'The talks had failed, Andrzej Duda said, but added that "the door stays open for now".';
    const quotes = quotesOf(makeDoc(text, [DUDA], [{ text: 'Andrzej Duda', actor: DUDA.id }]));
    const q = quoteStarting(quotes, 'the door stays open');
    expect(q.kind).toBe('partial');
    expect(q.speaker?.actor).toBe(DUDA.id);
    expect(quotes.filter((x) => x.cue === 'added')).toHaveLength(1);
  });

  it('uses the nearest cue for each partial quote in a sentence, and the cue after when none precedes', () => {
    const text =
      'The commission insisted that the rules were “fair and proportionate” as its president warned of “serious consequences”. The plan is “unworkable”, the farmers’ union said.';
    const quotes = quotesOf(makeDoc(text, [EU], [{ text: 'The commission', actor: EU.id }]));
    expect(quoteStarting(quotes, 'fair and').speaker?.actor).toBe(EU.id);
    expect(quoteStarting(quotes, 'serious').speaker?.text).toBe('its president');
    const union = quoteStarting(quotes, 'unworkable');
    expect(union.kind).toBe('partial');
    expect(union.speaker?.text).toBe('the farmers’ union');
  });

  it('gives a partial quote after "Name, role, said" the name, and after "role, Name, said" the name too', () => {
    const a = 'Rosa Delgado, the chief archivist at the Museum of Tulsa, Oklahoma, said the collection “would stay together for good.”';
    expect(quoteStarting(quotesOf(makeDoc(a)).filter((q) => q.kind === 'partial'), 'would stay').speaker?.text).toBe('Rosa Delgado');
    const b = 'The museum’s head of collections, Rosa Delgado, said the donors had been “remarkably patient.”';
    expect(quoteStarting(quotesOf(makeDoc(b)).filter((q) => q.kind === 'partial'), 'remarkably').speaker?.text).toBe('Rosa Delgado');
  });

  it('labels scare quotes and does not attribute them', () => {
    const text = [
      'The so-called “peace plan” was drafted in secret.',
      'Thousands of “volunteers” crossed the border overnight.',
      'The minister said the so-called “experts” had been wrong.',
    ].join(' ');
    const quotes = quotesOf(makeDoc(text)).filter((q) => q.kind !== 'indirect');
    expect(quotes).toHaveLength(3);
    for (const q of quotes) {
      expect(q.scare).toBe(true);
      expect(q.kind).toBe('partial');
      expect(q.speaker).toBeNull();
    }
  });

  it('does not treat a long unattributed quoted phrase as a scare quote', () => {
    const text = 'Posters reading “we will never surrender our land to the invaders” lined the streets.';
    const [q] = quotesOf(makeDoc(text));
    expect(q.kind).toBe('partial');
    expect(q.scare).toBeUndefined();
    expect(q.speaker).toBeNull();
  });
});
