import { describe, expect, it } from 'vitest';
import { findQuoted } from '../../../src/stages/quotes/marks.ts';
import { makeDoc, quotesOf } from './helpers.ts';

const texts = (s: string) => findQuoted(s).map((q) => ({ text: s.slice(q.start, q.end), depth: q.depth }));

describe('quotation marks: backticks and mismatched straight pairs', () => {
  it('pairs a backtick with a closing apostrophe mark, spaced or not', () => {
    expect(texts("The judge wrote: `the state hid the lab report,' and went on.")).toEqual([
      { text: 'the state hid the lab report,', depth: 0 },
    ]);
    expect(texts("Owners can now ` skip the cable ' when they set the phone up.")).toEqual([{ text: 'skip the cable', depth: 0 }]);
  });

  it('does not read a spaced apostrophe as the closing mark of a backtick quote', () => {
    expect(texts("He called it ` the best phone the firm ' s ever made ' at the launch.")).toEqual([
      { text: "the best phone the firm ' s ever made", depth: 0 },
    ]);
  });

  it('leaves a doubled backtick alone', () => {
    expect(texts('He ended with ``we shall see." and left.')).toEqual([]);
  });

  it("closes a single straight mark at the next double one ('…\")", () => {
    expect(texts('A fan once told me, \'Your verses got me through the winter." It moved me.')).toEqual([
      { text: 'Your verses got me through the winter.', depth: 0 },
    ]);
  });

  it('keeps a single quote inside a double quote from closing at the double mark', () => {
    expect(texts('"Then she wrote \'see you soon," he said, "and left."')).toEqual([
      { text: "Then she wrote 'see you soon,", depth: 0 },
      { text: 'and left.', depth: 0 },
    ]);
  });

  it('does not open a quote at an elided year or a spaced name before a double quote', () => {
    expect(texts('In the fall of \'98 the coach told us, "Nobody leaves early."')).toEqual([
      { text: 'Nobody leaves early.', depth: 0 },
    ]);
    expect(texts('Professor Ann O \'Neil wrote, "Small firms rarely survive a second recession".')).toEqual([
      { text: 'Small firms rarely survive a second recession', depth: 0 },
    ]);
  });

  it('closes a double quote left open at a word-ending straight apostrophe ("…\')', () => {
    expect(
      texts('Readers call him the "River Painter\'. He never chose it. His shirt reads "The Painter\' since school, not \'River Painter.\''),
    ).toEqual([
      { text: 'River Painter', depth: 0 },
      { text: 'The Painter', depth: 0 },
      { text: 'River Painter.', depth: 0 },
    ]);
  });

  it("does not close a double quote at a plural possessive before a lower-case word", () => {
    const [q] = texts('He said "the players\' union will vote');
    expect(q.text).toBe("the players' union will vote");
  });

  it('gives the stage a direct quote and its speaker for a \'…" pair', () => {
    const quotes = quotesOf(makeDoc('After the concert a listener came up and said, \'Your songs kept me going all year."'));
    const direct = quotes.filter((q) => q.kind !== 'indirect');
    expect(direct.map((q) => q.text)).toEqual(['Your songs kept me going all year.']);
    expect(direct[0].speaker?.text).toBe('a listener');
  });
});
