// Speaker errors on PolNeAR dev, half A only (half B is held back from those who tune the rules):
// `node bin/run.js scripts/polnear-errors.ts [--kind direct|indirect|all] [--missed | --no-actor]`. For
// each found attribution whose predicted speaker is wrong, prints the article, the gold source, our
// speaker (text, resolved actor), cue and kind, and the passage from the gold source to the end of the
// content. With --missed, lists the gold contents no quote covers instead; with --no-actor, the right
// speakers that carry no actor id (the goal counts a speaker resolved to an actor). The output quotes the corpus: read it, do
// not copy it into the project.
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { loadPolnear, matchGold, polnearHalf, speakerCorrect } from '../src/eval/polnear.ts';
import { createDoc } from '../src/doc/doc.ts';
import { defaultPipeline } from '../src/pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../src/knowledge/knowledge.ts';

const args = process.argv.slice(2);
const kind = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : 'direct';
const missed = args.includes('--missed');
const noActor = args.includes('--no-actor');
let resolved = 0;
const pipeline = defaultPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
const articles = loadPolnear(defaultDataDir()).filter((a) => polnearHalf(a.name) === 'A');
const oneLine = (s: string) => s.replace(/\s+/g, ' ');
let n = 0;
let total = 0;
for (const article of articles) {
  const doc = pipeline.run(createDoc({ date: article.date, text: article.text }));
  const quotes = (doc.layers.quotes ?? []).filter((q) => !q.scare);
  const actors = new Map((doc.layers.actors ?? []).map((a) => [a.id, a]));
  for (const g of article.attributions) {
    if (kind === 'direct' && !g.direct) continue;
    if (kind === 'indirect' && g.direct) continue;
    const { found, chosen } = matchGold(g, quotes, actors);
    if (missed) {
      if (found) continue;
      total++;
      n++;
      console.log(`#${n} ${article.name}\n  gold source: ${g.sourceText ?? '-'}   cue: ${g.cueText ?? '-'}\n  content: ${oneLine(g.contentText).slice(0, 300)}\n`);
      continue;
    }
    if (!found || !g.source) continue;
    total++;
    if (chosen && speakerCorrect(chosen, g, actors)) {
      if (chosen.speaker?.actor) resolved++;
      else if (noActor) console.log(`- ${article.name}\n  gold source: ${g.sourceText}   ours: ${chosen.speaker?.text} [no actor]   cue: ${chosen.cue ?? '-'}   kind: ${chosen.kind}\n`);
      continue;
    }
    if (noActor) {
      n++;
      continue;
    }
    n++;
    const sp = chosen?.speaker;
    const from = Math.max(0, Math.min(g.source[0].start, g.content[0].start, sp?.start ?? Infinity) - 60);
    const to = Math.max(g.source[g.source.length - 1].end, g.content[g.content.length - 1].end, sp?.end ?? 0) + 40;
    console.log(`#${n} ${article.name}`);
    console.log(`  gold source: ${g.sourceText}   ours: ${sp ? `${sp.text} [${sp.actor ? actors.get(sp.actor)?.name ?? sp.actor : 'no actor'}]` : 'none'}   cue: ${chosen?.cue ?? '-'}   kind: ${chosen?.kind}`);
    console.log(`  ${oneLine(article.text.slice(from, to))}\n`);
  }
}
console.log(missed ? `${n} ${kind} contents missed` : `${n} wrong of ${total} ${kind} speakers (found, gold source present), half A; right with an actor id ${resolved} (${((100 * resolved) / Math.max(1, total)).toFixed(2)}%)`);
