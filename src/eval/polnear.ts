// PolNeAR (dev split, ../shared/eval/quotes/polnear-dev): attribution relations in US political news.
// Scores the quotes stage: content recall/precision/F1 and speaker accuracy, overall, on direct quotes and
// on indirect (unquoted) contents, for the whole split and for two fixed halves of it (A for tuning, B
// held back), the documents split by a hash of their file name.
import { halfOf } from './halves.ts';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDoc, overlapLength } from '../doc/doc.ts';
import { actorsById } from '../stages/actors/lookup.ts';
import type { Actor, Doc, Quote, Span } from '../doc/types.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import type { EvalResult, EvalSet } from './types.ts';

export const POLNEAR_DIR = join('quotes', 'polnear-dev');

export interface GoldAttribution {
  content: Span[];
  contentText: string;
  source: Span[] | null;
  sourceText: string | null;
  /** The gold Cue's text ("said", "according to"), null when the relation has none. */
  cueText?: string | null;
  /** Gold Content contains a quotation mark: a direct or partial quote. */
  direct: boolean;
}

export interface PolnearArticle {
  name: string;
  date: string;
  text: string;
  attributions: GoldAttribution[];
}

const QUOTE_MARK = /["\u201C\u201D\u00AB\u00BB\u201E]/;

function spans(s: string): Span[] {
  return s.split(';').map((p) => {
    const [a, b] = p.trim().split(/\s+/).map(Number);
    return { start: a, end: b };
  });
}

/** Parse one brat .ann file: text-bound annotations (T) and attribution relations (E). */
export function parseAnn(ann: string): GoldAttribution[] {
  const tbs = new Map<string, { type: string; spans: Span[]; text: string }>();
  const rels: Map<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    if (/^T\d+$/.test(cols[0]) && cols.length >= 3) {
      const m = /^(\S+)\s+(.*)$/.exec(cols[1]);
      if (m) tbs.set(cols[0], { type: m[1], spans: spans(m[2]), text: cols[2] });
    } else if (/^E\d+$/.test(cols[0]) && cols[1]) {
      const roles = new Map<string, string>();
      for (const part of cols[1].trim().split(/\s+/)) {
        const [role, id] = part.split(':');
        if (role && id) roles.set(role.replace(/\d+$/, ''), id);
      }
      rels.push(roles);
    }
  }
  const out: GoldAttribution[] = [];
  for (const r of rels) {
    const content = tbs.get(r.get('Content') ?? '');
    if (!content) continue;
    const source = tbs.get(r.get('Source') ?? '');
    const cue = tbs.get(r.get('Cue') ?? '');
    out.push({
      content: content.spans,
      contentText: content.text,
      source: source?.spans ?? null,
      sourceText: source?.text ?? null,
      cueText: cue?.text ?? null,
      direct: QUOTE_MARK.test(content.text),
    });
  }
  return out;
}

export function loadPolnear(dataDir: string): PolnearArticle[] {
  const dir = join(dataDir, POLNEAR_DIR);
  if (!existsSync(join(dir, 'text'))) return [];
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, '');
      const annFile = join(dir, 'attributions', `${name}.ann`);
      const date = /_(\d{4}-\d{2}-\d{2})_/.exec(f)?.[1] ?? '2016-01-01';
      return {
        name,
        date,
        text: readFileSync(join(dir, 'text', f), 'utf8'),
        attributions: existsSync(annFile) ? parseAnn(readFileSync(annFile, 'utf8')) : [],
      };
    });
}

function overlapAll(spansA: Span[], b: Span): number {
  return spansA.reduce((n, s) => n + overlapLength(s, b), 0);
}

const PRONOUN = /^(he|she|they|it|we|i|you|him|her|them)$/i;

/** Normalised surname: the last word of a name, lower-cased, without a possessive. */
export function surname(name: string): string {
  const words = name
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  return (words[words.length - 1] ?? '').toLowerCase();
}

/**
 * The surnames a gold source names: of the whole phrase, and of its name before a parenthesis or an
 * apposition ("Sen. David Perdue (R-Ga.)" → perdue; "Rep. Adam Schiff, the top Democrat on the
 * committee," → schiff, not "ga" or "committee").
 */
