import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting, person, org } from './helpers.ts';

const ERDOGAN = person('person:recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', 'TUR');
const HUN = org('country:HUN', 'Hungary', 'HUN', 'country');

describe('indirect speech', () => {
  it('finds reported clauses after the cue, with and without "that"', () => {
    const text = [
      'Mr Erdogan said Sweden had not yet done enough to address Turkey’s concerns, adding that talks would resume in the autumn.',
      'Hungary rejects the criticism but says it will ratify the accession protocol next month.',
      'Police confirmed that two men had been arrested near the embassy.',
      'The foreign minister told journalists that the border crossing would reopen on Monday.',
    ].join(' ');
    const doc = makeDoc(text, [ERDOGAN, HUN], [
      { text: 'Mr Erdogan', actor: ERDOGAN.id },
      { text: 'Hungary', actor: HUN.id },
    ]);
    const quotes = quotesOf(doc).filter((q) => q.kind === 'indirect');
    const sweden = quoteStarting(quotes, 'Sweden had not yet done enough');
    expect(sweden.speaker?.actor).toBe(ERDOGAN.id);
    expect(sweden.text.endsWith('concerns')).toBe(true);
    expect(quoteStarting(quotes, 'talks would resume').speaker?.actor).toBe(ERDOGAN.id);
    const hungary = quoteStarting(quotes, 'it will ratify');
    expect(hungary.speaker?.actor).toBe(HUN.id);
    expect(hungary.cue).toBe('says');
    expect(quoteStarting(quotes, 'two men had been arrested').speaker?.text).toBe('Police');
    const border = quoteStarting(quotes, 'the border crossing would reopen');
    expect(border.speaker?.text).toBe('The foreign minister');
    expect(border.addressee).toBe('journalists');
    // "rejects the criticism" is not reported speech
    expect(quotes.some((q) => q.text.startsWith('the criticism'))).toBe(false);
  });

  it('reads "according to X" before and after the clause, and content-first "…, X said"', () => {
    const text = [
      'According to the interior ministry, more than 4,000 people crossed the border last week.',
      'The convoy was stopped at the checkpoint, according to local officials.',
      'The talks will resume on Thursday, a spokesperson for the Turkish presidency said.',
    ].join(' ');
    const quotes = quotesOf(makeDoc(text)).filter((q) => q.kind === 'indirect');
    expect(quoteStarting(quotes, 'more than 4,000').speaker?.text).toBe('the interior ministry');
    expect(quoteStarting(quotes, 'The convoy was stopped').speaker?.text).toBe('local officials');
    expect(quoteStarting(quotes, 'The talks will resume').speaker?.text).toBe('a spokesperson for the Turkish presidency');
  });

  it('resolves "a spokesperson for X" to X’s actor', () => {
    const text = 'A spokesperson for Hungary said the government would not change its position.';
    const doc = makeDoc(text, [HUN], [{ text: 'Hungary', actor: HUN.id }]);
    const [q] = quotesOf(doc).filter((x) => x.kind === 'indirect');
    expect(q.speaker?.actor).toBe(HUN.id);
    expect(q.text).toBe('the government would not change its position');
  });

  it('does not report the attribution of a direct quote as indirect speech', () => {
    const text = '“We will not back down,” the minister said. He said: “Never.”';
    const quotes = quotesOf(makeDoc(text));
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });
  it('reads no content after a cue that follows the direct quote it frames', () => {
    const text = [
      '“The course was a delight for the pupils,” said Ana Lopes, the school’s partnership manager.',
      '“It will be hard at first,” explained Bo Lind, who will stay with a host family in the city.',
      '“We kept going,” says Tom Reyes, shift supervisor at the plant.',
    ].join(' ');
    const quotes = quotesOf(makeDoc(text));
    expect(quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
    expect(quotes.map((q) => q.speaker?.text)).toEqual(['Ana Lopes', 'Bo Lind', 'Tom Reyes']);
  });
});
