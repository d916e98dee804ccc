// Why a sentence coded the events it did, or none: for each candidate trigger (a token whose lemma or
// form has templates) the templates' verdict — a candidate, refused by an argument class or gate, no
// template of its part of speech, none matched — and each candidate dropped later (parties naming no one,
// private acts, a relative clause beside a main clause …), with the tokens' tags and tree.
//   node bin/run.js scripts/explain-events.ts FILE [--grep TEXT]      a dated text file (first line `date: …`)
//   node bin/run.js scripts/explain-events.ts FILE --lines            each line of it a document of its own
//                                                                     (lone sentences, as `eval --set plv` runs them)
//   node bin/run.js scripts/explain-events.ts --half A [--grep TEXT]  events-news dev half A: the sentences of
//                                                                     every required record with no event coded
//   node bin/run.js scripts/explain-events.ts --dir DIR [--grep TEXT] [--lemma L …] [--jsonl OUT] [--by-lemma]
//        every dated text file of DIR with the pipeline loaded once (the 259 untuned articles in 30 s,
//        where a loop of the FILE form paid a start-up per file: 9-20 min): one JSON line per candidate
//        trigger (file, sentence and its offsets, trigger text/lemma/tag, the templates tried, verdict —
//        coded, merged, dropped, refused, no-parties, no-match, no-reading, wrong-tag, inside-name —, drop
//        reasons, the gates that refused a template there, the trace's notes, the records made) to OUT
//        (stdout without it), then counts by verdict, drop reason and gate (and by lemma) on stdout (on
//        stderr when the lines go to stdout). --lemma (may be repeated) keeps the triggers of those lemmas only.
// The --half and --dir forms quote the corpus: read their output, do not copy it into the project
// (OUT must lie outside the repository, e.g. /work/tmp; docs/patterns.md, twenty-seventh session).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDoc } from '../src/doc/doc.ts';
import type { Doc, Event } from '../src/doc/types.ts';
import { Tree } from '../src/doc/tree.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';
import { codeEvents } from '../src/stages/events/index.ts';
import { patternsOf } from '../src/stages/events/patterns.ts';
import type { TraceInfo } from '../src/stages/events/match.ts';
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

/** The events of `doc` and, per token index, the trace's notes on it. */
function traced(doc: Doc): { events: Event[]; notes: Map<number, { note: string; info: TraceInfo }[]> } {
  const notes = new Map<number, { note: string; info: TraceInfo }[]>();
  const events = codeEvents(doc, patterns, lex, undefined, typer, (i, note, info) => notes.set(i, [...(notes.get(i) ?? []), { note, info }]));
  return { events, notes };
}

/** Print the verdicts for the sentences of `doc` with an index in `which` (all when null). */
function explain(doc: Doc, which: Set<number> | null, header = ''): void {
  const { events, notes } = traced(doc);
  const tokens = doc.layers.tokens ?? [];
  const tree = Tree.of(doc);
  (doc.layers.sentences ?? []).forEach((s, si) => {
    if (which && !which.has(si)) return;
    const text = doc.text.slice(s.start, s.end).replace(/\s+/g, ' ');
    if (grep && !text.toLowerCase().includes(grep)) return;
    console.log(`${header}[${si}] ${text}`);
    const idx = tokens.map((t, i) => [t, i] as const).filter(([t]) => t.sentence === si);
    console.log('  tree: ' + idx.map(([t, i]) => `${t.text}/${t.pos}${tree ? `/${tree.rel(i)}>${tree.head(i) >= 0 ? tokens[tree.head(i)].text : 'ROOT'}` : ''}`).join(' '));
    for (const [t, i] of idx) for (const n of notes.get(i) ?? []) console.log(`  ${t.text} (${t.lemma}, ${t.pos}): ${n.note}`);
    for (const e of events.filter((x) => x.trigger.start >= s.start && x.trigger.start < s.end)) console.log(`  ${recordLine(e)}`);
    console.log('');
  });
}

/** A record as the readable form prints it (`=> TYPE source > target "trigger" mode [pattern]`). */
const recordLine = (e: Event) => `=> ${e.type} ${e.source.actor ?? e.source.text ?? '-'} > ${e.target.actor ?? e.target.text ?? '-'} "${e.trigger.text}" ${e.mode} [${e.pattern}]`;

