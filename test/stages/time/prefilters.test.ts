// The time recogniser's pre-filters: the expressions it reads as needing a digit (requiresDigit), which a
// sentence without one answers no to unasked, and the same answers with that shortcut as without it.
import { describe, expect, it } from 'vitest';
import { Recognizer, requiresDigit } from '../../../src/stages/time/recognize.ts';
import { loadTimeLexicon } from '../../../src/stages/time/lexicon.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';

describe('time: pre-filters that need a digit', () => {
  it('reads a digit outside groups, not made optional, with no alternation outside groups', () => {
    for (const re of [/\d/, /['’]\d\d/, /\d{4}-\d/, /\d\/\d/, /0['’]?s\b/, /Q[1-4]/, /\d(?::\d|\.\d|\s*[ap]\.?m)/i, /x\d+?y/]) expect(requiresDigit(re), String(re)).toBe(true);
    for (const re of [/\d?x/, /\d*x/, /\d{0,2}x/, /a|\d/, /(?:\d)/, /(?=\d)x/, /[\d,]/, /[^0-9]/, /x\\d/, /x{2}/, /\bago\b/i, /year/i, /[0-9]?/]) expect(requiresDigit(re), String(re)).toBe(false);
  });

  it('finds the same expressions as every pre-filter asked', () => {
    const lex = loadTimeLexicon(bundledKnowledge());
    const fast = new Recognizer(lex);
    const slow = new Recognizer(lex) as unknown as { needsDigit: Uint8Array };
    slow.needsDigit.fill(0);
    const texts = [
      'The talks ended on Friday, three weeks ago, and resume next year.',
      "In the '90s the firm grew; by March 2019 it had 40 staff.",
      'She left at 6:30 pm on 12/04/2020, in Q3 of fiscal 2020.',
      'Every morning that week the council met, twice a day, until the 1980s.',
      'The 21st century began two years ago, the minister said on 2021-01-05.',
    ];
    for (const t of texts) expect(fast.recognize(t, 0, t.length), t).toEqual((slow as unknown as Recognizer).recognize(t, 0, t.length));
  });
});
