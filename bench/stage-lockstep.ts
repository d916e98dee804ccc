// Every stage of two compiled builds in one process, in lockstep on the real-news corpus
// (`node bin/run.js bench/stage-lockstep.ts [--passes N] [--data DIR] DIST_A DIST_B`, each DIST a folder
// holding a compiled pipeline, as for stage-cpu.ts). Per document, each build gets its own document and
// the two run stage by stage, the order alternating per document and stage, so that a shared machine's
// varying speed falls on both alike within milliseconds. Prints each stage's CPU seconds per build, their
// ratio B / A and both builds' output hashes. A stage only one build has (a new stage) runs in its place in
// that build's pipeline and is timed for it alone; the common stages must come in the same order. The build
// loaded second has read up to 14% slower in stages neither build changed: run each comparison in both load
// orders and take both.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { realNews } from './real-news.ts';
import { cpuClock } from './component-timer.ts';
import { lockstepArgs as parse } from './lockstep-args.ts';
import { unionStages } from './stage-union.ts';
import type { CorpusArticle } from './corpus.ts';

interface Build {
  pipeline: ReturnType<typeof import('../src/pipeline/default.ts')['defaultPipeline']>;
  byName: Map<string, { process(doc: unknown): void }>;
  createDoc: typeof import('../src/doc/doc.ts')['createDoc'];
  seconds: Record<string, number>;
  hash: ReturnType<typeof createHash>;
}

async function load(dist: string): Promise<Build> {
  const imp = (f: string) => import(pathToFileURL(resolve(dist, f)).href);
  const { defaultPipeline } = (await imp('pipeline/default.js')) as typeof import('../src/pipeline/default.ts');
  const { createDoc } = (await imp('doc/doc.js')) as typeof import('../src/doc/doc.ts');
  const pipeline = defaultPipeline();
  const byName = new Map(pipeline.components.map((c) => [c.name, c as { process(doc: unknown): void }]));
  return { pipeline, byName, createDoc, seconds: Object.fromEntries(pipeline.components.map((c) => [c.name, 0])), hash: createHash('sha256') };
}



/** Runs one article through both builds stage by stage (`turn` picks which goes first at each stage). */
function lockstep(a: Build, b: Build, names: string[], art: CorpusArticle, turn: number, timing: boolean): number {
  const docs = [a.createDoc({ id: art.id, date: art.date, text: art.text }), b.createDoc({ id: art.id, date: art.date, text: art.text })];
  const builds = [a, b];
  for (let s = 0; s < names.length; s++) {
    for (const w of (turn + s) % 2 === 0 ? [0, 1] : [1, 0]) {
      const c = builds[w].byName.get(names[s]);
      if (!c) continue;
      const t0 = cpuClock();
      c.process(docs[w]);
      if (timing) builds[w].seconds[names[s]] += cpuClock() - t0;
    }
  }
  if (timing) for (const w of [0, 1]) builds[w].hash.update(JSON.stringify({ layers: docs[w].layers, messages: docs[w].messages }));
  return docs[0].layers.tokens?.length ?? 0;
}

async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const articles = realNews(o.data).flatMap((s) => s.articles);
  if (!articles.length) throw new Error(`no real-news corpora under ${o.data}: set --data or EVENTLINE_EVAL_DATA`);
  const [a, b] = [await load(o.dists[0]), await load(o.dists[1])];
  const names = unionStages(a.pipeline.components.map((c) => c.name), b.pipeline.components.map((c) => c.name));
  let turn = 0;
  for (const art of articles.slice(0, Math.ceil(articles.length / 10))) lockstep(a, b, names, art, turn++, false);
  let tokens = 0;
  for (let p = 0; p < o.passes; p++) for (const art of articles) tokens += lockstep(a, b, names, art, turn++, true);
  const rest = (x: Build) => names.filter((n) => n !== 'syntax').reduce((s, n) => s + (x.seconds[n] ?? 0), 0);
  const cpu = (x: Build, n: string) => (x.seconds[n] === undefined ? '  —  ' : x.seconds[n].toFixed(3));
  console.log(`${o.passes} passes, ${tokens} tokens; A ${o.dists[0]}, B ${o.dists[1]}`);
  for (const n of names) {
    const both = a.seconds[n] !== undefined && b.seconds[n] !== undefined;
    console.log(`${n.padEnd(8)} A ${cpu(a, n)}  B ${cpu(b, n)}${both ? `  B/A ${(b.seconds[n] / a.seconds[n]).toFixed(3)}` : '  (one build only)'}`);
  }
  console.log(`all but syntax  A ${rest(a).toFixed(3)} (${Math.round(tokens / rest(a))} tokens/CPU s)  B ${rest(b).toFixed(3)} (${Math.round(tokens / rest(b))})  B/A ${(rest(b) / rest(a)).toFixed(3)}`);
  const [ha, hb] = [a.hash.digest('hex').slice(0, 16), b.hash.digest('hex').slice(0, 16)];
  console.log(`outputs A ${ha}  B ${hb}${ha === hb ? ' (same)' : ' (DIFFER)'}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
