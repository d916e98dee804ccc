// UD scores of syntax model files with two decimals, on EWT test, GUM open dev, EWT dev, and the two dev files
// together, each split in the fixed halves A / B (documents by `halfOf` of the sentence id's document, as
// the other eval sets are split; tune on half A only): `node bin/run.js scripts/syntax-halves.ts
// [--data DIR] [--dev] MODEL.bin ...` (no file: the bundled model; `--dev`: the dev files only, for tuning
// without a look at EWT test). Scores as `eval --set ud` does (scoreUd).
import { join } from 'node:path';
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { halfOf } from '../src/eval/halves.ts';
import { readConllu, type ConlluSentence } from '../src/stages/syntax/conllu.ts';
import { defaultModelPath, loadModel } from '../src/stages/syntax/model.ts';
import { baseRel } from '../src/stages/syntax/ud-score.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const data = at >= 0 ? args.splice(at, 2)[1] : join(defaultDataDir(), 'ud');
const devOnly = args.includes('--dev');
if (devOnly) args.splice(args.indexOf('--dev'), 1);
const models = args.length ? args : [defaultModelPath()];

/** The document of a sentence: its `sent_id` without the sentence number ("doc-12" → "doc"). */
function docOf(s: ConlluSentence): string {
  const id = s.lines.find((l) => l.startsWith('# sent_id = '))?.slice('# sent_id = '.length) ?? '';
  return id.replace(/-\d+$/, '');
}

const sets: [string, ConlluSentence[]][] = [
  ...(devOnly ? [] : [['EWT test', readConllu(join(data, 'en_ewt-ud-test.conllu'))] as [string, ConlluSentence[]]]),
  ['GUM open dev', readConllu(join(data, 'en_gum-open-dev.conllu'))],
  ['EWT dev', readConllu(join(data, 'en_ewt-ud-dev.conllu'))],
  ['dev (EWT + GUM)', [...readConllu(join(data, 'en_ewt-ud-dev.conllu')), ...readConllu(join(data, 'en_gum-open-dev.conllu'))]],
];
const pct = (x: number, of: number) => ((100 * x) / Math.max(1, of)).toFixed(2);
for (const file of models) {
  const model = loadModel(file);
  console.log(`${file} (beam ${model.parser.beam})`);
  for (const [name, sentences] of sets) {
    const c = { all: [0, 0, 0, 0], A: [0, 0, 0, 0], B: [0, 0, 0, 0] };
    for (const s of sentences) {
      const p = model.parse(s.words.map((w) => w.form));
      const part = c[halfOf(docOf(s))];
      s.words.forEach((w, i) => {
        const right = [1, p.upos[i] === w.upos ? 1 : 0, p.heads[i] + 1 === w.head ? 1 : 0, p.heads[i] + 1 === w.head && baseRel(p.deprels[i]) === baseRel(w.deprel) ? 1 : 0];
        for (let j = 0; j < 4; j++) { c.all[j] += right[j]; part[j] += right[j]; }
      });
    }
    const line = (x: number[]) => `${pct(x[1], x[0])} / ${pct(x[2], x[0])} / ${pct(x[3], x[0])} (${x[0]} words)`;
    console.log(`  ${name}: UPOS / UAS / LAS ${line(c.all)}; half A ${line(c.A)}; half B ${line(c.B)}`);
  }
}
