// A closing ", according to X" is the outer frame of a report, not words of the cue before it
// (reported.ts, closingAccording); a speaker read inside the modifier of its head noun ("a
// spokesperson for X", "sources familiar with X") is the whole phrase (speaker-span.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';

describe('a closing "according to" frame', () => {
  it('is cut from the content of the cue before it', () => {
    const qs = quotesOf(makeDoc('Police said they would not publish the footage of the arrest, according to lawyers for the driver.'));
    const said = qs.find((q) => q.cue === 'said');
    expect(said?.text).toBe('they would not publish the footage of the arrest');
    expect(qs.find((q) => q.cue === 'according to')?.speaker?.text).toBe('lawyers for the driver');
  });

  it('is cut after a quotation mark that closes on the comma', () => {
    const qs = quotesOf(makeDoc('Filler opening line here.\n\nThe minister admitted on Monday that the real aim of the plan was to "save money," according to the Daily Courier.'));
    const admitted = qs.find((q) => q.cue === 'admitted' && q.kind === 'indirect');
    expect(admitted?.text).toBe('the real aim of the plan was to "save money,"');
  });

  it('stays when a clause of the reported words follows it', () => {
    const qs = quotesOf(makeDoc('The mayor said that, according to the survey, most residents want a new park.'));
    expect(quoteStarting(qs, 'according to the survey', 'indirect').text).toBe('according to the survey, most residents want a new park');
  });
});

describe('a speaker read inside its head noun\'s modifier', () => {
  it('takes the noun a "for" phrase modifies ("a spokesperson for X")', () => {
    const qs = quotesOf(makeDoc('A spokesperson for the Company indicated that the loan had been repaid from cash reserves.'));
    expect(quoteStarting(qs, 'the loan had been repaid', 'indirect').speaker?.text).toBe('A spokesperson for the Company');
  });

  it('takes the noun an adjective\'s "with" phrase modifies ("sources familiar with X")', () => {
    const qs = quotesOf(makeDoc('The coach is the favourite for the national job, two sources familiar with the selection process tell the newspaper.'));
    expect(quoteStarting(qs, 'The coach is the favourite', 'indirect').speaker?.text).toBe('two sources familiar with the selection process');
  });

  it('leaves a "with" phrase that names the speaker of a participle ("with X saying")', () => {
    const qs = quotesOf(makeDoc('Shares fell on Monday, with one analyst saying the merger had been oversold.'));
    expect(quoteStarting(qs, 'the merger had been oversold', 'indirect').speaker?.text).toBe('one analyst');
  });
});
