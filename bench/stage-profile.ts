// Where a stage's time goes on the real-news corpus (`node bin/run.js bench/stage-profile.ts [--passes N]
// [--data DIR] [--stage NAME] [--top N] [--out FILE.cpuprofile] DIST`, DIST a compiled build folder as for
// stage-cpu.ts): one warm-up pass over the corpus, then N passes (2 by default) under the inspector's CPU
// profiler (a sample every 200 µs), each stage run through a wrapper named after it, so that every sample
// is charged to its stage. Prints each stage's share of the samples, then the stage asked about (actors by
// default) by function: self samples and inclusive samples, shares of the stage. Run it with
// `--no-turbo-inlining` before the script (`node --no-turbo-inlining --import tsx/esm bench/stage-profile.ts …`)
// to charge inlined callees to themselves.
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { realNews } from './real-news.ts';
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { STAGE_PREFIX, stageShares, type CpuProfile } from './profile-shares.ts';

interface Options { passes: number; data: string; stage: string; top: number; out: string | null; dist: string }

export function profileArgs(argv: string[]): Options {
  const o: Options = { passes: 2, data: defaultDataDir(), stage: 'actors', top: 30, out: null, dist: '' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--passes') o.passes = Number(argv[++i]);
    else if (a === '--data') o.data = resolve(argv[++i]);
    else if (a === '--stage') o.stage = argv[++i];
    else if (a === '--top') o.top = Number(argv[++i]);
    else if (a === '--out') o.out = resolve(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`unknown option ${a} (options: --passes N, --data DIR, --stage NAME, --top N, --out FILE)`);
    else if (o.dist) throw new Error('give one compiled build folder');
    else o.dist = resolve(a);
  }
  if (!o.dist) throw new Error('give a compiled build folder (e.g. dist)');
  if (!(o.passes >= 1) || !(o.top >= 1)) throw new Error('--passes and --top must be positive numbers');
  return o;
}

type Stage = { name: string; process(doc: unknown): void };

async function main(): Promise<void> {
  const o = profileArgs(process.argv.slice(2));
  const imp = (f: string) => import(pathToFileURL(resolve(o.dist, f)).href);
  const { defaultPipeline } = (await imp('pipeline/default.js')) as typeof import('../src/pipeline/default.ts');
  const { createDoc } = (await imp('doc/doc.js')) as typeof import('../src/doc/doc.ts');
  const articles = realNews(o.data).flatMap((s) => s.articles);
  if (!articles.length) throw new Error(`no real-news corpora under ${o.data}: set --data or EVENTLINE_EVAL_DATA`);
  const stages = defaultPipeline().components as unknown as Stage[];
  // one named function per stage, so that the profile's stacks say which stage a sample is in
  const wrapped = stages.map((c) => ({ c, run: new Function(`return function ${STAGE_PREFIX}${c.name.replace(/\W/g, '_')}(c, d) { c.process(d); }`)() as (c: Stage, d: unknown) => void }));
  const pass = () => {
    let tokens = 0;
    for (const a of articles) {
      const doc = createDoc({ id: a.id, date: a.date, text: a.text });
      for (const w of wrapped) w.run(w.c, doc);
      tokens += doc.layers.tokens?.length ?? 0;
    }
    return tokens;
  };
  pass();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  const t0 = process.cpuUsage();
  let tokens = 0;
  for (let p = 0; p < o.passes; p++) tokens += pass();
  const used = process.cpuUsage(t0);
  const { profile } = await session.post('Profiler.stop');
  if (o.out) writeFileSync(o.out, JSON.stringify(profile));
  const r = stageShares(profile as unknown as CpuProfile, o.stage.replace(/\W/g, '_'), o.top);
  const pct = (x: number) => `${(100 * x).toFixed(2).padStart(6)}%`;
  console.log(`${o.passes} passes, ${tokens} tokens, ${((used.user + used.system) / 1e6).toFixed(2)} CPU-s, ${r.total} samples`);
  for (const s of r.stages) console.log(`${pct(s.share)}  ${s.name}`);
  console.log(`\n${o.stage}: self`);
  for (const s of r.self) console.log(`${pct(s.share)}  ${s.name}`);
  console.log(`\n${o.stage}: inclusive`);
  for (const s of r.inclusive) console.log(`${pct(s.share)}  ${s.name}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
