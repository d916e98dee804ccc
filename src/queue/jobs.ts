// Ingest jobs for the distributed queue: coarse units planned from paths and URLs (a file, a WARC
// archive, a feed or page URL, or a range of a few hundred JSON Lines), and running one job: read,
// annotate, save in batches. Saving is idempotent by content hash, so a job run twice stores nothing twice.
import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { createDoc } from '../doc/doc.ts';
import type { RawDoc } from '../doc/types.ts';
import { readInputsAsync, parseJsonlLine, type ReadItem } from '../ingest/readers.ts';
import { walkInputs, type InputFile } from '../ingest/walk.ts';
import { formatProblem, type InputProblem } from '../ingest/problem.ts';
import { fetchUrlItems, type Fetcher } from '../ingest/fetch-inputs.ts';
import type { Store } from '../store/store.ts';
import type { Annotator } from '../workers/pool.ts';
import { annotateFresh } from '../ingest/fresh-docs.ts';
import { saveIsolated, saveProblem } from '../store/save-isolated.ts';
import { limitsFromEnv } from '../pipeline/limits.ts';
import { MAX_INPUT_BYTES } from '../ingest/bytes.ts';
import { tokenCount } from '../workers/transfer.ts';
import { SANITIZE_FIX, hostileProblem } from '../ingest/hostile-text.ts';

export const JSONL_LINES_PER_JOB = 300;
const SAVE_BATCH = 50;

/** `sanitize`: store records holding NUL, control characters or lone surrogates with U+FFFD (default: skip them). */
export const IngestJob = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('file'), path: z.string().min(1), date: z.string().optional(), sanitize: z.boolean().optional() }),
  z.object({ kind: z.literal('jsonl'), path: z.string().min(1), from: z.number().int().min(1), to: z.number().int().min(1), date: z.string().optional(), sanitize: z.boolean().optional() }),
  z.object({ kind: z.literal('url'), url: z.string().url(), date: z.string().optional(), sanitize: z.boolean().optional() }),
]);
export type IngestJob = z.infer<typeof IngestJob>;

export interface JobResult {
  saved: number;
  existing: number;
  problems: number;
  /** The first few problems, one line each. */
  problemLines: string[];
  tokens: number;
}

/** Lines of a file, counted as a stream (constant memory). */
async function countLines(path: string): Promise<number> {
  let n = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path)) {
    const b = chunk as Buffer;
    for (let i = 0; i < b.length; i++) if (b[i] === 0x0a) n++;
    if (b.length) last = b[b.length - 1];
  }
  return last === 0x0a ? n : n + 1;
}

/** Jobs for the given paths and URLs; folders are walked like `eventline ingest` does. */
export async function planJobs(inputs: string[], options: { date?: string; linesPerJob?: number; sanitize?: boolean } = {}): Promise<{ jobs: IngestJob[]; problems: InputProblem[] }> {
  const per = options.linesPerJob ?? JSONL_LINES_PER_JOB;
  const date = { ...(options.date ? { date: options.date } : {}), ...(options.sanitize ? { sanitize: true } : {}) };
  const urls = inputs.filter((p) => /^https?:\/\//i.test(p));
  const walk = walkInputs(inputs.filter((p) => !/^https?:\/\//i.test(p)));
  const jobs: IngestJob[] = urls.map((url) => ({ kind: 'url', url, ...date }));
  for (const f of walk.files) {
    const path = resolve(f.path);
    if (f.format !== 'jsonl') {
      jobs.push({ kind: 'file', path, ...date });
      continue;
    }
    const lines = await countLines(path);
    for (let from = 1; from <= Math.max(1, lines); from += per) jobs.push({ kind: 'jsonl', path, from, to: Math.min(Math.max(1, lines), from + per - 1), ...date });
  }
  return { jobs, problems: walk.problems };
}

/** The JSON Lines records `from`..`to` (1-based, inclusive) of a file. */
async function* jsonlRange(path: string, from: number, to: number, date?: string): AsyncGenerator<ReadItem> {
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const text of rl) {
      line++;
      if (line < from) continue;
      if (line > to) break;
      if (text.trim() === '') continue;
      if (text.length > MAX_INPUT_BYTES / 3 && Buffer.byteLength(text) > MAX_INPUT_BYTES) { // the reader's per-line limit
        yield { problem: { file: path, line, reason: `line is over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`, fix: 'shorten that record' }, bytes: text.length };
        continue;
      }
      const r = parseJsonlLine(path, line, line === 1 ? text.replace(/^\uFEFF/, '') : text, date ? { date } : {});
      yield 'reason' in r ? { problem: r, bytes: text.length } : { doc: r, bytes: text.length };
    }
  } finally {
    rl.close();
  }
}

function itemsOf(job: IngestJob, fetcher?: Fetcher): AsyncIterable<ReadItem> {
  const opts = job.date ? { date: job.date } : {};
  if (job.kind === 'jsonl') return jsonlRange(job.path, job.from, job.to, job.date);
  if (job.kind === 'url') return fetchUrlItems(job.url, { ...opts, ...(fetcher ? { fetcher } : {}) });
  const walk = walkInputs([job.path]);
  if (walk.problems.length) throw new Error(`${job.path}: ${walk.problems[0].reason}`); // may appear later: retry
  return readInputsAsync(walk.files as InputFile[], opts);
}

/** Runs one job: every document read is annotated (skipping stored ones) and saved, 50 per transaction. */
export async function runJob(data: unknown, store: Store, annotator: Annotator, fetcher?: Fetcher): Promise<JobResult> {
  const parsed = IngestJob.safeParse(data);
  if (!parsed.success) throw new Error(`malformed job: ${parsed.error.issues[0]?.message ?? 'invalid'} at ${parsed.error.issues[0]?.path.join('.') ?? ''}`);
  const job = parsed.data;
  const result: JobResult = { saved: 0, existing: 0, problems: 0, problemLines: [], tokens: 0 };
  let batch: RawDoc[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const docs = batch.map(createDoc);
    batch = [];
    // documents over a size or time limit are problems of the job, never saved half-annotated
    const { save, problems, known } = await annotateFresh(docs, store, annotator, limits);
    for (const p of problems) problem(p);
    for (const d of save) result.tokens += tokenCount(d);
    const res = await saveIsolated(store, save); // a record the store refuses is a problem of the job, not its failure
    for (const f of res.failed) problem(saveProblem(f));
    result.saved += res.saved.length;
    result.existing += known + save.length - res.saved.length - res.failed.length;
  };
  const limits = limitsFromEnv();
  const problem = (p: InputProblem) => {
    result.problems++;
    if (result.problemLines.length < 5) result.problemLines.push(formatProblem(p));
  };
  for await (const item of itemsOf(job, fetcher)) {
    if ('problem' in item) {
      problem(item.problem);
      continue;
    }
    const hostile = job.sanitize ? null : hostileProblem(item.doc, item.doc.origin ?? describeJob(job), SANITIZE_FIX.queue);
    if (hostile) { // NUL, control characters, lone surrogates: not stored unless the job says sanitize
      problem(hostile);
      continue;
    }
    batch.push(item.doc);
    if (batch.length >= SAVE_BATCH) await flush();
  }
  await flush();
  return result;
}

/** A short label of a job for logs. */
export function describeJob(data: unknown): string {
  const j = data as Partial<{ kind: string; path: string; url: string; from: number; to: number }>;
  if (j?.kind === 'jsonl') return `${j.path}:${j.from}-${j.to}`;
  return String(j?.path ?? j?.url ?? JSON.stringify(data));
}
