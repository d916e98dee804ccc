// The labeler's confusions on the arcs whose head the parser got right: gold relation → predicted relation
// (base relations, as LAS scores them), with counts, on one half of a CoNLL-U file's documents (tune on
// half A only). `node bin/run.js scripts/label-confusions.ts [--half A|B] [--model FILE.bin] [--top N] FILE.conllu ...`
import { halfOf } from '../src/eval/halves.ts';
import { readConllu, type ConlluSentence } from '../src/stages/syntax/conllu.ts';
import { defaultModelPath, loadModel } from '../src/stages/syntax/model.ts';
import { baseRel } from '../src/stages/syntax/ud-score.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string): string => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const half = opt('--half', 'A');
const model = loadModel(opt('--model', defaultModelPath()));
const top = Number(opt('--top', '40'));

const docOf = (s: ConlluSentence): string => (s.lines.find((l) => l.startsWith('# sent_id = '))?.slice(12) ?? '').replace(/-\d+$/, '');
const pairs = new Map<string, number>();
const goldN = new Map<string, number>();
const wrongBy = new Map<string, number>();
let words = 0, headRight = 0, labelWrong = 0, tagWrong = 0;
const pairTagWrong = new Map<string, number>();
for (const file of args) {
  for (const s of readConllu(file)) {
    if (halfOf(docOf(s)) !== half) continue;
    const p = model.parse(s.words.map((w) => w.form));
    s.words.forEach((w, i) => {
      words++;
      const g = baseRel(w.deprel);
      goldN.set(g, (goldN.get(g) ?? 0) + 1);
      if (p.heads[i] + 1 !== w.head) return;
      headRight++;
      const q = baseRel(p.deprels[i]);
      if (q === g) return;
      labelWrong++;
      const k = `${g} → ${q}`;
      pairs.set(k, (pairs.get(k) ?? 0) + 1);
      const tw = p.upos[i] !== w.upos || p.upos[p.heads[i]] !== s.words[w.head - 1]?.upos;
      if (tw) { tagWrong++; pairTagWrong.set(k, (pairTagWrong.get(k) ?? 0) + 1); }
      wrongBy.set(g, (wrongBy.get(g) ?? 0) + 1);
    });
  }
}
console.log(`half ${half}: ${words} words, head right ${headRight}, of those label wrong ${labelWrong} (${(100 * labelWrong / words).toFixed(2)} points of LAS), ${tagWrong} of them with the dependent's or head's tag wrong`);
console.log('\ngold → predicted (right head), count (of which a tag wrong):');
for (const [k, c] of [...pairs].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${String(c).padStart(4)} (${pairTagWrong.get(k) ?? 0})  ${k}`);
console.log('\nlabel errors by gold relation (of gold count):');
for (const [g, c] of [...wrongBy].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${String(c).padStart(4)} / ${goldN.get(g)}  ${g}`);
