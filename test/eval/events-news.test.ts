// The events-news scorer: matching rules of the guideline's "How it is scored" on articles and records
// of our own (a fake pipeline returns fixed events), the fixed halves, plus a run over the shared set
// when present.
import { describe, expect, it } from 'vitest';
import { eventsNewsSet, halfOf, judgeArticle, partyMatches, readEventsNews, scoreEventsNews, summarise, type GoldRecord, type NewsArticle } from '../../src/eval/events-news.ts';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import { createDoc } from '../../src/doc/doc.ts';
import type { Doc, Event, EventParty } from '../../src/doc/types.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';

const TEXT = 'Ruritania accused Freedonia of shelling. The two sides later met in Geneva. Nothing else happened.';
const at = (w: string) => TEXT.indexOf(w);
const party = (country: string | null, sector: string | null = null, actor: string | null = null): EventParty => ({ actor, country, sector });
const ev = (type: Event['type'], trigger: string, source: EventParty, target: EventParty, mode: Event['mode'] = 'asserted'): Event => ({
  type, cameo: '01', goldstein: 0, quad: 1, mode, date: null, precision: 'day', source, target,
  trigger: { start: at(trigger), end: at(trigger) + trigger.length, text: trigger }, sentence: { start: 0, end: 1 },
});
const gp = (country: string | null, sector: string | null = null, name: string | null = null) => ({ text: 'x', country, sector, name });
const rec = (sentence: string, type: string, s: ReturnType<typeof gp> | null, t: ReturnType<typeof gp> | null, extra: Partial<GoldRecord> = {}): GoldRecord => ({
  sentence, trigger: 'x', type, source: s, target: t, mode: 'asserted', ...extra,
});
const S1 = 'Ruritania accused Freedonia of shelling.';
const S2 = 'The two sides later met in Geneva.';

function docWith(events: Event[]): Doc {
  const d = createDoc({ date: '2020-01-01', text: TEXT });
  d.layers.events = events;
  d.layers.actors = [{ id: 'person:a-b', name: 'Ann Bee', kind: 'person', country: null, sector: null }];
  return d;
}

describe('events-news scorer', () => {
  it('matches sentence, type (alt types, YIELD) and country-level parties; strict adds sectors', () => {
    const gold = [
      rec(S1, 'ACCUSE', gp('RUR', 'GOV'), gp('FRE')),
      rec(S2, 'CONSULT', gp('RUR'), gp('FRE'), { alt_types: ['AGREE'] }),
      rec(S2, 'RETREAT', gp('FRE'), gp('RUR'), { optional: true }),
      rec(S1, 'ASSAULT', gp('FRE'), gp('RUR'), { mode: 'negated' }),
    ];
    const j = judgeArticle(docWith([
      ev('ACCUSE', 'accused', party('RUR'), party('FRE')), // match, not strict (sector missing)
      ev('AGREE', 'met', party('RUR'), party('FRE')), // match through alt type
      ev('CONCEDE', 'met', party('FRE'), party('RUR')), // only matches the optional record: left out
      ev('ACCUSE', 'Nothing', party('RUR'), party('FRE')), // no gold in that sentence
      ev('ACCUSE', 'shelling', party('FRE'), party('RUR')), // swapped
      ev('ASSAULT', 'accused', party('RUR'), party('FRE'), 'hypothetical'), // not counted
    ]), gold);
    expect(j.required).toHaveLength(2);
    const sc = summarise([j]);
    expect(sc.coded).toBe(4);
    expect(sc.matched).toBe(2);
    expect(sc.precision).toBeCloseTo(0.5);
    expect(sc.recall).toBe(1);
    // strict: 1 of 4 coded, 1 of 2 required
    expect(sc.strictF1).toBeCloseTo((2 * 0.25 * 0.5) / 0.75);
    expect(sc.typeInSentence).toBe(1);
    expect(sc.causes.get('false: no gold record in this sentence')).toBe(1);
    expect(sc.causes.get('false: source and target swapped')).toBe(1);
  });

  it('reads a null gold country as "the same named actor" and a null gold target as no party', () => {
    const names = (id: string) => (id === 'person:a-b' ? 'Ann Bee' : null);
    expect(partyMatches(gp(null, null, 'Ann Bee'), party(null, null, 'person:a-b'), names, false)).toBe(true);
    expect(partyMatches(gp(null, null, 'Ann Bee'), party(null, null, 'person:c-d'), names, false)).toBe(false);
    expect(partyMatches(null, party(null), names, false)).toBe(true);
    expect(partyMatches(null, party('RUR'), names, false)).toBe(false);
    expect(partyMatches(gp('RUR', 'MIL'), party('RUR', 'GOV'), names, true)).toBe(false);
    expect(partyMatches(gp('RUR', 'MIL'), party('RUR', 'GOV'), names, false)).toBe(true);
  });

  it('gives every miss a cause', () => {
    const j = judgeArticle(docWith([ev('ACCUSE', 'accused', party('RUR'), party(null))]), [
      rec(S1, 'ACCUSE', gp('RUR'), gp('FRE')),
      rec(S2, 'CONSULT', gp('RUR'), gp('FRE')),
      rec(S1, 'REJECT', gp('FRE'), gp('RUR')),
    ]);
    expect(j.required.map((r) => r.cause)).toEqual(['target missing', 'no event coded in the sentence', 'wrong type (coded here: ACCUSE)']);
  });

  it('splits files into two fixed halves and lists errors of half A only', () => {
    const files = Array.from({ length: 40 }, (_, i) => `article-${i}.json`);
    const a = files.filter((f) => halfOf(f) === 'A');
    expect(a.length).toBeGreaterThan(10);
    expect(a.length).toBeLessThan(30);
    expect(files.map(halfOf)).toEqual(files.map(halfOf));
    const fileB = files.find((f) => halfOf(f) === 'B')!;
    const fileA = files.find((f) => halfOf(f) === 'A')!;
    const art = (file: string): NewsArticle => ({ file, id: file, date: '2020-01-01', text: TEXT, events: [rec(S1, 'ACCUSE', gp('RUR'), gp('FRE'))] });
    const none: Pipeline = { components: [], run: (d) => ((d.layers.events = []), d) };
    const { results, lines } = scoreEventsNews([art(fileA), art(fileB)], none);
    expect(results.map((r) => r.component)).toEqual(['events', 'events-A', 'events-B']);
    expect(results[0].metrics.required).toBe(2);
    expect(lines).toHaveLength(1);
    expect(lines[0].startsWith(fileA)).toBe(true);
  });

  const data = sharedDataDir();
  it.skipIf(!data || eventsNewsSet.missing({ dataDir: data!, pipeline: null as never }))('reads the shared set: every gold sentence is in its text', () => {
    const arts = readEventsNews(data!);
    expect(arts.length).toBeGreaterThan(0);
    for (const a of arts) for (const g of a.events) expect(a.text.includes(g.sentence)).toBe(true);
  });
});
