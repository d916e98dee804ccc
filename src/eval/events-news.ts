// The events-news set (../shared/eval/events-news/dev/*.json): whole real articles annotated by hand to
// its GUIDELINE.md, scored as its "How it is scored" section says. A coded event (asserted/reported)
// matches a gold record when its trigger lies in one of the record's sentences, its type is the record's
// (or an alt type; CONCEDE/RETREAT as YIELD) and both parties match: the same country, or where the gold
// country is null the same named actor (strict: the same sector too where the gold gives one).
// Precision leaves out coded events that only match optional records; recall counts the required
// records (not optional, asserted or reported). The files are split in two fixed halves by a hash of
// the file name: A is the half one may read while tuning, B is only scored (its errors are counted,
// never listed).
import { halfOf } from './halves.ts';
import { writeErrorDump } from './error-dump.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc } from '../doc/doc.ts';
import type { Doc, Event, EventParty } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { EvalResult, EvalSet } from './types.ts';

export const EVENTS_NEWS_DIR = join('events-news', 'dev');
const COUNTED = new Set(['asserted', 'reported']);

export interface GoldParty {
  text: string;
  country: string | null;
  sector: string | null;
  name: string | null;
}

export interface GoldRecord {
  sentence: string;
  also?: string[];
  trigger: string;
  type: string;
  alt_types?: string[];
  source: GoldParty | null;
  target: GoldParty | null;
  mode: string;
  optional?: boolean;
}

export interface NewsArticle {
  file: string;
  id: string;
  date: string;
  title?: string;
  text: string;
  events: GoldRecord[];
}

/** Which fixed half a file belongs to: FNV-1a of the file name, even → A, odd → B (eval/halves.ts). */
export { halfOf };

export function readEventsNews(dataDir: string): NewsArticle[] {
  const dir = join(dataDir, EVENTS_NEWS_DIR);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<NewsArticle, 'file'>) }));
}

const yieldType = (t: string): string => (t === 'CONCEDE' || t === 'RETREAT' ? 'YIELD' : t);

/** Every span where one of the record's sentences occurs in the text. */
export function recordSpans(text: string, g: GoldRecord): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const s of [g.sentence, ...(g.also ?? [])]) {
    if (!s) continue;
    for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push({ start: at, end: at + s.length });
  }
  return out;
}

const norm = (s: string): string => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Whether a coded party is the gold party: country, or the named actor when the gold country is null. */
export function partyMatches(gold: GoldParty | null, got: EventParty, actorName: (id: string) => string | null, strict: boolean): boolean {
  if (!gold) return !got.actor && !got.country;
  if (gold.country) {
    if (got.country !== gold.country) return false;
  } else if (gold.name) {
    const want = norm(gold.name);
    const names = [got.actor ? actorName(got.actor) : null, got.text ?? null].filter((n): n is string => !!n).map(norm);
    if (!names.some((n) => n && (n === want || ` ${want} `.includes(` ${n} `) || ` ${n} `.includes(` ${want} `)))) return false;
  } else if (got.country) return false;
  if (strict && gold.sector && got.sector !== gold.sector) return false;
  return true;
}

export interface Judged {
  /** Coded (asserted/reported) events, each with what it matched. */
  coded: { e: Event; match: boolean; strict: boolean; optionalOnly: boolean; cause: string }[];
  /** Required gold records, each with whether it was found. */
  required: { g: GoldRecord; found: boolean; strict: boolean; typeInSentence: boolean; cause: string }[];
}

const inSpans = (at: number, spans: { start: number; end: number }[]) => spans.some((s) => at >= s.start && at < s.end);

