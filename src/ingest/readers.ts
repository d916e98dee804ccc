// Readers: dated text files (`date YYYY-MM-DD` first line), plain text with a given date, and JSON Lines
// ({id?, url?, source?, date, title?, text} per line). Each input yields documents or problems; a
// problem skips that file (or JSONL line) only.
import { closeSync, openSync, readSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { RawDoc } from '../doc/types.ts';
import { isIsoDate, malformedDateLine, parseDateLine } from './date-line.ts';
import { MAX_INPUT_BYTES, decodeUtf8, firstInvalidUtf8, lineOfByte, looksBinary } from './bytes.ts';
import type { InputProblem } from './problem.ts';
import type { InputFile } from './walk.ts';
import { readHtmlFile } from './html.ts';
import { readFeedFile } from './feed.ts';
import { readWarcFile } from './warc.ts';
import { headlineOf } from './headline.ts';
import { overBudget, readTimeout } from './read-watchdog.ts';

export { DEFAULT_READ_TIMEOUT_MS, readTimeout } from './read-watchdog.ts';

export interface ReadOptions {
  /** Date for files without a date line (and JSONL records without a date). */
  date?: string;
  /** The reader watchdog's budget per document read (default: EVENTLINE_READ_TIMEOUT_MS, else 10,000 ms). */
  readTimeoutMs?: number;
}

/** Each item of a synchronous reader, timed by the watchdog (read-watchdog.ts). */
function* watched(items: Iterable<ReadItem>, limit: number, file: string): Generator<ReadItem> {
  const it = items[Symbol.iterator]();
  for (;;) {
    const t0 = performance.now();
    const r = it.next();
    if (r.done) return;
    yield overBudget(r.value, performance.now() - t0, limit, file);
  }
}

export type ReadItem = { doc: RawDoc; bytes: number } | { problem: InputProblem; bytes: number };

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function checkBytes(file: string, buf: Uint8Array, line?: number): InputProblem | null {
  if (looksBinary(buf)) {
    return { file, line, reason: 'binary content, not text', fix: 'pass only .txt or .jsonl article files' };
  }
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) {
    const lineStart = buf.lastIndexOf(0x0a, bad - 1) + 1;
    return {
      file,
      line: line ?? lineOfByte(buf, bad),
      reason: `not valid UTF-8 (bad byte at column ${bad - lineStart + 1})`,
      fix: 'convert the file to UTF-8, e.g. iconv -f latin1 -t utf-8',
    };
  }
  return null;
}

function decode(file: string, buf: Uint8Array, line?: number): string | InputProblem {
  const problem = checkBytes(file, buf, line);
  if (problem) return problem;
  try {
    return decodeUtf8(buf);
  } catch {
    return { file, line, reason: 'not valid UTF-8', fix: 'convert the file to UTF-8' };
  }
}

