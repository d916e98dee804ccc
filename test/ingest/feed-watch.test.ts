// Watching feeds served from a local HTTP server on 127.0.0.1: new items' linked pages are fetched and
// read as HTML, items already seen are skipped, failing pages fall back to the item text, the SSRF guard
// refuses loopback unless allowed, and `eventline watch --once` ingests the items into a database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FeedWatcher } from '../../src/ingest/feed-watch.ts';
import { fetchUrlItems, safeFetcher } from '../../src/ingest/fetch-inputs.ts';
import { openStore } from '../../src/store/store.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const HTML = join(ROOT, 'test/fixtures/html');
const dir = mkdtempSync(join(tmpdir(), 'eventline-watch-'));
let server: Server;
let base = '';
let items = 2;

function feedXml(): string {
  const item = (n: number, page: string, title: string, date: string) => `<item><title>${title}</title><link>${base}/${page}</link><guid>item-${n}</guid>
<pubDate>${date}</pubDate><description>Short summary of item ${n} about talks between two governments in the capital on Monday.</description></item>`;
  const all = [
    item(1, 'meta-date.html', 'Joint patrols', 'Mon, 14 Aug 2023 09:00:00 GMT'),
    item(2, 'missing.html', 'Page gone', 'Tue, 15 Aug 2023 09:00:00 GMT'),
    item(3, 'json-ld-date.html', 'Aid convoy', 'Fri, 03 May 2024 09:00:00 GMT'),
  ].slice(0, items);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>${base}/</link>${all.join('\n')}</channel></rss>`;
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedXml());
      return;
    }
    try {
      const body = readFileSync(join(HTML, (req.url ?? '/').slice(1).replace(/[^a-z.-]/g, '')));
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('feed watching', () => {
  it('fetches new items’ pages, falls back to the item text, and skips items already seen', async () => {
    items = 2;
    const w = new FeedWatcher([`${base}/feed.xml`], safeFetcher({ allowPrivate: true }), { pages: true });
    const first = await w.poll();
    expect(first.newItems).toBe(2);
    expect(first.problems).toEqual([]);
    expect(first.docs[0]).toMatchObject({ date: '2023-08-14', source: 'Baltic Ledger', url: 'https://balticledger.example/2023/08/14/joint-patrols' });
    expect(first.docs[0].text).toMatch(/^Poland and Lithuania agreed/);
    expect(first.docs[1]).toMatchObject({ date: '2023-08-15', source: 'Local Wire', title: 'Page gone' });
    expect(first.docs[1].text).toMatch(/^Short summary of item 2/);
    expect((await w.poll()).newItems).toBe(0);
    items = 3;
    const third = await w.poll();
    expect(third.newItems).toBe(1);
    expect(third.docs[0]).toMatchObject({ date: '2024-05-03', source: 'Rift Valley Courier' });
  });

  it('refuses loopback addresses unless allowed (SSRF guard)', async () => {
    const w = new FeedWatcher([`${base}/feed.xml`], safeFetcher(), { pages: true });
    const r = await w.poll();
    expect(r.docs).toEqual([]);
    expect(r.problems[0].reason).toMatch(/cannot read feed/);
  });

  it('reads a page URL and a feed URL as inputs (used by queued url jobs)', async () => {
    const fetcher = safeFetcher({ allowPrivate: true });
    const page = [];
    for await (const i of fetchUrlItems(`${base}/time-element.html`, { fetcher })) page.push(i);
    expect(page).toHaveLength(1);
    expect('doc' in page[0] && page[0].doc.date).toBe('2022-11-09');
    items = 3;
    const feed = [];
    for await (const i of fetchUrlItems(`${base}/feed.xml`, { fetcher })) feed.push(i);
    expect(feed.filter((i) => 'doc' in i)).toHaveLength(3);
  });

  it('eventline watch --once ingests the feed into the database', async () => {
    items = 3;
    const db = join(dir, 'watch.db');
    const child = spawn(process.execPath, [join(ROOT, 'bin/eventline.js'), 'watch', `${base}/feed.xml`, '--once', '--allow-private', '--db', db], {
      cwd: dir, env: { ...process.env, EVENTLINE_DB: '' },
    });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).toMatch(/polled 1 feed: 3 new items, 3 ingested/);
    expect(code).toBe(0);
    const store = await openStore(db);
    try {
      expect((await store.summary()).documents).toBe(3);
      expect((await store.listDocs()).items.map((d) => d.source).sort()).toEqual(['Baltic Ledger', 'Local Wire', 'Rift Valley Courier']);
    } finally {
      await store.close();
    }
  });

  it('eventline watch skips an item over a size limit, as ingest does, and saves the others', async () => {
    items = 3;
    const db = join(dir, 'watch-limits.db');
    const child = spawn(process.execPath, [join(ROOT, 'bin/eventline.js'), 'watch', `${base}/feed.xml`, '--once', '--allow-private', '--db', db], {
      cwd: dir, env: { ...process.env, EVENTLINE_DB: '', EVENTLINE_MAX_CHARS: '300' },
    });
    let stderr = '';
    child.stderr.on('data', (b) => (stderr += b));
    const code = await new Promise<number | null>((r) => child.on('close', r));
    const skipped = stderr.match(/over the 300 limit/g) ?? [];
    expect(skipped.length).toBeGreaterThanOrEqual(1);
    expect(stderr).toMatch(new RegExp(`3 new items, ${3 - skipped.length} ingested`));
    expect(code).toBe(3); // EXIT_SKIPPED
    const store = await openStore(db);
    try {
      expect((await store.summary()).documents).toBe(3 - skipped.length);
      for (const d of (await store.listDocs()).items) expect((await store.getDoc(d.id))!.text.length).toBeLessThanOrEqual(300);
    } finally {
      await store.close();
    }
  });
});

