// Coreference of pronouns (and definite epithets) against GUM's entity layer (issue 15). GUM's
// bracketed mentions carry an entity id (gum-entities.ts reads them and rebuilds each document's text);
// the pipeline's actor mentions with via 'pronoun' (and, apart, 'definite') are scored against them:
//
// - a *gold pronoun* is a GUM mention whose whole text is a third-person pronoun (THIRD_PERSON: he him
//   his himself she her hers herself they them their themselves it its), or one with a clitic its
//   rebuilt text keeps ("he's": the multiword token's span), with its entity; a reflexive with no mention
//   of its own ("Ana Lopes herself") has the entity of the shortest mention ending with it;
// - a *linked* pronoun is a pipeline mention via 'pronoun' whose text is one of those words; its
//   *antecedent* is the nearest pipeline mention of the same actor that starts before it (what the
//   chain of that actor reads back to);
// - a linked pronoun is *right* when it is a gold pronoun (same characters) and its antecedent's span
//   overlaps a gold mention of the gold pronoun's entity; a linked "it" that GUM marks as no mention
//   (pleonastic, an event) is wrong;
// - a gold pronoun is *reachable* when a gold mention of its entity ending before it has its syntactic
//   head under a pipeline mention that is not itself a pronoun or definite (a name, alias, title,
//   demonym…: the pipeline made an actor for the entity before the pronoun); recall = reachable gold
//   pronouns linked right / reachable gold pronouns. Precision = right / linked.
// - a linked definite ('definite': "the businessman", "the company", "the country") has as its entity
//   that of the gold mention of the same span, else of the shortest one holding it; right as for a
//   pronoun (no recall: GUM's definites that the pipeline could read are not told apart).
//
// Reported for GUM open dev with its fixed halves (gum-entities' `halves`; tune on A only), and GUM open
// train (all of it open for tuning) as a second result. `eventline eval --errors` lists every wrong link
// and every reachable miss of dev half A and of train.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Mention, MentionVia } from '../doc/types.ts';
import { createDoc } from '../doc/doc.ts';
import type { Pipeline } from '../pipeline/pipeline.ts';
import { writeErrorDump } from './error-dump.ts';
import { GUM_DEV_FILE, GUM_TRAIN_FILE, loadGum, type GumDoc, type GumMention } from './gum-entities.ts';
import { halves } from './halves.ts';
import type { EvalResult, EvalSet } from './types.ts';

export const THIRD_PERSON = new Set(['he', 'him', 'his', 'himself', 'she', 'her', 'hers', 'herself', 'they', 'them', 'their', 'themselves', 'it', 'its']);

/** Mentions that are no antecedent of their own: what reachability does not count. */
const LINKED_VIA: ReadonlySet<MentionVia> = new Set(['pronoun', 'definite']);

export interface CorefCounts {
  linked: number;
  right: number;
  /** Gold pronouns (definites: 0). */
  gold: number;
  reachable: number;
  /** Reachable gold pronouns that are linked right. */
  found: number;
}

/** One scored link or miss, for the error dump. */
export interface CorefCase {
  kind: 'pronoun' | 'definite';
  /** right, wrong (linked to another entity), spurious (no gold mention there), miss (reachable, not linked right). */
  verdict: 'right' | 'wrong' | 'spurious' | 'miss';
  start: number;
  text: string;
  /** The antecedent the pipeline's chain reads back to, if linked. */
  antecedent?: string;
  actor?: string;
  /** The first gold mention of the pronoun's entity (what it should read back to). */
  goldFirst?: string;
}

