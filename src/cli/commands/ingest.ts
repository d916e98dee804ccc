// `eventline ingest PATH...`: read articles (dated text, plain text with --date, JSON Lines), run the
// pipeline on the ones not yet stored — in a pool of worker threads (--workers, default one per core but one) —
// and save them from this thread in batches of 50 documents, one transaction per batch.
import type { Command } from 'commander';
import { createDoc } from '../../doc/doc.ts';
import type { Doc, RawDoc } from '../../doc/types.ts';
import { isIsoDate } from '../../ingest/date-line.ts';
import { readInputsAsync } from '../../ingest/readers.ts';
import { walkInputs, TEXT_EXTENSIONS, JSONL_EXTENSIONS, HTML_EXTENSIONS, FEED_EXTENSIONS, WARC_EXTENSIONS } from '../../ingest/walk.ts';
import { type Cli, EXIT_SKIPPED, EXIT_USAGE, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption, openForWrite } from '../options.ts';
import { buildPipeline, collect } from '../pipeline-setup.ts';
import { createAnnotator, defaultWorkers, type Annotator } from '../../workers/pool.ts';
import { OrderedBatches } from '../../workers/ordered-batches.ts';
import { ProblemReporter } from '../problems.ts';
import { Progress } from '../progress.ts';
import { limitedPipeline, limitsFromEnv, partitionLimited } from '../../pipeline/limits.ts';
import { formatSummary } from '../summary.ts';
import { sortBatch } from '../../ingest/fresh-docs.ts';
import { saveIsolated, saveProblem } from '../../store/save-isolated.ts';
import { SANITIZE_FIX, hostileProblem } from '../../ingest/hostile-text.ts';

export const BATCH_SIZE = 50;
/** Below this much input (bytes) and without an explicit --workers, annotating in this thread is faster than starting workers. */
export const SMALL_INPUT_BYTES = 512 * 1024;

interface IngestOptions {
  db: string;
  date?: string;
  quiet?: boolean;
  summary?: boolean;
  knowledge?: string[];
  replace?: boolean;
  batch: string;
  workers?: string;
  sanitize?: boolean;
}

/** The worker count from --workers (default: one per core but the writer's, or in this thread for small inputs). */
export function workerCount(option: string | undefined, inputBytes: number): number {
  if (option === undefined) return inputBytes < SMALL_INPUT_BYTES ? 0 : defaultWorkers();
  const n = Number(option);
  if (!Number.isInteger(n) || n < 0) throw new UserError(`--workers "${option}" must be a whole number (0 = no worker threads)`, EXIT_USAGE);
  return n;
}

export function checkDate(date: string | undefined): void {
  if (date !== undefined && !isIsoDate(date)) {
    throw new UserError(`--date "${date}" is not a date; write it as YYYY-MM-DD`, EXIT_USAGE);
  }
}

