// Browser tests of the dashboard: Debian's chromium driven by playwright-core loads every view from a
// server over a store built from the sample articles (plus the hand-made Poland–Belarus fixture), asserts
// on what is shown against the API, checks exports, CSP and offline operation, and saves screenshots.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { startServer, WEB_DIST, type RunningServer } from '../../src/server/serve.ts';
import { fixtureDocs } from '../server/fixture-docs.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url).pathname;
const OUT = join(ROOT, 'test-output');
const ready = existsSync(CHROMIUM) && existsSync(join(WEB_DIST, 'index.html'));
if (!ready) console.warn(`dashboard tests skipped: need ${CHROMIUM} (apt-get install -y chromium) and web/dist (npm run build:web)`);

let dir: string;
let store: SqliteStore;
let server: RunningServer;
let ctx: BrowserContext;
let page: Page;
const problems: string[] = [];
const foreign: string[] = [];

async function api<T>(path: string): Promise<T> {
  return (await (await fetch(`${server.url}/api/${path}`)).json()) as T;
}

async function open(hash: string): Promise<void> {
  await page.goto(`${server.url}/#/${hash}`);
  await page.waitForSelector('#view[data-ready="true"]', { timeout: 30_000 });
}

async function download(selector: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await d.path();
  return readFileSync(path!, 'utf8');
}

const shot = (name: string) => page.screenshot({ path: join(OUT, `dashboard-${name}.png`), fullPage: true });

