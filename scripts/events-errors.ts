// Event errors of one half of events-news dev (half A by default: the tuning half):
// `node bin/run.js scripts/events-errors.ts [--half A|B] [--only missed|false] [--reason WORDS]`.
// For each article, every required gold record missed — the type not coded in its sentence, or coded
// with other parties or mode — with its sentence and the events we coded there, and every coded event
// (asserted/reported) that matches no record, with its sentence — both also where only the strict match
// (sectors) fails; then a count by reason. --half B is
// for checking a fix on held-out text, never for tuning. The output quotes the corpus: read it, do not
// copy it into the project.
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { halfOf, judgeArticle, readEventsNews, recordSpans, type GoldParty } from '../src/eval/events-news.ts';
import { createDoc } from '../src/doc/doc.ts';
import type { Event, EventParty } from '../src/doc/types.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const half = opt('--half', 'A');
const only = opt('--only', 'all');
const reasonFilter = opt('--reason', '');
const pipeline = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const gp = (p: GoldParty | null) => (p ? `${p.country ?? '?'}/${p.sector ?? '-'} "${p.name ?? p.text}"` : '-');
const ep = (p: EventParty) => `${p.country ?? '?'}/${p.sector ?? '-'} "${p.actor ?? p.text ?? ''}"`;
const ev = (e: Event) => `${e.type} ${ep(e.source)} > ${ep(e.target)} "${e.trigger.text}" ${e.mode} [${e.pattern ?? ''}]`;
const counts = new Map<string, number>();
const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
const keep = (reason: string) => !reasonFilter || reason.includes(reasonFilter);

for (const a of readEventsNews(defaultDataDir())) {
  if (halfOf(a.file) !== half) continue;
  const doc = pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text, title: a.title }));
  const j = judgeArticle(doc, a.events);
  const out: string[] = [];
  if (only !== 'false') {
    for (const r of j.required) {
      if (r.found && r.strict) continue;
      const reason = r.found ? 'strict: sector differs' : r.typeInSentence ? `party: ${r.cause}` : `type not in sentence: ${r.cause.replace(/ \(.*\)$/, '')}`;
      bump(`missed, ${reason}`);
      if (!keep(reason)) continue;
      const spans = recordSpans(doc.text, r.g);
      const here = (doc.layers.events ?? []).filter((e) => spans.some((s) => e.trigger.start >= s.start && e.trigger.start < s.end));
      out.push(`MISSED [${r.cause}] ${r.g.type}${r.g.alt_types?.length ? `|${r.g.alt_types.join('|')}` : ''} ${gp(r.g.source)} > ${gp(r.g.target)} "${r.g.trigger}" ${r.g.mode}`);
      out.push(`  | ${oneLine(r.g.sentence)}`);
      for (const e of here) out.push(`  ours: ${ev(e)}`);
    }
  }
  if (only !== 'missed') {
    for (const c of j.coded) {
      if ((c.match && c.strict) || c.optionalOnly) continue;
      const reason = c.cause.replace(/ \(.*\)$/, '');
      bump(`false, ${reason}`);
      if (!keep(reason)) continue;
      out.push(`FALSE [${c.cause}] ${ev(c.e)}`);
      out.push(`  | ${oneLine(doc.text.slice(c.e.sentence.start, c.e.sentence.end))}`);
    }
  }
  if (out.length) console.log(`== ${a.id} (${a.file})\n${out.join('\n')}\n`);
}
console.log(`Half ${half}, by reason:`);
for (const [k, n] of [...counts.entries()].sort((x, y) => y[1] - x[1])) console.log(`${String(n).padStart(4)}  ${k}`);
