// The quotes view's words for a quote's date: every precision and every basis the pipeline writes has one
// (the web bundle keeps its own copy of the lists), and the date reads with its precision beside it.
import { describe, expect, it } from 'vitest';
import { PRECISIONS, QUOTE_DATE_BASES } from '../../src/doc/types.ts';
import { DATE_BASES, PRECISION_WORDS, basisLabel, dateLabel } from '../../web/src/quote-dates.ts';

describe('quote date labels', () => {
  it('cover the pipeline\'s precisions and bases, with distinct short labels', () => {
    expect(Object.keys(PRECISION_WORDS).sort()).toEqual([...PRECISIONS].sort());
    expect(Object.keys(DATE_BASES).sort()).toEqual([...QUOTE_DATE_BASES].sort());
    const labels = Object.values(DATE_BASES).map((b) => b.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const b of Object.values(DATE_BASES)) expect(b.label.length).toBeLessThanOrEqual(16);
  });

  it('put the precision beside the date and say what it means', () => {
    expect(dateLabel('2016-09', 'month').text).toBe('2016-09 (month)');
    expect(dateLabel('2016-09-14', 'day')).toEqual({ text: '2016-09-14 (day)', meaning: 'said on this day (precision: day)' });
    expect(dateLabel('2016-09-14', 'unknown').text).toBe('2016-09-14 (or before)');
    expect(dateLabel('2016-09-14', undefined).text).toBe('2016-09-14');
  });

  it('explain a basis, and a quote stored before bases were recorded', () => {
    expect(basisLabel('document')).toEqual(DATE_BASES.document);
    expect(basisLabel('attribution').meaning).toMatch(/own attribution/);
    expect(basisLabel(undefined).label).toBe('—');
    expect(basisLabel('new-basis')).toEqual({ label: 'new-basis', meaning: 'new-basis' });
  });
});
