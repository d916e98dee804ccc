// `eventline worker --db postgres://…`: runs queued ingest jobs until stopped (Ctrl-C finishes the
// current job) or, with --drain, until the queue is empty. Start one per machine (or more).
import type { Command } from 'commander';
import { safeFetcher } from '../../ingest/fetch-inputs.ts';
import { runWorker } from '../../queue/worker.ts';
import { type Cli, EXIT_USAGE, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption } from '../options.ts';
import { buildPipeline, collect } from '../pipeline-setup.ts';

interface WorkerCliOptions {
  db: string;
  drain?: boolean;
  workers: string;
  knowledge?: string[];
  poll: string;
  allowPrivate?: boolean;
  quiet?: boolean;
}

export function registerWorker(program: Command, cli: Cli): void {
  addDbOption(program.command('worker').description(summary('worker')))
    .option('--drain', 'exit when the queue is empty')
    .option('--workers <n>', 'worker threads for the pipeline (0 = in this thread)', '0')
    .option('--knowledge <dir>', 'extra knowledge folder (repeatable)', collect, [])
    .option('--poll <seconds>', 'seconds between polls of an empty queue', '2')
    .option('--allow-private', 'allow fetching URLs on private and loopback addresses')
    .option('--quiet', 'no line per job')
    .action(async (opts: WorkerCliOptions) => {
      const workers = Number(opts.workers);
      if (!Number.isInteger(workers) || workers < 0) throw new UserError(`--workers "${opts.workers}" must be a whole number`, EXIT_USAGE);
      const poll = Number(opts.poll);
      if (!(poll > 0)) throw new UserError(`--poll "${opts.poll}" must be a positive number`, EXIT_USAGE);
      if (opts.knowledge?.length) await buildPipeline(opts.knowledge); // checks the folders up front
      const abort = new AbortController();
      const onSignal = () => abort.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        const t = await runWorker({
          db: opts.db, workers, knowledge: opts.knowledge, untilDrained: opts.drain, pollSeconds: poll, signal: abort.signal,
          fetcher: safeFetcher({ allowPrivate: Boolean(opts.allowPrivate) }),
          log: opts.quiet ? undefined : (line) => cli.err(`${line}\n`),
        });
        cli.err(`worker: ${t.jobs} jobs done, ${t.failed} failed attempts, ${t.saved} documents saved, ${t.existing} already stored, ${t.problems} inputs skipped in ${t.seconds} s\n`);
      } catch (err) {
        if (err instanceof UserError) throw err;
        throw new UserError(`${(err as Error).message}; check --db`);
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
