// `eventline enqueue PATH|URL... --db postgres://…`: plans coarse ingest jobs (a file, a WARC archive, a
// URL, or a few hundred JSON Lines) and puts them on the pg-boss queue for `eventline worker`s to run.
import type { Command } from 'commander';
import { formatProblem } from '../../ingest/problem.ts';
import { enqueue } from '../../queue/enqueue.ts';
import { JSONL_LINES_PER_JOB } from '../../queue/jobs.ts';
import { type Cli, EXIT_SKIPPED, EXIT_USAGE, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption } from '../options.ts';
import { checkDate } from './ingest.ts';

export function registerEnqueue(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('enqueue')
      .description(summary('enqueue'))
      .argument('<inputs...>', 'files, folders or http(s) URLs'),
  )
    .option('--date <date>', 'date (YYYY-MM-DD) for inputs without one')
    .option('--lines <n>', 'JSON Lines records per job', String(JSONL_LINES_PER_JOB))
    .option('--sanitize', 'store records holding NUL, control characters or lone surrogates with each replaced by U+FFFD (default: the worker skips and reports them)')
    .action(async (inputs: string[], opts: { db: string; date?: string; lines: string; sanitize?: boolean }) => {
      checkDate(opts.date);
      const lines = Number(opts.lines);
      if (!Number.isInteger(lines) || lines < 1) throw new UserError(`--lines "${opts.lines}" must be a positive whole number`, EXIT_USAGE);
      let res;
      try {
        res = await enqueue(opts.db, inputs, { date: opts.date, linesPerJob: lines, sanitize: opts.sanitize });
      } catch (err) {
        throw new UserError(`${(err as Error).message}; check --db`);
      }
      for (const p of res.problems) cli.err(`${formatProblem(p)}\n`);
      if (!res.jobs.length && !res.problems.length) throw new UserError(`nothing to enqueue in ${inputs.join(' ')}`);
      cli.err(`enqueued ${res.jobs.length} job${res.jobs.length === 1 ? '' : 's'}; run "eventline worker --db …" on any number of machines\n`);
      if (res.problems.length) cli.exit(EXIT_SKIPPED);
    });
}
