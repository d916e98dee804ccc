// The PLV event set (../shared/eval/events/plv-dev.tsv): each sentence run through the pipeline with
// document date 2000-01-01; typeF1 = micro P/R/F1 of the per-sentence PLOVER type sets (CONCEDE and
// RETREAT counted as YIELD), dyadR = gold pairs found with the right type, source and target; both for
// the whole set and for two fixed halves of the sentence ids (A to tune on, B held out).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc/doc.ts';
import type { Doc, Event } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { halves } from './halves.ts';
import { writeErrorDump } from './error-dump.ts';
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

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  dyadFound: number;
  pairs: number;
  sentences: number;
  perType: Map<string, { tp: number; fp: number; fn: number }>;
  /** Missed pairs by cause (see missCause). */
  causes: Map<string, number>;
}

const tally = (): Tally => ({ tp: 0, fp: 0, fn: 0, dyadFound: 0, pairs: 0, sentences: 0, perType: new Map(), causes: new Map() });

type Side = 'source' | 'target';

/** How a party of the closest coded event fails the gold side: absent (no actor, no span) or elsewhere. */
function sideCause(e: Event, side: Side): string {
  const p = e[side];
  if (!p.actor && p.start === undefined) return `${side} none`;
  return p.actor ? `${side} another actor` : `${side} another phrase`;
}

/**
 * Why a gold pair was missed, for a developer's per-cause list: the gold side is unmarked; no counted
 * event of the gold type (with the same two parties under another type, or the type in an uncounted
 * mode); or, for the event of the gold type closest to the gold pair, the source and/or target missing
 * or pointing elsewhere, or the two roles inverted.
 */
export function missCause(doc: Doc, p: PlvPair, events: Event[], all: Event[]): string {
  if (!p.source.length || !p.target.length) return 'gold side unmarked';
  const typed = events.filter((e) => plvType(e.type) === p.root);
  const hits = (e: Event) => [partyHits(doc, e, 'source', p.source), partyHits(doc, e, 'target', p.target)] as const;
  if (!typed.length) {
    if (all.some((e) => plvType(e.type) === p.root)) return 'type only in an uncounted mode';
    const other = events.find((e) => hits(e).every(Boolean));
    if (other) return `type wrong, parties right (${plvType(other.type)})`;
    return events.length ? 'type missed (other types coded)' : 'type missed (no event)';
  }
  if (typed.some((e) => partyHits(doc, e, 'source', p.target) && partyHits(doc, e, 'target', p.source))) return 'roles inverted';
  const best = [...typed].sort((a, b) => hits(b).filter(Boolean).length - hits(a).filter(Boolean).length)[0];
  const [s, t] = hits(best);
  const why: string[] = [];
  if (!s) why.push(sideCause(best, 'source'));
  if (!t) why.push(sideCause(best, 'target'));
  return why.join(', ');
}

function bump(t: Tally, type: string, k: 'tp' | 'fp' | 'fn'): void {
  const r = t.perType.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  r[k]++;
  t.perType.set(type, r);
  t[k]++;
}

/** Missed-pair causes, most frequent first (then by name). */
const causesByCount = (t: Tally): [string, number][] => [...t.causes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));

function result(component: string, t: Tally, notes: string[]): EvalResult {
  const causes = causesByCount(t).map(([c, n]) => `missed pair: ${c}: ${n}`);
  const P = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const R = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const F = P + R ? (2 * P * R) / (P + R) : 0;
  const perType = [...t.perType.entries()].sort().map(([ty, r]) => `${ty}: tp ${r.tp} fp ${r.fp} fn ${r.fn}`);
  return {
    set: 'plv',
    component,
    metrics: { typeP: P, typeR: R, typeF1: F, dyadR: t.pairs ? t.dyadFound / t.pairs : 0, sentences: t.sentences, pairs: t.pairs },
    notes: [...perType, ...causes, ...notes],
  };
}

const party = (doc: Doc, p: Event['source']) => `${p.actor ?? p.country ?? '-'}${p.start !== undefined ? ` "${doc.text.slice(p.start, p.end)}"` : ''}`;
const marked = (text: string, spans: PlvPair['source']) => spans.map((s) => text.slice(s.start, s.end)).join(' | ');

/** Readable lines for one sentence's type errors and missed pairs (for `--errors FILE`, half A only). */
function errorLines(doc: Doc, group: PlvPair[], events: Event[], got: Set<string>, want: Set<string>, missed: { p: PlvPair; cause: string }[]): string[] {
  const out: string[] = [];
  const extra = [...got].filter((t) => !want.has(t));
  const lost = [...want].filter((t) => !got.has(t));
  if (!extra.length && !lost.length && !missed.length) return out;
  out.push(`${group[0].sentenceId}: ${doc.text}`);
  for (const t of lost) out.push(`  type missed ${t}`);
  for (const e of events) {
    const tag = want.has(plvType(e.type)) ? 'right' : 'false';
    out.push(`  ${tag} ${plvType(e.type)} "${e.trigger.text}" (${e.pattern ?? '?'}) ${party(doc, e.source)} -> ${party(doc, e.target)}`);
  }
  for (const { p, cause } of missed) out.push(`  pair missed ${p.root}: [${marked(p.sentence, p.source)}] -> [${marked(p.sentence, p.target)}] (${cause})`);
  return out;
}

