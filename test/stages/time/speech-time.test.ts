// A time expression inside quoted words is anchored on the day they were spoken when the attribution dates
// the statement to another day (speech-time.ts); the frame, reported speech and quotes of the article's day
// keep the article's day. Own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc } from '../../../src/doc/types.ts';
import { speechDayIn, spokenElsewhen } from '../../../src/stages/time/speech-time.ts';

const pipeline = defaultPipeline();
// Sunday 8 January 2017.
const D = '2017-01-08';

function run(text: string): Doc {
  return pipeline.run(createDoc({ date: D, text }));
}

/** The value of the time expression `phrase` in `text` after the full pipeline. */
function valueIn(text: string, phrase: string): string {
  const all = run(text).layers.timexes ?? [];
  const t = all.find((x) => x.text === phrase);
  if (!t) throw new Error(`no timex "${phrase}" in: ${all.map((x) => `"${x.text}"=${x.value}`).join(', ') || '(none)'}`);
  return t.value;
}

describe('a deictic word in a quotation dated by its attribution', () => {
  it('"today" is the day the words were said', () => {
    expect(valueIn('"Without the clinic I would not be here today," Dana Ruiz said on Saturday outside the town hall.', 'today')).toBe('2017-01-07');
  });

  it('"last night" counts from that day', () => {
    const text = 'The senator defended her post on Friday, saying, "The vote last night was a disgrace."';
    expect(valueIn(text, 'last night')).toBe('2017-01-05TNI');
  });

  it('a possessive "today\'s" in a statement issued on another day', () => {
    expect(valueIn('"In view of today\'s ruling, we will appeal," the union said in a statement Friday.', 'today')).toBe('2017-01-06');
  });

  it('a later quote of the same occasion shares its day', () => {
    const text = '"We lost the final," coach Pia Lund said on Friday. "Tomorrow we start again," Lund added.';
    expect(valueIn(text, 'Tomorrow')).toBe('2017-01-07');
  });

  it('the attribution\'s own date is not moved', () => {
    expect(valueIn('"Everything is ready for the harvest today," the farmer said on Friday.', 'Friday')).toBe('2017-01-06');
  });
});

describe('what keeps the article\'s day', () => {
  it('a quotation said on the article\'s day', () => {
    expect(valueIn('"The market opens today," the mayor said.', 'today')).toBe(D);
  });

  it('reported speech', () => {
    expect(valueIn('The mayor said on Friday that the market opens today.', 'today')).toBe(D);
  });

  it('words outside the quotation in the same paragraph', () => {
    expect(valueIn('"We are done," the coach said on Friday. The club confirmed the news today.', 'today')).toBe(D);
  });
});

describe('spokenElsewhen', () => {
  it('gives the quoted parts with their day, the frame between them left out', () => {
    const text = '"The plan," the minister said on Friday, "is dead today."';
    const doc = run(text);
    const spoken = spokenElsewhen(doc);
    expect(spoken.length).toBeGreaterThan(0);
    const day = speechDayIn(spoken);
    const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    expect(day(at('today'))).toEqual({ y: 2017, m: 1, d: 6 });
    expect(day(at('minister'))).toBeNull();
  });
});