/** A dated text file's date and body (`dated` false when its first line is no `date: …`). */
function readDated(file: string): { date: string; body: string; dated: boolean } {
  const raw = readFileSync(file, 'utf8');
  const m = /^date:\s*(\S+)\s*\n/.exec(raw);
  return { date: m?.[1] ?? '2020-01-15', body: m ? raw.slice(m[0].length) : raw, dated: !!m };
}

/** The verdicts the trace gives a trigger itself (not one template's failure on the way, nor a drop). */
const OWN_VERDICTS = new Set<TraceInfo['verdict']>(['inside-name', 'wrong-tag', 'no-reading', 'refused', 'no-parties', 'no-match']);

/**
 * One JSON object per candidate trigger of `doc` (a token the trace told of, or one a record's trigger
 * starts in): its verdict is `coded` when a record's trigger starts there, `merged` when a record of the
 * same event elsewhere lists it among its mentions, `dropped` when its candidates were all dropped (the
 * reasons in `drops`), else the trace's own verdict for it. A word inside a name is kept only when
 * templates are listed for it (the trace notes every word of a name).
 */
function triggerRecords(file: string, doc: Doc, lemmas: Set<string> | null): object[] {
  const { events, notes } = traced(doc);
  const tokens = doc.layers.tokens ?? [];
  const sentences = doc.layers.sentences ?? [];
  const at = (pos: number) => tokens.findIndex((t) => pos >= t.start && pos < t.end);
  const made = new Map<number, Event[]>();
  const merged = new Map<number, Event[]>();
  for (const e of events) {
    const k = at(e.trigger.start);
    made.set(k, [...(made.get(k) ?? []), e]);
    for (const m of e.mentions ?? []) {
      const j = at(m.start);
      if (j !== k) merged.set(j, [...(merged.get(j) ?? []), e]);
    }
  }
  const which = [...new Set([...notes.keys(), ...made.keys()])].filter((i) => i >= 0).sort((x, y) => x - y);
  const out: object[] = [];
  for (const i of which) {
    const t = tokens[i];
    const s = sentences[t.sentence];
    if (lemmas && !lemmas.has(t.lemma.toLowerCase())) continue;
    if (grep && !doc.text.slice(s.start, s.end).replace(/\s+/g, ' ').toLowerCase().includes(grep)) continue;
    const ns = notes.get(i) ?? [];
    if (ns.every((n) => n.info.verdict === 'inside-name') && !made.has(i) && !patterns.byLemma.has(t.lemma) && !patterns.byLemma.has(t.text.toLowerCase())) continue;
    const infos = ns.map((n) => n.info);
    const drops = infos.filter((x) => x.verdict === 'dropped').map((x) => ({ pattern: x.patterns![0], reason: x.reason! }));
    const candidates = infos.filter((x) => x.verdict === 'candidate').map((x) => x.patterns![0]);
    const own = infos.filter((x) => OWN_VERDICTS.has(x.verdict)).at(-1);
    const records = made.get(i) ?? [];
    const verdict = records.length ? 'coded' : merged.has(i) ? 'merged' : drops.length && candidates.every((p) => drops.some((d) => d.pattern === p)) ? 'dropped' : candidates.length ? 'merged' : (own?.verdict ?? infos.at(-1)?.verdict ?? 'none');
    out.push({
      file,
      sentence: t.sentence,
      start: s.start,
      end: s.end,
      token: i,
      trigger: t.text,
      lemma: t.lemma,
      pos: t.pos,
      verdict,
      tried: [...new Set(infos.flatMap((x) => x.tried ?? []))],
      patterns: [...new Set(infos.flatMap((x) => (x.verdict === 'template' ? [] : (x.patterns ?? []))))],
      ...(own?.verdict === 'refused' ? { refused: own.reason } : {}),
      gates: [...new Set(infos.flatMap((x) => (x.gate ? [x.gate] : [])))],
      drops,
      notes: ns.map((n) => n.note),
      records: records.map((e) => ({ type: e.type, cameo: e.cameo, pattern: e.pattern, mode: e.mode, trigger: e.trigger.text, source: e.source, target: e.target, date: e.date, line: recordLine(e) })),
      ...(merged.has(i) ? { mergedInto: merged.get(i)!.map(recordLine) } : {}),
    });
  }
  return out;
}

