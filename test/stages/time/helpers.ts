// Test helper: a tokens+time pipeline over invented sentences, returning the timexes; parsedValueOf runs
// the syntax stage too, so the time stage reads the dependency tree (governor.ts).
import { assemble } from '../../../src/pipeline/pipeline.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { timeComponent } from '../../../src/stages/time/index.ts';
import { syntaxComponent } from '../../../src/stages/syntax/index.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, Timex } from '../../../src/doc/types.ts';

const k = bundledKnowledge();
export const timePipeline = assemble([tokensComponent(k), timeComponent(k)]);
export const parsedTimePipeline = assemble([tokensComponent(k), syntaxComponent(k), timeComponent(k)]);

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

/** The value of the timex `phrase` with the sentence parsed first (the tree decides the governor). */
export function parsedValueOf(date: string, text: string, phrase: string): string {
  const all = parsedTimePipeline.run(createDoc({ date, text })).layers.timexes ?? [];
  const t = all.find((x) => x.text === phrase);
  if (!t) throw new Error(`no timex "${phrase}" in: ${all.map((x) => `"${x.text}"=${x.value}`).join(', ') || '(none)'}`);
  return t.value;
}
