// POST /api/documents, registered only when the server has a write token (the guard checks the token
// and the write rate first): the body, at most maxBodyBytes (counted while it streams in, 413 above), is
// one article or an array of them, stored along the `eventline ingest` path (ingest-api.ts).
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { limitsFromEnv, type DocLimits } from '../pipeline/limits.ts';
import type { Store } from '../store/store.ts';
import { StoreUnavailableError } from '../store/write-retry.ts';
import type { Annotator } from '../workers/pool.ts';
import { WRITE_PATH } from './guard.ts';
import { BodyError, MAX_RECORDS, ingestBody } from './ingest-api.ts';
import * as S from './schemas.ts';

export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

export interface WriteOptions {
  /** The bearer token write requests must carry (checked by the guard). */
  token: string;
  /** Annotates new documents (the server uses one worker thread, started on the first write). */
  annotator: Annotator;
  /** Per-document limits; default: limitsFromEnv(), as `eventline ingest`. */
  docLimits?: DocLimits;
}

const MB = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`;

export function registerWriteApi(app: OpenAPIHono, store: Store, w: WriteOptions, maxBodyBytes: number, onStored: () => void): void {
  const limits = w.docLimits ?? limitsFromEnv();
  app.openAPIRegistry.registerComponent('securitySchemes', 'writeToken', {
    type: 'http', scheme: 'bearer', description: 'the token given to `eventline serve` (--write-token-file or EVENTLINE_WRITE_TOKEN)',
  });
  const error = (description: string) => ({ content: { 'application/json': { schema: S.ErrorBody } }, description });
  // documented here; the records are validated one by one in the handler, so a bad record is skipped, not fatal
  app.openAPIRegistry.registerPath(createRoute({
    method: 'post',
    path: WRITE_PATH,
    tags: ['documents'],
    summary: 'ingest articles: annotate them and store them (only when the server was started with a write token)',
    security: [{ writeToken: [] }],
    request: { query: S.IngestQuery, body: { required: true, content: { 'application/json': { schema: S.IngestBody } } } },
    responses: {
      200: { content: { 'application/json': { schema: S.IngestResult } }, description: 'what was stored, already stored or skipped, per record' },
      400: error('the body is not JSON, or not an article or an array of articles; or sanitize is not true or false'),
      401: error('missing or wrong write token'),
      413: error(`body over the size limit (--max-body-mb, ${MB(DEFAULT_MAX_BODY_BYTES)} by default) or over ${MAX_RECORDS} articles`),
      415: error('the body is not application/json'),
      429: error('too many write requests from this address; see Retry-After'),
      503: error('the database cannot take writes now (locked by other writers for too long, deleted or read-only); nothing was stored'),
    },
  }));

  const tooLarge = bodyLimit({
    maxSize: maxBodyBytes,
    onError: (c) => c.json({ error: `the body is over the ${MB(maxBodyBytes)} limit; send fewer articles per request` }, 413, { Connection: 'close' }),
  });
  app.post(WRITE_PATH, tooLarge, async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type)) {
      return c.json({ error: `the body must be application/json (got ${type.slice(0, 60) || 'no Content-Type'}); send Content-Type: application/json` }, 415);
    }
    const sanitizeValue = c.req.query('sanitize');
    if (sanitizeValue !== undefined && !['true', 'false', '1', '0'].includes(sanitizeValue)) {
      return c.json({ error: `sanitize "${sanitizeValue.slice(0, 20)}" is not true or false; send ?sanitize=true to store hostile characters as U+FFFD, or leave it out` }, 400);
    }
    const sanitize = sanitizeValue === 'true' || sanitizeValue === '1';
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await c.req.arrayBuffer());
    } catch {
      return c.json({ error: 'the body is not valid UTF-8; send the JSON encoded as UTF-8' }, 400);
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (err) {
      return c.json({ error: `the body is not valid JSON (${(err as Error).message.split('\n')[0].slice(0, 80)}); send one article object or an array of them` }, 400);
    }
    try {
      const result = await ingestBody(body, store, w.annotator, limits, { sanitize });
      if (result.stored) onStored();
      return c.json(result, 200);
    } catch (err) {
      if (err instanceof BodyError) return c.json({ error: err.message }, err.status);
      // the store as a whole cannot take writes (locked too long, deleted or read-only file): nothing stored
      if (err instanceof StoreUnavailableError) return c.json({ error: err.message }, 503, { 'Retry-After': '5' });
      throw err;
    }
  });
}

/** An annotator that starts the real one (e.g. a worker thread) only when the first document comes in. */
export function lazyAnnotator(create: () => Annotator): Annotator {
  let real: Annotator | null = null;
  return {
    workers: 1,
    annotate: (docs) => (real ??= create()).annotate(docs),
    close: async () => real?.close(),
  };
}
