// `eventline eval`: runs every gold set present under --data and prints the metrics; non-zero exit
// when a figure falls under its floor in eval-floors.json.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { defaultDataDir } from '../eval/data-dir.ts';
import { runEval, formatReport, EVAL_SETS } from '../eval/run.ts';
import { defaultPipeline } from '../pipeline/default.ts';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../knowledge/knowledge.ts';

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score every stage against the gold sets in ../shared/eval (and the seed article)')
    .option('--data <dir>', 'eval data folder', defaultDataDir())
    .option('--set <names...>', `only these sets (${EVAL_SETS.map((s) => s.name).join(', ')})`)
    .option('--knowledge <dirs...>', 'extra knowledge folders that extend the bundled one')
    .option('--json', 'print the report as JSON')
    .option('--errors <file>', 'write the full error dump of the sets that have one, each under "# <set>" (events-news: every false hit and miss of half A; plv: type errors and missed pairs; te3-platinum and meantime: every wrong value, miss, extent and false hit, tab-separated with its sentence)')
    .action(async (opts: { data: string; set?: string[]; knowledge?: string[]; json?: boolean; errors?: string }) => {
      const dataDir = resolve(opts.data);
      const knowledge = new Knowledge([BUNDLED_KNOWLEDGE_DIR, ...(opts.knowledge ?? []).map((d) => resolve(d))]);
      const report = await runEval({ dataDir, pipeline: defaultPipeline(knowledge), errorsFile: opts.errors ? resolve(opts.errors) : undefined }, opts.set);
      process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
      if (report.failures.length) process.exitCode = 1;
    });
}
