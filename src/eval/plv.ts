// The PLV event set (../shared/eval/events/plv-dev.tsv): each sentence run through the pipeline with
// document date 2000-01-01; typeF1 = micro P/R/F1 of the per-sentence PLOVER type sets (CONCEDE and
// RETREAT counted as YIELD), dyadR = gold pairs found with the right type, source and target.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc/doc.ts';
import type { Doc, Event } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { EvalContext, EvalResult, EvalSet } from './types.ts';

const FILE = join('events', 'plv-dev.tsv');
const COUNTED = new Set(['asserted', 'reported']);

export interface PlvPair {
  sentenceId: string;
  root: string;
  sentence: string;
  /** Character spans of the marked source and target texts in the plain sentence. */
  source: { start: number; end: number }[];
  target: { start: number; end: number }[];
}

/** Strip <s>/<t> markup, recording the spans of the marked texts in the plain sentence. */
export function parseMarked(marked: string): { text: string; source: PlvPair['source']; target: PlvPair['target'] } {
  const source: PlvPair['source'] = [];
  const target: PlvPair['target'] = [];
  let text = '';
  const re = /<(\/?)([st])>/g;
  let last = 0;
  const open: Record<string, number> = {};
  let m: RegExpExecArray | null;
  while ((m = re.exec(marked))) {
    text += marked.slice(last, m.index);
    last = m.index + m[0].length;
    if (!m[1]) open[m[2]] = text.length;
    else (m[2] === 's' ? source : target).push({ start: open[m[2]], end: text.length });
  }
  text += marked.slice(last);
  return { text, source, target };
}

export function readPlv(dataDir: string): PlvPair[] {
  const lines = readFileSync(join(dataDir, FILE), 'utf8').split('\n').slice(1).filter((l) => l.trim());
  return lines.map((line) => {
    const cols = line.split('\t');
    const parsed = parseMarked(cols[4]);
    return { sentenceId: cols[1], root: cols[2], sentence: parsed.text, source: parsed.source, target: parsed.target };
  });
}

/** PLOVER type as the PLV labels name it (CONCEDE and RETREAT merged as YIELD). */
export function plvType(t: string): string {
  return t === 'CONCEDE' || t === 'RETREAT' ? 'YIELD' : t;
}

function partyHits(doc: Doc, e: Event, side: 'source' | 'target', spans: { start: number; end: number }[]): boolean {
  const p = e[side];
  const mentions = (doc.layers.mentions ?? []).filter((m) => p.actor && m.actor === p.actor);
  const ownSpan = p.start !== undefined && p.end !== undefined ? [{ start: p.start, end: p.end }] : [];
  return [...mentions, ...ownSpan].some((m) => spans.some((s) => m.start < s.end && s.start < m.end));
}

export function scorePlv(pairs: PlvPair[], pipeline: Pipeline): EvalResult {
  const bySentence = new Map<string, PlvPair[]>();
  for (const p of pairs) bySentence.set(p.sentenceId, [...(bySentence.get(p.sentenceId) ?? []), p]);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let dyadFound = 0;
  const perType = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (t: string, k: 'tp' | 'fp' | 'fn') => {
    const r = perType.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    r[k]++;
    perType.set(t, r);
  };
  for (const group of bySentence.values()) {
    // All pairs of a sentence share the same plain text (the markup differs).
    const doc = pipeline.run(createDoc({ date: '2000-01-01', text: group[0].sentence }));
    const events = (doc.layers.events ?? []).filter((e) => COUNTED.has(e.mode));
    const got = new Set(events.map((e) => plvType(e.type)));
    const want = new Set(group.map((p) => p.root));
    for (const t of got) {
      if (want.has(t)) {
        tp++;
        bump(t, 'tp');
      } else {
        fp++;
        bump(t, 'fp');
      }
    }
    for (const t of want) {
      if (!got.has(t)) {
        fn++;
        bump(t, 'fn');
      }
    }
    for (const p of group) {
      const hit = events.some((e) => plvType(e.type) === p.root && partyHits(doc, e, 'source', p.source) && partyHits(doc, e, 'target', p.target));
      if (hit) dyadFound++;
    }
  }
  const P = tp + fp ? tp / (tp + fp) : 0;
  const R = tp + fn ? tp / (tp + fn) : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const notes = [...perType.entries()]
    .sort()
    .map(([t, r]) => `${t}: tp ${r.tp} fp ${r.fp} fn ${r.fn}`);
  return {
    set: 'plv',
    component: 'events',
    metrics: { typeP: P, typeR: R, typeF1: F, dyadR: pairs.length ? dyadFound / pairs.length : 0, sentences: bySentence.size, pairs: pairs.length },
    notes,
  };
}

export const plvSet: EvalSet = {
  name: 'plv',
  missing(ctx: EvalContext) {
    return existsSync(join(ctx.dataDir, FILE)) ? null : `${join(ctx.dataDir, FILE)} is absent`;
  },
  run(ctx: EvalContext) {
    return [scorePlv(readPlv(ctx.dataDir), ctx.pipeline)];
  },
};
