// Browser tests of the dashboard on a sparse store: Debian's chromium driven by playwright-core loads every
// view from a server over a store built from the sample articles (plus the hand-made Poland–Belarus fixture),
// asserts on what is shown against the API, checks legends (present, items visible, none overlapping), empty
// states, the "not enough data" verdict, exports, CSP and offline operation, and saves screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { startServer, type RunningServer } from '../../src/server/serve.ts';
import { fixtureDocs } from '../server/fixture-docs.ts';
import { ROOT, browserReady, launch, legendReport, svgTextOverlaps, type Browser } from './browser.ts';

let dir: string;
let store: SqliteStore;
let server: RunningServer;
let b: Browser;

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}/api/${path}`)).json()) as T;
}

async function download(selector: string): Promise<string> {
  const [d] = await Promise.all([b.page.waitForEvent('download'), b.page.click(selector)]);
  const path = await d.path();
  return readFileSync(path!, 'utf8');
}

/** The legends of the view: the expected ones present with items, no item hidden, no two boxes overlapping. */
async function expectLegends(ids: string[]): Promise<void> {
  const r = await legendReport(b.page);
  for (const id of ids) {
    const lg = r.legends.find((l) => l.id === id);
    expect(lg, `legend ${id}`).toBeDefined();
    expect(lg!.items.length, `items of legend ${id}`).toBeGreaterThan(0);
  }
  expect(r.overlaps).toEqual([]);
  expect(r.hidden).toEqual([]);
}

async function expectEmptyState(hash: string, words: RegExp): Promise<void> {
  await b.open(hash);
  await b.page.waitForSelector('.empty-state');
  expect(await b.page.textContent('.empty-state')).toMatch(words);
}

describe.skipIf(!browserReady)('dashboard in chromium, sparse store', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventline-web-'));
    const db = join(dir, 'web.db');
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'samples', f));
    execFileSync(process.execPath, [join(ROOT, 'bin/eventline.js'), 'ingest', ...samples, '--db', db], { stdio: 'pipe', timeout: 600_000 });
    store = await SqliteStore.open(db);
    await store.saveDocs(fixtureDocs());
    server = await startServer({ db, port: 0, host: '127.0.0.1', store });
    b = await launch(join(dir, 'profile'), server.url);
  }, 900_000);

  afterAll(async () => {
    await b?.ctx.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('timeline: every stored event on a time axis, legend by quad class, shares only where a period has enough events', async () => {
    const summary = await api<{ events: number; documents: number }>('summary');
    await b.open('timeline');
    await expect.poll(() => b.page.textContent('#timeline-status')).toContain(`${summary.events} events`);
    expect(await b.page.textContent('#summary')).toContain(`${summary.documents} documents`);
    // auto period over 2022–2024: months, with the empty months counted
    expect(await b.page.textContent('#timeline-status')).toMatch(/per month \(auto\): \d+ of \d+ months have events/);
    await expectLegends(['timeline-legend-block', 'shares-legend-block']);
    const legend = (await legendReport(b.page)).legends.find((l) => l.id === 'timeline-legend-block')!;
    expect(legend.items).toContain('CONSULT');
    expect(await b.page.textContent('#timeline-legend')).toMatch(/verbal cooperation.*material cooperation.*verbal conflict.*material conflict/s);
    expect(await svgTextOverlaps(b.page, '#timeline-chart')).toEqual([]);
    expect(await svgTextOverlaps(b.page, '#shares-chart')).toEqual([]);
    // shares only for months with at least 10 events; the note says how many
    expect(await b.page.textContent('#shares-note')).toMatch(/at least 10 events \(\d+ of \d+ months with events\)/);
    const csv = await download('#view .exports:first-of-type .export-csv');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('period,key,count');
    expect(lines.slice(1).reduce((a, l) => a + Number(l.split(',')[2]), 0)).toBe(summary.events);
    const svg = await download('#view .exports:first-of-type .export-image');
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    await b.shot('sparse-timeline');
    // a legend item toggles its series: CONSULT's bars leave the chart and come back
    const consult = async () => b.page.$$eval('#timeline-chart svg path', (ps) => ps.filter((p) => (p.getAttribute('fill') ?? '').toLowerCase() === '#b4e1e7').length);
    const before = await consult();
    expect(before).toBeGreaterThan(0);
    await b.page.click('#timeline-legend .legend-item:has-text("CONSULT")');
    await expect.poll(consult).toBe(0);
    expect(await b.page.getAttribute('#timeline-legend .legend-item:has-text("CONSULT")', 'aria-pressed')).toBe('false');
    await b.page.click('#timeline-legend .legend-item:has-text("CONSULT")');
    await expect.poll(consult).toBe(before);
    await b.page.selectOption('select[name=by]', 'quad');
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.textContent('#timeline-status')).toMatch(/quad classes/);
    expect((await legendReport(b.page)).legends.find((l) => l.id === 'timeline-legend-block')!.items).toContain('verbal cooperation');
    await expectEmptyState('timeline?since=2099-01-01', /No events match these filters\. Try to move Since earlier \(now 2099-01-01\)/);
    expect(await b.page.isHidden('#timeline-charts')).toBe(true);
  });

  it('dyad monitor: the Poland–Belarus escalation raises an alert with its articles; thin data says "not enough data"', async () => {
    await b.open('dyad?dyad=BLR-POL&period=week&metric=sum&window=8&threshold=2');
    await expect.poll(() => b.page.textContent('#dyad-banner')).toContain('Escalation alert');
    const banner = await b.page.textContent('#dyad-banner');
    expect(banner).toContain('Belarus – Poland');
    expect(banner).toContain('2023-05-15');
    expect(banner).toContain('conflict');
    expect(banner).toContain('3 events from 1 article');
    expect(await b.page.locator('#dyad-alerts li').count()).toBe(1);
    expect(await b.page.textContent('#dyad-alerts')).toContain('baseline 8 events');
    await expectLegends(['dyad-legend-block']);
    expect(await svgTextOverlaps(b.page, '#dyad-chart')).toEqual([]);
    const csv = await download('#view .export-csv');
    expect(csv.split('\r\n')[0]).toBe('period,count,goldstein_sum,goldstein_mean,index,baseline_mean,baseline_sd,baseline_events,z,alert');
    expect(csv).toMatch(/2023-05-15,\d+,[^\r]*,conflict/);
    await b.shot('sparse-dyad');
    await b.page.fill('input[name=threshold]', '50');
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.textContent('#dyad-banner')).toContain('No escalation');
    // one sample dyad with a handful of events: grey "not enough data", never green
    const pairs = await api<{ items: { source: string; target: string }[] }>('aggregates/dyads?limit=100');
    const thin = pairs.items.find((d) => d.source !== d.target && !['BLR', 'POL'].includes(d.source))!;
    await b.open(`dyad?dyad=${thin.source}-${thin.target}&period=week`);
    await expect.poll(() => b.page.textContent('#dyad-banner')).toMatch(/^Not enough data to judge .*: \d+ events? in \d+ weeks?; a verdict needs a baseline of at least 4 weeks with events and 8 events/);
    expect(await b.page.getAttribute('#dyad-banner', 'class')).toContain('insufficient');
    expect(await b.page.textContent('#dyad-alerts-note')).toMatch(/No alerts: no week had a baseline with the minimum of evidence/);
    await b.shot('sparse-dyad-not-enough-data');
    // zero events
    await b.open('dyad?dyad=FRA-DEU&period=week');
    await expect.poll(() => b.page.textContent('#dyad-banner')).toMatch(/^Not enough data to judge France – Germany: 0 events/);
    expect(await b.page.textContent('.empty-state')).toMatch(/No events between France and Germany match/);
  });

  it('actor network: actors and links the API returns, a legend for node colour and size and edge colour and width', async () => {
    const net = await api<{ nodes: { name: string }[]; edges: { count: number }[] }>('aggregates/network?limit=200');
    await b.open('network');
    await expect.poll(() => b.page.textContent('#network-status')).toContain(`${net.nodes.length} actors, ${net.edges.length} links`);
    expect(await b.page.getAttribute('#network-canvas', 'data-rendered')).toBe('true');
    expect(await b.page.locator('#network-canvas canvas').count()).toBeGreaterThan(0);
    await expectLegends(['network-legend-kind', 'network-legend-size', 'network-legend-type', 'network-legend-width']);
    expect(await b.page.textContent('#network-legend-kind')).toContain('country');
    // strongest links: actor pairs by events, Poland → Belarus first (10 talks and an accusation)
    const first = await b.page.locator('#network-edges tbody tr').first().textContent();
    expect(first).toMatch(/^PolandBelarus11CONSULT ×10, ACCUSE8$/);
    expect(await b.page.getAttribute('#network-edges tbody tr >> nth=0 >> td >> nth=0 >> span', 'title')).toBe('country:POL (POL)');
    const svg = await download('#view .export-image');
    expect(svg).toContain('Poland');
    expect((svg.match(/<circle/g) ?? []).length).toBe(net.nodes.length);
    await b.shot('sparse-network');
    await expectEmptyState('network?actor=nobody-at-all', /No events between two known actors match these filters\. Try to clear or shorten Actor/);
  });

  it('map: offline world map, a legend for the fill and the circles, country names with codes on hover', async () => {
    const locs = await api<{ items: unknown[] }>('aggregates/locations');
    const totals = await api<{ items: { country: string }[] }>('aggregates/countries');
    await b.open('map');
    await expect.poll(() => b.page.textContent('#map-status')).toContain(`${totals.items.length} countries with events, ${locs.items.length} event locations`);
    expect(locs.items.length).toBeGreaterThan(0);
    expect(await b.page.locator('#map-canvas path.event-location').count()).toBe(locs.items.length);
    expect(await b.page.locator('#map-canvas path.leaflet-interactive').count()).toBeGreaterThan(150); // country shapes
    await expectLegends(['map-legend-fill', 'map-legend-circle']);
    expect(await b.page.textContent('#map-legend-fill')).toMatch(/none/);
    expect(await b.page.textContent('#map-table')).toContain('Poland');
    expect(await b.page.getAttribute('#map-table .named[data-code="POL"]', 'title')).toBe('POL');
    const svg = await download('#view .export-image');
    expect(svg).toContain('<svg');
    await b.shot('sparse-map');
    await expectEmptyState('map?since=2099-01-01', /No events match these filters/);
  });

  it('articles: titles for .txt files, text verbatim with highlights, events and quotes link to their evidence', async () => {
    const summary = await api<{ documents: number }>('summary');
    await b.open('articles');
    expect(await b.page.textContent('#articles-status')).toBe(`${summary.documents} articles`);
    // every listed title is a title, not a hash id
    const titles = await b.page.locator('a.doc-link').allTextContents();
    expect(titles.filter((t) => /^[0-9a-f]{16}$/.test(t))).toEqual([]);
    await b.shot('sparse-articles');
    await b.page.click('a.doc-link:has-text("Poland accuses Belarus over border incident")');
    await b.page.waitForSelector('#article-text');
    const docs = await api<{ items: { id: string; title: string }[] }>('docs?text=accused%20pushing');
    const id = docs.items.find((d) => d.title === 'Poland accuses Belarus over border incident')!.id;
    const doc = await api<{ text: string; layers: { events: { type: string; trigger: { text: string } }[] } }>(`docs/${id}`);
    expect(await b.page.textContent('#article-text')).toBe(doc.text); // including the literal "<b>attacks</b>"
    expect(await b.page.locator('#article-text b').count()).toBe(0);
    expect(await b.page.locator('#article-events li').count()).toBe(doc.layers.events.length);
    expect(await b.page.textContent('#article-events')).not.toMatch(/\[\d+–\d+\]/); // offsets only on hover
    await expectLegends(['article-legend-marks', 'article-legend-types']);
    const typesShown = (await legendReport(b.page)).legends.find((l) => l.id === 'article-legend-types')!.items;
    expect(typesShown.sort()).toEqual([...new Set(doc.layers.events.map((e) => e.type))].sort()); // one item per type in the event list
    await b.page.click('#article-events button[data-key="event-2"]');
    expect((await b.page.locator('#article-text .hl-focus').allTextContents()).join('')).toBe(doc.layers.events[2].trigger.text);
    await b.shot('sparse-article');
    await b.open('articles?text=grain');
    await b.page.click('a.doc-link >> nth=0');
    await b.page.waitForSelector('#article-text');
    const n = await b.page.locator('#article-events li').count();
    const triggers = await b.page.evaluate(() => new Set([...document.querySelectorAll('#article-text .hl-trigger')].map((e) => (e as HTMLElement).dataset.start)).size);
    expect(triggers).toBeGreaterThanOrEqual(Math.min(1, n));
    await expectEmptyState('articles?text=zzyzxqv', /No articles match these filters\. Try to use fewer or other words/);
  });

  it('quote search: by speaker, text, date and basis, with precision, basis, cue and outlet columns', async () => {
    const mor = await api<{ items: { cue: string | null }[] }>('quotes?speaker=Morawiecki&limit=50');
    await b.open('quotes?speaker=Morawiecki');
    await expect.poll(() => b.page.locator('#quotes-table tbody tr').count()).toBe(mor.items.length);
    expect(await b.page.textContent('#quotes-status')).toBe(`${mor.items.length} quote${mor.items.length === 1 ? '' : 's'}`);
    expect(await b.page.textContent('#quotes-table tbody')).toContain('We will not tolerate <b>attacks</b> on our border.');
    expect(await b.page.locator('#quotes-table thead th').allTextContents()).toEqual(['date', 'dated by', 'speaker', 'quote', 'cue', 'outlet (said in/to)', 'kind', 'article']);
    expect(await b.page.textContent('#quotes-table tbody tr >> nth=0 >> td >> nth=4')).toBe(mor.items[0].cue ?? '—');
    const all = await api<{ items: { text: string; outlet: string | null; date?: string; docDate: string; precision: string; dateBasis?: string }[] }>('quotes?limit=1000');
    await b.open('quotes');
    await expect.poll(() => b.page.textContent('#quotes-status')).toMatch(/^\d+ quotes/);
    // the date with its precision ("2016-09 (month)"), the basis as a short label explained on hover
    const first = all.items[0];
    const precisionWord = (p: string) => (p === 'unknown' ? 'or before' : p);
    expect(await b.page.textContent('#quotes-table tbody tr >> nth=0 >> td >> nth=0')).toBe(`${first.date ?? first.docDate} (${precisionWord(first.precision)})`);
    const cells = await b.page.$$eval('#quotes-table tbody td.quote-date', (tds) => tds.map((td) => td.textContent ?? ''));
    for (const c of cells) expect(c).toMatch(/^\d{4}(-[WQ]?\d{1,2}(-\d{2})?)? \((day|week|month|quarter|year|or before)\)$/);
    const shown = await b.page.$$eval('#quotes-table tbody td.quote-basis span', (ss) => ss.map((s) => ({ basis: (s as HTMLElement).dataset.basis, label: s.textContent, title: s.getAttribute('title') })));
    expect(shown.length).toBe(cells.length);
    for (const s of shown) expect(s.title?.length, `tooltip of ${s.label}`).toBeGreaterThan(20);
    expect(shown.filter((s) => s.basis === 'document').every((s) => s.label === 'article date')).toBe(true);
    expect(shown.filter((s) => s.basis === 'attribution').every((s) => s.label === 'own attribution')).toBe(true);
    // the sample articles date some quotes in their text and leave others at the article's date
    const bases = new Set(all.items.map((q) => q.dateBasis));
    expect(bases.has('document') && bases.has('attribution')).toBe(true);
    // dates and bases never wrap (a cell is as high as its row, so the text's own lines are counted)
    const lines = await b.page.$$eval('#quotes-table tbody td.quote-date, #quotes-table tbody td.quote-basis', (tds) => tds.map((td) => {
      const r = document.createRange();
      r.selectNodeContents(td);
      return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
    }));
    expect(Math.max(...lines)).toBe(1);
    await b.shot('sparse-quotes');
    // the basis filter: beside the others, kept in the route, the same rows as the API's dateBasis filter
    const dated = await api<{ items: { precision: string }[] }>('quotes?dateBasis=attribution&limit=50');
    await b.page.selectOption('select[name=dateBasis]', 'attribution');
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.locator('#quotes-table tbody tr').count()).toBe(dated.items.length);
    expect(await b.page.$$eval('#quotes-table tbody td.quote-basis span', (ss) => ss.map((s) => (s as HTMLElement).dataset.basis))).toEqual(dated.items.map(() => 'attribution'));
    expect(await b.page.evaluate(() => location.hash)).toMatch(/dateBasis=attribution/);
    const datedCsv = await download('#view .export-csv');
    expect(datedCsv.split('\r\n')[0]).toBe('date,speaker,speaker_actor,kind,quote,outlet,doc,start,end,cue,precision,date_basis');
    expect(datedCsv.match(/,(day|week|month|quarter|year|unknown),attribution\r\n/g)?.length).toBe(dated.items.length);
    await b.open('quotes?dateBasis=document');
    expect(await b.page.$eval('select[name=dateBasis]', (s) => (s as HTMLSelectElement).value)).toBe('document');
    await b.page.selectOption('select[name=dateBasis]', '');
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.textContent('#quotes-status')).toMatch(new RegExp(`^${Math.min(50, all.items.length)} quotes`));
    const word = all.items.find((q) => /\b[a-z]{6,}\b/i.test(q.text))!.text.match(/\b[a-z]{6,}\b/i)![0];
    const expected = await api<{ items: unknown[] }>(`quotes?text=${word}&limit=50`);
    await b.page.fill('input[name=text]', word);
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.locator('#quotes-table tbody tr').count()).toBe(expected.items.length);
    await b.page.fill('input[name=since]', '2099-01-01');
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.textContent('#quotes-status')).toBe('0 quotes');
    expect(await b.page.textContent('.empty-state')).toMatch(/No quotes match these filters\. Try to move Since earlier/);
    const csv = await download('#view .export-csv');
    expect(csv).toBe('date,speaker,speaker_actor,kind,quote,outlet,doc,start,end,cue,precision,date_basis\r\n');
    await b.page.selectOption('select[name=dateBasis]', 'forum');
    await b.page.click('form.controls button[type=submit]');
    await expect.poll(() => b.page.textContent('.empty-state')).toMatch(/set Dated by to any \(now forum\)/);
  });

  it('ran offline under the CSP without errors', () => {
    expect(b.foreign).toEqual([]);
    expect(b.problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  });
});
