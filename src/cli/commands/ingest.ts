// `eventline ingest PATH...`: read articles (dated text, plain text with --date, JSON Lines), run the
// pipeline on the ones not yet stored and save them in batches of 50 documents per transaction.
import type { Command } from 'commander';
import { createDoc } from '../../doc/doc.ts';
import type { Doc, RawDoc } from '../../doc/types.ts';
import { isIsoDate } from '../../ingest/date-line.ts';
import { readInputs } from '../../ingest/readers.ts';
import { walkInputs, TEXT_EXTENSIONS, JSONL_EXTENSIONS } from '../../ingest/walk.ts';
import { type Cli, EXIT_SKIPPED, EXIT_USAGE, UserError } from '../context.ts';
import { addDbOption, openForWrite } from '../options.ts';
import { buildPipeline, collect } from '../pipeline-setup.ts';
import { ProblemReporter } from '../problems.ts';
import { Progress } from '../progress.ts';
import type { Pipeline } from '../../pipeline/pipeline.ts';
import { formatSummary } from '../summary.ts';

export const BATCH_SIZE = 50;

interface IngestOptions {
  db: string;
  date?: string;
  quiet?: boolean;
  summary?: boolean;
  knowledge?: string[];
  replace?: boolean;
  batch: string;
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
      .description('annotate articles and save them in the database (files or folders; .txt, .jsonl)')
      .argument('<paths...>', 'files or folders to read'),
  )
    .option('--date <date>', 'date (YYYY-MM-DD) for plain text files without a date line')
    .option('--quiet', 'no progress bar and no closing status line')
    .option('--summary', 'print what the database holds at the end')
    .option('--knowledge <dir>', 'extra knowledge folder extending the bundled one (repeatable)', collect, [])
    .option('--replace', 're-annotate documents already stored instead of skipping them')
    .option('--batch <n>', 'documents per transaction', String(BATCH_SIZE))
    .action(async (paths: string[], opts: IngestOptions) => {
      checkDate(opts.date);
      const batchSize = Number(opts.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UserError(`--batch "${opts.batch}" must be a positive whole number`, EXIT_USAGE);
      const started = Date.now();
      const walk = walkInputs(paths);
      const progress = new Progress(walk.files.reduce((n, f) => n + f.size, 0), !opts.quiet && cli.stderrTty);
      const problems = new ProblemReporter((line) => progress.log(line));
      for (const p of walk.problems) problems.report(p);
      if (!walk.files.length && !walk.problems.length) {
        const exts = [...TEXT_EXTENSIONS, ...JSONL_EXTENSIONS].join(', ');
        throw new UserError(`no input files in ${paths.join(' ')} (looking for ${exts}); pass files or folders that hold articles`);
      }
      let pipeline: Pipeline | null = null; // built on the first new document: re-ingesting stored ones stays fast
      if (opts.knowledge?.length) pipeline = await buildPipeline(opts.knowledge); // checks the folders up front
      const store = await openForWrite(opts.db);
      let saved = 0;
      let existing = 0;
      try {
        let batch: { raw: RawDoc; bytes: number }[] = [];
        const flush = async () => {
          if (!batch.length) return;
          const docs = batch.map((b) => createDoc(b.raw));
          const known = opts.replace ? new Set<string>() : await store.existingIds(docs.map((d) => d.id));
          const fresh: Doc[] = [];
          for (const [i, doc] of docs.entries()) {
            if (!known.has(doc.id) && !fresh.some((f) => f.id === doc.id)) {
              pipeline ??= await buildPipeline(opts.knowledge);
              pipeline.run(doc);
              fresh.push(doc);
            }
            progress.tick(batch[i].bytes, true);
            await new Promise((r) => setImmediate(r)); // let the progress bar redraw
          }
          const res = await store.saveDocs(fresh, { replace: opts.replace });
          saved += res.saved.length;
          existing += docs.length - res.saved.length;
          batch = [];
        };
        for (const item of readInputs(walk.files, { date: opts.date })) {
          if ('problem' in item) {
            problems.report(item.problem);
            progress.tick(item.bytes);
            continue;
          }
          batch.push({ raw: item.doc, bytes: item.bytes });
          if (batch.length >= batchSize) await flush();
        }
        await flush();
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
        await store.close();
      }
      if (problems.count) cli.exit(EXIT_SKIPPED);
    });
}
