// The syntax stage of two compiled builds in one process, in lockstep on the real-news corpus
// (`node bin/run.js bench/syntax-lockstep.ts [--passes N] [--data DIR] DIST_A DIST_B`, each DIST a folder
// holding a compiled build, as for stage-cpu.ts). For each document the first build's whole pipeline runs
// (its tokens, and the other stages' work between two parses, as in the pipeline), then each build's
// syntax stage parses the same tokens, the order alternating from one document to the next; the CPU
// seconds of each are summed, and the two layers compared. Both builds see the same machine at the same
// moment, so their ratio holds better under load than separate processes (which differ by 10–30%): a
// build against a copy of itself read 0.986 and 1.048 at load average 12–16, so a difference under about
// 5% is noise there.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { realNews } from './real-news.ts';
import { cpuClock } from './component-timer.ts';
import { lockstepArgs as parse } from './lockstep-args.ts';

type Build = {
  pipeline: typeof import('../src/pipeline/default.ts');
  doc: typeof import('../src/doc/doc.ts');
  syntax: typeof import('../src/stages/syntax/index.ts');
  model: typeof import('../src/stages/syntax/model.ts');
};

async function load(dist: string): Promise<Build> {
  const imp = (f: string) => import(pathToFileURL(resolve(dist, f)).href);
  return {
    pipeline: await imp('pipeline/default.js'),
    doc: await imp('doc/doc.js'),
    syntax: await imp('stages/syntax/index.js'),
    model: await imp('stages/syntax/model.js'),
  };
}


async function main(): Promise<void> {
  const o = parse(process.argv.slice(2));
  const articles = realNews(o.data).flatMap((s) => s.articles);
  if (!articles.length) throw new Error(`no real-news corpora under ${o.data}: set --data or EVENTLINE_EVAL_DATA`);
  const [a, b] = [await load(o.dists[0]), await load(o.dists[1])];
  const models = [a.model.bundledModel(), b.model.bundledModel()];
  const pipeline = a.pipeline.defaultPipeline();
  const parseWith = (w: 0 | 1, tokens: Parameters<Build['syntax']['parseTokens']>[0]) =>
    (w === 0 ? a : b).syntax.parseTokens(tokens, models[w] as never);
  const seconds = [0, 0];
  let differ = 0;
  let turn = 0;
  const warmup = articles.slice(0, Math.ceil(articles.length / 10));
  for (const art of warmup) {
    const doc = pipeline.run(a.doc.createDoc(art));
    parseWith(0, doc.layers.tokens ?? []);
    parseWith(1, doc.layers.tokens ?? []);
  }
  for (let p = 0; p < o.passes; p++) {
    for (const art of articles) {
      const doc = pipeline.run(a.doc.createDoc({ id: art.id, date: art.date, text: art.text }));
      const tokens = doc.layers.tokens ?? [];
      const out: string[] = [];
      for (const w of (turn++ % 2 ? [1, 0] : [0, 1]) as (0 | 1)[]) {
        const t0 = cpuClock();
        const layer = parseWith(w, tokens);
        seconds[w] += cpuClock() - t0;
        out[w] = JSON.stringify(layer);
      }
      if (out[0] !== out[1]) differ++;
    }
    console.log(`pass ${p + 1}: ${o.dists[0]} ${seconds[0].toFixed(2)} CPU-s, ${o.dists[1]} ${seconds[1].toFixed(2)} CPU-s (summed); second / first ${(seconds[1] / seconds[0]).toFixed(3)}; documents parsed differently ${differ}`);
  }
}

await main();
