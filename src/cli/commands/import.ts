// `eventline import FILE [--db]`: loads an `eventline export` file (one document with all its layers per
// line) into a store, in atomic batches; documents already stored are kept unless --replace. A bad line
// is skipped with a one-line `skipped FILE:LINE: reason` (exit 3), the rest still imported.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import type { Doc, LayerName } from '../../doc/types.ts';
import { isIsoDate } from '../../ingest/date-line.ts';
import type { InputProblem } from '../../ingest/problem.ts';
import type { Store } from '../../store/store.ts';
import { type Cli, EXIT_SKIPPED, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption, openForWrite } from '../options.ts';
import { ProblemReporter } from '../problems.ts';

const LAYERS = new Set<LayerName>(['tokens', 'sentences', 'entities', 'actors', 'mentions', 'timexes', 'places', 'quotes', 'events']);
const META = new Set(['url', 'source', 'title', 'origin']);
const FIX = 'fix or remove that line (lines come from eventline export)';

/** Checks the shape of one exported document; returns the reason it cannot be imported, or null. */
export function docShapeProblem(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const d = v as Record<string, unknown>;
  if (typeof d.id !== 'string' || !d.id) return 'field "id" must be a non-empty string';
  if (typeof d.date !== 'string' || !isIsoDate(d.date)) return 'field "date" must be a date YYYY-MM-DD';
  if (typeof d.text !== 'string') return 'field "text" must be a string';
  if (typeof d.meta !== 'object' || d.meta === null || Array.isArray(d.meta)) return 'field "meta" must be an object';
  for (const [k, m] of Object.entries(d.meta)) {
    if (!META.has(k) || typeof m !== 'string') return `field "meta.${k}" is not a known string field`;
  }
  if (typeof d.layers !== 'object' || d.layers === null || Array.isArray(d.layers)) return 'field "layers" must be an object';
  for (const [k, l] of Object.entries(d.layers)) {
    if (!LAYERS.has(k as LayerName)) return `unknown layer "${k}"`;
    if (!Array.isArray(l) || l.some((x) => typeof x !== 'object' || x === null)) return `layer "${k}" must be an array of objects`;
  }
  if (!Array.isArray(d.messages)) return 'field "messages" must be an array';
  return null;
}

export interface ImportResult {
  saved: number;
  existing: number;
  problems: InputProblem[];
}

/** Imports the export file into `store` in batches of `batchSize`; a failing batch is retried line by line. */
export async function importFile(store: Store, file: string, opts: { replace?: boolean; batchSize?: number; onProblem?: (p: InputProblem) => void } = {}): Promise<ImportResult> {
  const result: ImportResult = { saved: 0, existing: 0, problems: [] };
  const problem = (p: InputProblem) => {
    result.problems.push(p);
    opts.onProblem?.(p);
  };
  const batchSize = opts.batchSize ?? 200;
  let batch: { doc: Doc; line: number }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    try {
      const r = await store.saveDocs(batch.map((b) => b.doc), { replace: opts.replace });
      result.saved += r.saved.length;
      result.existing += r.existing.length;
    } catch {
      for (const b of batch) {
        try {
          const r = await store.saveDocs([b.doc], { replace: opts.replace });
          result.saved += r.saved.length;
          result.existing += r.existing.length;
        } catch (err) {
          problem({ file, line: b.line, reason: `cannot store document ${b.doc.id} (${(err as Error).message.split('\n')[0].slice(0, 120)})`, fix: FIX });
        }
      }
    }
    batch = [];
  };
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (err) {
      problem({ file, line: lineNo, reason: `not valid JSON (${(err as Error).message.slice(0, 80)})`, fix: FIX });
      continue;
    }
    const bad = docShapeProblem(value);
    if (bad) {
      problem({ file, line: lineNo, reason: bad, fix: FIX });
      continue;
    }
    batch.push({ doc: value as Doc, line: lineNo });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return result;
}

export function registerImport(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('import')
      .description(summary('import'))
      .argument('<file>', 'file written by eventline export'),
  )
    .option('--replace', 'replace documents already stored under the same id')
    .option('--quiet', 'no closing status line')
    .action(async (file: string, opts: { db: string; replace?: boolean; quiet?: boolean }) => {
      if (!existsSync(file) || !statSync(file).isFile()) throw new UserError(`no such file ${file}; pass a file written by eventline export`);
      const store = await openForWrite(opts.db);
      const problems = new ProblemReporter((line) => cli.err(`${line}\n`));
      let result: ImportResult;
      try {
        result = await importFile(store, file, { replace: opts.replace, onProblem: (p) => problems.report(p) });
      } finally {
        await store.close();
      }
      problems.finish();
      if (!opts.quiet) {
        cli.err(`imported ${result.saved} document${result.saved === 1 ? '' : 's'} into ${opts.db} (${result.existing} already stored, ${result.problems.length} line${result.problems.length === 1 ? '' : 's'} skipped)\n`);
      }
      if (result.problems.length) cli.exit(EXIT_SKIPPED);
    });
}
