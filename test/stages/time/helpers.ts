// Test helper: a tokens+time pipeline over invented sentences, returning the timexes.
import { assemble } from '../../../src/pipeline/pipeline.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { timeComponent } from '../../../src/stages/time/index.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, Timex } from '../../../src/doc/types.ts';

const k = bundledKnowledge();
export const timePipeline = assemble([tokensComponent(k), timeComponent(k)]);

export function runTime(date: string, text: string): Doc {
  return timePipeline.run(createDoc({ date, text }));
}

export function timexes(date: string, text: string): Timex[] {
  return runTime(date, text).layers.timexes ?? [];
}

/** The timex whose text is exactly `phrase` (throws a readable error otherwise). */
export function timexOf(date: string, text: string, phrase: string): Timex {
  const all = timexes(date, text);
  const t = all.find((x) => x.text === phrase);
  if (!t) throw new Error(`no timex "${phrase}" in: ${all.map((x) => `"${x.text}"=${x.value}`).join(', ') || '(none)'}`);
  return t;
}

export const valueOf = (date: string, text: string, phrase: string): string => timexOf(date, text, phrase).value;
