// UD English: the syntax stage's tagger and parser scored on gold tokenisation, UPOS accuracy, UAS and
// LAS (CoNLL 2018: punctuation included, relations without subtypes) on the EWT test split and GUM open
// dev, next to the figures of the model the shipped one replaced (models/syntax-en.json).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../stages/syntax/conllu.ts';
import { bundledModel, defaultModelPath } from '../stages/syntax/model.ts';
import { scoreUd } from '../stages/syntax/ud-score.ts';
import type { EvalResult, EvalSet } from './types.ts';

const FILES: [string, string][] = [
  ['ewt-test', 'en_ewt-ud-test.conllu'],
  ['gum-open-dev', 'en_gum-open-dev.conllu'],
];

function previousFigures(file: string): Record<string, number> | undefined {
  const manifest = defaultModelPath().replace(/\.bin$/, '.json');
  if (!existsSync(manifest)) return undefined;
  const prev = (JSON.parse(readFileSync(manifest, 'utf8')) as { previousFigures?: Record<string, { upos: number; uas: number; las: number }> | null }).previousFigures;
  const f = prev?.[file];
  return f ? { upos: f.upos, uas: f.uas, las: f.las } : undefined;
}

export const udSet: EvalSet = {
  name: 'ud',
  missing(ctx) {
    const f = join(ctx.dataDir, 'ud', FILES[0][1]);
    return existsSync(f) ? null : `${f} not found`;
  },
  run(ctx) {
    const model = bundledModel();
    const out: EvalResult[] = [];
    for (const [name, file] of FILES) {
      const path = join(ctx.dataDir, 'ud', file);
      if (!existsSync(path)) continue;
      const s = scoreUd(model, readConllu(path));
      const prev = previousFigures(file);
      out.push({
        set: 'ud',
        component: `syntax/${name}`,
        metrics: { upos: s.upos, uas: s.uas, las: s.las, words: s.words },
        ...(prev ? { baseline: { name: 'previous model', metrics: prev } } : {}),
        notes: [`gold tokens; ${s.wordsPerSecond} words per CPU-second tagging + parsing in this run`],
      });
    }
    return out;
  },
};