export function registerIngest(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('ingest')
      .description(summary('ingest'))
      .argument('<paths...>', 'files or folders to read'),
  )
    .option('--date <date>', 'date (YYYY-MM-DD) for plain text files without a date line')
    .option('--quiet', 'no progress bar and no closing status line')
    .option('--summary', 'print what the database holds at the end')
    .option('--knowledge <dir>', 'extra knowledge folder extending the bundled one (repeatable)', collect, [])
    .option('--replace', 're-annotate documents already stored instead of skipping them')
    .option('--batch <n>', 'documents per transaction', String(BATCH_SIZE))
    .option('--workers <n>', 'worker threads running the pipeline (default: one per core but one, which writes the database; 0 = in this thread)')
    .option('--sanitize', 'store records holding NUL, control characters or lone surrogates with each replaced by U+FFFD (default: skip and report them)')
    .action(async (paths: string[], opts: IngestOptions) => {
      checkDate(opts.date);
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UserError(`--batch "${opts.batch}" must be a positive whole number`, EXIT_USAGE);
      const started = Date.now();
      const limits = limitsFromEnv(); // per-document size and time limits (src/pipeline/limits.ts)
      const walk = walkInputs(paths);
      const progress = new Progress(walk.files.reduce((n, f) => n + f.size, 0), !opts.quiet && cli.stderrTty);
      const problems = new ProblemReporter((line) => progress.log(line));
      for (const p of walk.problems) problems.report(p);
      if (!walk.files.length && !walk.problems.length) {
        const exts = [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS, ...HTML_EXTENSIONS, ...FEED_EXTENSIONS, ...WARC_EXTENSIONS].join(', ');
        throw new UserError(`no input files in ${paths.join(' ')} (looking for ${exts}); pass files or folders that hold articles`);
      }
      const workers = workerCount(opts.workers, walk.files.reduce((n, f) => n + f.size, 0));
      // checks the folders up front (and is the in-thread pipeline when there are no workers)
      const local = opts.knowledge?.length ? Promise.resolve(await buildPipeline(opts.knowledge)) : null;
      const store = await openForWrite(opts.db);
      // started on the first new document: re-ingesting stored ones stays fast
      let annotator: Annotator | null = null;
      let saved = 0;
      let existing = 0;
      type Done = { docs: Doc[]; count: number; bytes: number; read: number };
      const flow = new OrderedBatches<Done>(workers >= 1 ? workers * 2 : 1, async (done) => {
        const res = await saveIsolated(store, done.docs, { replace: opts.replace }); // a record the store refuses is a problem, not the batch's end
        for (const f of res.failed) problems.report(saveProblem(f));
        saved += res.saved.length;
        existing += done.count - res.saved.length - res.failed.length;
        progress.tick(done.bytes, done.read);
        await new Promise((r) => setImmediate(r)); // let the progress bar redraw
      });
      try {
        let batch: { raw: RawDoc; bytes: number }[] = [];
        const flush = async () => {
          if (!batch.length) return;
          const docs = batch.map((b) => createDoc(b.raw));
          const bytes = batch.reduce((n, b) => n + b.bytes, 0);
          batch = [];
          const sorted = await sortBatch(docs, (d) => d, store, { limits, replace: opts.replace });
          const fresh = sorted.fresh;
          const over = sorted.over.length; // documents over a size limit (src/pipeline/limits.ts): skipped, never annotated
          for (const o of sorted.over) problems.report(o.problem);
          if (fresh.length) annotator ??= createAnnotator(workers, opts.knowledge, async () => limitedPipeline(await (local ?? buildPipeline(opts.knowledge)), limits));
          const annotated = fresh.length ? annotator!.annotate(fresh) : Promise.resolve([]);
          await flow.push(annotated.then((d) => {
            const { ok, problems: slow } = partitionLimited(d); // stopped by the per-document time watchdog
            for (const p of slow) problems.report(p);
            return { docs: ok, count: docs.length - over - slow.length, bytes, read: docs.length };
          }));
        };
        for await (const item of readInputsAsync(walk.files, { date: opts.date })) {
          if ('problem' in item) {
            problems.report(item.problem);
            progress.tick(item.bytes);
            continue;
          }
          const hostile = opts.sanitize ? null : hostileProblem(item.doc, item.doc.origin ?? '', SANITIZE_FIX.cli);
          if (hostile) { // NUL, control characters, lone surrogates: not stored unless --sanitize
            problems.report(hostile);
            progress.tick(item.bytes);
            continue;
          }
          batch.push({ raw: item.doc, bytes: item.bytes });
          if (batch.length >= batchSize) await flush();
        }
        await flush();
        await flow.drain();
        progress.stop();
        problems.finish();
        if (!opts.quiet) {
          const secs = ((Date.now() - started) / 1000).toFixed(1);
          const parts = [`${existing} already stored`, `${problems.count} input${problems.count === 1 ? '' : 's'} skipped`];
          if (walk.ignored) parts.push(`${walk.ignored} other file${walk.ignored === 1 ? '' : 's'} ignored`);
          cli.err(`ingested ${saved} document${saved === 1 ? '' : 's'} into ${opts.db} (${parts.join(', ')}) in ${secs} s\n`);
        }
        if (opts.summary) cli.out(formatSummary(await store.summary()));
      } finally {
        progress.stop();
        await (annotator as Annotator | null)?.close();
        await store.close();
      }
      if (problems.count) cli.exit(EXIT_SKIPPED);
    });
}
