// Quoted subheads: a short quoted line alone as a paragraph takes the speaker of the later quote that
// holds its words, not the frame of the paragraph after it.
import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';
import { isQuotedSubhead } from '../../../src/stages/quotes/subheads.ts';
import { paragraphs } from '../../../src/doc/layout.ts';

const ARTICLE = [
  'The county closed the old ferry terminal on Tuesday after an inspection found cracks in the pier.',
  "'A long winter'",
  '"We will keep the buses running to the island," the transport director, Mara Olsen, said on Tuesday.',
  'Residents of the island will have to drive around the bay until a new pier opens.',
  '"It is going to be a long winter for everyone who works in town," said Peter Lund, who runs a bakery there.',
  "'Nobody warned us'",
  '"The inspection came too late," the harbour master said.',
].join('\n');

describe('quoted subheads', () => {
  it('tells a short unpunctuated quoted paragraph from a quoted statement', () => {
    const paras = paragraphs(ARTICLE);
    const quotes = quotesOf(makeDoc(ARTICLE));
    expect(isQuotedSubhead(ARTICLE, paras, quoteStarting(quotes, 'A long winter'))).toBe(true);
    expect(isQuotedSubhead(ARTICLE, paras, quoteStarting(quotes, 'The inspection came too late'))).toBe(false);
  });

  it('takes the speaker of the later quote that holds its words', () => {
    const quotes = quotesOf(makeDoc(ARTICLE));
    const head = quoteStarting(quotes, 'A long winter');
    expect(head.speaker?.text).toBe('Peter Lund');
    expect(head.cue).toBe('said');
  });

  it('gives no speaker when no later quote holds its words', () => {
    const quotes = quotesOf(makeDoc(ARTICLE));
    expect(quoteStarting(quotes, 'Nobody warned us').speaker).toBeNull();
    expect(quoteStarting(quotes, 'The inspection came too late').speaker?.text).toBe('the harbour master');
  });
});
