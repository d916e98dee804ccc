// MEANTIME entity mentions (../shared/eval/meantime/corpus_*/*.xml, parsed by meantime-xml): runs the
// pipeline on each article and scores PERSON / ORGANIZATION / LOCATION mention P/R/F1 (exact span and
// any overlap) against the named gold mentions, next to the compromise library's people/places/
// organizations computed on the same texts in the same run.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import nlp from 'compromise';
import { createDoc } from '../doc/doc.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { halves } from './halves.ts';
import { parseMeantimeXml, readMeantimeFiles } from './meantime-xml.ts';
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

/** Is an entity mention named: syntactic type NAM or PRE.NAM, or untyped with every word (after a leading
 * "the") capitalised? */
function isNamed(syntacticType: string, words: string[]): boolean {
  if (syntacticType === 'NAM' || syntacticType === 'PRE.NAM') return true;
  return (
    syntacticType === '' &&
    words.length <= 8 &&
    words.every((w, i) => (i === 0 && /^the$/i.test(w)) || /^[\p{Lu}\d]/u.test(w) || /^(of|&|and|-|\.|'s)$/.test(w)) &&
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    !/^(I|We|They|He|She|It|You)$/.test(words[0])
  );
}

/**
 * Parse one MEANTIME file (meantime-xml, 'headline' layout: the title and the dateline as their own
 * paragraphs, then the body). Gold: the named entity mentions typed PER/ORG/LOC through the entity they
 * REFER_TO. Files that mark no creation time are dated 2000-01-01.
 */
export function parseMeantime(xml: string, file = ''): MeantimeDoc {
  const m = parseMeantimeXml(xml, 'headline');
  let scoredEnd = 0;
  for (const t of m.tokens) if (t.sentence <= m.lastAnnotatedSentence) scoredEnd = Math.max(scoredEnd, t.end);
  const gold: TypedSpan[] = [];
  for (const e of m.entityMentions) {
    const type = e.refersTo.flatMap((t) => TYPE_OF[t] ?? []).at(-1);
    if (!type || !e.tokens.length || !isNamed(e.syntacticType, e.tokens.map((t) => t.text))) continue;
    gold.push({ start: Math.min(...e.tokens.map((t) => t.start)), end: Math.max(...e.tokens.map((t) => t.end)), type });
  }
  return { file, text: m.text, date: m.date || '2000-01-01', gold, scoredEnd };
}

export function loadMeantime(dataDir: string): MeantimeDoc[] {
  return readMeantimeFiles(dataDir).map((f) => parseMeantime(f.xml, join(f.dir, f.file)));
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

/** Count matches of one type (or all types when `type` is null) for exact or overlap matching; `typed`
 * false matches spans whatever their types (only with `type` null). */
export function countMatches(pred: TypedSpan[], gold: TypedSpan[], type: MeantimeType | null, mode: 'exact' | 'overlap', typed = true): Counts {
  const same = (p: TypedSpan, g: TypedSpan) => (!typed || p.type === g.type) && (mode === 'exact' ? exact(p, g) : overlaps(p, g));
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

/**
 * Metrics "<TYPE>.<mode>.<p|r|f1>" (percent) for TYPE in PERSON, ORGANIZATION, LOCATION, ALL (typed:
 * a match needs the same type) and ANY (a named mention found whatever its type; overlap only).
 */
export function scoreSpans(docs: { pred: TypedSpan[]; gold: TypedSpan[] }[]): Record<string, number> {
  const metrics: Record<string, number> = {};
  const put = (k: string, c: Counts) => {
    const s = prf(c);
    metrics[`${k}.p`] = s.p;
    metrics[`${k}.r`] = s.r;
    metrics[`${k}.f1`] = s.f1;
  };
  const sum = (f: (d: { pred: TypedSpan[]; gold: TypedSpan[] }) => Counts) => docs.reduce((c, d) => add(c, f(d)), { tp: 0, predicted: 0, goldMatched: 0, gold: 0 });
  for (const type of [...MEANTIME_TYPES, null]) {
    for (const mode of ['exact', 'overlap'] as const) put(`${type ?? 'ALL'}.${mode}`, sum((d) => countMatches(d.pred, d.gold, type, mode)));
  }
  put('ANY.overlap', sum((d) => countMatches(d.pred, d.gold, null, 'overlap', false)));
  return metrics;
}

/** The headline figures (untyped and typed overlap P/R/F1) of each fixed half of the documents, as
 * "<half>.ANY.overlap.f1", "<half>.ALL.overlap.f1" … (halves by a hash of the document id). */
export function halfMetrics(docs: { id: string; pred: TypedSpan[]; gold: TypedSpan[] }[]): Record<string, number> {
  const out: Record<string, number> = {};
  const of = halves(docs.map((d) => d.id));
  for (const half of ['A', 'B'] as const) {
    const m = scoreSpans(docs.filter((d) => of.get(d.id) === half));
    for (const k of ['ANY.overlap', 'ALL.overlap']) for (const x of ['p', 'r', 'f1']) out[`${half}.${k}.${x}`] = m[`${k}.${x}`];
  }
  return out;
}

/** A document's id for the halves: its file name without folders and extension. */
export const docId = (file: string): string => file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

export const meantimeEntitiesSet: EvalSet = {
  name: 'meantime',
  missing(ctx: EvalContext) {
    return existsSync(join(ctx.dataDir, 'meantime')) ? null : `${join(ctx.dataDir, 'meantime')} is absent`;
  },
  run(ctx: EvalContext): EvalResult[] {
    const docs = loadMeantime(ctx.dataDir);
    const ours = docs.map((d) => ({ id: docId(d.file), pred: pipelineSpans(ctx.pipeline, d), gold: d.gold }));
    const base = docs.map((d) => ({ id: docId(d.file), pred: compromiseSpans(d.text, d.scoredEnd), gold: d.gold }));
    const metrics = { ...scoreSpans(ours), ...halfMetrics(ours) };
    const baseline = { ...scoreSpans(base), ...halfMetrics(base) };
    const notes = MEANTIME_TYPES.map(
      (t) => `${t}: F1 exact ${metrics[`${t}.exact.f1`]} vs compromise ${baseline[`${t}.exact.f1`]}; overlap ${metrics[`${t}.overlap.f1`]} vs ${baseline[`${t}.overlap.f1`]}`,
    );
    const of = halves(docs.map((d) => docId(d.file)));
    const inA = docs.filter((d) => of.get(docId(d.file)) === 'A').length;
    notes.unshift(`${docs.length} documents (half A ${inA}, half B ${docs.length - inA}), ${docs.reduce((n, d) => n + d.gold.length, 0)} named gold mentions; ANY = found whatever the type, ALL = typed`);
    return [{ set: 'meantime', component: 'entities', metrics, baseline: { name: 'compromise', metrics: baseline }, notes }];
  },
};