/** Per half, how often a pattern's type was right or false in a sentence, and how often a gold type was coded only in an uncounted mode. */
type PatternCounts = Map<string, { A: [number, number]; B: [number, number] }>;

function countPatterns(counts: PatternCounts, key: string, h: 'A' | 'B', right: boolean): void {
  const r = counts.get(key) ?? { A: [0, 0], B: [0, 0] };
  r[h][right ? 0 : 1]++;
  counts.set(key, r);
}

/**
 * Counts only, both halves (no sentence printed, so half B is read without its items): per type and
 * template, the sentences where it gave a right or a false type; per gold type missed, the uncounted
 * mode and template it was coded with. Sorted by B's false (or uncounted) count, then A's.
 */
function patternLines(byPattern: PatternCounts, uncounted: PatternCounts): string[] {
  const row = ([k, r]: [string, { A: [number, number]; B: [number, number] }], what: string) =>
    `  A ${what === 'type' ? `${r.A[0]}/${r.A[1]}` : r.A[1]}  B ${what === 'type' ? `${r.B[0]}/${r.B[1]}` : r.B[1]}  ${k}`;
  const order = (m: PatternCounts) => [...m.entries()].sort((x, y) => y[1].B[1] - x[1].B[1] || y[1].A[1] - x[1].A[1] || (x[0] < y[0] ? -1 : 1));
  return [
    '',
    'type and template, sentences right/false per half (counts only):',
    ...order(byPattern).filter(([, r]) => r.A[1] + r.B[1] > 0).map((e) => row(e, 'type')),
    '',
    'gold type coded only in an uncounted mode, by type, mode and template (counts only):',
    ...order(uncounted).map((e) => row(e, 'uncounted')),
  ];
}

/** Run every sentence; results for the whole set and each half (sentence ids split by eval/halves.ts). */
export function scorePlvHalves(pairs: PlvPair[], pipeline: Pipeline): { results: EvalResult[]; lines: string[] } {
  const bySentence = new Map<string, PlvPair[]>();
  for (const p of pairs) bySentence.set(p.sentenceId, [...(bySentence.get(p.sentenceId) ?? []), p]);
  const half = halves([...bySentence.keys()]);
  const all = tally();
  const byHalf = { A: tally(), B: tally() };
  const lines: string[] = [];
  const byPattern: PatternCounts = new Map();
  const uncounted: PatternCounts = new Map();
  for (const [id, group] of bySentence) {
    // All pairs of a sentence share the same plain text (the markup differs).
    const doc = pipeline.run(createDoc({ date: '2000-01-01', text: group[0].sentence }));
    const allEvents = doc.layers.events ?? [];
    const events = allEvents.filter((e) => COUNTED.has(e.mode));
    const got = new Set(events.map((e) => plvType(e.type)));
    const want = new Set(group.map((p) => p.root));
    const h = half.get(id)!;
    const targets = [all, byHalf[h]];
    for (const t of targets) t.sentences++;
    for (const ty of got) for (const t of targets) bump(t, ty, want.has(ty) ? 'tp' : 'fp');
    for (const ty of want) if (!got.has(ty)) for (const t of targets) bump(t, ty, 'fn');
    for (const key of new Set(events.map((e) => `${plvType(e.type)} ${e.pattern ?? '?'}`))) countPatterns(byPattern, key, h, want.has(key.split(' ')[0]));
    for (const ty of want) {
      const other = got.has(ty) ? undefined : allEvents.find((e) => plvType(e.type) === ty);
      if (other) countPatterns(uncounted, `${ty} ${other.mode} ${other.pattern ?? '?'}`, h, false);
    }
    const missed: { p: PlvPair; cause: string }[] = [];
    for (const p of group) {
      const hit = events.some((e) => plvType(e.type) === p.root && partyHits(doc, e, 'source', p.source) && partyHits(doc, e, 'target', p.target));
      for (const t of targets) {
        t.pairs++;
        if (hit) t.dyadFound++;
      }
      if (hit) continue;
      const cause = missCause(doc, p, events, allEvents);
      for (const t of targets) t.causes.set(cause, (t.causes.get(cause) ?? 0) + 1);
      missed.push({ p, cause });
    }
    if (h === 'A') lines.push(...errorLines(doc, group, events, got, want, missed));
  }
  lines.push('', 'half A missed pairs by cause:', ...causesByCount(byHalf.A).map(([c, n]) => `  ${n}  ${c}`));
  lines.push(...patternLines(byPattern, uncounted));
  return { results: [result('events', all, []), result('events-A', byHalf.A, []), result('events-B', byHalf.B, [])], lines };
}

/** The whole set's figures (see scorePlvHalves for the halves). */
export function scorePlv(pairs: PlvPair[], pipeline: Pipeline): EvalResult {
  return scorePlvHalves(pairs, pipeline).results[0];
}

export const plvSet: EvalSet = {
  name: 'plv',
  missing(ctx: EvalContext) {
    return existsSync(join(ctx.dataDir, FILE)) ? null : `${join(ctx.dataDir, FILE)} is absent`;
  },
  run(ctx: EvalContext) {
    const { results, lines } = scorePlvHalves(readPlv(ctx.dataDir), ctx.pipeline);
    writeErrorDump(ctx, 'plv', lines);
    return results;
  },
};
