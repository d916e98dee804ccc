// The phases of `eventline extract FILE --jsonl` in one process, marked: the same steps as the CLI (the bin
// script's V8 flags set first, modules imported, pipeline built, input read, each document run, turned into
// its JSON line and written to /dev/null), the corpus run PASSES times so that a later pass is the same
// process's warmed-up reference for the first. At each mark: CPU seconds of the process (all threads) and of
// the main thread (/proc/self/task/PID/schedstat, Linux); the difference is V8's helper threads.
// usage: node bench/process-phases.mjs FILE.jsonl [PASSES]   (after `npm run build`)
import { setFlagsFromString } from 'node:v8';
import { openSync, readFileSync, writeSync } from 'node:fs';

setFlagsFromString('--interrupt-budget=300000'); // the three flags bin/eventline.js sets (see there)
setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
setFlagsFromString('--regexp-tier-up-ticks=0');

const root = new URL('../dist/', import.meta.url).href;
const file = process.argv[2];
const passes = Number(process.argv[3] ?? 2);
if (!file || !(passes >= 1)) throw new Error('usage: node bench/process-phases.mjs FILE.jsonl [PASSES]');

const mainSeconds = () => Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e9;
const cpuSeconds = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
const marks = [];
let last = { cpu: 0, main: 0 };
const mark = (name) => {
  const now = { cpu: cpuSeconds(), main: mainSeconds() };
  marks.push([name, now.cpu - last.cpu, now.main - last.main]);
  last = now;
};

mark("Node's own start");
const [{ createDoc }, { docToJson }, { readInputsAsync }, { walkInputs }, { Knowledge, BUNDLED_KNOWLEDGE_DIR }, { defaultPipeline }] = await Promise.all(
  ['doc/doc.js', 'doc/output.js', 'ingest/readers.js', 'ingest/walk.js', 'knowledge/knowledge.js', 'pipeline/default.js'].map((m) => import(`${root}${m}`)),
);
mark('importing the modules');
const pipeline = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
mark('building the pipeline');
const raws = [];
for await (const item of readInputsAsync(walkInputs([file]).files, {})) if (!('problem' in item)) raws.push(item.doc);
mark('reading the input');
const out = openSync('/dev/null', 'w');
for (let p = 1; p <= passes; p++) {
  let run = 0, serialise = 0, write = 0;
  for (let k = 0; k < raws.length; k++) {
    const a = cpuSeconds();
    const doc = pipeline.run(createDoc(raws[k]));
    const b = cpuSeconds();
    const line = `${JSON.stringify(docToJson(doc))}\n`;
    const c = cpuSeconds();
    writeSync(out, line);
    run += b - a; serialise += c - b; write += cpuSeconds() - c;
    if (p === 1 && (k === 0 || k === 9 || k === 49)) mark(`pass 1 through article ${k + 1}`);
  }
  mark(`pass ${p}${p === 1 ? ' (the rest)' : ''}`);
  console.log(`pass ${p}: pipeline ${run.toFixed(2)}, docToJson + JSON.stringify ${serialise.toFixed(3)}, writing ${write.toFixed(3)} CPU-s`);
}
for (const [name, cpu, main] of marks) console.log(`${name.padEnd(32)} ${cpu.toFixed(3)} CPU-s (main thread ${main.toFixed(3)}, helpers ${(cpu - main).toFixed(3)})`);
console.log(`in all ${cpuSeconds().toFixed(2)} CPU-s, main thread ${mainSeconds().toFixed(2)}`);
