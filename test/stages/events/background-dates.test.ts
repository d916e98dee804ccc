// Events told as background — a pluperfect clause, or an event whose only nearby date modifies a noun
// ("its contested 2021 vote") — get their own clause's time or a coarser precision, never the article's
// day (or another clause's day) at day precision by default. Full pipeline, own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Event } from '../../../src/doc/types.ts';

const pipeline = defaultPipeline();
// Thursday 10 March 2022.
const D = '2022-03-10';

function eventOf(text: string, trigger: string): Event {
  const events = pipeline.run(createDoc({ date: D, text })).layers.events ?? [];
  const e = events.find((x) => x.trigger.text === trigger);
  if (!e) throw new Error(`no event "${trigger}" in: ${events.map((x) => x.trigger.text).join(', ') || '(none)'}`);
  return e;
}

/** The event of `trigger` in `text` is dated `date` at `precision`. */
function expectDate(text: string, trigger: string, date: string, precision: string): void {
  const e = eventOf(text, trigger);
  expect([e.date, e.precision]).toEqual([date, precision]);
}

describe('background events', () => {
  it('a date that modifies a noun does not date the clause, nor does the article day', () => {
    const e = eventOf('Canada imposed sanctions on Iran following its contested 2021 presidential vote.', 'imposed');
    expect([e.date, e.precision]).toEqual([D, 'unknown']);
  });

  it('a pluperfect clause is bounded by, not dated by, the reporting clause\'s day', () => {
    const e = eventOf('Prosecutors in Lagos said on Tuesday that police had arrested two Ghanaian traders.', 'arrested');
    expect([e.date, e.precision]).toEqual(['2022-03-08', 'unknown']);
  });

  it('a pluperfect clause after "after" is not dated by the main clause', () => {
    const e = eventOf('Police arrested two protesters on Sunday after they had attacked a police station.', 'attacked');
    expect(e.precision).toBe('unknown');
    expect(eventOf('Police arrested two protesters on Sunday after they had attacked a police station.', 'arrested')).toMatchObject({ date: '2022-03-06', precision: 'day' });
  });

  it('a pluperfect clause with its own time expression takes it', () => {
    const e = eventOf('Kenya had expelled the Somali envoy in February, officials said on Monday.', 'expelled');
    expect([e.date, e.precision]).toEqual(['2022-02', 'month']);
  });

  it('a simple past in a reported clause keeps the reporting day', () => {
    const e = eventOf('Officials said on Monday that Kenya expelled the Somali envoy.', 'expelled');
    expect([e.date, e.precision]).toEqual(['2022-03-07', 'day']);
  });

  // An act told by a noun has no tense: the verb it hangs on does not date it to the article day.
  it.each([
    ['The senator rarely mentions the Serbian invasion of Kosovo.', 'invasion of', D, 'unknown'],
    ['The senator rarely mentions the Serbian invasion of Kosovo in 1998.', 'invasion of', '1998', 'year'],
    ['The Serbian army has invaded Kosovo.', 'invaded', D, 'day'],
    // a predicate noun takes its copula's tense
    ['Canada is currently in talks with Mexico about the border.', 'talks with', D, 'day'],
  ])('%s → "%s" on %s at %s', expectDate);
});

// An act its own clause tells as spanning a period or recurring (an adverb of the `span-adverb` set,
// a "since" phrase or clause, a duration the act fills) happened on no one day (dating.ts spanning).
describe('acts that span a period or recur', () => {
  it.each([
    ['Rebels have frequently attacked army posts in Mali.', 'attacked', D, 'unknown'],
    ['In recent weeks, Norway has criticized Russia over the border.', 'criticized', D, 'unknown'],
    ['Greenpeace has been challenging Shell over oil spills for years.', 'challenging', D, 'unknown'],
    ['Officials said on Monday that Norway has long called for talks with Russia.', 'called for', '2022-03-07', 'unknown'],
    // a measured stretch after a completed act is the outcome's length, not when it happened
    ['A court in Oslo has jailed the former minister for ten years.', 'jailed', D, 'day'],
    ['Norway has criticized Russia over the border.', 'criticized', D, 'day'],
  ])('%s → "%s" on %s at %s', expectDate);
});

// A present perfect reports the day's news in the article's opening; told after it, with no time
// expression, it tells what the party has done at some time before (dating.ts backgroundPerfect).
describe('a present perfect after the opening', () => {
  const article = [
    'Norway has criticized Russia over the border.',
    'The foreign minister spoke in Oslo.',
    'She said the patrols were a concern.',
    'Fishermen in the north agreed.',
    'The coast guard counted twelve boats.',
    'Sweden has imposed sanctions on Russia.',
  ].join(' ');
  it('is background deep in the story', () => {
    expect(eventOf(article, 'imposed')).toMatchObject({ date: D, precision: 'unknown' });
  });
  it('is the news in the lead', () => {
    expect(eventOf(article, 'criticized')).toMatchObject({ date: D, precision: 'day' });
  });
});

// A relative clause describes one of the sentence's people or things at its own time: its time
// expression does not date the other clauses' acts, also where the parser hangs it on the verb
// (advcl:relcl; dating.ts acrossRelative).
describe('a relative clause and the other clauses', () => {
  it.each([
    ['Mr. Lund usually supported Democrats during his years at NBC, which fired him in 2019, and told us he did not support Mr. Cruz.', 'supported', D, 'unknown'],
    ['Mr. Lund usually supported Democrats during his years at NBC, which fired him in 2019, and told us he did not support Mr. Cruz.', 'support', D, 'unknown'],
  ])('%s → "%s" on %s at %s', expectDate);
});

// An act told by a noun takes its clause's time only when the clause does that act (a light verb, a
// frame of taking part, a verb of taking place); otherwise the clause's time is another act's, and
// its doer's speaking in the next sentence does not date it either (dating.ts nounApart, eventDate).
describe('a noun event and the time of its clause', () => {
  it.each([
    ['In January, Senator Jones praised the Serbian invasion of Kosovo.', 'invasion of', D, 'unknown'],
    ['On Monday, Senator Jones recalled the Serbian invasion of Kosovo.', 'invasion of', D, 'unknown'],
    ['The Serbian invasion of Kosovo in 1998 was recalled on Monday.', 'invasion of', '1998', 'year'],
    // the clause does the noun's act
    ['The EU imposed new sanctions on Russia on Monday.', 'imposed', '2022-03-07', 'day'],
    ['Talks between Chile and Peru began on Monday.', 'Talks between', '2022-03-07', 'day'],
  ])('%s → "%s" on %s at %s', expectDate);

  it('is not dated by its doer speaking in the next sentence', () => {
    const text = 'Senator Jones said on Wednesday that the war was a mistake. She defended her support for the 2011 strike on the rebel compound.';
    expect(eventOf(text, 'support for')).toMatchObject({ date: D, precision: 'unknown' });
  });
});
