// Measures loading the knowledge the actors and places stages need: the gazetteer and the actor
// registry, each timed (wall ms, CPU ms) with its RSS delta. `node bin/run.js bench/load-knowledge.ts`.
import { Knowledge } from '../src/knowledge/knowledge.ts';

const rss = () => process.memoryUsage().rss;
const mb = (b: number) => Math.round(b / 1e5) / 10;

function measure<T>(label: string, f: () => T): { ms: number; cpuMs: number; rssMb: number } {
  const r0 = rss();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  f();
  const ms = Math.round(performance.now() - t0);
  const c = process.cpuUsage(c0);
  const cpuMs = Math.round((c.user + c.system) / 1000);
  const rssMb = mb(rss() - r0);
  console.log(`${label.padEnd(22)} ${String(ms).padStart(6)} ms  ${String(cpuMs).padStart(6)} ms CPU  +${rssMb} MB RSS`);
  return { ms, cpuMs, rssMb };
}

const r00 = rss();
const t00 = performance.now();
const c00 = process.cpuUsage();
const places = await import('../src/stages/places/gazetteer.ts');
const actors = await import('../src/stages/actors/registry.ts');
console.log(`modules imported        ${Math.round(performance.now() - t00)} ms`);
const k = new Knowledge();
measure('gazetteer', () => places.gazetteer(k));
measure('actor registry', () => actors.actorIndex(k));
const c = process.cpuUsage(c00);
console.log(`total (imports + both)  ${Math.round(performance.now() - t00)} ms  ${Math.round((c.user + c.system) / 1000)} ms CPU  +${mb(rss() - r00)} MB RSS (process ${mb(rss())} MB)`);