/** A gold mention's text that is one third-person pronoun, with a clitic of its multiword token ("he’s") or not. */
export function pronounText(text: string): boolean {
  const m = /^([a-z]+)(?:['’][a-z]{1,2})?$/.exec(text.toLowerCase());
  return !!m && THIRD_PERSON.has(m[1]);
}

/** The gold mention a linked pronoun stands for: the gold pronoun at its start, or for a reflexive the shortest mention ending with it. */
export function goldOfPronoun(m: Pick<Mention, 'start' | 'end' | 'text'>, goldPronouns: readonly GumMention[], gold: readonly GumMention[]): GumMention | null {
  const own = goldPronouns.find((g) => g.start === m.start);
  if (own || !/sel(?:f|ves)$/i.test(m.text)) return own ?? null;
  return gold.filter((g) => g.end === m.end && g.start < m.start).sort((x, y) => x.end - x.start - (y.end - y.start))[0] ?? null;
}

const zero = (): CorefCounts => ({ linked: 0, right: 0, gold: 0, reachable: 0, found: 0 });
const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;

/** The nearest mention of m's actor that starts before m (its antecedent along the chain), or null. */
function antecedentOf(m: Mention, mentions: readonly Mention[]): Mention | null {
  let best: Mention | null = null;
  for (const x of mentions) if (x.actor === m.actor && x.start < m.start && (!best || x.start > best.start)) best = x;
  return best;
}

/** The gold mention a definite stands for: the one of its span, else the shortest holding it. */
function goldOfDefinite(m: Mention, gold: readonly GumMention[]): GumMention | null {
  const same = gold.find((g) => g.start === m.start && g.end === m.end);
  if (same) return same;
  const holding = gold.filter((g) => g.start <= m.start && m.end <= g.end).sort((x, y) => x.end - x.start - (y.end - y.start));
  return holding[0] ?? null;
}

/**
 * Score one document's pipeline mentions against its GUM mentions (see the header for the measure):
 * counts for pronouns and for definites, and every case (right, wrong, spurious link, reachable miss).
 */
export function scoreCoref(doc: GumDoc, mentions: readonly Mention[]): { pronoun: CorefCounts; definite: CorefCounts; cases: CorefCase[] } {
  const pronoun = zero();
  const definite = zero();
  const cases: CorefCase[] = [];
  const firstOf = (entity: string) => doc.mentions.filter((g) => g.entity === entity).sort((x, y) => x.start - y.start)[0]?.text;
  const goldPronouns = doc.mentions.filter((g) => pronounText(g.text));
  const rightAt = new Set<number>();
  const judge = (m: Mention, g: GumMention | null, kind: 'pronoun' | 'definite') => {
    const counts = kind === 'pronoun' ? pronoun : definite;
    counts.linked++;
    const ante = antecedentOf(m, mentions);
    const right = !!g && !!ante && doc.mentions.some((x) => x.entity === g.entity && overlaps(x, ante));
    if (right) {
      counts.right++;
      if (g) rightAt.add(g.start);
    }
    const verdict = right ? 'right' : g ? 'wrong' : 'spurious';
    cases.push({ kind, verdict, start: m.start, text: m.text, antecedent: ante?.text, actor: m.actor, goldFirst: g ? firstOf(g.entity) : undefined });
  };
  for (const m of mentions) {
    if (m.via === 'pronoun' && THIRD_PERSON.has(m.text.toLowerCase())) {
      judge(m, goldOfPronoun(m, goldPronouns, doc.mentions), 'pronoun');
    } else if (m.via === 'definite') judge(m, goldOfDefinite(m, doc.mentions), 'definite');
  }
  const named = mentions.filter((m) => !LINKED_VIA.has(m.via));
  for (const g of goldPronouns) {
    pronoun.gold++;
    const reachable = doc.mentions.some((x) => x.entity === g.entity && x.end <= g.start && named.some((m) => m.start <= x.headStart && x.headEnd <= m.end));
    if (!reachable) continue;
    pronoun.reachable++;
    if (rightAt.has(g.start)) pronoun.found++;
    else cases.push({ kind: 'pronoun', verdict: 'miss', start: g.start, text: g.text, goldFirst: firstOf(g.entity) });
  }
  return { pronoun, definite, cases };
}

const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 0);

/** Summed counts as metrics under `prefix` ("", "A.", "B."): linked, right, precision, and for pronouns gold, reachable, recall. */
export function corefMetrics(rows: readonly { pronoun: CorefCounts; definite: CorefCounts }[], prefix = ''): Record<string, number> {
  const sum = (k: 'pronoun' | 'definite') => rows.reduce((s, r) => ({ linked: s.linked + r[k].linked, right: s.right + r[k].right, gold: s.gold + r[k].gold, reachable: s.reachable + r[k].reachable, found: s.found + r[k].found }), zero());
  const p = sum('pronoun');
  const d = sum('definite');
  return {
    [`${prefix}pronoun.linked`]: p.linked,
    [`${prefix}pronoun.right`]: p.right,
    [`${prefix}pronoun.precision`]: pct(p.right, p.linked),
    [`${prefix}pronoun.gold`]: p.gold,
    [`${prefix}pronoun.reachable`]: p.reachable,
    [`${prefix}pronoun.recall`]: pct(p.found, p.reachable),
    [`${prefix}definite.linked`]: d.linked,
    [`${prefix}definite.right`]: d.right,
    [`${prefix}definite.precision`]: pct(d.right, d.linked),
  };
}

/** Run the pipeline over GUM documents and score each. */
function scoreDocs(pipeline: Pipeline, docs: readonly GumDoc[]) {
  return docs.map((d) => {
    const out = pipeline.run(createDoc({ date: d.date || '2000-01-01', text: d.text }));
    return { doc: d, ...scoreCoref(d, out.layers.mentions ?? []) };
  });
}

/** Error-dump lines of scored documents: every case but the right ones, tab-separated. */
function errorLines(label: string, rows: ReturnType<typeof scoreDocs>): string[] {
  return rows.flatMap((r) =>
    r.cases
      .filter((c) => c.verdict !== 'right')
      .map((c) => {
        const around = r.doc.text.slice(Math.max(0, c.start - 120), c.start + 40).replace(/\s+/g, ' ');
        return [label, r.doc.id, c.kind, c.verdict, c.text, c.antecedent ?? '', c.actor ?? '', c.goldFirst ?? '', around].join('\t');
      }),
  );
}

export const gumCorefSet: EvalSet = {
  name: 'coref',
  missing: (ctx) => (existsSync(join(ctx.dataDir, GUM_DEV_FILE)) ? null : `${join(ctx.dataDir, GUM_DEV_FILE)} not found`),
  run(ctx) {
    const dev = scoreDocs(ctx.pipeline, loadGum(ctx.dataDir));
    const of = halves(dev.map((r) => r.doc.id));
    const half = (h: 'A' | 'B') => dev.filter((r) => of.get(r.doc.id) === h);
    const metrics = { ...corefMetrics(dev), ...corefMetrics(half('A'), 'A.'), ...corefMetrics(half('B'), 'B.') };
    const results: EvalResult[] = [
      {
        set: 'coref',
        component: 'gum-dev',
        metrics,
        notes: [
          `${dev.length} GUM open dev documents (halves as the gum set's); pronoun right = its antecedent overlaps a gold mention of its entity; recall over gold pronouns whose entity the pipeline named before (src/eval/gum-coref.ts)`,
          `pronouns: ${metrics['pronoun.right']}/${metrics['pronoun.linked']} right (${metrics['pronoun.precision']}%), recall ${metrics['pronoun.recall']}% of ${metrics['pronoun.reachable']} reachable (${metrics['pronoun.gold']} gold); definites ${metrics['definite.right']}/${metrics['definite.linked']}`,
        ],
      },
    ];
    const lines = errorLines('dev-A', half('A'));
    if (existsSync(join(ctx.dataDir, GUM_TRAIN_FILE))) {
      const train = scoreDocs(ctx.pipeline, loadGum(ctx.dataDir, GUM_TRAIN_FILE));
      results.push({ set: 'coref', component: 'gum-train', metrics: corefMetrics(train), notes: [`${train.length} GUM open train documents: a tuning report (all of it open for tuning)`] });
      lines.push(...errorLines('train', train));
    }
    writeErrorDump(ctx, 'coref', lines);
    return results;
  },
};
