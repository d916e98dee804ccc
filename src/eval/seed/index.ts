// The seed gold set: runs the pipeline over each seed article beside ../shared/eval and scores every
// component against its hand-made annotation.
import { existsSync } from 'node:fs';
import { createDoc } from '../../doc/doc.ts';
import type { EvalSet, EvalResult } from '../types.ts';
import { loadSeedCases, seedDir } from './gold.ts';
import { scoreSeedActors } from './actors.ts';
import { scoreSeedTime } from './time.ts';
import { scoreSeedPlaces } from './places.ts';
import { scoreSeedQuotes } from './quotes.ts';
import { scoreSeedEvents } from './events.ts';

export const seedSet: EvalSet = {
  name: 'seed',
  missing: (ctx) => (existsSync(seedDir(ctx.dataDir)) ? null : `${seedDir(ctx.dataDir)} not found`),
  run(ctx) {
    const results: EvalResult[] = [];
    for (const c of loadSeedCases(ctx.dataDir)) {
      const doc = ctx.pipeline.run(createDoc({ date: c.date, text: c.text }));
      for (const score of [scoreSeedActors, scoreSeedTime, scoreSeedPlaces, scoreSeedQuotes, scoreSeedEvents]) {
        results.push(score(doc, c.gold));
      }
    }
    return results;
  },
};