/** Counts of `keys`, most first, as lines of a table. */
function table(title: string, keys: string[]): string[] {
  const n = new Map<string, number>();
  for (const k of keys) n.set(k, (n.get(k) ?? 0) + 1);
  const rows = [...n].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  return [`${title} (${keys.length})`, ...rows.map(([k, c]) => `  ${String(c).padStart(7)}  ${k}`), ''];
}

/** The batch form (--dir): every dated text file of `dir`, the pipeline loaded once. */
function explainDir(dir: string): void {
  const out = opt('--jsonl');
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  if (out) {
    const rel = relative(repo, resolve(out));
    if (!rel.startsWith('..') && !isAbsolute(rel)) throw new Error(`--jsonl ${out}: the lines may quote the corpus, write them outside the repository (e.g. /work/tmp)`);
  }
  const lemmas = args.some((x) => x === '--lemma') ? new Set(args.flatMap((x, k) => (x === '--lemma' && args[k + 1] ? [args[k + 1].toLowerCase()] : []))) : null;
  const started = Date.now();
  const lines: string[] = [];
  const rows: Record<string, unknown>[] = [];
  let files = 0;
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const { date, body, dated } = readDated(join(dir, name));
    if (!dated) continue;
    files++;
    for (const r of triggerRecords(name, pipeline.run(createDoc({ date, text: body })), lemmas)) {
      rows.push(r as Record<string, unknown>);
      lines.push(JSON.stringify(r));
    }
  }
  if (out) writeFileSync(out, lines.map((l) => l + '\n').join(''));
  else for (const l of lines) console.log(l);
  const say = out ? console.log : console.error;
  const summary = [
    `${files} files, ${rows.length} candidate triggers, ${((Date.now() - started) / 1000).toFixed(1)} s`,
    '',
    ...table('by verdict', rows.map((r) => r.verdict as string)),
    ...table('by drop reason (dropped triggers)', rows.filter((r) => r.verdict === 'dropped').flatMap((r) => [...new Set((r.drops as { reason: string }[]).map((d) => d.reason))])),
    ...table('by gate (refused triggers)', rows.filter((r) => r.verdict === 'refused').map((r) => (r.gates as string[]).join('+') || 'unnamed')),
  ];
  if (args.includes('--by-lemma')) {
    const verdicts = [...new Set(rows.map((r) => r.verdict as string))].sort();
    const by = new Map<string, Map<string, number>>();
    for (const r of rows) {
      const m = by.get(r.lemma as string) ?? new Map<string, number>();
      m.set(r.verdict as string, (m.get(r.verdict as string) ?? 0) + 1);
      by.set(r.lemma as string, m);
    }
    const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
    summary.push(`by lemma (${by.size})`, `  ${'lemma'.padEnd(16)} ${'all'.padStart(6)} ${verdicts.map((v) => v.padStart(11)).join(' ')}`);
    for (const [l, m] of [...by].sort((x, y) => total(y[1]) - total(x[1]) || x[0].localeCompare(y[0]))) {
      summary.push(`  ${l.padEnd(16)} ${String(total(m)).padStart(6)} ${verdicts.map((v) => String(m.get(v) ?? 0).padStart(11)).join(' ')}`);
    }
  }
  say(summary.join('\n'));
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
} else if (opt('--dir')) {
  explainDir(opt('--dir')!);
} else {
  const file = args.find((x) => !x.startsWith('--') && x !== grep);
  if (!file) throw new Error('usage: explain-events.ts FILE [--grep TEXT] [--lines] | --half A|B [--grep TEXT] | --dir DIR [--grep TEXT] [--lemma L …] [--jsonl OUT] [--by-lemma]');
  const { date, body } = readDated(file);
  // --lines: every non-empty line a document of its own, as the PLV eval runs its sentences (a lone
  // sentence keeps what the article rules — a doer naming no one, private persons — would drop).
  if (args.includes('--lines')) {
    body.split('\n').filter((l) => l.trim()).forEach((l, k) => explain(pipeline.run(createDoc({ date, text: l })), null, `#${k + 1} `));
  } else explain(pipeline.run(createDoc({ date, text: body })), null);
}
