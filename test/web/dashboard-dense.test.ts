// Browser tests of the dashboard on a dense store: the serving benchmark's generated data (bench/dense-store.ts,
// 30,000 events in 3,000 articles over 2021–2023 by default; EVENTLINE_DENSE_DB=path uses an existing store such
// as the 1M-event one, not built here). Every view: legends present, items visible and not overlapping, chart
// labels not overlapping, an empty state for an empty filter, and a screenshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, type RunningServer } from '../../src/server/serve.ts';
import { generateDenseStore } from '../../bench/dense-store.ts';
import { browserReady, launch, legendReport, svgTextOverlaps, type Browser } from './browser.ts';

const EVENTS = 30_000;
let dir: string;
let server: RunningServer;
let b: Browser;

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}/api/${path}`)).json()) as T;
}

async function expectLegends(ids: string[]): Promise<void> {
  const r = await legendReport(b.page);
  for (const id of ids) expect(r.legends.find((l) => l.id === id)?.items.length ?? 0, `items of legend ${id}`).toBeGreaterThan(0);
  expect(r.overlaps).toEqual([]);
  expect(r.hidden).toEqual([]);
}

async function expectEmpty(hash: string): Promise<void> {
  await b.open(hash);
  await b.page.waitForSelector('.empty-state');
  expect(await b.page.textContent('.empty-state')).toMatch(/match these filters\. Try to/);
}

describe.skipIf(!browserReady)('dashboard in chromium, dense store', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventline-web-dense-'));
    let db = process.env.EVENTLINE_DENSE_DB;
    if (!db) {
      db = join(dir, 'dense.db');
      await generateDenseStore(db, EVENTS);
    }
    server = await startServer({ db, port: 0, host: '127.0.0.1' });
    b = await launch(join(dir, 'profile'), server.url);
  }, 900_000);

  afterAll(async () => {
    await b?.ctx.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('timeline: 16 types in four quad-class groups, shares drawn where periods have enough events', async () => {
    const summary = await api<{ events: number }>('summary');
    await b.open('timeline');
    await expect.poll(() => b.page.textContent('#timeline-status'), { timeout: 60_000 }).toMatch(/ events from 2021-01 to 2023-12, per month \(auto\): 36 of 36 months have events; 16 types/);
    expect(Number((await b.page.textContent('#timeline-status'))!.split(' ')[0])).toBeLessThanOrEqual(summary.events);
    await expectLegends(['timeline-legend-block', 'shares-legend-block']);
    const items = (await legendReport(b.page)).legends.find((l) => l.id === 'timeline-legend-block')!.items;
    expect(items).toHaveLength(16);
    expect(await svgTextOverlaps(b.page, '#timeline-chart')).toEqual([]);
    expect(await svgTextOverlaps(b.page, '#shares-chart')).toEqual([]);
    expect(await b.page.textContent('#shares-note')).toMatch(/\(36 of 36 months with events\)/);
    await b.shot('dense-timeline');
    await expectEmpty('timeline?since=2099-01-01');
  });

  it('dyad monitor: a busy pair gets a verdict, alerts name their events and articles', async () => {
    await b.open('dyad?dyad=RUS-USA&period=week');
    await expect.poll(() => b.page.textContent('#dyad-banner'), { timeout: 60_000 }).toMatch(/^(Escalation alert|No escalation)/);
    const status = await b.page.textContent('#dyad-status');
    expect(status).toMatch(/Russia – United States \(RUS–USA\): \d+ events in \d+ weeks with events; \d+ of \d+ weeks had a baseline/);
    for (const li of await b.page.locator('#dyad-alerts li').allTextContents()) expect(li).toMatch(/\(\d+ events? from \d+\+? articles?; baseline \d+ events\)/);
    await expectLegends(['dyad-legend-block']);
    expect(await svgTextOverlaps(b.page, '#dyad-chart')).toEqual([]);
    await b.shot('dense-dyad');
    await expectEmpty('dyad?dyad=RUS-USA&period=week&since=2099-01-01');
  });

  it('actor network: legends for node colour and size, edge colour and width', async () => {
    await b.open('network');
    await expect.poll(() => b.page.textContent('#network-status'), { timeout: 60_000 }).toMatch(/\d+ actors, 200 links/);
    await expectLegends(['network-legend-kind', 'network-legend-size', 'network-legend-type', 'network-legend-width']);
    expect(await b.page.textContent('#network-links-note')).toMatch(/the 50 strongest of \d+/);
    await b.shot('dense-network');
    await expectEmpty('network?since=2099-01-01');
  });

  it('map: fill and circle legends, names in the country table', async () => {
    await b.open('map');
    await expect.poll(() => b.page.textContent('#map-status'), { timeout: 60_000 }).toMatch(/^\d+ countries with events, \d+ event locations/);
    await expectLegends(['map-legend-fill', 'map-legend-circle']);
    expect(await b.page.textContent('#map-legend-fill')).toMatch(/none.*–/s);
    expect(await b.page.textContent('#map-table')).toContain('United States');
    await b.shot('dense-map');
    await expectEmpty('map?since=2099-01-01');
  });

  it('articles and quotes: lists, and empty states where the store has nothing', async () => {
    await b.open('articles');
    await expect.poll(() => b.page.textContent('#articles-status')).toMatch(/^200\+ articles$/);
    await b.shot('dense-articles');
    await b.page.click('a.doc-link >> nth=0');
    await b.page.waitForSelector('#article-text');
    await expectLegends(['article-legend-marks']);
    if (await b.page.locator('#article-events li').count()) await expectLegends(['article-legend-marks', 'article-legend-types']);
    expect(await b.page.textContent('#article-events')).not.toMatch(/country:[A-Z]{3}/); // names, the ids on hover
    await b.shot('dense-article');
    await expectEmpty('articles?since=2099-01-01');
    await b.open('quotes');
    // the generated store has no quotes at all: the empty state says how to get some
    await expect.poll(() => b.page.textContent('#quotes-status')).toBe('0 quotes');
    expect(await b.page.textContent('.empty-state')).toMatch(/No quotes match these filters\. The store has none yet/);
    await b.shot('dense-quotes');
  });

  it('ran offline under the CSP without errors', () => {
    expect(b.foreign).toEqual([]);
    expect(b.problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  });
});