/** Match one article's coded events against its gold records; each miss and false hit gets a cause. */
export function judgeArticle(doc: Doc, gold: GoldRecord[]): Judged {
  const all = doc.layers.events ?? [];
  const names = new Map((doc.layers.actors ?? []).map((a) => [a.id, a.name]));
  const actorName = (id: string) => names.get(id) ?? null;
  const spans = gold.map((g) => recordSpans(doc.text, g));
  const types = (g: GoldRecord) => [g.type, ...(g.alt_types ?? [])].map(yieldType);
  const typeAndSentence = (e: Event, i: number) => inSpans(e.trigger.start, spans[i]) && types(gold[i]).includes(yieldType(e.type));
  const matches = (e: Event, i: number, strict: boolean) =>
    typeAndSentence(e, i) && partyMatches(gold[i].source, e.source, actorName, strict) && partyMatches(gold[i].target, e.target, actorName, strict);
  const isRequired = (g: GoldRecord) => !g.optional && COUNTED.has(g.mode);

  const out: Judged = { coded: [], required: [] };
  for (const e of all.filter((x) => COUNTED.has(x.mode))) {
    const hits = gold.map((_, i) => i).filter((i) => matches(e, i, false));
    const match = hits.some((i) => !gold[i].optional);
    const optionalOnly = !match && hits.length > 0;
    const strict = gold.some((g, i) => !g.optional && matches(e, i, true));
    let cause = '';
    if (!match && !optionalOnly) {
      const here = gold.map((_, i) => i).filter((i) => inSpans(e.trigger.start, spans[i]));
      const typed = here.filter((i) => typeAndSentence(e, i));
      if (!here.length) cause = 'no gold record in this sentence';
      else if (!typed.length) cause = `wrong type (gold here: ${[...new Set(here.map((i) => gold[i].type))].join('/')})`;
      else cause = partyCause(e, typed.map((i) => gold[i]), actorName);
    } else if (match && !strict) cause = 'sector differs';
    out.coded.push({ e, match, strict, optionalOnly, cause });
  }
  gold.forEach((g, i) => {
    if (!isRequired(g)) return;
    const found = all.some((e) => COUNTED.has(e.mode) && matches(e, i, false));
    const strict = all.some((e) => COUNTED.has(e.mode) && matches(e, i, true));
    const typeInSentence = all.some((e) => COUNTED.has(e.mode) && typeAndSentence(e, i));
    let cause = '';
    if (!found) {
      const here = all.filter((e) => inSpans(e.trigger.start, spans[i]));
      const typed = here.filter((e) => types(g).includes(yieldType(e.type)));
      if (!spans[i].length) cause = 'gold sentence not found in text';
      else if (!here.length) cause = 'no event coded in the sentence';
      else if (!typed.length) cause = `wrong type (coded here: ${[...new Set(here.map((e) => e.type))].join('/')})`;
      else if (!typed.some((e) => COUNTED.has(e.mode))) cause = `mode ${typed[0].mode}`;
      else cause = partyCause(typed[0], [g], actorName);
    } else if (!strict) cause = 'sector differs';
    out.required.push({ g, found, strict, typeInSentence, cause });
  });
  return out;
}

function partyCause(e: Event, gold: GoldRecord[], actorName: (id: string) => string | null): string {
  const src = gold.some((g) => partyMatches(g.source, e.source, actorName, false));
  const tgt = gold.some((g) => partyMatches(g.target, e.target, actorName, false));
  const swapped = gold.some((g) => partyMatches(g.source, e.target, actorName, false) && partyMatches(g.target, e.source, actorName, false));
  if (swapped && !(src && tgt)) return 'source and target swapped';
  if (!src && !tgt) return 'both parties wrong';
  if (!src) return e.source.country || e.source.actor ? 'source wrong' : 'source missing';
  return e.target.country || e.target.actor ? 'target wrong' : 'target missing';
}

export interface NewsScore {
  precision: number;
  recall: number;
  f1: number;
  strictF1: number;
  typeInSentence: number;
  coded: number;
  required: number;
  matched: number;
  articles: number;
  /** Cause → count, over false hits and misses. */
  causes: Map<string, number>;
}

