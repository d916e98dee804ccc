// `eventline serve` end to end: the real command binds loopback on a free port and answers the API and
// the dashboard; without a built dashboard, startServer fails with one line naming `npm run build:web`.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { startServer, WEB_DIST } from '../../src/server/serve.ts';
import { fixtureDocs } from './fixture-docs.ts';
import { servingUrl } from '../../src/server/serving-url.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('eventline serve', () => {
  it('refuses to start without the built dashboard, naming the build script', async () => {
    const store = await SqliteStore.open(':memory:');
    await expect(startServer({ db: ':memory:', port: 0, host: '127.0.0.1', store, webDir: join(tmpdir(), 'no-such-dist') }))
      .rejects.toThrow(/run "npm run build:web"/);
    await store.close();
  });

  it('checks --knowledge folders before serving, and only with a write token', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-serve-k-'));
    const db = join(dir, 's.db');
    const store = await SqliteStore.open(db);
    await store.close();
    const run = (env: Record<string, string>) => spawnSync(process.execPath, [join(ROOT, 'bin/eventline.js'), 'serve', '--db', db, '--port', '0', '--knowledge', join(dir, 'nope')], {
      encoding: 'utf8', env: { ...process.env, EVENTLINE_WRITE_TOKEN: '', ...env }, timeout: 180_000,
    });
    try {
      const noToken = run({});
      expect(noToken.status).toBe(2);
      expect(noToken.stderr).toMatch(/--knowledge only applies to POSTed articles; give a write token too/);
      const missing = run({ EVENTLINE_WRITE_TOKEN: 'a-long-enough-test-token-123' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/--knowledge .*nope: no such folder/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(!existsSync(join(WEB_DIST, 'index.html')))('serves the API and the dashboard on 127.0.0.1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-serve-'));
    const db = join(dir, 's.db');
    const store = await SqliteStore.open(db);
    await store.saveDocs(fixtureDocs());
    await store.close();
    const child = spawn(process.execPath, [join(ROOT, 'bin/eventline.js'), 'serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await servingUrl(child);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const summary = await (await fetch(`${url}/api/summary`)).json();
      expect(summary.events).toBe(15);
      const page = await fetch(`${url}/`);
      expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await page.text();
      expect(html).toContain('<script type="module"');
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline scripts
      expect((await fetch(`${url}/../../package.json`)).status).not.toBe(200);
      expect((await fetch(`${url}/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    } finally {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
