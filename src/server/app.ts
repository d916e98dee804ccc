// The HTTP application: a JSON API under /api (routes and OpenAPI document generated from the zod schemas
// in schemas.ts) plus the built dashboard, with strict security headers on every response. Read-only unless
// a write token is configured (POST /api/documents, write-api.ts); rate and size limits in guard.ts.
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import countries from 'i18n-iso-countries';
import type { Database } from '../store/schema.ts';
import type { Store } from '../store/store.ts';
import {
  actorNetwork, countryTotals, countsByPeriod, dyadPeriodDocs, dyadSeries, dyadTotals, eventLocations, parseDyad, placeTotals, quadShares,
  type AggregateFilter,
} from '../store/aggregates.ts';
import { evidenceMinimum, rollingZ, verdict } from './escalation.ts';
import * as S from './schemas.ts';
import { staticFiles } from './static.ts';
import { ResponseCache } from './cache.ts';
import type { ReaderPool } from './reader-pool.ts';
import { requestGuard, type GuardOptions } from './guard.ts';
import { DEFAULT_MAX_BODY_BYTES, registerWriteApi, type WriteOptions } from './write-api.ts';

export interface AppOptions {
  store: Store;
  db: Kysely<Database>;
  /** Folder of the built dashboard (web/dist); null serves the API only. */
  webDir?: string | null;
  /** Host names accepted in the Host header (DNS-rebinding guard); undefined accepts any. */
  allowedHosts?: string[];
  /** Resolves to a value that changes whenever the stored data changes; enables the aggregate response cache. */
  dataVersion?: () => Promise<string | number>;
  /** Reader threads that answer GET /api requests (reader-pool.ts); undefined answers in this thread. */
  readers?: ReaderPool;
  /** Enables POST /api/documents (write-api.ts) for requests carrying `write.token`; without it every non-GET is 405. */
  write?: WriteOptions;
  /** Request limits (guard.ts): URL length, per-client read and write rates (none unless given). */
  limits?: Omit<GuardOptions, 'writeToken'> & {
    /** Most bytes in a write request's body (default 5 MB; more → 413). */
    maxBodyBytes?: number;
  };
}

