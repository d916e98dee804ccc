// The write API and the server's request limits: POST /api/documents exists only with a write token and
// only answers requests bearing it (nothing stored otherwise); stored articles show up in the read API
// (and in cached aggregates); bodies over the limit get 413 while streaming, long URLs 414, bursts over
// the per-address rate 429 with Retry-After; the token is never taken from the command line.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { createApp } from '../../src/server/app.ts';
import { sqliteDataVersion } from '../../src/server/data-version.ts';
import { startServer, WEB_DIST } from '../../src/server/serve.ts';
import { RateLimiter, clientKey } from '../../src/server/rate-limit.ts';
import { bearerChecker, loadWriteToken, WriteTokenError } from '../../src/server/write-token.ts';
import { createAnnotator } from '../../src/workers/pool.ts';
import { DEFAULT_LIMITS } from '../../src/pipeline/limits.ts';
import { servingUrl } from '../../src/server/serving-url.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const TOKEN = 'test-token-0123456789abcdef';
const annotator = createAnnotator(0); // the real pipeline, in this thread

// invented articles
const BORDER = {
  date: '2024-03-02', title: 'Border dispute', source: 'Test Wire',
  text: 'Poland accused Belarus of pushing migrants across the border on Friday. Germany pledged military aid to Ukraine.',
};
const XSS_TITLE = '<script>alert(1)</script>';
const XSS_DOC = { date: '2024-03-03', title: XSS_TITLE, url: 'javascript:alert(1)', source: '"><img src=x onerror=alert(1)>', text: `Lithuania criticised Russia. </script><script>alert(2)</script> ${'\u2028'}<svg/onload=alert(3)>` };

type App = ReturnType<typeof createApp>;

async function fresh(opts: Partial<Parameters<typeof createApp>[0]> = {}) {
  const store = await SqliteStore.open(':memory:');
  const app = createApp({ store, db: store.db, allowedHosts: ['localhost'], write: { token: TOKEN, annotator }, ...opts });
  return { store, app };
}

function post(app: App, body: unknown, init: { token?: string | null; raw?: BodyInit; type?: string; query?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': init.type ?? 'application/json' };
  if (init.token !== null) headers.authorization = `Bearer ${init.token ?? TOKEN}`;
  return Promise.resolve(app.request(`http://localhost/api/documents${init.query ?? ''}`, { method: 'POST', headers, body: init.raw ?? JSON.stringify(body), ...(init.raw instanceof ReadableStream ? { duplex: 'half' } : {}) } as RequestInit));
}

async function count(store: SqliteStore): Promise<number> {
  return (await store.summary()).documents;
}

/** A body that arrives in 64 KB chunks with no Content-Length (so the limit must be enforced while streaming). */
function streamed(bytes: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(ctrl) {
      if (sent >= bytes) return ctrl.close();
      const n = Math.min(65536, bytes - sent);
      ctrl.enqueue(new Uint8Array(n).fill(0x20));
      sent += n;
    },
  });
}

describe('write token', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'eventline-token-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read from a file or the environment, at least 16 characters, and never ambiguous', () => {
    const file = join(dir, 'token');
    writeFileSync(file, `${TOKEN}\n`, { mode: 0o600 });
    expect(loadWriteToken(file, {})).toEqual({ token: TOKEN, warnings: [] });
    expect(loadWriteToken(undefined, { EVENTLINE_WRITE_TOKEN: TOKEN })?.token).toBe(TOKEN);
    expect(loadWriteToken(undefined, {})).toBeNull();
    expect(loadWriteToken(file, { EVENTLINE_WRITE_TOKEN: TOKEN })?.token).toBe(TOKEN);
    expect(() => loadWriteToken(file, { EVENTLINE_WRITE_TOKEN: `${TOKEN}x` })).toThrow(/hold different tokens/);
    expect(() => loadWriteToken(undefined, { EVENTLINE_WRITE_TOKEN: 'short-token' })).toThrow(/11 characters, fewer than 16/);
    const short = join(dir, 'short');
    writeFileSync(short, '123456789012345\n', { mode: 0o600 });
    expect(() => loadWriteToken(short, {})).toThrow(WriteTokenError);
    expect(() => loadWriteToken(join(dir, 'missing'), {})).toThrow(/cannot read --write-token-file .*ENOENT/);
    const open = join(dir, 'open');
    writeFileSync(open, TOKEN);
    chmodSync(open, 0o644);
    if (process.platform !== 'win32') expect(loadWriteToken(open, {})?.warnings[0]).toMatch(/chmod 600/);
  });

  it('accepts only "Bearer <token>" with exactly that token', () => {
    const ok = bearerChecker(TOKEN);
    expect(ok(`Bearer ${TOKEN}`)).toBe(true);
    expect(ok(`bearer ${TOKEN}`)).toBe(true);
    for (const bad of [undefined, '', TOKEN, `Bearer ${TOKEN}x`, `Bearer ${TOKEN.slice(0, -1)}`, `Basic ${TOKEN}`, 'Bearer ', `Bearer ${TOKEN} extra`]) {
      expect(ok(bad), String(bad)).toBe(false);
    }
  });
});

