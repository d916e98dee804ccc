// API latency benchmark (`npm run bench:serve [-- --events N] [--duration S] [--connections C]`): generates
// a SQLite store with N events (default 1,000,000; cached under bench/out), starts `eventline serve` in a
// child process, and measures each endpoint over loopback with autocannon — once with the aggregate
// response cache disabled (every request hits SQLite) and once with it on — printing p50/p95/p99 latency.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { COUNTRIES, START, generateDenseStore } from './dense-store.ts';
import { servingUrl } from '../src/server/serving-url.ts';

interface Cannon { on(ev: 'response', f: (client: unknown, status: number, bytes: number, ms: number) => void): void }
type AutocannonFn = ((o: object, cb: (err: Error | null, r: { requests: { average: number; total: number }; errors: number; non2xx: number }) => void) => Cannon);
/** autocannon ships no type declarations; this is the part used here. */
const autocannon = createRequire(import.meta.url)('autocannon') as AutocannonFn;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, dflt: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const EVENTS = opt('events', 1_000_000);
const DURATION = opt('duration', 10);
const CONNECTIONS = opt('connections', 4);

async function startServe(db: string, cache: boolean): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [resolve(ROOT, 'bin/eventline.js'), 'serve', '--db', db, '--port', '0', '--rate-limit', '0'], {
    env: { ...process.env, EVENTLINE_SERVE_CACHE: cache ? '1' : '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await servingUrl(child);
  return { url, stop: () => child.kill('SIGTERM') };
}

interface Case { name: string; kind: 'aggregate' | 'page'; paths: string[] }

function cases(): Case[] {
  // Varied parameters per request so the same query is not simply repeated.
  const pairs = [['USA', 'RUS'], ['RUS', 'UKR'], ['CHN', 'USA'], ['POL', 'BLR'], ['ISR', 'PSE'], ['ARM', 'AZE'], ['SRB', 'XKX'], ['VEN', 'GUY']];
  const windows = Array.from({ length: 12 }, (_, i) => {
    const since = new Date(START + i * 60 * 86_400_000).toISOString().slice(0, 10);
    const until = new Date(START + (i * 60 + 180) * 86_400_000).toISOString().slice(0, 10);
    return `since=${since}&until=${until}`;
  });
  return [
    { name: 'store summary (dashboard header)', kind: 'aggregate', paths: ['/api/summary'] },
    { name: 'counts by type per day, all 3 years', kind: 'aggregate', paths: ['/api/aggregates/counts?period=day&by=type'] },
    { name: 'counts by quad per week, 6-month windows', kind: 'aggregate', paths: windows.map((w) => `/api/aggregates/counts?period=week&by=quad&${w}`) },
    { name: 'counts by type per day, one country', kind: 'aggregate', paths: COUNTRIES.slice(0, 12).map((c) => `/api/aggregates/counts?period=day&by=type&country=${c}`) },
    { name: 'quad shares per week, all', kind: 'aggregate', paths: ['/api/aggregates/quad-shares?period=week'] },
    { name: 'dyad series (sum Goldstein, weekly, z-score)', kind: 'aggregate', paths: pairs.map(([a, b]) => `/api/aggregates/dyad-series?dyad=${a}-${b}&period=week`) },
    { name: 'dyad totals (top 100), 6-month windows', kind: 'aggregate', paths: windows.map((w) => `/api/aggregates/dyads?${w}`) },
    { name: 'country totals, 6-month windows', kind: 'aggregate', paths: windows.map((w) => `/api/aggregates/countries?${w}`) },
    { name: 'actor network (top 300 edges), all', kind: 'aggregate', paths: ['/api/aggregates/network'] },
    { name: 'event locations (top 500), one country', kind: 'aggregate', paths: COUNTRIES.slice(0, 12).map((c) => `/api/aggregates/locations?country=${c}`) },
    { name: 'event page: country + type, 100 rows', kind: 'page', paths: COUNTRIES.slice(0, 12).flatMap((c) => [`/api/events?country=${c}&type=ASSAULT&limit=100`, `/api/events?country=${c}&limit=100&since=2022-03-01`]) },
    { name: 'event page: date window, 100 rows', kind: 'page', paths: windows.map((w) => `/api/events?${w}&limit=100`) },
    { name: 'event page: actor, 100 rows', kind: 'page', paths: COUNTRIES.slice(0, 12).map((c) => `/api/events?actor=country:${c}&limit=100`) },
    // the other calls the dashboard's views make by default (web/src/views), so every one of them is measured
    { name: 'timeline default: counts by type per month (auto)', kind: 'aggregate', paths: ['/api/aggregates/counts?period=month&by=type'] },
    { name: 'timeline default: quad shares per month', kind: 'aggregate', paths: ['/api/aggregates/quad-shares?period=month'] },
    { name: 'dyad monitor: top 30 pairs (its choices)', kind: 'aggregate', paths: ['/api/aggregates/dyads?limit=30'] },
    { name: 'dyad series per day (z-score, alerts with their articles)', kind: 'aggregate', paths: pairs.slice(0, 4).map(([a, b]) => `/api/aggregates/dyad-series?dyad=${a}-${b}&period=day`) },
    { name: 'articles list (200)', kind: 'page', paths: ['', '&since=2022-01-01', '&until=2022-06-30'].map((w) => `/api/docs?limit=200${w}`) },
    { name: 'one article', kind: 'page', paths: Array.from({ length: 20 }, (_, i) => `/api/docs/b${String(i * 4_999).padStart(9, '0')}`) },
    { name: 'quotes (50)', kind: 'page', paths: ['/api/quotes?limit=50'] },
  ];
}

/** Runs autocannon on the case; percentiles are computed from every response time (autocannon reports no p95). */
async function measure(url: string, c: Case): Promise<{ p50: number; p95: number; p99: number; rps: number; n: number; errors: number }> {
  let i = 0;
  const times: number[] = [];
  const r = await new Promise<{ requests: { average: number; total: number }; errors: number; non2xx: number }>((ok, fail) => {
    const inst = autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: c.paths[i++ % c.paths.length] }) }],
    }, (err, res) => (err ? fail(err) : ok(res)));
    inst.on('response', (_c, _s, _b, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const pct = (p: number) => (times.length ? Number(times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)].toFixed(1)) : NaN);
  return { p50: pct(50), p95: pct(95), p99: pct(99), rps: r.requests.average, n: times.length, errors: r.errors + r.non2xx };
}