describe.skipIf(!ready)('dashboard in chromium', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eventline-web-'));
    const db = join(dir, 'web.db');
    const samples = readdirSync(join(ROOT, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'samples', f));
    execFileSync(process.execPath, [join(ROOT, 'bin/eventline.js'), 'ingest', ...samples, '--db', db], { stdio: 'pipe', timeout: 600_000 });
    store = await SqliteStore.open(db);
    await store.saveDocs(fixtureDocs());
    server = await startServer({ db, port: 0, host: '127.0.0.1', store });
    mkdirSync(OUT, { recursive: true });
    // a fresh profile folder per run (playwright passes it to chromium as --user-data-dir)
    ctx = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    page = ctx.pages()[0] ?? (await ctx.newPage());
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  }, 900_000);

  afterAll(async () => {
    await ctx?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('timeline: shows every stored event by type and by quad class, exports CSV and SVG', async () => {
    const summary = await api<{ events: number; documents: number }>('summary');
    await open('timeline');
    await expect.poll(() => page.textContent('#timeline-status')).toContain(`${summary.events} events`);
    expect(await page.textContent('#header-summary, #summary')).toContain(`${summary.documents} documents`);
    const legend = await page.textContent('#timeline-chart');
    expect(legend).toContain('CONSULT');
    const csv = await download('#view .exports:first-of-type .export-csv');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('period,key,count');
    expect(lines.slice(1).reduce((a, l) => a + Number(l.split(',')[2]), 0)).toBe(summary.events);
    const svg = await download('#view .exports:first-of-type .export-image');
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    await shot('timeline');
    await page.selectOption('select[name=by]', 'quad');
    await page.click('form.controls button[type=submit]');
    await expect.poll(() => page.textContent('#timeline-status')).toMatch(/quad classes/);
    expect(await page.textContent('#timeline-chart')).toContain('verbal cooperation');
  });

  it('dyad monitor: the Poland–Belarus escalation raises an alert', async () => {
    await open('dyad?dyad=BLR-POL&period=week&metric=sum&window=8&threshold=2');
    await expect.poll(() => page.textContent('#dyad-banner')).toContain('Escalation alert');
    const banner = await page.textContent('#dyad-banner');
    expect(banner).toContain('2023-05-15');
    expect(banner).toContain('conflict');
    expect(await page.locator('#dyad-alerts li').count()).toBeGreaterThanOrEqual(1);
    const csv = await download('#view .export-csv');
    expect(csv.split('\r\n')[0]).toBe('period,count,goldstein_sum,goldstein_mean,index,baseline_mean,baseline_sd,z,alert');
    expect(csv).toMatch(/2023-05-15,\d+,[^\r]*,conflict/);
    await shot('dyad');
    await page.fill('input[name=threshold]', '50');
    await page.click('form.controls button[type=submit]');
    await expect.poll(() => page.textContent('#dyad-banner')).toContain('No escalation');
  });

  it('actor network: draws the actors and links the API returns', async () => {
    const net = await api<{ nodes: { name: string }[]; edges: unknown[] }>('aggregates/network?limit=200');
    await open('network');
    await expect.poll(() => page.textContent('#network-status')).toContain(`${net.nodes.length} actors, ${net.edges.length} links`);
    expect(await page.getAttribute('#network-canvas', 'data-rendered')).toBe('true');
    expect(await page.locator('#network-canvas canvas').count()).toBeGreaterThan(0);
    expect(await page.textContent('#network-edges')).toContain('Poland');
    const svg = await download('#view .export-image');
    expect(svg).toContain('Poland');
    expect((svg.match(/<circle/g) ?? []).length).toBe(net.nodes.length);
    await shot('network');
  });

  it('map: offline world map with country totals and event locations', async () => {
    const locs = await api<{ items: unknown[] }>('aggregates/locations');
    const totals = await api<{ items: { country: string }[] }>('aggregates/countries');
    await open('map');
    await expect.poll(() => page.textContent('#map-status')).toContain(`${totals.items.length} countries with events, ${locs.items.length} event locations`);
    expect(locs.items.length).toBeGreaterThan(0);
    expect(await page.locator('#map-canvas path.event-location').count()).toBe(locs.items.length);
    expect(await page.locator('#map-canvas path.leaflet-interactive').count()).toBeGreaterThan(150); // country shapes
    expect(await page.textContent('#map-table')).toContain('POL');
    const svg = await download('#view .export-image');
    expect(svg).toContain('<svg');
    await shot('map');
  });

  it('articles: text shown verbatim with highlights, events and quotes link to their evidence', async () => {
    const summary = await api<{ documents: number }>('summary');
    await open('articles');
    expect(await page.textContent('#articles-status')).toBe(`${summary.documents} articles`);
    await page.click('a.doc-link:has-text("Poland accuses Belarus over border incident")');
    await page.waitForSelector('#article-text');
    const docs = await api<{ items: { id: string; title: string }[] }>('docs?text=accused%20pushing');
    const id = docs.items.find((d) => d.title === 'Poland accuses Belarus over border incident')!.id;
    const doc = await api<{ text: string; layers: { events: { trigger: { text: string } }[] } }>(`docs/${id}`);
    expect(await page.textContent('#article-text')).toBe(doc.text); // including the literal "<b>attacks</b>"
    expect(await page.locator('#article-text b').count()).toBe(0);
    expect(await page.locator('#article-events li').count()).toBe(doc.layers.events.length);
    await page.click('#article-events button[data-key="event-2"]');
    expect((await page.locator('#article-text .hl-focus').allTextContents()).join('')).toBe(doc.layers.events[2].trigger.text);
    await shot('article');
    // a sample article: every event trigger is highlighted
    await open('articles?text=grain');
    await page.click('a.doc-link >> nth=0');
    await page.waitForSelector('#article-text');
    const n = await page.locator('#article-events li').count();
    const triggers = await page.evaluate(() => new Set([...document.querySelectorAll('#article-text .hl-trigger')].map((e) => (e as HTMLElement).dataset.start)).size);
    expect(triggers).toBeGreaterThanOrEqual(Math.min(1, n));
    await shot('article-sample');
  });

  it('quote search: by speaker, text and date', async () => {
    const mor = await api<{ items: unknown[] }>('quotes?speaker=Morawiecki&limit=50');
    await open('quotes?speaker=Morawiecki');
    await expect.poll(() => page.locator('#quotes-table tbody tr').count()).toBe(mor.items.length);
    expect(await page.textContent('#quotes-status')).toBe(`${mor.items.length} quote${mor.items.length === 1 ? '' : 's'}`);
    expect(await page.textContent('#quotes-table tbody')).toContain('We will not tolerate <b>attacks</b> on our border.');
    const all = await api<{ items: { text: string }[] }>('quotes?limit=1000');
    await open('quotes');
    await expect.poll(() => page.textContent('#quotes-status')).toMatch(/^\d+ quotes/);
    const word = all.items.find((q) => /\b[a-z]{6,}\b/i.test(q.text))!.text.match(/\b[a-z]{6,}\b/i)![0];
    const expected = await api<{ items: unknown[] }>(`quotes?text=${word}&limit=50`);
    await page.fill('input[name=text]', word);
    await page.click('form.controls button[type=submit]');
    await expect.poll(() => page.locator('#quotes-table tbody tr').count()).toBe(expected.items.length);
    await page.fill('input[name=since]', '2099-01-01');
    await page.click('form.controls button[type=submit]');
    await expect.poll(() => page.textContent('#quotes-status')).toBe('0 quotes');
    const csv = await download('#view .export-csv');
    expect(csv.startsWith('date,speaker,speaker_actor,kind,quote,outlet,doc,start,end')).toBe(true);
    await shot('quotes');
  });

  it('ran offline under the CSP without errors', () => {
    expect(foreign).toEqual([]);
    expect(problems.filter((p) => !/favicon/.test(p))).toEqual([]);
  });
});
