// Entity errors of one half of GUM open dev or MEANTIME dev (half A by default: the tuning half):
// `node bin/run.js scripts/entity-errors.ts [--set gum|meantime] [--half A|B]`. Lists, per document,
// each gold mention not matched with its type (MISS: no entity over it; TYPE: an entity of another type;
// with the entities over it) and each entity that overlaps no gold mention (FALSE), with a window of
// text. The output quotes the corpus: read it, do not copy it into the project.
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { loadGum } from '../src/eval/gum-entities.ts';
import { docId, loadMeantime, pipelineSpans, type TypedSpan } from '../src/eval/meantime-entities.ts';
import { halves } from '../src/eval/halves.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const set = opt('--set', 'gum');
const half = opt('--half', 'A');
const pipeline = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
const dataDir = defaultDataDir();
const docs =
  set === 'gum'
    ? loadGum(dataDir).map((d) => ({ id: d.id, text: d.text, date: d.date || '2000-01-01', gold: d.gold, scoredEnd: d.text.length, file: d.id }))
    : loadMeantime(dataDir).map((d) => ({ ...d, id: docId(d.file) }));
const of = halves(docs.map((d) => d.id));
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const overlaps = (a: TypedSpan, b: TypedSpan) => a.start < b.end && b.start < a.end;
const counts: Record<string, number> = { MISS: 0, TYPE: 0, FALSE: 0 };
for (const d of docs) {
  if (of.get(d.id) !== half) continue;
  const pred = pipelineSpans(pipeline, d);
  const win = (s: TypedSpan) => oneLine(`${d.text.slice(Math.max(0, s.start - 50), s.start)}[${d.text.slice(s.start, s.end)}]${d.text.slice(s.end, s.end + 50)}`);
  const lines: string[] = [];
  for (const g of d.gold) {
    const over = pred.filter((p) => overlaps(p, g));
    if (over.some((p) => p.type === g.type)) continue;
    const kind = over.length ? 'TYPE' : 'MISS';
    counts[kind]++;
    const ours = over.map((p) => `${p.type}:"${d.text.slice(p.start, p.end)}"`).join(' ');
    lines.push(`  ${kind} ${g.type} "${d.text.slice(g.start, g.end)}" ${ours ? `ours ${ours}` : ''}\n      ${win(g)}`);
  }
  for (const p of pred) {
    if (d.gold.some((g) => overlaps(p, g))) continue;
    counts.FALSE++;
    lines.push(`  FALSE ${p.type} "${d.text.slice(p.start, p.end)}"\n      ${win(p)}`);
  }
  if (lines.length) console.log(`# ${d.id}\n${lines.join('\n')}\n`);
}
console.log(`${set} half ${half}: ${counts.MISS} missed, ${counts.TYPE} typed wrong, ${counts.FALSE} false`);