export function summarise(judged: Judged[]): NewsScore {
  let coded = 0;
  let tp = 0;
  let strictTp = 0;
  let required = 0;
  let found = 0;
  let strictFound = 0;
  let typed = 0;
  const causes = new Map<string, number>();
  const bump = (k: string) => causes.set(k, (causes.get(k) ?? 0) + 1);
  for (const j of judged) {
    for (const c of j.coded) {
      if (c.optionalOnly) continue;
      coded++;
      if (c.match) tp++;
      if (c.strict) strictTp++;
      if (!c.match) bump(`false: ${c.cause.replace(/ \(.*\)$/, '')}`);
    }
    for (const r of j.required) {
      required++;
      if (r.found) found++;
      if (r.strict) strictFound++;
      if (r.typeInSentence) typed++;
      if (!r.found) bump(`missed: ${r.cause.replace(/ \(.*\)$/, '')}`);
    }
  }
  const f = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);
  const precision = coded ? tp / coded : 0;
  const recall = required ? found / required : 0;
  const strictP = coded ? strictTp / coded : 0;
  const strictR = required ? strictFound / required : 0;
  return {
    precision,
    recall,
    f1: f(precision, recall),
    strictF1: f(strictP, strictR),
    typeInSentence: required ? typed / required : 0,
    coded,
    required,
    matched: tp,
    articles: judged.length,
    causes,
  };
}

const party = (p: EventParty | GoldParty | null): string => {
  if (!p) return '-';
  const who = 'actor' in p ? (p.actor ?? p.text ?? '') : (p.name ?? p.text);
  return `${p.country ?? '?'}/${p.sector ?? '-'} "${who}"`;
};
const clip = (raw: string, n = Number(process.env.EVENTLINE_CLIP ?? 90)) => {
  const s = raw.replace(/\s+/g, ' ');
  return s.length > n ? `${s.slice(0, n)}…` : s;
};

/** Readable lines, one per false hit and miss of the given articles (half A only, by the caller). */
export function errorLines(doc: Doc, j: Judged): string[] {
  const out: string[] = [];
  for (const c of j.coded) {
    if (c.optionalOnly || (c.match && c.strict)) continue;
    const s = doc.text.slice(c.e.sentence.start, c.e.sentence.end);
    out.push(`false [${c.cause}] ${c.e.type} ${party(c.e.source)} > ${party(c.e.target)} "${c.e.trigger.text}" | ${clip(s)}`);
  }
  for (const r of j.required) {
    if (r.found && r.strict) continue;
    out.push(`${r.found ? 'found' : 'missed'} [${r.cause}] ${r.g.type} ${party(r.g.source)} > ${party(r.g.target)} "${r.g.trigger}" | ${clip(r.g.sentence)}`);
  }
  return out;
}

function result(component: string, sc: NewsScore, notes: string[]): EvalResult {
  const causes = [...sc.causes.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n} × ${k}`);
  return {
    set: 'events-news',
    component,
    metrics: {
      precision: sc.precision,
      recall: sc.recall,
      f1: sc.f1,
      strictF1: sc.strictF1,
      typeInSentence: sc.typeInSentence,
      coded: sc.coded,
      matched: sc.matched,
      required: sc.required,
      articles: sc.articles,
    },
    notes: [...causes, ...notes],
  };
}

/** Run and judge every article; results for the whole set and each half (error lines for half A only). */
export function scoreEventsNews(articles: NewsArticle[], pipeline: Pipeline, maxLines = 40): { results: EvalResult[]; lines: string[] } {
  const judged: { half: 'A' | 'B'; j: Judged }[] = [];
  const lines: string[] = [];
  for (const a of articles) {
    const doc = pipeline.run(createDoc({ id: a.id, date: a.date, text: a.text, title: a.title }));
    const j = judgeArticle(doc, a.events);
    const half = halfOf(a.file);
    judged.push({ half, j });
    if (half === 'A') lines.push(...errorLines(doc, j).map((l) => `${a.id}: ${l}`));
  }
  const pick = (h?: 'A' | 'B') => summarise(judged.filter((x) => !h || x.half === h).map((x) => x.j));
  return {
    results: [result('events', pick(), []), result('events-A', pick('A'), lines.slice(0, maxLines)), result('events-B', pick('B'), [])],
    lines,
  };
}

export const eventsNewsSet: EvalSet = {
  name: 'events-news',
  missing(ctx) {
    const dir = join(ctx.dataDir, EVENTS_NEWS_DIR);
    return existsSync(dir) ? null : `${dir} is absent`;
  },
  run(ctx) {
    const { results, lines } = scoreEventsNews(readEventsNews(ctx.dataDir), ctx.pipeline);
    writeErrorDump(ctx, 'events-news', lines);
    return results;
  },
};
