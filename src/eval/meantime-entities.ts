// MEANTIME entity mentions (../shared/eval/meantime/corpus_*/*.xml): rebuilds each article's text
// from its tokens with character offsets, runs the pipeline and scores PERSON / ORGANIZATION /
// LOCATION mention P/R/F1 (exact span and any overlap) against the named gold mentions, next to the
// compromise library's people/places/organizations computed on the same texts in the same run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { createDoc } from '../doc/doc.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { EvalContext, EvalResult, EvalSet } from './types.ts';

export type MeantimeType = 'PERSON' | 'ORGANIZATION' | 'LOCATION';
export const MEANTIME_TYPES: MeantimeType[] = ['PERSON', 'ORGANIZATION', 'LOCATION'];

export interface TypedSpan {
  start: number;
  end: number;
  type: MeantimeType;
}

export interface MeantimeDoc {
  file: string;
  text: string;
  date: string;
  gold: TypedSpan[];
  /** MEANTIME annotates only the first sentences (title, dateline, ~4 body sentences): predictions
   * starting at or after this offset are not scored. */
  scoredEnd: number;
}

const TYPE_OF: Record<string, MeantimeType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'LOCATION' };
const NO_SPACE_BEFORE = /^([.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m|”)$/i;
const NO_SPACE_AFTER = /^[([{$“]$/;

function attr(s: string, name: string): string | null {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(s);
  return m ? m[1] : null;
}

function unescape(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/**
 * Parse one MEANTIME file. Text: the title (sentence 0) and the dateline (sentence 1) as their own
 * paragraphs, then the body tokens joined by spaces except around punctuation. Gold: entity mentions
 * typed PER/ORG/LOC through their REFERS_TO entity that are named — syntactic type NAM or PRE.NAM,
 * or untyped mentions all of whose words (after a leading "the") are capitalised.
 */
export function parseMeantime(xml: string, file = ''): MeantimeDoc {
  const tokens: { id: string; sentence: number; text: string }[] = [];
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    tokens.push({ id: attr(m[1], 't_id')!, sentence: Number(attr(m[1], 'sentence')), text: unescape(m[2]) });
  }
  const offsets = new Map<string, { start: number; end: number }>();
  let text = '';
  let prev: { sentence: number; text: string } | null = null;
  for (const t of tokens) {
    if (prev) {
      if (t.sentence !== prev.sentence && t.sentence <= 2) text += '\n\n';
      else if (!NO_SPACE_BEFORE.test(t.text) && !NO_SPACE_AFTER.test(prev.text)) text += ' ';
    }
    offsets.set(t.id, { start: text.length, end: text.length + t.text.length });
    text += t.text;
    prev = t;
  }
  let date = '';
  for (const m of xml.matchAll(/<TIMEX3 ([^>]*)>/g)) {
    if (attr(m[1], 'functionInDocument') === 'CREATION_TIME') date = (attr(m[1], 'value') ?? '').slice(0, 10);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) date = '2000-01-01';

  const entType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY ([^>]*?)\/?>/g)) entType.set(attr(m[1], 'm_id')!, attr(m[1], 'ent_type') ?? '');
  const mentionType = new Map<string, MeantimeType>();
  for (const m of xml.matchAll(/<REFERS_TO[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1]);
    const type = target ? TYPE_OF[entType.get(target[1]) ?? ''] : undefined;
    if (!type) continue;
    for (const s of m[1].matchAll(/<source m_id="(\d+)"/g)) mentionType.set(s[1], type);
  }
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const markables = xml.slice(xml.indexOf('<Markables>'));
  let lastSentence = -1;
  for (const m of markables.matchAll(/token_anchor t_id="(\d+)"/g)) lastSentence = Math.max(lastSentence, byId.get(m[1])?.sentence ?? -1);
  let scoredEnd = 0;
  for (const t of tokens) if (t.sentence <= lastSentence) scoredEnd = Math.max(scoredEnd, offsets.get(t.id)!.end);
  const gold: TypedSpan[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION ([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    const type = mentionType.get(attr(m[1], 'm_id')!);
    if (!type) continue;
    const ids = [...m[2].matchAll(/t_id="(\d+)"/g)].map((x) => x[1]).filter((id) => offsets.has(id));
    if (!ids.length) continue;
    const syn = attr(m[1], 'syntactic_type') ?? '';
    const words = ids.map((id) => byId.get(id)!.text);
    const named =
      syn === 'NAM' ||
      syn === 'PRE.NAM' ||
      (syn === '' &&
        words.length <= 8 &&
        words.every((w, i) => (i === 0 && /^the$/i.test(w)) || /^[\p{Lu}\d]/u.test(w) || /^(of|&|and|-|\.|'s)$/.test(w)) &&
        words.some((w) => /^\p{Lu}/u.test(w)) &&
        !/^(I|We|They|He|She|It|You)$/.test(words[0]));
    if (!named) continue;
    const start = Math.min(...ids.map((id) => offsets.get(id)!.start));
    const end = Math.max(...ids.map((id) => offsets.get(id)!.end));
    gold.push({ start, end, type });
  }
  return { file, text, date, gold, scoredEnd };
}

export function loadMeantime(dataDir: string): MeantimeDoc[] {
  const root = join(dataDir, 'meantime');
  if (!existsSync(root)) return [];
  const out: MeantimeDoc[] = [];
  for (const dir of readdirSync(root).filter((d) => d.startsWith('corpus_')).sort()) {
    for (const f of readdirSync(join(root, dir)).filter((x) => x.endsWith('.xml')).sort()) {
      out.push(parseMeantime(readFileSync(join(root, dir, f), 'utf8'), join(dir, f)));
    }
  }
  return out;
}

/** Our entities as MEANTIME-typed spans (PERSON→PERSON, ORG→ORGANIZATION, GPE/LOC→LOCATION). */
export function pipelineSpans(pipeline: Pipeline, d: MeantimeDoc): TypedSpan[] {
  const doc = pipeline.run(createDoc({ date: d.date, text: d.text }));
  const map: Record<string, MeantimeType | undefined> = { PERSON: 'PERSON', ORG: 'ORGANIZATION', GPE: 'LOCATION', LOC: 'LOCATION' };
  return (doc.layers.entities ?? []).flatMap((e) => (map[e.label] && e.start < d.scoredEnd ? [{ start: e.start, end: e.end, type: map[e.label]! }] : []));
}

interface CompromiseTerm {
  offset: { start: number; length: number };
}

/** compromise's people / organizations / places as typed spans (term offsets, so no trailing punctuation). */
export function compromiseSpans(text: string, scoredEnd = text.length): TypedSpan[] {
  const doc = nlp(text);
  const out: TypedSpan[] = [];
  const take = (list: unknown, type: MeantimeType) => {
    for (const m of list as { terms: CompromiseTerm[] }[]) {
      if (!m.terms?.length) continue;
      const first = m.terms[0].offset;
      const last = m.terms[m.terms.length - 1].offset;
      if (first.start < scoredEnd) out.push({ start: first.start, end: last.start + last.length, type });
    }
  };
  take(doc.people().out('offset'), 'PERSON');
  take(doc.organizations().out('offset'), 'ORGANIZATION');
  take(doc.places().out('offset'), 'LOCATION');
  return out;
}

export interface Counts {
  tp: number;
  predicted: number;
  goldMatched: number;
  gold: number;
}

const overlaps = (a: TypedSpan, b: TypedSpan) => a.start < b.end && b.start < a.end;
const exact = (a: TypedSpan, b: TypedSpan) => a.start === b.start && a.end === b.end;

/** Count matches of one type (or all types when `type` is null) for exact or overlap matching. */
export function countMatches(pred: TypedSpan[], gold: TypedSpan[], type: MeantimeType | null, mode: 'exact' | 'overlap'): Counts {
  const same = (p: TypedSpan, g: TypedSpan) => p.type === g.type && (mode === 'exact' ? exact(p, g) : overlaps(p, g));
  const P = type ? pred.filter((p) => p.type === type) : pred;
  const G = type ? gold.filter((g) => g.type === type) : gold;
  return {
    tp: P.filter((p) => G.some((g) => same(p, g))).length,
    predicted: P.length,
    goldMatched: G.filter((g) => P.some((p) => same(p, g))).length,
    gold: G.length,
  };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, predicted: a.predicted + b.predicted, goldMatched: a.goldMatched + b.goldMatched, gold: a.gold + b.gold };
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.goldMatched / c.gold : 0;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const round = (x: number) => Math.round(x * 1000) / 10;
  return { p: round(p), r: round(r), f1: round(f1) };
}

/** Metrics "<TYPE>.<mode>.<p|r|f1>" (percent) for TYPE in PERSON, ORGANIZATION, LOCATION, ALL. */
export function scoreSpans(docs: { pred: TypedSpan[]; gold: TypedSpan[] }[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const type of [...MEANTIME_TYPES, null]) {
    for (const mode of ['exact', 'overlap'] as const) {
      let c: Counts = { tp: 0, predicted: 0, goldMatched: 0, gold: 0 };
      for (const d of docs) c = add(c, countMatches(d.pred, d.gold, type, mode));
      const s = prf(c);
      const k = `${type ?? 'ALL'}.${mode}`;
      metrics[`${k}.p`] = s.p;
      metrics[`${k}.r`] = s.r;
      metrics[`${k}.f1`] = s.f1;
    }
  }
  return metrics;
}

export const meantimeEntitiesSet: EvalSet = {
  name: 'meantime',
  missing(ctx: EvalContext) {
    return existsSync(join(ctx.dataDir, 'meantime')) ? null : `${join(ctx.dataDir, 'meantime')} is absent`;
  },
  run(ctx: EvalContext): EvalResult[] {
    const docs = loadMeantime(ctx.dataDir);
    const ours = docs.map((d) => ({ pred: pipelineSpans(ctx.pipeline, d), gold: d.gold }));
    const base = docs.map((d) => ({ pred: compromiseSpans(d.text, d.scoredEnd), gold: d.gold }));
    const metrics = scoreSpans(ours);
    const baseline = scoreSpans(base);
    const notes = MEANTIME_TYPES.map(
      (t) => `${t}: F1 exact ${metrics[`${t}.exact.f1`]} vs compromise ${baseline[`${t}.exact.f1`]}; overlap ${metrics[`${t}.overlap.f1`]} vs ${baseline[`${t}.overlap.f1`]}`,
    );
    notes.unshift(`${docs.length} documents, ${docs.reduce((n, d) => n + d.gold.length, 0)} named gold mentions`);
    return [{ set: 'meantime', component: 'entities', metrics, baseline: { name: 'compromise', metrics: baseline }, notes }];
  },
};
