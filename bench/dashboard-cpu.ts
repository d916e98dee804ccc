// CPU time per answer of every API call the dashboard views make by default (`npm run bench:dashboard-cpu`),
// in process (Hono app.request, one thread, no HTTP), on bench:serve's 1M-event store, 10 rounds after one
// warm-up. CPU time rather than latency: it holds when the machine is shared (latency then is not the code's).
import { SqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { createApp } from '../src/server/app.ts';
import { existsSync } from 'node:fs';
const DB = new URL('out/serve-1000000-v2.db', import.meta.url).pathname;
if (!existsSync(DB)) throw new Error(`no ${DB}: run npm run bench:serve once to generate it`);
const s = await SqliteStore.open(DB);
const app = createApp({ store: s, db: s.db });
const calls: [string, string][] = [
  ['header', '/api/summary'],
  ['timeline (auto: month)', '/api/aggregates/counts?period=month'],
  ['timeline shares', '/api/aggregates/quad-shares?period=month'],
  ['timeline per day by type', '/api/aggregates/counts?period=day&by=type'],
  ['dyad choices', '/api/aggregates/dyads?limit=30'],
  ['dyad series RUS-USA week', '/api/aggregates/dyad-series?dyad=RUS-USA&period=week'],
  ['dyad series RUS-USA day', '/api/aggregates/dyad-series?dyad=RUS-USA&period=day'],
  ['network', '/api/aggregates/network?limit=200'],
  ['map countries', '/api/aggregates/countries'],
  ['map locations', '/api/aggregates/locations'],
  ['articles', '/api/docs?limit=200'],
  ['article', '/api/docs/b000000042'],
  ['quotes', '/api/quotes?limit=50'],
];
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
for (const [, p] of calls) await (await app.request(`http://x${p}`)).text();
const t = new Map<string, number[]>(calls.map(([n]) => [n, []]));
for (let r = 0; r < 10; r++) for (const [n, p] of calls) { const c = cpu(); const res = await app.request(`http://x${p}`); await res.text(); if (res.status !== 200) throw new Error(`${p}: ${res.status}`); t.get(n)!.push(cpu() - c); }
const pct = (a: number[], q: number) => [...a].sort((x, y) => x - y)[Math.ceil((q / 100) * a.length) - 1].toFixed(1);
for (const [n, v] of t) console.log(n.padEnd(28), 'CPU ms p50', pct(v, 50).padStart(6), ' max', pct(v, 100).padStart(6));
await s.close();
