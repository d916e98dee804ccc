// `eventline check [--db]`: integrity checks over the store (engine check, orphans, all-or-none layers,
// JSON against columns, full-text index, summary tables); prints one line per check and fails (exit 1) on any
// problem. `--repair` first rebuilds the summary tables (derived from the events, so nothing is lost).
// A progress bar (rows read) shows on a terminal once the check has run for a second.
import type { Command } from 'commander';
import { checkStore, rebuildSummaryTables } from '../../store/check.ts';
import { type Cli, EXIT_FAILED } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption, openForRead } from '../options.ts';
import { Progress } from '../progress.ts';
import { escapeControl } from '../../ingest/problem.ts';

export function registerCheck(program: Command, cli: Cli): void {
  addDbOption(program.command('check').description(summary('check')))
    .option('--full', 'SQLite: run the full integrity_check instead of quick_check')
    .option('--json', 'print the report as JSON')
    .option('--repair', 'rebuild the summary tables the aggregates read from the stored events, then check')
    .action(async (opts: { db: string; full?: boolean; json?: boolean; repair?: boolean }) => {
      const store = await openForRead(opts.db);
      try {
        if (opts.repair) {
          await rebuildSummaryTables(store);
          if (!opts.json) cli.err('rebuilt the summary tables from the stored events\n');
        }
        let bar: Progress | null = null;
        let last = 0;
        const onProgress = (done: number, total: number) => {
          bar ??= new Progress(total, !opts.json && cli.stderrTty, process.stderr, 'check [{bar}] {percentage}% | {value}/{total} rows {eta}');
          bar.tick(done - last);
          last = done;
        };
        let report;
        try {
          report = await checkStore(store, { full: opts.full, onProgress });
        } finally {
          (bar as Progress | null)?.stop();
        }
        if (opts.json) cli.out(`${JSON.stringify(report)}\n`);
        else {
          for (const c of report.checks) cli.out(`${c.ok ? 'ok  ' : 'FAIL'}  ${c.name.padEnd(18)} ${c.detail}\n`);
          for (const p of report.problems) cli.err(`problem: ${escapeControl(p)}\n`); // ids are stored data
          cli.out(report.ok ? `database ${opts.db} is consistent (${report.documents} documents)\n` : `database ${opts.db} has ${report.problems.length} problem(s)\n`);
        }
        if (!report.ok) cli.exit(EXIT_FAILED);
      } finally {
        await store.close();
      }
    });
}
