// A quoted word a passive cue names by someone is that someone's word: the by-agent after the quote is
// its speaker ("called “…” by X and “…” by Y", "dubbed “…” by the press", "“guaranteed” by the agency").
// A participle that is no speech cue ("“ruined” by the flood") and a by-phrase on a noun ("the “raid”
// by the army") leave the quote a scare quote.
import { describe, expect, it } from 'vitest';
import { makeDoc, org, quotesOf, quoteStarting } from './helpers.ts';

const TEXT = [
  'The mayor is called "reckless" by two council members and "brave" by the local paper.',
  'The outage, dubbed "Blackout Tuesday" by the utility workers, lasted six hours.',
  'Residents were sent a new water filter "guaranteed" by the Harbor Health Board to remove lead.',
  'The market was "ruined" by the flood.',
  'The "raid" by the army ended at dawn.',
].join('\n\n');

const BOARD = org('org:harbor-health-board', 'Harbor Health Board', 'USA');

describe('passive naming cues', () => {
  const quotes = quotesOf(makeDoc(TEXT, [BOARD], [{ text: 'Harbor Health Board', actor: BOARD.id }]));

  it('gives a complement and a gapped conjunct each its own by-agent', () => {
    expect(quoteStarting(quotes, 'reckless').speaker?.text).toBe('two council members');
    expect(quoteStarting(quotes, 'reckless').cue).toBe('called');
    expect(quoteStarting(quotes, 'brave').speaker?.text).toBe('the local paper');
  });

  it('reads a participle after its noun and a quoted cue word', () => {
    const dubbed = quoteStarting(quotes, 'Blackout Tuesday');
    expect(dubbed.speaker?.text).toBe('the utility workers');
    expect(dubbed.scare).toBeUndefined();
    const certified = quoteStarting(quotes, 'guaranteed');
    expect(certified.speaker?.actor).toBe(BOARD.id);
    expect(certified.cue).toBe('guaranteed');
  });

  it('leaves a participle that is no cue and a by-phrase on a noun alone', () => {
    expect(quoteStarting(quotes, 'ruined').speaker).toBeNull();
    expect(quoteStarting(quotes, 'raid').speaker).toBeNull();
  });
});
