// Server security against the Hono app (in process, app.request): stored and reflected XSS payloads only
// ever come back as JSON with nosniff and a strict CSP; the API is read-only; unknown Host headers are
// refused; the dashboard's HTML has no inline script and its sources never build HTML from strings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { createApp } from '../../src/server/app.ts';
import { aidDoc, borderDoc } from '../store/sample-docs.ts';
import { ROOT } from './ingest-process.ts';

const XSS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg/onload=alert(1)>",
  'javascript:alert(1)',
  '</script><script>alert(1)</script>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u2028<script>',
];

let store: SqliteStore;
let app: ReturnType<typeof createApp>;
const webDir = join(ROOT, 'web/dist');

beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  const a = borderDoc();
  a.meta.title = XSS[0];
  a.meta.url = XSS[3];
  a.meta.source = XSS[1];
  const q = a.layers.quotes?.[0];
  if (q?.speaker) q.speaker.text = XSS[2];
  const b = aidDoc();
  b.meta.title = XSS[4];
  for (const actor of b.layers.actors ?? []) actor.name = `${actor.name} ${XSS[1]}`;
  await store.saveDocs([a, b]);
  app = createApp({ store, db: store.db, allowedHosts: ['localhost', '127.0.0.1'], webDir: existsSync(webDir) ? webDir : null });
});
afterAll(async () => store.close());

const ENDPOINTS = [
  '/api/summary', '/api/docs', '/api/events', '/api/quotes', '/api/actors', '/api/places', '/api/aggregates/counts',
  '/api/aggregates/quad-shares', '/api/aggregates/dyads', '/api/aggregates/countries', '/api/aggregates/locations', '/api/aggregates/network',
];

function expectSafeHeaders(res: Response, path: string): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp, `${path} CSP`).toMatch(/script-src 'self'(;|$)/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(csp).toMatch(/object-src 'none'/);
  expect(csp).toMatch(/frame-ancestors 'none'/);
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('server security', () => {
  it('stored payloads come back only as JSON', async () => {
    for (const path of ENDPOINTS) {
      const res = await app.request(`http://localhost${path}`);
      expect([200, 400], path).toContain(res.status);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
      expectSafeHeaders(res, path);
      const text = await res.text();
      expect(() => JSON.parse(text)).not.toThrow();
    }
    const doc = await app.request(`http://localhost/api/docs/${borderDoc().id}`);
    expect(doc.headers.get('content-type')).toMatch(/^application\/json/);
    expect((await doc.json()).meta.title).toBe(XSS[0]); // stored verbatim, rendered by the dashboard as text
  });

  it('reflected payloads in every parameter and path stay inside JSON', async () => {
    for (const path of ENDPOINTS) {
      for (const x of XSS) {
        for (const param of ['actor', 'type', 'since', 'doc', 'country', 'text', 'cursor', 'limit', 'dyad', 'period']) {
          const res = await app.request(`http://localhost${path}?${param}=${encodeURIComponent(x)}`);
          expect(res.status, `${path}?${param}=${x}`).toBeLessThan(500);
          expect(res.headers.get('content-type'), `${path}?${param}`).toMatch(/^application\/json/);
          expectSafeHeaders(res, path);
        }
      }
    }
    for (const x of XSS) {
      const res = await app.request(`http://localhost/api/docs/${encodeURIComponent(x)}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const unknown = await app.request(`http://localhost/api/${encodeURIComponent(x)}`);
      expect(unknown.headers.get('content-type') ?? '').not.toMatch(/html/);
    }
  });

  it('is read-only and refuses unknown hosts', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const res = await app.request('http://localhost/api/docs', { method, body: '{}' });
      expect(res.status, method).toBe(405);
    }
    const rebinding = await app.request('http://attacker.example/api/summary');
    expect(rebinding.status).toBe(403);
  });

  it.skipIf(!existsSync(join(webDir, 'index.html')))('the dashboard page has a CSP and no inline script', async () => {
    const res = await app.request('http://localhost/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expectSafeHeaders(res, '/');
    const html = await res.text();
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(m[1], 'inline <script> would be blocked by the CSP').toMatch(/\bsrc=/);
      expect(m[2].trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
  });

  it('the dashboard sources never turn strings into HTML or code', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(d)) {
        const p = join(d, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx|js|mjs)$/.test(n)) files.push(p);
      }
    };
    if (existsSync(join(ROOT, 'web/src'))) walk(join(ROOT, 'web/src'));
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(/\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/);
    }
  });
});
