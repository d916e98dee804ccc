// Measures loading the knowledge the actors and places stages need: the gazetteer and the actor
// registry, each timed (wall ms, CPU ms) with its RSS delta, from the compiled modules the CLI runs
// (dist/; the TypeScript sources when it is not built). `npm run bench:load`; run it twice after a
// knowledge change, the first run (re)building the caches under node_modules/.cache/eventline.
import { existsSync } from 'node:fs';
import { fromPackageRoot } from '../src/package-root.ts';

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

type KnowledgeModule = typeof import('../src/knowledge/knowledge.ts');
type PlacesModule = typeof import('../src/stages/places/gazetteer.ts');
type ActorsModule = typeof import('../src/stages/actors/registry.ts');

const compiled = existsSync(fromPackageRoot('dist', 'knowledge', 'knowledge.js'));
const from = (path: string) => (compiled ? fromPackageRoot('dist', `${path}.js`) : fromPackageRoot('src', `${path}.ts`));
const r00 = rss();
const t00 = performance.now();
const c00 = process.cpuUsage();
const { Knowledge } = (await import(from('knowledge/knowledge'))) as KnowledgeModule;
const places = (await import(from('stages/places/gazetteer'))) as PlacesModule;
const actors = (await import(from('stages/actors/registry'))) as ActorsModule;
console.log(`modules imported (${compiled ? 'dist/' : 'src/, under tsx'})  ${Math.round(performance.now() - t00)} ms`);
const k = new Knowledge();
const t01 = performance.now();
const c01 = process.cpuUsage();
measure('gazetteer', () => places.gazetteer(k));
measure('actor registry', () => actors.actorIndex(k));
const c1 = process.cpuUsage(c01);
console.log(`knowledge load (both)  ${String(Math.round(performance.now() - t01)).padStart(6)} ms  ${String(Math.round((c1.user + c1.system) / 1000)).padStart(6)} ms CPU`);
const c = process.cpuUsage(c00);
console.log(`total (imports + both)  ${Math.round(performance.now() - t00)} ms  ${Math.round((c.user + c.system) / 1000)} ms CPU  +${mb(rss() - r00)} MB RSS (process ${mb(rss())} MB)`);
