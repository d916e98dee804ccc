// Runs every gold set that is present, prints metrics per set and component (with baselines), and
// checks them against the floors kept in eval-floors.json (the regression guard).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalResult, EvalSet, EvalContext } from './types.ts';
import { PROJECT_ROOT } from './data-dir.ts';
import { startErrorDump } from './error-dump.ts';
import { seedSet } from './seed/index.ts';
import { te3Set } from './te3.ts';
import { meantimeTimeSet } from './meantime-time.ts';
import { meantimeEntitiesSet } from './meantime-entities.ts';
import { trNewsSet } from './tr-news.ts';
import { polnearSet } from './polnear.ts';
import { plvSet } from './plv.ts';
import { eventSentencesSet } from './event-sentences.ts';
import { meantimeEventsSet } from './meantime-events.ts';
import { udSet } from './ud.ts';
import { eventsNewsSet } from './events-news.ts';
import { gumEntitiesSet } from './gum-entities.ts';
import { gumCorefSet } from './gum-coref.ts';

export const EVAL_SETS: EvalSet[] = [seedSet, te3Set, meantimeTimeSet, meantimeEntitiesSet, gumEntitiesSet, gumCorefSet, trNewsSet, polnearSet, plvSet, eventSentencesSet, meantimeEventsSet, eventsNewsSet, udSet];

export const FLOORS_FILE = join(PROJECT_ROOT, 'eval-floors.json');

export interface EvalReport {
  dataDir: string;
  results: EvalResult[];
  skipped: { set: string; reason: string }[];
  seconds: Record<string, number>;
  /** Floors not met: "set/component/metric: value < floor". */
  failures: string[];
}

/** "set/component/metric" → a floor (the figure must be at least this), or `{ max }` for a ceiling. */
export type Floors = Record<string, number | { max: number }>;

export function loadFloors(file = FLOORS_FILE): Floors {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Floors) : {};
}

export async function runEval(ctx: EvalContext, only?: string[], floors: Floors = loadFloors()): Promise<EvalReport> {
  const report: EvalReport = { dataDir: ctx.dataDir, results: [], skipped: [], seconds: {}, failures: [] };
  startErrorDump(ctx);
  for (const set of EVAL_SETS) {
    if (only?.length && !only.includes(set.name)) continue;
    const why = existsSync(ctx.dataDir) ? set.missing(ctx) : `${ctx.dataDir} not found`;
    if (why) {
      report.skipped.push({ set: set.name, reason: why });
      continue;
    }
    const t0 = performance.now();
    report.results.push(...(await set.run(ctx)));
    report.seconds[set.name] = (performance.now() - t0) / 1000;
  }
  report.failures = checkFloors(report.results, floors);
  return report;
}

/** Each key is "set/component/metric"; a metric absent from the results is not checked. */
export function checkFloors(results: EvalResult[], floors: Floors): string[] {
  const failures: string[] = [];
  for (const r of results) {
    for (const [metric, value] of Object.entries(r.metrics)) {
      const key = `${r.set}/${r.component}/${metric}`;
      const bound = floors[key];
      if (bound === undefined) continue;
      if (typeof bound === 'number') {
        if (!(value >= bound)) failures.push(`${key}: ${fmt(value)} < floor ${fmt(bound)}`);
      } else if (!(value <= bound.max)) failures.push(`${key}: ${fmt(value)} > ceiling ${fmt(bound.max)}`);
    }
  }
  return failures;
}

function fmt(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

/** A readable report: one block per set and component, baseline side by side. */
export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  for (const s of report.skipped) lines.push(`skipped ${s.set}: ${s.reason}`);
  let current = '';
  for (const r of report.results) {
    if (r.set !== current) {
      current = r.set;
      const secs = report.seconds[r.set];
      lines.push('', `== ${r.set}${secs !== undefined ? `  (${secs.toFixed(1)} s)` : ''}`);
    }
    const base = r.baseline;
    lines.push(`  ${r.component}${base ? `   [baseline: ${base.name}]` : ''}`);
    const width = Math.max(...Object.keys(r.metrics).map((k) => k.length));
    for (const [k, v] of Object.entries(r.metrics)) {
      const b = base?.metrics[k];
      lines.push(`    ${k.padEnd(width)}  ${fmt(v).padStart(8)}${b !== undefined ? `   ${fmt(b).padStart(8)}` : ''}`);
    }
    for (const n of r.notes ?? []) lines.push(`    · ${n}`);
  }
  lines.push('');
  lines.push(report.failures.length ? `FLOORS NOT MET (${report.failures.length}):` : 'all floors met');
  for (const f of report.failures) lines.push(`  ${f}`);
  return lines.join('\n');
}
