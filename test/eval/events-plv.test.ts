// The PLV scorer: markup parsing and metric arithmetic on a tiny pipeline of our own, plus a run over
// the shared PLV file when present (skips otherwise).
import { describe, expect, it } from 'vitest';
import { missCause, parseMarked, plvSet, plvType, scorePlv, scorePlvHalves } from '../../src/eval/plv.ts';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';
import { scoreSeedEvents } from '../../src/eval/seed/events.ts';
import { createDoc } from '../../src/doc/doc.ts';
import type { Event } from '../../src/doc/types.ts';

const ev = (type: Event['type'], s: string, t: string, mode: Event['mode'] = 'asserted', extra: Partial<Event> = {}): Event => ({
  type, cameo: '01', goldstein: 0, quad: 1, mode, date: null, precision: 'day',
  source: { actor: s, country: s, sector: null }, target: { actor: t, country: t, sector: null },
  trigger: { start: 0, end: 1, text: 'x' }, sentence: { start: 0, end: 1 }, ...extra,
});

describe('PLV scorer', () => {
  it('strips <s>/<t> markup and keeps the spans', () => {
    const p = parseMarked('<s>Kenya</s> praised <t>Uganda</t> and <t>Rwanda</t>.');
    expect(p.text).toBe('Kenya praised Uganda and Rwanda.');
    expect(p.source).toEqual([{ start: 0, end: 5 }]);
    expect(p.target.map((s) => p.text.slice(s.start, s.end))).toEqual(['Uganda', 'Rwanda']);
    expect(plvType('RETREAT')).toBe('YIELD');
  });

  it('computes type P/R/F1 and dyad recall from the events a pipeline returns', () => {
    const fake: Pipeline = {
      components: [],
      run(doc) {
        doc.layers.mentions = [
          { start: 0, end: 5, text: 'Kenya', actor: 'K', confidence: 1, via: 'name' },
          { start: 14, end: 20, text: 'Uganda', actor: 'U', confidence: 1, via: 'name' },
        ];
        doc.layers.events = doc.text.startsWith('Kenya praised') ? [ev('SUPPORT', 'K', 'U'), ev('ASSAULT', 'K', 'U', 'hypothetical')] : [ev('ACCUSE', 'K', 'U')];
        return doc;
      },
    };
    const pairs = [
      { sentenceId: '1', root: 'SUPPORT', ...toPair('<s>Kenya</s> praised <t>Uganda</t>.') },
      { sentenceId: '2', root: 'REJECT', ...toPair('<s>Kenya</s> rejects <t>Uganda</t>.') },
    ];
    const r = scorePlv(pairs, fake);
    expect(r.metrics).toMatchObject({ typeP: 0.5, typeR: 0.5, typeF1: 0.5, dyadR: 0.5 });
    // Two sentences, one per half: each half scores its own sentence, and half A's miss is listed.
    const { results, lines } = scorePlvHalves(pairs, fake);
    expect(results.map((x) => x.component)).toEqual(['events', 'events-A', 'events-B']);
    expect(results.slice(1).map((x) => x.metrics.sentences)).toEqual([1, 1]);
    expect(results.slice(1).map((x) => x.metrics.dyadR).sort()).toEqual([0, 1]);
    const missA = results[1].metrics.dyadR === 0;
    expect(lines.some((l) => l.includes('pair missed'))).toBe(missA);
    // Per-template counts for both halves, no sentence text: the false ACCUSE is counted in its half.
    const falseRow = lines.find((l) => / ACCUSE \?$/.test(l));
    expect(falseRow).toMatch(missA ? /^ {2}A 0\/1 {2}B 0\/0 / : /^ {2}A 0\/0 {2}B 0\/1 /);
    expect(lines.some((l) => l.includes('Kenya'))).toBe(missA);
    // The missed pair has the right parties under another type; the per-cause count says so.
    expect(r.notes).toContain('missed pair: type wrong, parties right (ACCUSE): 1');
    expect(results.slice(1).find((x) => x.metrics.dyadR === 0)!.notes).toContain('missed pair: type wrong, parties right (ACCUSE): 1');
  });
});

describe('PLV missed-pair causes', () => {
  const doc = createDoc({ date: '2000-01-01', text: 'Kenya praised Uganda.' });
  doc.layers.mentions = [
    { start: 0, end: 5, text: 'Kenya', actor: 'K', confidence: 1, via: 'name' },
    { start: 14, end: 20, text: 'Uganda', actor: 'U', confidence: 1, via: 'name' },
  ];
  const p = { sentenceId: '1', root: 'SUPPORT', ...toPair('<s>Kenya</s> praised <t>Uganda</t>.') };
  const none = { actor: null, country: null, sector: null };
  it('names the side that failed, or the type', () => {
    expect(missCause(doc, p, [ev('SUPPORT', 'U', 'K')], [])).toBe('roles inverted');
    expect(missCause(doc, p, [ev('SUPPORT', 'K', 'U', 'asserted', { target: none })], [])).toBe('target none');
    expect(missCause(doc, p, [ev('SUPPORT', 'K', 'X', 'asserted')], [])).toBe('target another actor');
    expect(missCause(doc, p, [], [ev('SUPPORT', 'K', 'U', 'hypothetical')])).toBe('type only in an uncounted mode');
    expect(missCause(doc, p, [], [])).toBe('type missed (no event)');
    expect(missCause(doc, { ...p, target: [] }, [], [])).toBe('gold side unmarked');
  });
});

function toPair(marked: string) {
  const p = parseMarked(marked);
  return { sentence: p.text, source: p.source, target: p.target };
}

describe('seed events scorer', () => {
  it('counts recall, precision, must_not and dates, ignoring uncounted modes', () => {
    const doc = createDoc({ date: '2021-01-01', text: 'x' });
    doc.layers.events = [ev('ACCUSE', 'AAA', 'BBB', 'asserted', { date: '2021-01-02' }), ev('ASSAULT', 'BBB', 'AAA'), ev('SANCTION', 'AAA', 'BBB', 'hypothetical')];
    const gold = {
      events: {
        required: [{ id: 'E1', type: 'ACCUSE', source: 'AAA', target: 'BBB', date: '2021-01-02', evidence: '' }, { id: 'E2', type: 'REJECT', source: 'BBB', target: 'AAA', evidence: '' }],
        acceptable: [],
        must_not: [{ type: 'SANCTION', source: 'AAA', target: 'BBB', evidence: '' }],
      },
    } as never;
    const r = scoreSeedEvents(doc, gold);
    expect(r.metrics).toMatchObject({ recall: 0.5, precision: 0.5, mustNotViolations: 0, datesRight: 1 });
  });
});

describe.skipIf(!sharedDataDir())('PLV set availability', () => {
  it('finds the PLV file in the shared data folder', () => {
    expect(plvSet.missing({ dataDir: sharedDataDir()!, pipeline: null as never })).toBeNull();
  });
});
