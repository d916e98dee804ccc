// A quote whose attribution names no time takes the date of the occasion the sentence before dates,
// when that sentence is about the same speaker (its subject, or the statement or letter itself) and
// its main verb is a speech cue or takes an attribution noun or medium. Own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();
// Thursday 17 October 2019: Monday is the 14th, Tuesday the 15th, Wednesday the 16th.
const D = '2019-10-17';

/** Each quote's text (without its marks) and date. */
function datesOf(text: string): [string, string][] {
  const doc = pipeline.run(createDoc({ date: D, text }));
  return (doc.layers.quotes ?? []).map((q): [string, string] => [q.text.replace(/^["“]|[,."”]+$/g, ''), q.date ?? '']);
}

describe('the occasion dated in the sentence before', () => {
  it('a speaker who spoke to a radio station on Monday is quoted from Monday', () => {
    expect(datesOf('Mayor Ana Ruiz spoke to a local radio station on Monday. "We will not pay," she said.')).toEqual([['We will not pay', '2019-10-14']]);
  });

  it('a fronted interview frame dates the quotes that follow, and the run shares it', () => {
    const got = datesOf('In an interview with the Daily Ledger on Tuesday, Governor Tom Baird defended the budget. "Nobody will lose a job," he said. "The schools stay open," he added.');
    expect(got).toEqual([['Nobody will lose a job', '2019-10-15'], ['The schools stay open', '2019-10-15']]);
  });

  it('the statement put out on Monday is the speaker of the next quote', () => {
    expect(datesOf('The ministry put out a statement on Monday. "No one was hurt," the statement said.')).toEqual([['No one was hurt', '2019-10-14']]);
  });

  it('the same body that wrote on Monday', () => {
    expect(datesOf('The council wrote to residents on Monday. "Rates will rise," the council wrote.')).toEqual([['Rates will rise', '2019-10-14']]);
  });
});

describe('what does not date the quote', () => {
  it('a dated event that is no occasion of speech', () => {
    expect(datesOf('Tom Baird was arrested on Tuesday. "I am innocent," he said.')).toEqual([['I am innocent', D]]);
  });

  it('another speaker in the sentence before', () => {
    expect(datesOf('Tom Baird spoke to reporters on Monday. "He is wrong," Lena Holt said.')).toEqual([['He is wrong', D]]);
  });

  it("the quote's own attribution", () => {
    expect(datesOf('Mayor Ana Ruiz spoke to a local radio station on Monday. "We will not pay," she said on Wednesday.')).toEqual([['We will not pay', '2019-10-16']]);
  });

  it('a date inside the reported words of the sentence before', () => {
    const got = datesOf('Mayor Ana Ruiz told the station that the vote was held on Monday. "We will win," she said.');
    expect(got).toEqual([['the vote was held on Monday', D], ['We will win', D]]);
  });
});
