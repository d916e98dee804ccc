// Each quote's date comes with its precision and where it came from (Quote.precision, Quote.dateBasis):
// one sentence per path of quotes/dates.ts and prior-occasion.ts; and the tense of the cue (issue 18): a cue
// told in the present ("claims", "has admitted") speaks as of the article's day and does not take the day of
// its speaker's run, and a bare participle cue ("…, saying …") is told in the tense of the verb it hangs on.
// Own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import { QUOTE_DATE_BASES, type Quote } from '../../../src/doc/types.ts';

const pipeline = defaultPipeline();
// Thursday 17 October 2019: Monday is the 14th, Tuesday the 15th, Wednesday the 16th.
const D = '2019-10-17';

const quotesOf = (text: string): Quote[] => pipeline.run(createDoc({ date: D, text })).layers.quotes ?? [];

/** Date, precision and basis of the first quote whose text starts with `prefix` (marks left out). */
function dated(text: string, prefix: string): [string | undefined, string | undefined, string | undefined] | undefined {
  const q = quotesOf(text).find((x) => x.text.replace(/^["“]/, '').startsWith(prefix));
  return q && [q.date, q.precision, q.dateBasis];
}

describe('quote date precision and basis', () => {
  it('attribution: a weekday in the cue\'s clause, at day precision', () => {
    expect(dated('"The ballot boxes were stuffed," the opposition leader Marta Vos said on Tuesday.', 'The ballot boxes')).toEqual(['2019-10-15', 'day', 'attribution']);
  });

  it('attribution: a month in the cue\'s clause, at month precision', () => {
    expect(dated('The harbour master Tom Bell said in August that the port was full.', 'the port was full')).toEqual(['2019-08', 'month', 'attribution']);
  });

  it('prior-sentence: the occasion the sentence before dates for the same speaker', () => {
    expect(dated('Governor Lena Holt spoke to a farmers\' radio station on Tuesday. "The subsidy stays," she said.', 'The subsidy stays')).toEqual(['2019-10-15', 'day', 'prior-sentence']);
  });

  it('run: an earlier quote of the speaker\'s run takes the occasion a later one names', () => {
    const text = '"We are tired of waiting," said Paul Dunne, the mayor of Carrow. Speaking to a local radio station on Wednesday, Dunne said the bridge would be rebuilt.';
    expect(dated(text, 'We are tired')).toEqual(['2019-10-16', 'day', 'run']);
    expect(dated(text, 'the bridge would')).toEqual(['2019-10-16', 'day', 'attribution']);
  });

  it('forum: a person quoted again after another speaker of the same occasion keeps that day', () => {
    const text = 'Speaking at a town hall in Carrow on Monday, Rosa Mendes said the bus fares were too high. "Nobody here can pay them," a nurse in the audience said. "We will lower them," Mendes said.';
    expect(dated(text, 'Nobody here')).toEqual([D, 'unknown', 'document']);
    expect(dated(text, 'We will lower')).toEqual(['2019-10-14', 'day', 'forum']);
  });

  it('outlet: the same speaker and outlet elsewhere in the text, across another speaker', () => {
    const text = 'In an interview with Reuters on Wednesday, President Alvarez said the army was ready. The opposition leader Rosa Mendes said the army was weak. "We fear no one," Alvarez told Reuters.';
    expect(dated(text, 'We fear no one')).toEqual(['2019-10-16', 'day', 'outlet']);
  });

  it('document: no time named; told in the past it is made by then (unknown), in the present it stands as of that day', () => {
    expect(dated('The regional governor said the dam was safe.', 'the dam was safe')).toEqual([D, 'unknown', 'document']);
    expect(dated('The regional governor says the dam is safe.', 'the dam is safe')).toEqual([D, 'day', 'document']);
  });

  it('every quote has a precision and a basis, scare quotes the document\'s', () => {
    const qs = quotesOf('Hundreds of “advisers” crossed the river at night. "We will not sign," the union leader Ana Ortiz said on Saturday.');
    expect(qs.length).toBeGreaterThan(1);
    for (const q of qs) expect(QUOTE_DATE_BASES).toContain(q.dateBasis);
    const scare = qs.find((q) => q.scare);
    expect(scare && [scare.date, scare.precision, scare.dateBasis]).toEqual([D, 'unknown', 'document']);
  });
});

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
