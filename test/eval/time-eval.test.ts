// Runs the TE3 platinum and MEANTIME time evaluations from ../shared (skipped when absent) and holds the
// stage to its goals as floors; also the seed article's gold dates.
import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { sharedDataDir, SHARED_MISSING } from '../../src/eval/data-dir.ts';
import { te3Set, te3Dir, parseTml, scoreTimeDocs, contextOf, sentenceOf, timeErrorLine, TIME_ERROR_COLUMNS } from '../../src/eval/te3.ts';
import { meantimeTimeSet } from '../../src/eval/meantime-time.ts';
import { meantimeDirs } from '../../src/eval/meantime-xml.ts';
import { scoreSeedTime } from '../../src/eval/seed/time.ts';
import { timePipeline } from '../stages/time/helpers.ts';
import { seedCase, runSeed } from '../helpers/seed.ts';

const dataDir = sharedDataDir();
if (!dataDir) console.warn(SHARED_MISSING);
const hasTe3 = !!dataDir && existsSync(te3Dir(dataDir));
const hasMeantime = !!dataDir && meantimeDirs(dataDir).length > 0;

describe('TimeML parsing', () => {
  it('strips tags and entities keeping TIMEX3 offsets (own markup)', () => {
    const xml = '<DCT><TIMEX3 tid="t0" type="DATE" value="2020-05-04" functionInDocument="CREATION_TIME">May 4</TIMEX3></DCT><TEXT>Aid &amp; food <EVENT eid="e1">arrived</EVENT> <TIMEX3 tid="t1" type="DATE" value="2020-05-02">Saturday</TIMEX3>.</TEXT>';
    const doc = parseTml('x', xml);
    expect(doc.dct).toBe('2020-05-04');
    expect(doc.text).toBe('Aid & food arrived Saturday.');
    expect(doc.gold).toEqual([{ start: 19, end: 27, text: 'Saturday', type: 'DATE', value: '2020-05-02' }]);
  });
});

describe('error notes', () => {
  it('show the words around the expression, whitespace collapsed (own text)', () => {
    const text = 'The ferry line\nreopened on Tuesday after a long strike by its crews.';
    const at = text.indexOf('Tuesday');
    expect(contextOf(text, { start: at, end: at + 7 }, 12)).toBe('…reopened on [Tuesday] after a…');
    expect(contextOf(text, { start: at, end: at + 7 }, 14)).toBe('…reopened on [Tuesday] after a long…');
    expect(contextOf('on Tuesday.', { start: 3, end: 10 })).toBe('on [Tuesday].');
  });

  it('name each miss, wrong value and false hit with its context', () => {
    const text = 'Talks ended on Friday and resume in May; a truce held for weeks.';
    const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
    const gold = [
      { ...span('Friday'), text: 'Friday', type: 'DATE', value: '2020-05-01' },
      { ...span('May'), text: 'May', type: 'DATE', value: '2020-05' },
    ];
    const sys = [
      { ...span('Friday'), text: 'Friday', type: 'DATE', value: '2020-04-24' },
      { ...span('weeks'), text: 'weeks', type: 'DURATION', value: 'PXW' },
    ];
    const { notes, metrics } = scoreTimeDocs([{ doc: { name: 'd', dct: '2020-05-02', text, gold }, sys }]);
    expect(metrics.value_acc).toBe(0);
    expect(notes).toEqual([
      'd: VALUE "Friday" sys 2020-04-24 / gold "Friday" 2020-05-01 :: Talks ended on [Friday] and resume in May; a truce held for weeks.',
      'd: MISS "May" DATE 2020-05 :: Talks ended on Friday and resume in [May]; a truce held for weeks.',
      'd: FALSE "weeks" DURATION PXW :: Talks ended on Friday and resume in May; a truce held for [weeks].',
    ]);
  });
});

describe('error dump lines', () => {
  const text = 'The depot closed in March. Crews went back on Friday and worked for weeks.';
  const span = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  const sentences = [{ start: 0, end: 26 }, { start: 27, end: text.length }];

  it('give the whole sentence of the expression, in brackets, or the words around it without sentences', () => {
    expect(sentenceOf(text, span('Friday'), sentences)).toBe('Crews went back on [Friday] and worked for weeks.');
    expect(sentenceOf(text, span('March'), sentences)).toBe('The depot closed in [March].');
    expect(sentenceOf(text, span('March'))).toBe(contextOf(text, span('March')));
  });

  it('list every error, uncapped, as one tab-separated line with the gold and system values', () => {
    const gold = [
      { ...span('March'), text: 'March', type: 'DATE', value: '2021-03' },
      { ...span('Friday'), text: 'Friday', type: 'DATE', value: '2021-04-02' },
    ];
    const sys = [
      { ...span('Friday'), text: 'Friday', type: 'DATE', value: '2021-04-09' },
      { ...span('weeks'), text: 'weeks', type: 'DURATION', value: 'PXW' },
    ];
    const { errors, notes } = scoreTimeDocs([{ doc: { name: 'dd', dct: '2021-04-05', text, gold }, sys, sentences }], 1);
    expect(notes).toHaveLength(1);
    expect(errors.map((e) => e.kind)).toEqual(['MISS', 'VALUE', 'FALSE']);
    const line = timeErrorLine(errors[1]).split('\t');
    expect(line).toHaveLength(TIME_ERROR_COLUMNS.length);
    expect(line.slice(2)).toEqual(['VALUE', 'Friday', 'DATE', '2021-04-02', 'Friday', 'DATE', '2021-04-09', 'Crews went back on [Friday] and worked for weeks.']);
    expect(timeErrorLine(errors[2]).split('\t').slice(2, 7)).toEqual(['FALSE', '', '', '', 'weeks']);
  });
});

describe.skipIf(!hasTe3)('TE3 platinum (goals as floors)', () => {
  it('strict extent F1 ≥ 85 and value F1 ≥ 80, beating the chrono baseline', async () => {
    const [r] = await te3Set.run({ dataDir: dataDir!, pipeline: timePipeline });
    console.log('te3-platinum', JSON.stringify(r.metrics), '\n  chrono', JSON.stringify(r.baseline?.metrics));
    expect(r.metrics.strict_f1).toBeGreaterThanOrEqual(85);
    expect(r.metrics.value_f1).toBeGreaterThanOrEqual(80);
    expect(r.metrics.value_f1_strict).toBeGreaterThanOrEqual(80);
    expect(r.metrics.value_f1).toBeGreaterThan(r.baseline!.metrics.value_f1);
  });
});

describe.skipIf(!hasMeantime)('MEANTIME time (goals as floors)', () => {
  it('value accuracy on matched expressions ≥ 90 (strict matches) and extent F1', async () => {
    const [r] = await meantimeTimeSet.run({ dataDir: dataDir!, pipeline: timePipeline });
    console.log('meantime', JSON.stringify(r.metrics), '\n  chrono', JSON.stringify(r.baseline?.metrics));
    expect(r.metrics.value_acc_strict).toBeGreaterThanOrEqual(90);
    expect(r.metrics.value_acc).toBeGreaterThanOrEqual(88);
    expect(r.metrics.relaxed_f1).toBeGreaterThanOrEqual(85);
  });
});

describe.skipIf(!seedCase)('seed article dates', () => {
  it('finds every gold date with the right value', () => {
    const r = scoreSeedTime(runSeed(timePipeline), seedCase!.gold);
    expect(r.notes).toEqual([]);
    expect(r.metrics.correct).toBe(r.metrics.dates);
  });
});
