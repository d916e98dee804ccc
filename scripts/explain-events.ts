// Why a sentence coded the events it did, or none: for each candidate trigger (a token whose lemma or
// form has templates) the templates' verdict — a candidate, refused by an argument class or gate, no
// template of its part of speech, none matched — and each candidate dropped later (parties naming no one,
// private acts, a relative clause beside a main clause …), with the tokens' tags and tree.
//   node bin/run.js scripts/explain-events.ts FILE [--grep TEXT]      a dated text file (first line `date: …`)
//   node bin/run.js scripts/explain-events.ts FILE --lines            each line of it a document of its own
//                                                                     (lone sentences, as `eval --set plv` runs them)
//   node bin/run.js scripts/explain-events.ts --half A [--grep TEXT]  events-news dev half A: the sentences of
//                                                                     every required record with no event coded
// The second form quotes the corpus: read it, do not copy it into the project.
import { readFileSync } from 'node:fs';
import { createDoc } from '../src/doc/doc.ts';
import type { Doc } from '../src/doc/types.ts';
import { Tree } from '../src/doc/tree.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';
import { codeEvents } from '../src/stages/events/index.ts';
import { patternsOf } from '../src/stages/events/patterns.ts';
import { lexiconOf } from '../src/stages/events/lexicon.ts';
import { bundledTypeModel } from '../src/stages/events/type-model.ts';
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { halfOf, judgeArticle, readEventsNews, recordSpans } from '../src/eval/events-news.ts';

const args = process.argv.slice(2);
const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : null);
const knowledge = new Knowledge([BUNDLED_KNOWLEDGE_DIR]);
const pipeline = defaultPipeline(knowledge);
const patterns = patternsOf(knowledge);
const lex = lexiconOf(knowledge);
const typer = bundledTypeModel();
const grep = opt('--grep')?.toLowerCase() ?? null;

/** Print the verdicts for the sentences of `doc` with an index in `which` (all when null). */
function explain(doc: Doc, which: Set<number> | null, header = ''): void {
  const notes = new Map<number, string[]>();
  const events = codeEvents(doc, patterns, lex, undefined, typer, (i, note) => notes.set(i, [...(notes.get(i) ?? []), note]));
  const tokens = doc.layers.tokens ?? [];
  const tree = Tree.of(doc);
  (doc.layers.sentences ?? []).forEach((s, si) => {
    if (which && !which.has(si)) return;
    const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    if (grep && !text.toLowerCase().includes(grep)) return;
    console.log(`${header}[${si}] ${text}`);
    const idx = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.sentence === si);
    console.log('  tree: ' + idx.map(([t, i]) => `${t.text}/${t.pos}${tree ? `/${tree.rel(i)}>${tree.head(i) >= 0 ? tokens[tree.head(i)].text : 'ROOT'}` : ''}`).join(' '));
    for (const [t, i] of idx) for (const n of notes.get(i) ?? []) console.log(`  ${t.text} (${t.lemma}, ${t.pos}): ${n}`);
    for (const e of events.filter((x) => x.trigger.start >= s.start && x.trigger.start < s.end)) {
      console.log(`  => ${e.type} ${e.source.actor ?? e.source.text ?? '-'} > ${e.target.actor ?? e.target.text ?? '-'} "${e.trigger.text}" ${e.mode} [${e.pattern}]`);
    }
    console.log('');
  });
}

const half = opt('--half');
if (half) {
  for (const a of readEventsNews(defaultDataDir())) {
    if (halfOf(a.file) !== half) continue;
    const doc = pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text, title: a.title }));
    const j = judgeArticle(doc, a.events);
    const which = new Set<number>();
    for (const r of j.required) {
      if (r.found || r.typeInSentence || !/no event coded/.test(r.cause)) continue;
      for (const sp of recordSpans(doc.text, r.g)) {
        const si = (doc.layers.sentences ?? []).findIndex((s) => sp.start >= s.start && sp.start < s.end);
        if (si >= 0) which.add(si);
      }
    }
    if (which.size) explain(doc, which, `${a.id} `);
  }
} else {
  const file = args.find((x) => !x.startsWith('--') && x !== grep);
  if (!file) throw new Error('usage: explain-events.ts FILE [--grep TEXT] [--lines] | --half A|B [--grep TEXT]');
  const raw = readFileSync(file, 'utf8');
  const m = /^date:\s*(\S+)\s*\n/.exec(raw);
  const date = m?.[1] ?? '2020-01-15';
  const body = m ? raw.slice(m[0].length) : raw;
  // --lines: every non-empty line a document of its own, as the PLV eval runs its sentences (a lone
  // sentence keeps what the article rules — a doer naming no one, private persons — would drop).
  if (args.includes('--lines')) {
    body.split('\n').filter((l) => l.trim()).forEach((l, k) => explain(pipeline.run(createDoc({ date, text: l })), null, `#${k + 1} `));
  } else explain(pipeline.run(createDoc({ date, text: body })), null);
}
