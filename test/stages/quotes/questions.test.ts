import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';

// A question put to the reader or the one interviewed reports nothing; nobody is said to hold its content
// (reported.ts, Tree.asksQuestion). A question about a third party's stance keeps its record. Invented sentences.
describe('a cue that asks a question reports nothing', () => {
  it('makes no record of "Why do you think …?", "Do you really believe that …?" or "How can I say …?"', () => {
    const doc = makeDoc('Why do you think the league has so few fans? Do you really believe that the rules will change next year? How can I say such a thing?');
    expect(quotesOf(doc).filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('keeps a statement whose sentence goes on to a question, an inverted statement and a quoted question', () => {
    const quotes = quotesOf(makeDoc('The mayor said the bridge would reopen in May, but who will pay for it? Only then did the minister say that the plan was dead. "Do you think it will rain on Sunday?" the farmer asked.'));
    expect(quoteStarting(quotes, 'the bridge would reopen').speaker?.text).toBe('The mayor');
    expect(quoteStarting(quotes, 'the plan was dead').speaker?.text).toBe('the minister');
    expect(quoteStarting(quotes, 'Do you think it will rain').speaker?.text).toBe('the farmer');
  });

  it('keeps a question about a third party\'s stance', () => {
    const quotes = quotesOf(makeDoc('The council met on Monday. Has the senator said that the tax will rise? Why would the mayor want to close the library?'));
    expect(quoteStarting(quotes, 'the tax will rise').speaker?.text).toBe('the senator');
    expect(quoteStarting(quotes, 'to close the library').speaker?.text).toBe('the mayor');
  });
});
