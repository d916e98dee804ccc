// Shared pieces of the browser tests: Debian's chromium through playwright-core, one page per store, and the
// checks every view gets — legends present with visible items that do not overlap (bounding boxes compared),
// and an empty state that says what to change. Screenshots go to test-output/, or to docs/screenshots/ when
// EVENTLINE_SCREENSHOTS=docs.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { WEB_DIST } from '../../src/server/serve.ts';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = new URL('../../', import.meta.url).pathname;
export const browserReady = existsSync(CHROMIUM) && existsSync(join(WEB_DIST, 'index.html'));
if (!browserReady) console.warn(`dashboard tests skipped: need ${CHROMIUM} (apt-get install -y chromium) and web/dist (npm run build:web)`);

export const SHOTS = process.env.EVENTLINE_SCREENSHOTS === 'docs' ? join(ROOT, 'docs/screenshots') : join(ROOT, 'test-output');

export interface Browser {
  ctx: BrowserContext;
  page: Page;
  problems: string[];
  foreign: string[];
  open(hash: string): Promise<void>;
  shot(name: string): Promise<void>;
}

export async function launch(profileDir: string, baseUrl: string): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  // a fresh profile folder per run (playwright passes it to chromium as --user-data-dir)
  const ctx = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  const page = ctx.pages()[0] ?? (await ctx.newPage());
  const problems: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  return {
    ctx, page, problems, foreign,
    async open(hash: string) {
      await page.goto(`${baseUrl}/#/${hash}`);
      await page.waitForSelector('#view[data-ready="true"]', { timeout: 60_000 });
    },
    async shot(name: string) {
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    },
  };
}

export interface LegendReport {
  /** Legend blocks (title + items) on the page. */
  legends: { id: string; title: string; items: string[] }[];
  /** Pairs of legend items (or item and title) whose boxes intersect. */
  overlaps: string[];
  /** Items with no size or outside the viewport width. */
  hidden: string[];
}

/** Every .legend on the page with its items, and any two of its boxes (title, items) that intersect. */
export async function legendReport(page: Page): Promise<LegendReport> {
  return page.evaluate(() => {
    const legends: { id: string; title: string; items: string[] }[] = [];
    const overlaps: string[] = [];
    const hidden: string[] = [];
    const areas = [...document.querySelectorAll('.legend-area')];
    for (const area of areas) {
      const boxes: { name: string; r: DOMRect }[] = [];
      for (const lg of area.querySelectorAll('.legend')) {
        const title = lg.querySelector('.legend-title')?.textContent ?? '';
        const items = [...lg.querySelectorAll('.legend-item')];
        legends.push({ id: lg.id, title, items: items.map((i) => i.textContent ?? '') });
        for (const el of [lg.querySelector('.legend-title'), ...lg.querySelectorAll('.legend-group-name'), ...items]) {
          if (!el) continue;
          const r = el.getBoundingClientRect();
          const name = `${title} / ${el.textContent}`;
          if (r.width < 1 || r.height < 1 || r.right > document.documentElement.clientWidth + 1) hidden.push(name);
          boxes.push({ name, r });
        }
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i].r, b = boxes[j].r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 0.5 && h > 0.5) overlaps.push(`${boxes[i].name} ✕ ${boxes[j].name}`);
        }
      }
    }
    return { legends, overlaps, hidden };
  });
}

/** Text of the SVG <text> elements of a chart whose boxes intersect (axis labels, axis names). */
export async function svgTextOverlaps(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const texts = [...document.querySelectorAll(`${sel} svg text`)].filter((t) => (t.textContent ?? '').trim() && getComputedStyle(t).display !== 'none' && t.getAttribute('opacity') !== '0');
    const boxes = texts.map((t) => ({ t: t.textContent ?? '', r: t.getBoundingClientRect() })).filter((b) => b.r.width > 0);
    const out: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) out.push(`${boxes[i].t} ✕ ${boxes[j].t}`);
      }
    }
    return out;
  }, selector);
}
