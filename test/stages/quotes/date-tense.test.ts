// A quote's date follows the tense of its attribution (issue 18): a cue told in the present ("claims",
// "has admitted") speaks as of the article's day and does not take the day of its speaker's run, and a
// bare participle cue ("…, saying …") is told in the tense of the verb it hangs on. Own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Quote } from '../../../src/doc/types.ts';

const pipeline = defaultPipeline();
// Thursday 17 October 2019: Monday is the 14th, Tuesday the 15th.
const D = '2019-10-17';

const quotesOf = (text: string): Quote[] => pipeline.run(createDoc({ date: D, text })).layers.quotes ?? [];

/** Date, precision and basis of the first quote whose text starts with `prefix` (marks left out). */
function dated(text: string, prefix: string): [string | undefined, string | undefined, string | undefined] | undefined {
  const q = quotesOf(text).find((x) => x.text.replace(/^["“]/, '').startsWith(prefix));
  return q && [q.date, q.precision, q.dateBasis];
}

describe('quote dates and the tense of the cue', () => {
  it('a present-perfect cue in a speaker\'s run keeps the article\'s day, a past one takes the run\'s', () => {
    const text = 'The senator Ray Collins said on Monday that his returns were legal. He added that he had followed the rules. Collins has admitted that he paid no income tax for a decade.';
    expect(dated(text, 'he had followed')?.slice(0, 2)).toEqual(['2019-10-14', 'day']);
    expect(dated(text, 'he paid no income tax')).toEqual([D, 'day', 'document']);
  });

  it('a present-tense cue in a speaker\'s run keeps the article\'s day', () => {
    const text = 'The carmaker Volta claims its new battery lasts twice as long. Volta said on Tuesday that it had won an order from the city of Lund.';
    expect(dated(text, 'its new battery')).toEqual([D, 'day', 'document']);
    expect(dated(text, 'it had won an order')).toEqual(['2019-10-15', 'day', 'attribution']);
  });

  it('a participle after a past verb is told in the past: the document date at no precision', () => {
    const text = 'The chief executive Nora Lind unveiled two phones at the fair, saying the company would ship them in spring.';
    expect(dated(text, 'the company would ship')).toEqual([D, 'unknown', 'document']);
  });

  it('a participle after a present verb stays as of the article\'s day', () => {
    const text = 'The union has rejected the offer, saying the wages are far too low.';
    expect(dated(text, 'the wages are')).toEqual([D, 'day', 'document']);
  });
});