const dbPath = resolve(ROOT, 'bench/out', `serve-${EVENTS}-v2.db`);
mkdirSync(dirname(dbPath), { recursive: true });
if (!existsSync(dbPath)) await generateDenseStore(dbPath, EVENTS);
else console.log(`reusing ${dbPath}`);

const results: Record<string, unknown>[] = [];
const load = () => loadavg().map((x) => Number(x.toFixed(2)));
const loadBefore = load();
const started = new Date().toISOString();
for (const cache of [false, true]) {
  const server = await startServe(dbPath, cache);
  console.log(`\n${cache ? 'WITH' : 'WITHOUT'} the aggregate response cache — ${EVENTS} events, ${CONNECTIONS} connections, ${DURATION} s per case, loopback (${server.url})`);
  console.log('case'.padEnd(48), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'p99 ms'.padStart(8), 'req/s'.padStart(8), 'reqs'.padStart(7), 'errors'.padStart(7), ' goal');
  try {
    for (const c of cases()) {
      if (cache && c.kind === 'page') continue; // pages are never cached
      await fetch(`${server.url}${c.paths[0]}`); // warm up
      const m = await measure(server.url, c);
      const goal = c.kind === 'aggregate' ? 100 : 50;
      results.push({ case: c.name, kind: c.kind, cache, ...m, goalMs: goal, met: m.p95 < goal, load1: load()[0] });
      console.log(c.name.padEnd(48), String(m.p50).padStart(8), String(m.p95).padStart(8), String(m.p99).padStart(8), m.rps.toFixed(0).padStart(8), String(m.n).padStart(7), String(m.errors).padStart(7), ` p95 < ${goal}: ${m.p95 < goal ? 'yes' : 'NO'}`);
    }
  } finally {
    server.stop();
  }
}

const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGB: Math.round(totalmem() / 2 ** 30), node: process.version, loadBefore, loadAfter: load() };
const out = resolve(ROOT, 'bench/out/serve-results.json');
writeFileSync(out, `${JSON.stringify({ started, events: EVENTS, connections: CONNECTIONS, durationS: DURATION, machine, results }, null, 2)}\n`);
console.log(`\nload average before ${loadBefore.join(' ')}, after ${machine.loadAfter.join(' ')} (${machine.cpus} cores) → ${out}`);
