// The WARC reader: WARC and WARC.gz (a concatenation of gzip members) archives streamed record by record
// with constant memory — only a wanted record's block is held, up to the size limit — and HTTP response
// records with HTML payloads handed to the HTML reader.
import { createReadStream } from 'node:fs';
import { createGunzip, brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { RawDoc } from '../doc/types.ts';
import { MAX_INPUT_BYTES } from './bytes.ts';
import { isIsoDate } from './date-line.ts';
import { htmlDoc } from './html.ts';
import { overBudget, readTimeout } from './read-watchdog.ts';
import type { InputProblem } from './problem.ts';

export interface WarcRecord {
  /** WARC header fields, names lower-cased. */
  headers: Record<string, string>;
  /** Declared block length. */
  length: number;
  /** The block, when it was wanted and within the limit; null otherwise (it was skipped unread). */
  block: Buffer | null;
  /** Byte offset of the record in the (uncompressed) stream. */
  offset: number;
}

const CRLF2 = Buffer.from('\r\n\r\n');
const MAX_HEADER = 64 * 1024;

export class WarcFormatError extends Error {}

/** Parses `name: value` lines after a first line (WARC/1.x or an HTTP status line). */
function parseFields(head: string): { first: string; fields: Record<string, string> } {
  const lines = head.split(/\r?\n/);
  const fields: Record<string, string> = {};
  let last = '';
  for (const line of lines.slice(1)) {
    if (/^[ \t]/.test(line) && last) fields[last] += ` ${line.trim()}`; // folded continuation
    else {
      const i = line.indexOf(':');
      if (i <= 0) continue;
      last = line.slice(0, i).trim().toLowerCase();
      fields[last] = line.slice(i + 1).trim();
    }
  }
  return { first: lines[0] ?? '', fields };
}

/**
 * The records of a WARC byte stream, in order. `want(headers)` decides whether a block is read into
 * memory (at most `maxBlock` bytes); other blocks are skipped as they stream past.
 */
export async function* warcRecords(
  stream: AsyncIterable<Buffer>,
  want: (headers: Record<string, string>) => boolean,
  maxBlock = MAX_INPUT_BYTES,
): AsyncGenerator<WarcRecord> {
  let pending: Buffer = Buffer.alloc(0);
  let pos = 0; // stream offset of pending[0]
  let state: 'head' | 'block' = 'head';
  let current: WarcRecord | null = null;
  let left = 0;
  let parts: Buffer[] | null = null;
  for await (const chunk of stream) {
    pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
    for (;;) {
      if (state === 'head') {
        // records are separated by CRLF CRLF; tolerate any run of line breaks before "WARC/"
        let skip = 0;
        while (skip < pending.length && (pending[skip] === 0x0d || pending[skip] === 0x0a)) skip++;
        if (skip) {
          pending = pending.subarray(skip);
          pos += skip;
        }
        const end = pending.indexOf(CRLF2);
        if (end < 0) {
          if (pending.length > MAX_HEADER) throw new WarcFormatError(`no WARC record header end within ${MAX_HEADER} bytes at offset ${pos}`);
          break;
        }
        const { first, fields } = parseFields(pending.subarray(0, end).toString('latin1'));
        if (!/^WARC\/\d/.test(first)) throw new WarcFormatError(`expected a WARC record at offset ${pos}, found "${first.slice(0, 30)}"`);
        const length = Number(fields['content-length']);
        if (!Number.isInteger(length) || length < 0) throw new WarcFormatError(`record at offset ${pos} has no valid Content-Length`);
        current = { headers: fields, length, block: null, offset: pos };
        pending = pending.subarray(end + 4);
        pos += end + 4;
        left = length;
        parts = length <= maxBlock && want(fields) ? [] : null;
        state = 'block';
      }
      if (state === 'block') {
        const take = Math.min(left, pending.length);
        if (take > 0) {
          if (parts) parts.push(Buffer.from(pending.subarray(0, take))); // copy: the chunk is released
          pending = pending.subarray(take);
          pos += take;
          left -= take;
        }
        if (left > 0) break;
        current!.block = parts ? Buffer.concat(parts) : null;
        parts = null;
        state = 'head';
        yield current!;
        current = null;
      }
    }
  }
  if (state === 'block') throw new WarcFormatError(`archive ends inside a record (${left} bytes missing)`);
  if (pending.some((b) => b !== 0x0d && b !== 0x0a)) throw new WarcFormatError(`archive ends inside a record header at offset ${pos}`);
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function dechunk(body: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', i);
    if (eol < 0) break;
    const size = parseInt(body.subarray(i, eol).toString('latin1').split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size <= 0) break;
    out.push(body.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}

/** Parses an HTTP response block (status line, headers, payload), undoing chunking and gzip/deflate/br. */
export function parseHttpResponse(block: Buffer): HttpResponse | null {
  const end = block.indexOf(CRLF2);
  if (end < 0) return null;
  const { first, fields } = parseFields(block.subarray(0, end).toString('latin1'));
  const m = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(first);
  if (!m) return null;
  let body: Buffer = block.subarray(end + 4);
  if (/chunked/i.test(fields['transfer-encoding'] ?? '')) body = dechunk(body);
  const enc = (fields['content-encoding'] ?? '').toLowerCase();
  try {
    if (enc === 'gzip' || enc === 'x-gzip') body = gunzipSync(body);
    else if (enc === 'deflate') body = inflateSync(body);
    else if (enc === 'br') body = brotliDecompressSync(body);
  } catch {
    return null;
  }
  return { status: Number(m[1]), headers: fields, body };
}

const isResponse = (h: Record<string, string>) =>
  h['warc-type'] === 'response' && /application\/http/i.test(h['content-type'] ?? 'application/http');

export type WarcItem = { doc: RawDoc; bytes: number } | { problem: InputProblem; bytes: number } | { skipped: string; bytes: number };

/** The byte stream of a .warc or .warc.gz file (gzip detected from the magic bytes, not the name). */
export async function openWarc(path: string): Promise<{ stream: Readable; bytesRead: () => number }> {
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  const head = await new Promise<Buffer>((resolve, reject) => {
    const probe = createReadStream(path, { start: 0, end: 1 });
    const bufs: Buffer[] = [];
    probe.on('data', (b) => bufs.push(b as Buffer));
    probe.on('end', () => resolve(Buffer.concat(bufs)));
    probe.on('error', reject);
  });
  const gz = head[0] === 0x1f && head[1] === 0x8b;
  const stream = gz ? file.pipe(createGunzip()) : file;
  if (gz) file.on('error', (err) => stream.destroy(err));
  return { stream, bytesRead: () => file.bytesRead };
}

/**
 * Documents from the HTML responses of a WARC archive. The date is the page's own, else `options.date`,
 * else the record's WARC-Date (the crawl date). Non-HTML and error responses are skipped silently.
 */
export async function* readWarcFile(path: string, options: { date?: string; readTimeoutMs?: number } = {}): AsyncGenerator<WarcItem> {
  const limit = readTimeout(options); // the reader watchdog, per record's page (read-watchdog.ts)
  let opened;
  try {
    opened = await openWarc(path);
  } catch (err) {
    yield { problem: { file: path, reason: `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, fix: 'check its permissions' }, bytes: 0 };
    return;
  }
  let reported = 0;
  const delta = () => {
    const now = opened.bytesRead();
    const d = now - reported;
    reported = now;
    return d;
  };
  let n = 0;
  try {
    for await (const rec of warcRecords(opened.stream as AsyncIterable<Buffer>, isResponse)) {
      n++;
      const where = `${path}#${n}`;
      if (!isResponse(rec.headers)) {
        yield { skipped: rec.headers['warc-type'] ?? 'record', bytes: delta() };
        continue;
      }
      if (!rec.block) {
        yield { problem: { file: where, reason: `response record of ${rec.length} bytes is over the size limit`, fix: 'nothing to do: the record is skipped' }, bytes: delta() };
        continue;
      }
      const http = parseHttpResponse(rec.block);
      if (!http || http.status !== 200 || !/html/i.test(http.headers['content-type'] ?? '')) {
        yield { skipped: 'not an HTML page', bytes: delta() };
        continue;
      }
      const url = rec.headers['warc-target-uri']?.replace(/^<|>$/g, '');
      // the crawl day only when it is a real calendar day (a damaged header may say "2023-15-02")
      const day = /^\d{4}-\d{2}-\d{2}/.exec(rec.headers['warc-date'] ?? '')?.[0];
      const crawled = day && isIsoDate(day) ? day : undefined;
      const date = options.date ?? crawled;
      const t0 = performance.now();
      const r = htmlDoc(where, http.body, { ...(date ? { date } : {}), ...(url ? { url } : {}), origin: where });
      yield overBudget('reason' in r ? { problem: r, bytes: delta() } : { doc: r, bytes: delta() }, performance.now() - t0, limit, where);
    }
  } catch (err) {
    const reason = err instanceof WarcFormatError ? err.message : `cannot read archive (${(err as Error).message})`;
    if (n === 0) { // nothing readable from the start: another kind of file, not a truncated archive
      yield { problem: { file: path, reason: `not a WARC archive (${reason})`, fix: 'pass only WARC or WARC.gz files, which start with a "WARC/1.1" (or 1.0) record header' }, bytes: delta() };
    } else {
      yield { problem: { file: path, reason, fix: 'check that it is a complete WARC or WARC.gz file; records before this point were read' }, bytes: delta() };
    }
  } finally {
    opened.stream.destroy();
  }
}

/** One WARC record as bytes (WARC/1.1), for writing archives (tests, benchmarks, exports). */
export function warcRecord(type: string, fields: Record<string, string>, block: Buffer): Buffer {
  const head = [`WARC/1.1`, `WARC-Type: ${type}`, ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`), `Content-Length: ${block.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`, 'latin1'), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block carrying `body` with the given content type. */
export function httpResponseBlock(body: Buffer, contentType: string, status = 200): Buffer {
  return Buffer.concat([Buffer.from(`HTTP/1.1 ${status} OK\r\nContent-Type: ${contentType}\r\nContent-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);
}