export function goldSurnames(source: string): string[] {
  const name = source.split(/\s*[(,]/)[0];
  return [...new Set([surname(source), surname(name)])].filter(Boolean);
}

/** Speaker correct: our speaker span overlaps the gold Source, or our (resolved) name has its surname. */
export function speakerCorrect(q: Quote, g: GoldAttribution, actors: Map<string, Actor>): boolean {
  if (!q.speaker || !g.source || !g.sourceText) return false;
  const sp = q.speaker;
  if (sp.start !== undefined && sp.end !== undefined && overlapAll(g.source, { start: sp.start, end: sp.end }) > 0) return true;
  if (PRONOUN.test(g.sourceText.trim())) return false;
  const gold = goldSurnames(g.sourceText);
  const ours = [sp.actor ? actors.get(sp.actor)?.name : undefined, PRONOUN.test(sp.text) ? undefined : sp.text]
    .filter((x): x is string => !!x)
    .map(surname);
  return ours.some((o) => !!o && gold.includes(o));
}

interface Tally {
  gold: number;
  found: number;
  withSource: number;
  speakerOk: number;
  pred: number;
  predOk: number;
}

const tally = (): Tally => ({ gold: 0, found: 0, withSource: 0, speakerOk: 0, pred: 0, predOk: 0 });

function metrics(t: Tally, prefix: string): Record<string, number> {
  const r = t.found / Math.max(1, t.gold);
  const p = t.predOk / Math.max(1, t.pred);
  return {
    [`${prefix}recall`]: r,
    [`${prefix}precision`]: p,
    [`${prefix}f1`]: r + p ? (2 * r * p) / (r + p) : 0,
    [`${prefix}speaker_accuracy`]: t.speakerOk / Math.max(1, t.withSource),
    [`${prefix}gold`]: t.gold,
  };
}

/** The fixed half of the split a document belongs to: FNV-1a of its file name, even → A, odd → B. */
export function polnearHalf(name: string): 'A' | 'B' {
  return halfOf(name);
}

/**
 * The predicted quote scored against one gold attribution: found when some quote covers at least half
 * of the gold content; among those, one with a correct speaker is preferred, else the quote overlapping
 * the content most.
 */
export function matchGold(g: GoldAttribution, quotes: Quote[], actors: Map<string, Actor>): { found: boolean; chosen: Quote | null } {
  const len = g.content.reduce((n, s) => n + s.end - s.start, 0);
  let best: Quote | null = null;
  let bestOv = 0;
  for (const q of quotes) {
    const ov = overlapAll(g.content, q);
    if (ov > bestOv) {
      bestOv = ov;
      best = q;
    }
  }
  const covering = quotes.filter((q) => overlapAll(g.content, q) >= len / 2);
  const found = covering.length > 0;
  return { found, chosen: covering.find((q) => speakerCorrect(q, g, actors)) ?? (found ? best : null) };
}

/** Score predicted quotes (scare quotes excluded) of already-processed docs against the gold. */
export function scorePolnear(items: { article: PolnearArticle; doc: Doc }[], component = 'quotes'): EvalResult {
  const all = tally();
  const direct = tally();
  const indirect = tally();
  const notes: string[] = [];
  for (const { article, doc } of items) {
    const quotes = (doc.layers.quotes ?? []).filter((q) => !q.scare);
    const actors = actorsById(doc);
    for (const g of article.attributions) {
      const { found, chosen } = matchGold(g, quotes, actors);
      for (const t of g.direct ? [all, direct] : [all, indirect]) {
        t.gold++;
        if (!found) continue;
        t.found++;
        if (g.source) {
          t.withSource++;
          if (chosen && speakerCorrect(chosen, g, actors)) t.speakerOk++;
          else if (g.direct && t === direct && notes.length < 15) {
            notes.push(`${article.name.slice(0, 24)}: speaker ${chosen?.speaker?.text ?? 'none'} ≠ ${g.sourceText} for "${g.contentText.slice(0, 40)}"`);
          }
        }
      }
    }
    for (const q of quotes) {
      const ok = article.attributions.some((g) => overlapAll(g.content, q) > 0);
      all.pred++;
      if (ok) all.predOk++;
      const side = q.kind !== 'indirect' ? direct : indirect;
      side.pred++;
      if (ok) side.predOk++;
    }
  }
  return {
    set: 'polnear',
    component,
    metrics: { ...metrics(all, 'content_'), ...metrics(direct, 'direct_'), ...metrics(indirect, 'indirect_') },
    notes,
  };
}

/** The whole split (component "quotes") and its two halves ("quotes-half-a", "quotes-half-b"). */
export function runPolnear(dataDir: string, pipeline: Pipeline): EvalResult[] {
  const items = loadPolnear(dataDir).map((article) => ({
    article,
    doc: pipeline.run(createDoc({ date: article.date, text: article.text })),
  }));
  const a = scorePolnear(items.filter((x) => polnearHalf(x.article.name) === 'A'), 'quotes-half-a');
  // the error notes come from half A only: half B is held back from those who tune the rules
  return [
    { ...scorePolnear(items), notes: (a.notes ?? []).map((n) => `(half A) ${n}`) },
    { ...a, notes: [] },
    { ...scorePolnear(items.filter((x) => polnearHalf(x.article.name) === 'B'), 'quotes-half-b'), notes: [] },
  ];
}

export const polnearSet: EvalSet = {
  name: 'polnear',
  missing: (ctx) => (existsSync(join(ctx.dataDir, POLNEAR_DIR, 'text')) ? null : `${join(ctx.dataDir, POLNEAR_DIR)} not found`),
  run: (ctx) => runPolnear(ctx.dataDir, ctx.pipeline),
};
