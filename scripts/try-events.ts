// Print the events (every mode) the default pipeline codes for each line of a file (one sentence or
// short text per line; first line may be `date: YYYY-MM-DD`): `node bin/run.js scripts/try-events.ts FILE`.
import { readFileSync } from 'node:fs';
import { createDoc } from '../src/doc/doc.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';

const pipeline = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
let date = '2020-01-15';
for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const m = /^date:\s*(\S+)/.exec(line);
  if (m) { date = m[1]; continue; }
  const doc = pipeline.run(createDoc({ date, text: line }));
  console.log(`> ${line}`);
  for (const e of doc.layers.events ?? []) {
    const p = (x: typeof e.source) => `${x.actor ?? x.country ?? '-'}/${x.sector ?? '-'} "${x.text ?? ''}"`;
    console.log(`  ${e.type} ${p(e.source)} > ${p(e.target)} "${e.trigger.text}" ${e.mode} [${e.pattern ?? ''}]`);
  }
}
