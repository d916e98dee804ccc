// The team-written event sentence set (test/fixtures/events/sentences.yaml, our own sentences): every
// sentence run through the pipeline; an extracted record "TYPE SOURCE>TARGET mode" (party = its country or
// organisation code, "-" when it names no registry actor; CONCEDE/RETREAT as YIELD) matches an expected one
// exactly; precision over all extracted records, recall over the expected ones, both micro-averaged.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parse } from 'yaml';
import { createDoc } from '../doc/doc.ts';
import type { Event } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { PROJECT_ROOT } from './data-dir.ts';
import type { EvalResult, EvalSet } from './types.ts';

export const EVENT_SENTENCES_FILE = join(PROJECT_ROOT, 'test', 'fixtures', 'events', 'sentences.yaml');

const RECORD = /^(AGREE|CONSULT|SUPPORT|COOPERATE|AID|YIELD|REQUEST|ACCUSE|REJECT|THREATEN|PROTEST|SANCTION|MOBILIZE|COERCE|ASSAULT) (\S+)>(\S+) (asserted|reported|negated|hypothetical|future)$/;

const SentenceSchema = z
  .object({
    text: z.string().min(1),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
    expect: z.array(z.string().regex(RECORD, 'a record is "TYPE SOURCE>TARGET mode"')),
    tags: z.array(z.string()).default([]),
  })
  .strict();

export type EventSentence = z.infer<typeof SentenceSchema>;

export function readEventSentences(file = EVENT_SENTENCES_FILE): EventSentence[] {
  const raw = parse(readFileSync(file, 'utf8')) as unknown[];
  return raw.map((r, i) => {
    const p = SentenceSchema.safeParse(r);
    if (!p.success) throw new Error(`${file}: sentence ${i + 1}: ${p.error.issues.map((x) => x.message).join('; ')}`);
    return p.data;
  });
}

/** The comparable form of an extracted event. */
export function eventRecord(e: Event): string {
  const type = e.type === 'CONCEDE' || e.type === 'RETREAT' ? 'YIELD' : e.type;
  return `${type} ${e.source.country ?? '-'}>${e.target.country ?? '-'} ${e.mode}`;
}

export interface SentenceScore {
  tp: number;
  predicted: number;
  expected: number;
  /** Per tag: expected records found / expected. */
  byTag: Map<string, { found: number; expected: number }>;
  misses: string[];
  extras: string[];
}

export function scoreEventSentences(items: EventSentence[], pipeline: Pipeline): SentenceScore {
  const out: SentenceScore = { tp: 0, predicted: 0, expected: 0, byTag: new Map(), misses: [], extras: [] };
  for (const s of items) {
    const doc = pipeline.run(createDoc({ date: s.date ?? '2023-06-15', text: s.text }));
    const got = [...new Set((doc.layers.events ?? []).map(eventRecord))];
    const want = [...new Set(s.expect)];
    const hit = want.filter((w) => got.includes(w));
    out.tp += hit.length;
    out.predicted += got.length;
    out.expected += want.length;
    for (const t of s.tags) {
      const r = out.byTag.get(t) ?? { found: 0, expected: 0 };
      r.found += hit.length;
      r.expected += want.length;
      out.byTag.set(t, r);
    }
    for (const w of want) if (!got.includes(w)) out.misses.push(`${w} | ${s.text}`);
    for (const g of got) if (!want.includes(g)) out.extras.push(`${g} | ${s.text}`);
  }
  return out;
}

export function eventSentencesResult(sc: SentenceScore, sentences: number): EvalResult {
  const precision = sc.predicted ? sc.tp / sc.predicted : 0;
  const recall = sc.expected ? sc.tp / sc.expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const notes = [...sc.byTag.entries()].sort().map(([t, r]) => `${t}: ${r.found}/${r.expected}`);
  notes.push(...sc.misses.slice(0, 15).map((m) => `missed ${m}`), ...sc.extras.slice(0, 15).map((m) => `extra ${m}`));
  return { set: 'event-sentences', component: 'events', metrics: { precision, recall, f1, sentences, expected: sc.expected, extracted: sc.predicted }, notes };
}

export const eventSentencesSet: EvalSet = {
  name: 'event-sentences',
  // Our own sentences, kept in the project: always present.
  missing: () => null,
  run(ctx) {
    const items = readEventSentences();
    return [eventSentencesResult(scoreEventSentences(items, ctx.pipeline), items.length)];
  },
};