describe('rate limiter', () => {
  it('allows a burst, then one request per refill, and says how long to wait', () => {
    let t = 0;
    const r = new RateLimiter({ perSecond: 2, burst: 5 }, () => t);
    for (let i = 0; i < 5; i++) expect(r.take('a')).toBe(0);
    expect(r.take('a')).toBe(1);
    expect(r.take('b')).toBe(0); // another client has its own bucket
    t += 500;
    expect(r.take('a')).toBe(0);
    expect(r.take('a')).toBeGreaterThan(0);
  });

  it('keys IPv4 by address and IPv6 by /64', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2:bbbb:cccc:dddd:eeee')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey(undefined)).toBe('unknown');
  });
});

describe('POST /api/documents (in process)', () => {
  it('does not exist without a write token: every non-GET stays 405', async () => {
    const { store, app } = await fresh({ write: undefined });
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await app.request('http://localhost/api/documents', { method, headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(BORDER) });
      expect(res.status, method).toBe(405);
      expect(res.headers.get('allow')).toBe('GET, HEAD');
    }
    expect(await count(store)).toBe(0);
    const doc = await (await app.request('http://localhost/api/openapi.json')).json();
    expect(doc.paths['/api/documents']).toBeUndefined();
    await store.close();
  });

  it('refuses a missing or wrong token with 401 and stores nothing', async () => {
    const { store, app } = await fresh();
    for (const token of [null, 'wrong-token-0123456789abcdef', TOKEN.slice(0, -1), `${TOKEN}0`, '']) {
      const res = await post(app, BORDER, { token });
      expect(res.status, String(token)).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await res.json()).error).toMatch(/needs the write token/);
    }
    const basic = await app.request('http://localhost/api/documents', { method: 'POST', headers: { authorization: `Basic ${btoa(`u:${TOKEN}`)}` }, body: JSON.stringify(BORDER) });
    expect(basic.status).toBe(401);
    expect(await count(store)).toBe(0);
    // other methods and paths stay closed even with the token
    const put = await app.request('http://localhost/api/documents', { method: 'PUT', headers: { authorization: `Bearer ${TOKEN}` }, body: '{}' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('POST');
    const other = await app.request('http://localhost/api/docs', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` }, body: '{}' });
    expect(other.status).toBe(405);
    expect(other.headers.get('allow')).toBe('GET, HEAD');
    await store.close();
  });

  it('stores an article with the right token; it is then listed with its events, and re-sending it stores nothing', async () => {
    const { store, app } = await fresh();
    const res = await post(app, BORDER);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ stored: 1, existing: 0, skipped: 0 });
    const id: string = body.results[0].id;
    expect(body.results[0]).toEqual({ record: 1, status: 'stored', id });
    const docs = await (await app.request('http://localhost/api/docs')).json();
    expect(docs.items.map((d: { id: string; title: string; origin: string }) => [d.id, d.title, d.origin])).toEqual([[id, 'Border dispute', 'POST /api/documents:1']]);
    const events = await (await app.request(`http://localhost/api/events?doc=${id}`)).json();
    expect(events.items.map((e: { type: string }) => e.type)).toContain('ACCUSE');
    expect(events.items.find((e: { type: string }) => e.type === 'ACCUSE').sourceName).toBe('Poland');
    const again = await (await post(app, BORDER)).json();
    expect(again).toMatchObject({ stored: 0, existing: 1, results: [{ record: 1, status: 'existing', id }] });
    expect(await count(store)).toBe(1);
    await store.close();
  });

  it('takes an array, skipping bad records with the same messages as eventline ingest', async () => {
    const { store, app } = await fresh({ write: { token: TOKEN, annotator, docLimits: { ...DEFAULT_LIMITS, maxChars: 200 } } });
    const records = [
      { ...BORDER, date: '2024-03-04' },
      { text: 'No date here.' },
      { date: '2024-03-05', text: '   ' },
      'not an object',
      { date: '2024-03-06', text: `${'Latvia protested. '.repeat(20)}` }, // 360 characters, over the 200 limit
      { ...BORDER, date: '2024-03-04' }, // the same content again
    ];
    const res = await post(app, records);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ stored: 1, existing: 1, skipped: 4 });
    expect(body.results.map((r: { status: string }) => r.status)).toEqual(['stored', 'skipped', 'skipped', 'skipped', 'skipped', 'existing']);
    expect(body.results[1].message).toBe('skipped POST /api/documents:2: missing field "date"; add "date": "YYYY-MM-DD" or pass --date');
    expect(body.results[2].message).toMatch(/^skipped POST \/api\/documents:3: field "text": is empty; /);
    expect(body.results[3].message).toMatch(/^skipped POST \/api\/documents:4: not a JSON object; /);
    expect(body.results[4].message).toMatch(/^skipped POST \/api\/documents:5: document has 360 characters, over the 200 limit; split it/);
    expect(await count(store)).toBe(1);
    for (const [raw, status, error] of [['{"date":', 400, /not valid JSON/], ['[]', 400, /empty array/], ['"text"', 400, /not a JSON object or array/], [JSON.stringify(Array(1001).fill({})), 413, /1001 articles, over the 1000 limit/]] as const) {
      const r = await post(app, null, { raw });
      expect(r.status, raw.slice(0, 20)).toBe(status);
      expect((await r.json()).error).toMatch(error);
    }
    const text = await post(app, null, { raw: JSON.stringify(BORDER), type: 'text/plain' });
    expect(text.status).toBe(415);
    const latin1 = await post(app, null, { raw: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
    expect(latin1.status).toBe(400);
    expect(await count(store)).toBe(1);
    await store.close();
  });

  it('skips a record holding NUL or control characters with a clear message; ?sanitize=true stores it with U+FFFD', async () => {
    const { store, app } = await fresh();
    const records = [{ ...BORDER, date: '2024-03-07' }, { date: '2024-03-07', title: 'Alarm\u001b[5m', text: 'Latvia protested on Monday.' }];
    const body = await (await post(app, records)).json();
    expect(body).toMatchObject({ stored: 1, skipped: 1 });
    expect(body.results[1].message).toBe('skipped POST /api/documents:2: a control character (U+001B, ESC) in the title at character 6; send it again with ?sanitize=true to store it with U+FFFD');
    expect(await count(store)).toBe(1);
    const bad = await post(app, records, { query: '?sanitize=yes' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toBe('sanitize "yes" is not true or false; send ?sanitize=true to store hostile characters as U+FFFD, or leave it out');
    const sane = await (await post(app, records, { query: '?sanitize=true' })).json();
    expect(sane).toMatchObject({ stored: 1, existing: 1, skipped: 0 });
    const doc = await (await app.request(`http://localhost/api/docs/${sane.results[1].id}`)).json();
    expect(doc.meta.title).toBe('Alarm\ufffd[5m');
    expect(await count(store)).toBe(2);
    await store.close();
  });

  it('refuses a body over the limit with 413 while it streams in, and stores nothing', async () => {
    const { store, app } = await fresh({ limits: { maxBodyBytes: 100_000 } });
    const big = await post(app, null, { raw: streamed(10 * 1024 * 1024) });
    expect(big.status).toBe(413);
    expect(big.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await big.json()).error).toMatch(/over the 0\.1 MB limit/);
    const padded = await post(app, null, { raw: JSON.stringify({ ...BORDER, text: `${BORDER.text}${' '.repeat(100_000)}` }) });
    expect(padded.status).toBe(413);
    expect(await count(store)).toBe(0);
    expect((await post(app, BORDER)).status).toBe(200); // under the limit
    await store.close();
  });

  it('answers bursts over the rate with 429 and Retry-After, reads and writes in separate buckets', async () => {
    // the limiters' clock stands still: no token comes back during the test however slow the machine is
    const { store, app } = await fresh({ limits: { readRate: { perSecond: 0.5, burst: 10 }, writeRate: { perSecond: 0.5, burst: 2 }, clock: () => 0 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(app, { ...BORDER, date: `2024-04-0${i + 1}` }, { token: 'wrong-token-0123456789abcdef' })).status);
    expect(statuses).toEqual([401, 401, 429, 429]); // refused tokens count too: no brute force
    const limited = await post(app, BORDER);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited.json()).error).toMatch(/too many write requests .* retry after \d+ s/);
    expect(await count(store)).toBe(0);
    const reads: number[] = [];
    for (let i = 0; i < 12; i++) reads.push((await app.request('http://localhost/api/summary')).status);
    expect(reads.slice(0, 10).every((s) => s === 200)).toBe(true);
    expect(reads.slice(10)).toEqual([429, 429]);
    await store.close();
  });

  it('returns an XSS payload sent through POST only as JSON, verbatim', async () => {
    const { store, app } = await fresh();
    const res = await post(app, XSS_DOC);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const { results } = await res.json();
    expect(results[0].status).toBe('stored');
    for (const path of ['/api/docs', `/api/docs/${results[0].id}`, '/api/events', '/api/actors', '/api/summary']) {
      const r = await app.request(`http://localhost${path}`);
      expect(r.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      const text = await r.text();
      expect(() => JSON.parse(text), path).not.toThrow();
    }
    const doc = await (await app.request(`http://localhost/api/docs/${results[0].id}`)).json();
    expect(doc.meta.title).toBe(XSS_TITLE);
    expect(doc.text).toBe(XSS_DOC.text);
    await store.close();
  });

  it('refuses URLs over the length limit with 414', async () => {
    const { store, app } = await fresh();
    const ok = await app.request(`http://localhost/api/docs?text=${'a'.repeat(8000)}`);
    expect(ok.status).toBe(200);
    const long = await app.request(`http://localhost/api/docs?text=${'a'.repeat(8200)}`);
    expect(long.status).toBe(414);
    expect(long.headers.get('content-type')).toMatch(/^application\/json/);
    await store.close();
  });

  it('stored articles reach the cached aggregates at once (the writing connection sees no data_version change)', async () => {
    const store = await SqliteStore.open(':memory:');
    const app = createApp({ store, db: store.db, write: { token: TOKEN, annotator }, dataVersion: sqliteDataVersion(store.db) });
    const counts = async () => (await (await app.request('http://localhost/api/aggregates/counts')).json()).items.length;
    expect(await counts()).toBe(0);
    expect(await counts()).toBe(0); // now cached
    expect((await (await post(app, BORDER)).json()).stored).toBe(1);
    expect(await counts()).toBeGreaterThan(0);
    await store.close();
  });

  it('documents the endpoint and its token in the OpenAPI document', async () => {
    const { store, app } = await fresh();
    const doc = await (await app.request('http://localhost/api/openapi.json')).json();
    const op = doc.paths['/api/documents'].post;
    expect(op.security).toEqual([{ writeToken: [] }]);
    expect(Object.keys(op.responses).sort()).toEqual(['200', '400', '401', '413', '415', '429', '503']);
    expect(doc.components.securitySchemes.writeToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.components.schemas.ArticleInput.required.sort()).toEqual(['date', 'text']);
    expect(Object.keys(doc.paths).filter((p) => doc.paths[p].post)).toEqual(['/api/documents']);
    await store.close();
  });
});

describe('over the network', () => {
  let store: SqliteStore;
  let server: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    store = await SqliteStore.open(':memory:');
    server = await startServer({
      db: ':memory:', port: 0, host: '127.0.0.1', store, webDir: null, writeToken: TOKEN, annotator,
      maxBodyBytes: 64 * 1024, rateLimit: 1, writeRate: { perSecond: 0.1, burst: 3 }, rateClock: () => 0, // no refill mid-test, however slow the machine
    });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
  });

  it('413 for a declared or streamed oversized body, 429 per socket address whatever X-Forwarded-For says', async () => {
    const headers = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
    const declared = await fetch(`${server.url}/api/documents`, { method: 'POST', headers, body: JSON.stringify({ ...BORDER, text: 'x'.repeat(200_000) }) });
    expect(declared.status).toBe(413);
    const chunked = await fetch(`${server.url}/api/documents`, { method: 'POST', headers, body: streamed(1024 * 1024), duplex: 'half' } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get('connection')).toBe('close'); // the unread rest of the body ends the connection
    expect(await count(store)).toBe(0);
    const third = await fetch(`${server.url}/api/documents`, { method: 'POST', headers, body: JSON.stringify(BORDER) });
    expect(third.status).toBe(200);
    const fourth = await fetch(`${server.url}/api/documents`, { method: 'POST', headers: { ...headers, 'x-forwarded-for': '198.51.100.9' }, body: JSON.stringify(BORDER) });
    expect(fourth.status).toBe(429);
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const reads: number[] = [];
    for (let i = 0; i < 12; i++) reads.push((await fetch(`${server.url}/api/summary`, { headers: { 'x-forwarded-for': `198.51.100.${i}` } })).status);
    expect(reads).toEqual([200, 200, ...Array(10).fill(429)]); // burst 2 at 1/s, the clock stopped
  });
});

