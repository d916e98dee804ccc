import { describe, expect, it } from 'vitest';
import { layout, paragraphBreakIn, paragraphs } from '../../src/doc/layout.ts';

const pad = '        ';
/** A hard-wrapped text in the scraped layout: continuation lines indented, no blank lines. */
const WRAPPED = [
  'The harbour board of Lindqvist approved a plan on Monday to deepen the channel for larger',
  `${pad}cargo ships, a spokeswoman for the board said after a meeting that ran late into the`,
  `${pad}evening.`,
  `${pad}Ferry workers protested outside the building while the vote took place.`,
  `${pad}A fight over dredging`,
  `${pad}The union's leader, Marta Oyelaran, told reporters the dredging would put jobs along the whole`,
  `${pad}waterfront at risk and that her members would keep protesting until the board listened to`,
  `${pad}them.`,
].join('\n');

const lines = (text: string) => paragraphs(text).map((p) => text.slice(p.start, p.end).replace(/\s*\n\s*/g, ' '));

describe('text layout', () => {
  it('reads a hard-wrapped text: wraps inside sentences, paragraphs at sentence ends and headings', () => {
    const l = layout(WRAPPED);
    expect(l.wrapped).toBe(true);
    expect(lines(WRAPPED)).toEqual([
      'The harbour board of Lindqvist approved a plan on Monday to deepen the channel for larger cargo ships, a spokeswoman for the board said after a meeting that ran late into the evening.',
      'Ferry workers protested outside the building while the vote took place.',
      'A fight over dredging',
      "The union's leader, Marta Oyelaran, told reporters the dredging would put jobs along the whole waterfront at risk and that her members would keep protesting until the board listened to them.",
    ]);
    const at = WRAPPED.indexOf('larger');
    expect(paragraphBreakIn(WRAPPED, at, at + 20)).toBe(false);
    const heading = WRAPPED.indexOf('dredging\n');
    expect(paragraphBreakIn(WRAPPED, heading, heading + 15)).toBe(true);
  });

  it('keeps every line of an unwrapped text a paragraph, except a break inside a sentence', () => {
    const text = 'Council votes on budget\nThe council voted on the budget on Tuesday.\nIts members argued for three\nhours before the vote.';
    expect(layout(text).wrapped).toBe(false);
    expect(lines(text)).toEqual([
      'Council votes on budget',
      'The council voted on the budget on Tuesday.',
      'Its members argued for three hours before the vote.',
    ]);
  });

  it('ends paragraphs at blank lines', () => {
    expect(lines('One paragraph here.\n\n  Another one there.\n')).toEqual(['One paragraph here.', 'Another one there.']);
  });
});
