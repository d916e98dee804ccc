// Fuzzing the full pipeline with generated news-like texts, pathological runs (regex backtracking bait)
// and mutated sample articles: no component crash (an error message), every span in bounds with the
// text it claims, and no stage slower than the per-document budget. FUZZ_PIPELINE_RUNS sets the count.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import { createDoc } from '../../src/doc/doc.ts';
import type { Pipeline } from '../../src/pipeline/pipeline.ts';
import { DEFAULT_LIMITS, runWithLimits } from '../../src/pipeline/limits.ts';
import { docProblems, newsText, sampleSeeds } from './fuzz-inputs.ts';
import { FUZZ_SEED, watchedCase } from '../helpers/watchdog.ts';

const RUNS = Number(process.env.FUZZ_PIPELINE_RUNS ?? 300);
/** A stage taking longer than this on a fuzz document (≤ ~30k characters) counts as a hang. */
const MAX_STAGE_MS = Number(process.env.FUZZ_MAX_STAGE_MS ?? 5000);

let pipeline: Pipeline;
beforeAll(() => {
  pipeline = defaultPipeline();
  // warm up: stages load their data (wink model, gazetteer) on first use; stage times below exclude that
  pipeline.run(createDoc({ date: '2023-06-15', text: 'Kenya accused Ethiopia of shelling Moyale on 3 May 2023. “We will respond,” he said in Nairobi.' }));
}, 120_000);

export interface StageRun {
  stage: string;
  ms: number;
}

/** Runs each stage of the pipeline on the text, timing it; returns the doc and the per-stage times. */
export function runStages(p: Pipeline, text: string, date = '2023-06-15') {
  const doc = createDoc({ date, text });
  const times: StageRun[] = [];
  for (const c of p.components) {
    const t = performance.now();
    try {
      c.process(doc);
    } catch (err) {
      doc.messages.push({ severity: 'error', source: c.name, text: `component failed: ${(err as Error).stack?.split('\n').slice(0, 3).join(' | ')}` });
      for (const l of c.assigns) doc.layers[l] ??= [] as never;
    }
    times.push({ stage: c.name, ms: performance.now() - t });
  }
  return { doc, times };
}

describe(`pipeline fuzzing (${RUNS} documents)`, () => {
  it('no crash, sound spans, no slow stage', () => {
    const seeds = sampleSeeds();
    const slowest: Record<string, number> = {};
    let chars = 0;
    let cases = 0;
    fc.assert(
      fc.property(newsText(seeds.texts), watchedCase((text) => {
        const { doc, times } = runStages(pipeline, text);
        cases++;
        chars += text.length;
        for (const t of times) slowest[t.stage] = Math.max(slowest[t.stage] ?? 0, t.ms);
        const slow = times.filter((t) => t.ms > MAX_STAGE_MS);
        expect(slow, `slow stage on ${text.length} chars starting ${JSON.stringify(text.slice(0, 80))}`).toEqual([]);
        expect(docProblems(doc), `problems on ${JSON.stringify(text.slice(0, 120))}`).toEqual([]);
      })),
      { numRuns: RUNS, endOnFailure: true, seed: FUZZ_SEED },
    );
    console.log(
      `fuzz pipeline: ${cases} documents, ${chars} characters; slowest stage times (ms): ${Object.entries(slowest).map(([s, ms]) => `${s} ${ms.toFixed(0)}`).join(', ')}`,
    );
  }, 900_000);

  it('known pathological shapes stay fast (regression: quadratic backtracking in the time stage)', () => {
    const shapes: [string, string][] = [
      ['"2023-" x4000', '2023-'.repeat(4000)], // time stage: 6.8 s before the monthDigit fix, ~0.5 s after
      ['digits then a month', `${'1 '.repeat(8000)}May`],
      ['quote marks x4000', '"'.repeat(4000)],
      ['“ x300 said ” x300', `${'“'.repeat(300)}said${'”'.repeat(300)}`],
      ['on Monday and x500', `${'on Monday and '.repeat(500)}Tuesday`],
      ['capitalised words x600', Array.from({ length: 600 }, (_, i) => `Word${i}`).join(' ')],
      ['Mr x4000', 'Mr '.repeat(4000)],
    ];
    for (const [name, text] of shapes) {
      const { doc, times } = runStages(pipeline, text);
      for (const t of times) expect(t.ms, `${name}: stage ${t.stage}`).toBeLessThan(3000);
      expect(docProblems(doc), name).toEqual([]);
    }
  }, 120_000);

  it('the limits turn an oversized or slow document into a skipped document, not a hang', () => {
    const big = createDoc({ date: '2023-06-15', text: 'Kenya accused Ethiopia. '.repeat(10_000) });
    expect(runWithLimits(pipeline, big, { ...DEFAULT_LIMITS, maxChars: 100_000 })).toMatchObject({ limit: 'maxChars' });
    expect(big.layers).toEqual({}); // nothing ran
    const words = createDoc({ date: '2023-06-15', text: 'a '.repeat(60_000) });
    expect(runWithLimits(pipeline, words)).toMatchObject({ limit: 'maxTokens' });
    // a clock that advances 1 s per reading: the watchdog fires after the first stage
    let clock = 0;
    const slow = createDoc({ date: '2023-06-15', text: 'Kenya accused Ethiopia on Monday.' });
    const v = runWithLimits(pipeline, slow, { ...DEFAULT_LIMITS, maxMs: 1500 }, () => (clock += 1000));
    expect(v).toMatchObject({ limit: 'maxMs', stage: 'syntax' });
    expect(v!.reason).toMatch(/by the end of stage "syntax"/);
    const ok = createDoc({ date: '2023-06-15', text: 'Kenya accused Ethiopia on Monday.' });
    expect(runWithLimits(pipeline, ok)).toBeNull();
    expect(ok.layers.events).toBeDefined();
  });
});
