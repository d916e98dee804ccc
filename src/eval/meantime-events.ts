// MEANTIME participant pairs for the events stage (../shared/eval/meantime/corpus_*/*.xml, never copied):
// for every gold EVENT_MENTION whose HAS_PARTICIPANT links include an Arg0 and an Arg1 entity mention, is
// there an extracted event whose source and target mentions overlap those two entity mentions? Reported
// in strict role order (source~Arg0, target~Arg1) and unordered. Texts, token offsets and markables come
// from meantime-xml, laid out like the entity eval's.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc/doc.ts';
import type { Doc, Event, Span } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { parseMeantimeXml, readMeantimeFiles } from './meantime-xml.ts';
import type { EvalContext, EvalResult, EvalSet } from './types.ts';

export interface ParticipantPair {
  /** The event mention's predicate (for notes). */
  pred: string;
  arg0: Span[];
  arg1: Span[];
}

export interface MeantimeEventDoc {
  file: string;
  text: string;
  date: string;
  pairs: ParticipantPair[];
}

/** Parse one MEANTIME file into its text and the Arg0/Arg1 entity-mention pairs of its event mentions. */
export function parseMeantimeEvents(xml: string, file = ''): MeantimeEventDoc {
  const m = parseMeantimeXml(xml, 'headline');
  const entities = new Map<string, Span[]>(m.entityMentions.map((e) => [e.id, e.tokens.map((t) => ({ start: t.start, end: t.end }))]));
  const events = new Map(m.eventMentions.map((e) => [e.id, e.pred]));
  const roles = new Map<string, { arg0: string[]; arg1: string[] }>();
  for (const p of m.participants) {
    if (p.role !== 'Arg0' && p.role !== 'Arg1') continue;
    if (!events.has(p.event) || !entities.get(p.entity)?.length) continue;
    const r = roles.get(p.event) ?? { arg0: [], arg1: [] };
    (p.role === 'Arg0' ? r.arg0 : r.arg1).push(p.entity);
    roles.set(p.event, r);
  }
  const pairs: ParticipantPair[] = [];
  for (const [ev, r] of roles) {
    for (const a0 of r.arg0) for (const a1 of r.arg1) pairs.push({ pred: events.get(ev)!, arg0: entities.get(a0)!, arg1: entities.get(a1)! });
  }
  // Same text and date as the entity eval (files without a creation time are dated 2000-01-01).
  return { file, text: m.text, date: m.date || '2000-01-01', pairs };
}

export function loadMeantimeEvents(dataDir: string): MeantimeEventDoc[] {
  return readMeantimeFiles(dataDir).map((f) => parseMeantimeEvents(f.xml, join(f.dir, f.file)));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** The party's own span plus every mention of its actor in the document. */
function partySpans(doc: Doc, e: Event, side: 'source' | 'target'): Span[] {
  const p = e[side];
  const own = p.start !== undefined && p.end !== undefined ? [{ start: p.start, end: p.end }] : [];
  const ms = p.actor ? (doc.layers.mentions ?? []).filter((m) => m.actor === p.actor) : [];
  return [...own, ...ms];
}

const hits = (spans: Span[], gold: Span[]) => spans.some((s) => gold.some((g) => overlaps(s, g)));

export function scoreMeantimeEvents(docs: MeantimeEventDoc[], pipeline: Pipeline): EvalResult {
  let pairs = 0;
  let strict = 0;
  let unordered = 0;
  let extracted = 0;
  const found = new Map<string, number>();
  for (const d of docs) {
    if (!d.pairs.length) continue;
    const doc = pipeline.run(createDoc({ date: d.date, text: d.text }));
    const events = (doc.layers.events ?? []).map((e) => ({ s: partySpans(doc, e, 'source'), t: partySpans(doc, e, 'target') }));
    extracted += events.length;
    for (const p of d.pairs) {
      pairs++;
      const inOrder = events.some((e) => hits(e.s, p.arg0) && hits(e.t, p.arg1));
      const either = inOrder || events.some((e) => hits(e.s, p.arg1) && hits(e.t, p.arg0));
      if (inOrder) strict++;
      if (either) {
        unordered++;
        found.set(p.pred, (found.get(p.pred) ?? 0) + 1);
      }
    }
  }
  const top = [...found.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v}`);
  return {
    set: 'meantime-events',
    component: 'events',
    metrics: { strictR: pairs ? strict / pairs : 0, unorderedR: pairs ? unordered / pairs : 0, pairs, extracted },
    notes: [`gold pairs: event mentions with an Arg0 and an Arg1 entity mention; found most for: ${top.join(', ')}`],
  };
}

export const meantimeEventsSet: EvalSet = {
  name: 'meantime-events',
  missing(ctx: EvalContext) {
    return existsSync(join(ctx.dataDir, 'meantime')) ? null : `${join(ctx.dataDir, 'meantime')} is absent`;
  },
  run(ctx: EvalContext) {
    return [scoreMeantimeEvents(loadMeantimeEvents(ctx.dataDir), ctx.pipeline)];
  },
};
