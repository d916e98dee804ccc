// MEANTIME participant pairs for the events stage (../shared/eval/meantime/corpus_*/*.xml, never copied):
// for every gold EVENT_MENTION whose HAS_PARTICIPANT links include an Arg0 and an Arg1 entity mention, is
// there an extracted event whose source and target mentions overlap those two entity mentions? Reported
// in strict role order (source~Arg0, target~Arg1) and unordered. Texts come from meantime-entities'
// parseMeantime; token offsets are recovered by aligning the token strings with that text.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc/doc.ts';
import type { Doc, Event, Span } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { parseMeantime } from './meantime-entities.ts';
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

const attr = (s: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(s)?.[1] ?? null;
const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** Character spans of every token id, found by aligning the tokens, in order, with the rebuilt text. */
export function tokenOffsets(xml: string, text: string): Map<string, Span> {
  const out = new Map<string, Span>();
  let cursor = 0;
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const t = decode(m[2]);
    const at = text.indexOf(t, cursor);
    if (at < 0) continue;
    out.set(attr(m[1], 't_id')!, { start: at, end: at + t.length });
    cursor = at + t.length;
  }
  return out;
}

/** Parse one MEANTIME file into its text and the Arg0/Arg1 entity-mention pairs of its event mentions. */
export function parseMeantimeEvents(xml: string, file = ''): MeantimeEventDoc {
  const base = parseMeantime(xml, file);
  const offsets = tokenOffsets(xml, base.text);
  const spansOf = (body: string) => [...body.matchAll(/t_id="([^"]+)"/g)].map((x) => offsets.get(x[1])).filter((s): s is Span => !!s);
  const entities = new Map<string, Span[]>();
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) entities.set(attr(m[1], 'm_id')!, spansOf(m[2]));
  const events = new Map<string, string>();
  for (const m of xml.matchAll(/<EVENT_MENTION ([^>]*)>/g)) events.set(attr(m[1], 'm_id')!, attr(m[1], 'pred') ?? '');
  const roles = new Map<string, { arg0: string[]; arg1: string[] }>();
  for (const m of xml.matchAll(/<HAS_PARTICIPANT ([^>]*)>([\s\S]*?)<\/HAS_PARTICIPANT>/g)) {
    const role = attr(m[1], 'sem_role');
    if (role !== 'Arg0' && role !== 'Arg1') continue;
    const src = /<source m_id="([^"]+)"/.exec(m[2])?.[1];
    const tgt = /<target m_id="([^"]+)"/.exec(m[2])?.[1];
    if (!src || !tgt || !events.has(src) || !entities.get(tgt)?.length) continue;
    const r = roles.get(src) ?? { arg0: [], arg1: [] };
    (role === 'Arg0' ? r.arg0 : r.arg1).push(tgt);
    roles.set(src, r);
  }
  const pairs: ParticipantPair[] = [];
  for (const [ev, r] of roles) {
    for (const a0 of r.arg0) for (const a1 of r.arg1) pairs.push({ pred: events.get(ev)!, arg0: entities.get(a0)!, arg1: entities.get(a1)! });
  }
  return { file, text: base.text, date: base.date, pairs };
}

export function loadMeantimeEvents(dataDir: string): MeantimeEventDoc[] {
  const root = join(dataDir, 'meantime');
  if (!existsSync(root)) return [];
  const out: MeantimeEventDoc[] = [];
  for (const dir of readdirSync(root).filter((d) => d.startsWith('corpus_')).sort()) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.xml')).sort()) {
      out.push(parseMeantimeEvents(readFileSync(join(root, dir, f), 'utf8'), join(dir, f)));
    }
  }
  return out;
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