describe.skipIf(!existsSync(join(WEB_DIST, 'index.html')))('eventline serve --write-token-file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'eventline-write-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const BIN = join(ROOT, 'bin/eventline.js');

  it('refuses a short token with one line and no token option on the command line', async () => {
    const db = join(dir, 'a.db');
    await (await SqliteStore.open(db)).close();
    const file = join(dir, 'short');
    writeFileSync(file, 'tooshort\n', { mode: 0o600 });
    const short = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--write-token-file', file], { encoding: 'utf8', env: { ...process.env, EVENTLINE_WRITE_TOKEN: '' } });
    expect(short.status).toBe(2);
    expect(short.stderr.trim().split('\n')).toEqual([`eventline: the write token in ${file} has 8 characters, fewer than 16; write at least 16 random characters, e.g. openssl rand -hex 32`]);
    const inline = spawnSync(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--write-token', TOKEN], { encoding: 'utf8' });
    expect(inline.status).toBe(2);
    expect(inline.stderr).toMatch(/unknown option '--write-token'/);
  });

  it('stores a posted article (annotated in a worker thread) and serves it', async () => {
    const db = join(dir, 'b.db');
    await (await SqliteStore.open(db)).close();
    const file = join(dir, 'token');
    writeFileSync(file, `${TOKEN}\n`, { mode: 0o600 });
    const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0', '--write-token-file', file], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, EVENTLINE_WRITE_TOKEN: '' } });
    let err = '';
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    try {
      const url = await servingUrl(child);
      expect(err).toMatch(/POST http:\/\/127\.0\.0\.1:\d+\/api\/documents accepts articles with the write token/);
      expect(err).not.toContain(TOKEN);
      const res = await fetch(`${url}/api/documents`, { method: 'POST', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify([BORDER]) });
      expect(res.status).toBe(200);
      const { results } = await res.json();
      expect(results[0].status).toBe('stored');
      const events = await (await fetch(`${url}/api/events?doc=${results[0].id}`)).json();
      expect(events.items.map((e: { type: string }) => e.type)).toContain('ACCUSE');
      const denied = await fetch(`${url}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BORDER) });
      expect(denied.status).toBe(401);
    } finally {
      child.kill('SIGTERM');
    }
  }, 180_000);
});