/** A dated text file, or a plain text file when `options.date` is given. */
export function readTextFile(input: InputFile, options: ReadOptions = {}): ReadItem {
  const file = input.path;
  const fail = (reason: string, fix: string): ReadItem => ({ problem: { file, reason, fix }, bytes: input.size });
  if (input.size > MAX_INPUT_BYTES) {
    return fail(`file is ${MB(input.size)}, over the ${MB(MAX_INPUT_BYTES)} limit`, 'split it into one file per article');
  }
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (err) {
    return fail(`cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, 'check its permissions');
  }
  if (buf.length === 0) return fail('empty file', "write 'date YYYY-MM-DD' on the first line and the article text after it");
  const content = decode(file, buf);
  if (typeof content !== 'string') return { problem: content, bytes: buf.length };
  let dated;
  try {
    dated = parseDateLine(content);
  } catch (err) {
    return { problem: { file, line: 1, reason: (err as Error).message, fix: "write the first line as 'date YYYY-MM-DD'" }, bytes: buf.length };
  }
  if (!dated) {
    const malformed = malformedDateLine(content);
    if (malformed) {
      return { problem: { file, line: 1, reason: `malformed date line "${malformed.slice(0, 40)}"`, fix: "write it as 'date YYYY-MM-DD'" }, bytes: buf.length };
    }
    if (!options.date) {
      return fail("no date line", "start the file with 'date YYYY-MM-DD' or pass --date YYYY-MM-DD");
    }
    dated = { date: options.date, text: content.replace(/^\uFEFF/, ''), offset: 0 };
  }
  if (dated.text.trim() === '') return fail('no article text after the date line', 'add the text or remove the file');
  const title = headlineOf(dated.text); // plain text carries no title: its first line or sentence stands in
  return { doc: { date: dated.date, text: dated.text, origin: file, ...(title ? { title } : {}) }, bytes: buf.length };
}

const optionalText = z
  .string()
  .nullish()
  .transform((v) => (v === null || v === undefined || v.trim() === '' ? undefined : v));

const isoDay = z
  .string()
  .transform((s) => s.trim())
  .refine((s) => isIsoDate(s.slice(0, 10)) && (s.length === 10 || s[10] === 'T' || s[10] === ' '), 'expected a date YYYY-MM-DD')
  .transform((s) => s.slice(0, 10));

const jsonlRecord = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String).optional(),
  url: optionalText,
  source: optionalText,
  title: optionalText,
  date: isoDay.optional(),
  text: z.string().refine((s) => s.trim() !== '', 'is empty'),
});

function describeIssue(issue: z.core.$ZodIssue): string {
  const field = issue.path.length ? `"${issue.path.join('.')}"` : 'record';
  if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) return `missing field ${field}`;
  if (issue.code === 'invalid_type') return `field ${field}: ${issue.message.replace(/^Invalid input: /, '')}`;
  return `field ${field}: ${issue.message}`;
}

const RECORD_FIX = 'fix or remove that line ({"date": "YYYY-MM-DD", "text": "…"} per line)';

/** Parses one JSONL line into a document or a problem. */
export function parseJsonlLine(file: string, line: number, content: string, options: ReadOptions = {}): RawDoc | InputProblem {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (err) {
    return { file, line, reason: `not valid JSON (${(err as Error).message.replace(/\s*in JSON at.*$/, '').slice(0, 80)})`, fix: RECORD_FIX };
  }
  return parseRecord(file, line, value, options);
}

/** Validates one already-parsed JSONL record (also the body records of POST /api/documents). */
export function parseRecord(file: string, line: number, value: unknown, options: ReadOptions = {}): RawDoc | InputProblem {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { file, line, reason: 'not a JSON object', fix: RECORD_FIX };
  }
  const parsed = jsonlRecord.safeParse(value);
  if (!parsed.success) return { file, line, reason: describeIssue(parsed.error.issues[0]), fix: RECORD_FIX };
  const r = parsed.data;
  const date = r.date ?? options.date;
  if (!date) return { file, line, reason: 'missing field "date"', fix: 'add "date": "YYYY-MM-DD" or pass --date' };
  const doc: RawDoc = { date, text: r.text, origin: `${file}:${line}` };
  if (r.id !== undefined) doc.id = r.id;
  if (r.url) doc.url = r.url;
  if (r.source) doc.source = r.source;
  if (r.title) doc.title = r.title;
  return doc;
}

/** JSON Lines, streamed line by line (so large files work); the size limit applies to each line. */
export function* readJsonlFile(input: InputFile, options: ReadOptions = {}): Generator<ReadItem> {
  const file = input.path;
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    yield { problem: { file, reason: `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, fix: 'check its permissions' }, bytes: input.size };
    return;
  }
  try {
    if (input.size === 0) {
      yield { problem: { file, reason: 'empty file', fix: 'write one JSON object per line' }, bytes: 0 };
      return;
    }
    const chunk = Buffer.alloc(1 << 20);
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let lineNo = 0;
    let records = 0;
    let oversized = false;
    /** One line: `parts` (dropped once it was over the limit), `length` its bytes without the newline, `bytes` with it. */
    const finish = function* (parts: Buffer[], length: number, bytes: number): Generator<ReadItem> {
      lineNo++;
      // the limit applies to the whole line, wherever it ends (not only to what is pending at a chunk's end)
      if (oversized || length > MAX_INPUT_BYTES) {
        oversized = false;
        records++; // a record, too long: not a blank line
        yield { problem: { file, line: lineNo, reason: `line is over the ${MB(MAX_INPUT_BYTES)} limit`, fix: 'shorten that record' }, bytes };
        return;
      }
      let buf = Buffer.concat(parts);
      if (lineNo === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
      const text = decode(file, buf, lineNo);
      if (typeof text !== 'string') {
        yield { problem: text, bytes };
        return;
      }
      if (text.trim() === '') return;
      records++;
      const parsed = parseJsonlLine(file, lineNo, text, options);
      yield 'reason' in parsed ? { problem: parsed, bytes } : { doc: parsed, bytes };
    };
    let first = true;
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      if (first && looksBinary(chunk.subarray(0, n))) {
        yield { problem: { file, reason: 'binary content, not text', fix: 'pass only .txt or .jsonl article files' }, bytes: input.size };
        return;
      }
      first = false;
      let from = 0;
      for (let i = 0; i < n; i++) {
        if (chunk[i] !== 0x0a) continue;
        const part = Buffer.from(chunk.subarray(from, i));
        if (!oversized) pending.push(part);
        yield* finish(pending, pendingBytes + part.length, pendingBytes + part.length + 1);
        pending = [];
        pendingBytes = 0;
        from = i + 1;
      }
      if (from < n) {
        pendingBytes += n - from;
        if (pendingBytes > MAX_INPUT_BYTES) {
          oversized = true;
          pending = [];
        } else pending.push(Buffer.from(chunk.subarray(from, n)));
      }
    }
    if (pendingBytes > 0 || pending.length) yield* finish(pending, pendingBytes, pendingBytes);
    if (records === 0) {
      yield { problem: { file, reason: 'no records (only blank lines)', fix: 'write one JSON object per line' }, bytes: 0 };
    }
  } finally {
    closeSync(fd);
  }
}

/** Every document (or problem) from the given input files, in order. */
export function* readInputs(files: InputFile[], options: ReadOptions = {}): Generator<ReadItem> {
  const limit = readTimeout(options);
  for (const f of files) yield* watched(readFile(f, options), limit, f.path);
}

function* readFile(f: InputFile, options: ReadOptions): Generator<ReadItem> {
  if (f.format === 'jsonl') yield* readJsonlFile(f, options);
  else if (f.format === 'html') yield readHtmlFile(f.path, f.size, options);
  else if (f.format === 'feed') yield* readFeedFile(f.path, f.size, options);
  else if (f.format === 'warc') yield { problem: { file: f.path, reason: 'WARC archives are streamed by eventline ingest only', fix: 'run eventline ingest on it' }, bytes: f.size };
  else yield readTextFile(f, options);
}

/** As readInputs, with WARC archives streamed record by record (bytes of skipped records go to the next item). */
export async function* readInputsAsync(files: InputFile[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  for (const f of files) {
    if (f.format !== 'warc') {
      yield* readInputs([f], options);
      continue;
    }
    let carry = 0;
    for await (const item of readWarcFile(f.path, options)) { // the watchdog times each record's page there
      if ('skipped' in item) carry += item.bytes;
      else {
        yield { ...item, bytes: item.bytes + carry };
        carry = 0;
      }
    }
  }
}
