// `eventline extract FILE...`: run the pipeline without a database and print each document as the
// documented JSON (docToJson) — indented, or one line per document with --jsonl.
import type { Command } from 'commander';
import { createDoc } from '../../doc/doc.ts';
import { docToJson } from '../../doc/output.ts';
import { readInputsAsync } from '../../ingest/readers.ts';
import { walkInputs } from '../../ingest/walk.ts';
import { type Cli, EXIT_SKIPPED, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { buildPipeline, collect } from '../pipeline-setup.ts';
import { ProblemReporter } from '../problems.ts';
import { checkDate } from './ingest.ts';

export function registerExtract(program: Command, cli: Cli): void {
  program
    .command('extract')
    .description(summary('extract'))
    .argument('<files...>', 'article files or folders (.txt dated text, .jsonl)')
    .option('--date <date>', 'date (YYYY-MM-DD) for plain text without a date line')
    .option('--jsonl', 'one compact JSON object per line (JSON Lines)')
    .option('--knowledge <dir>', 'extra knowledge folder extending the bundled one (repeatable)', collect, [])
    .action(async (files: string[], opts: { date?: string; jsonl?: boolean; knowledge?: string[] }) => {
      checkDate(opts.date);
      const walk = walkInputs(files);
      const problems = new ProblemReporter((line) => cli.err(`${line}\n`));
      for (const p of walk.problems) problems.report(p);
      if (!walk.files.length && !walk.problems.length) throw new UserError(`no input files in ${files.join(' ')}; pass article files`);
      const pipeline = await buildPipeline(opts.knowledge);
      for await (const item of readInputsAsync(walk.files, { date: opts.date })) {
        if ('problem' in item) {
          problems.report(item.problem);
          continue;
        }
        const doc = pipeline.run(createDoc(item.doc));
        cli.out(opts.jsonl ? `${JSON.stringify(docToJson(doc))}\n` : `${JSON.stringify(docToJson(doc), null, 2)}\n`);
      }
      problems.finish();
      if (problems.count) cli.exit(EXIT_SKIPPED);
    });
}