/** Content-Security-Policy: scripts and styles from this origin only, no inline scripts, no third parties. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const DEFAULT_PAGE = 100;

class BadRequest extends Error {}

function aggregateFilter(q: Record<string, unknown>): AggregateFilter {
  const f: AggregateFilter = {};
  for (const k of ['actor', 'type', 'since', 'until', 'doc', 'country', 'dyad'] as const) {
    const v = q[k];
    if (typeof v === 'string' && v) f[k] = v;
  }
  if (q.directed === 'true') f.directed = true;
  if (f.dyad) {
    try {
      parseDyad(f.dyad);
    } catch (err) {
      throw new BadRequest((err as Error).message);
    }
  }
  return f;
}

function numericCode(alpha3: string): string | null {
  return countries.alpha3ToNumeric(alpha3) ?? null;
}

export function createApp(opts: AppOptions): OpenAPIHono {
  const { store, db } = opts;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path?.join('.') || 'request';
        return c.json({ error: `${where}: ${issue?.message ?? 'invalid'}` }, 400);
      }
    },
  });
  const cache = opts.dataVersion ? new ResponseCache(500) : null;

  let writes = 0; // bumped when POST /api/documents stores something: this connection's data_version does not change
  const guard = requestGuard({ ...opts.limits, writeToken: opts.write?.token });
  app.use('*', async (c, next) => {
    if (opts.allowedHosts) {
      const host = new URL(c.req.url).hostname.toLowerCase();
      if (!opts.allowedHosts.includes(host)) return c.json({ error: `host ${host || '(none)'} not allowed` }, 403);
    }
    const refused = guard(c); // rate limits, URL length, methods, write token
    if (refused) c.res = refused;
    else await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
  });

  app.onError((err, c) => {
    const msg = (err as Error).message?.split('\n')[0] ?? String(err);
    if (err instanceof BadRequest || /^invalid /.test(msg)) return c.json({ error: msg }, 400);
    return c.json({ error: `internal error: ${msg}` }, 500);
  });

  /** Registers a GET route; its query schema validates the request and documents it. */
  function get<Q extends z.ZodType, R extends z.ZodType>(
    spec: { path: string; tag: string; summary: string; query?: Q; params?: z.ZodType; response: R; cached?: boolean },
    handler: (c: Context, query: z.output<Q>) => Promise<z.input<R> | null>,
  ): void {
    const route = createRoute({
      method: 'get',
      path: spec.path,
      tags: [spec.tag],
      summary: spec.summary,
      request: { ...(spec.query ? { query: spec.query } : {}), ...(spec.params ? { params: spec.params } : {}) } as never,
      responses: {
        200: { content: { 'application/json': { schema: spec.response } }, description: 'OK' },
        400: { content: { 'application/json': { schema: S.ErrorBody } }, description: 'invalid parameters' },
        404: { content: { 'application/json': { schema: S.ErrorBody } }, description: 'not found' },
      },
    });
    app.openapi(route, (async (c: Context) => {
      const query = (spec.query ? (c.req as unknown as { valid(t: 'query'): unknown }).valid('query') : {}) as z.output<Q>;
      const key = cache && spec.cached ? `${await opts.dataVersion!()}.${writes}\u0000${c.req.url}` : null;
      if (key) {
        const hit = cache!.get(key);
        if (hit !== undefined) return c.body(hit, 200, { 'content-type': 'application/json', 'x-cache': 'hit' });
      }
      const data = await handler(c, query);
      if (data === null) return c.json({ error: 'not found' }, 404);
      const body = JSON.stringify(data);
      if (key) cache!.set(key, body);
      return c.body(body, 200, { 'content-type': 'application/json', ...(key ? { 'x-cache': 'miss' } : {}) });
    }) as never);
  }

  const pageOf = <T extends { limit?: number }>(q: T) => ({ ...q, limit: q.limit ?? DEFAULT_PAGE });

  // with reader threads, every data request is answered by one of them (the same routes, run there)
  const readers = opts.readers;
  if (readers) {
    app.get('/api/*', async (c, next) => {
      if (c.req.path === '/api/openapi.json') return next();
      const url = new URL(c.req.url);
      const r = await readers.answer(`${url.pathname}${url.search}`);
      return c.body(r.body, r.status as 200, r.headers);
    });
  }

  get({ path: '/api/summary', tag: 'store', summary: 'counts of everything stored', response: S.Summary }, () => store.summary());

  get({ path: '/api/docs', tag: 'documents', summary: 'documents, filtered, with full-text search', query: S.DocListQuery, response: S.page(S.DocRow, 'DocumentPage') },
    (_c, q) => store.listDocs(pageOf(q)));

  const DocParams = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' } }) });
  const DocQuery = z.object({ tokens: z.enum(['true', 'false']).optional().openapi({ description: 'include tokens and sentences' }) });
  get({ path: '/api/docs/{id}', tag: 'documents', summary: 'one document with its annotation layers', params: DocParams, query: DocQuery, response: S.Document },
    async (c, q) => {
      const doc = await store.getDoc(c.req.param('id') ?? '');
      if (!doc) return null;
      if (q.tokens !== 'true') {
        delete doc.layers.tokens;
        delete doc.layers.sentences;
      }
      return doc as never;
    });

  get({ path: '/api/events', tag: 'events', summary: 'coded events, filtered, in stable (date, document, index) order', query: S.ListQuery, response: S.page(S.EventRow, 'EventPage') },
    (_c, q) => store.listEvents(pageOf(q)) as never);

  get({ path: '/api/quotes', tag: 'quotes', summary: 'quotes, by speaker, text and date', query: S.QuoteListQuery, response: S.page(S.QuoteRow, 'QuotePage') },
    (_c, q) => store.listQuotes(pageOf(q)) as never);

  get({ path: '/api/actors', tag: 'actors', summary: 'actors with document, mention, event and quote counts', query: S.ActorListQuery, response: S.page(S.ActorRow, 'ActorPage') },
    (_c, q) => store.listActors(pageOf(q)));

  get({ path: '/api/places', tag: 'places', summary: 'places named in documents, with coordinates and counts', query: S.PlaceQuery, response: z.object({ items: z.array(S.PlaceRow) }), cached: true },
    async (_c, q) => ({ items: await placeTotals(db, q) }));

  get({ path: '/api/aggregates/counts', tag: 'aggregates', summary: 'event counts per period per PLOVER type or quad class', query: S.CountsQuery, response: z.object({ period: z.string(), by: z.string(), items: z.array(S.CountRow) }), cached: true },
    async (_c, q) => ({ period: q.period, by: q.by, items: await countsByPeriod(db, { ...aggregateFilter(q), period: q.period, by: q.by }) }));

  get({ path: '/api/aggregates/quad-shares', tag: 'aggregates', summary: 'per period: share of events in each quad class', query: S.PeriodQuery, response: z.object({ period: z.string(), items: z.array(S.QuadShareRow) }), cached: true },
    async (_c, q) => ({ period: q.period, items: await quadShares(db, { ...aggregateFilter(q), period: q.period }) }));

  get({ path: '/api/aggregates/dyads', tag: 'aggregates', summary: 'country dyads (source → target) with count, sum and mean Goldstein', query: S.LimitedQuery, response: z.object({ items: z.array(S.DyadRow) }), cached: true },
    async (_c, q) => ({ items: await dyadTotals(db, { ...aggregateFilter(q), limit: q.limit }) }));

  get({ path: '/api/aggregates/dyad-series', tag: 'aggregates', summary: 'a dyad\'s conflict–cooperation index per period with rolling z-score escalation alerts', query: S.DyadSeriesQuery, response: S.DyadSeries, cached: true },
    async (_c, q) => {
      const f = aggregateFilter(q);
      const series = await dyadSeries(db, { ...f, dyad: q.dyad, period: q.period });
      const input = series.map((p) => ({ period: p.period, value: q.metric === 'mean' ? p.goldsteinMean : p.goldsteinSum, count: p.count }));
      const opts = { window: q.window, threshold: q.threshold, minPeriods: q.minPeriods, minEvents: q.minEvents };
      const scored = rollingZ(input, opts);
      const points = series.map((p, i) => ({ ...p, ...scored[i] }));
      const alerting = points.filter((p) => p.alert);
      const docs = await dyadPeriodDocs(db, { ...f, dyad: q.dyad, period: q.period }, alerting.map((p) => p.period));
      const min = evidenceMinimum(opts);
      return {
        dyad: parseDyad(q.dyad), period: q.period, metric: q.metric, window: q.window, threshold: q.threshold, points,
        alerts: alerting.map((p) => ({ period: p.period, value: p.value, z: p.z, alert: p.alert as string, events: p.count, articles: docs.get(p.period)?.articles ?? 0, moreArticles: docs.get(p.period)?.more ?? false, baselineEvents: p.baselineEvents })),
        evidence: { minPeriods: min.minPeriods, minEvents: min.minEvents, ...verdict(input, scored) },
      };
    });

  get({ path: '/api/aggregates/countries', tag: 'aggregates', summary: 'per country: events as source, as target and in total', query: S.AggregateQuery, response: z.object({ items: z.array(S.CountryTotal) }), cached: true },
    async (_c, q) => ({ items: (await countryTotals(db, aggregateFilter(q))).map((t) => ({ ...t, numeric: numericCode(t.country) })) }));

  get({ path: '/api/aggregates/locations', tag: 'aggregates', summary: 'event locations: places named in the events\' evidence sentences', query: S.LimitedQuery, response: z.object({ items: z.array(S.LocationRow) }), cached: true },
    async (_c, q) => ({ items: await eventLocations(db, { ...aggregateFilter(q), limit: q.limit }) }));

  get({ path: '/api/aggregates/network', tag: 'aggregates', summary: 'actor network: directed edges per PLOVER type with counts', query: S.LimitedQuery, response: S.Network, cached: true },
    async (_c, q) => actorNetwork(db, { ...aggregateFilter(q), limit: q.limit }));

  if (opts.write) registerWriteApi(app, store, opts.write, opts.limits?.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES, () => writes++);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'eventline API', version: '0.1.0', description: `${opts.write ? 'Access' : 'Read-only access'} to documents, events, quotes, actors, places and aggregates.` },
  });

  app.all('/api/*', (c) => c.json({ error: `no such endpoint ${c.req.path}` }, 404));
  if (opts.webDir) app.get('*', staticFiles(opts.webDir));
  return app;
}
