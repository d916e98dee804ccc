// The zod schemas of the JSON API: they validate request parameters and generate the OpenAPI document
// (through @hono/zod-openapi), so the documentation and the checks cannot drift apart.
import { z } from '@hono/zod-openapi';
import { actorKindError, countryError, dateBasisError, eventTypeError, precisionError, quoteKindError } from '../store/filter-values.ts';
import { PRECISIONS, QUOTE_DATE_BASES } from '../doc/types.ts';
import { DEFAULT_MIN_EVENTS, DEFAULT_MIN_PERIODS } from './escalation.ts';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');

/** A filter value checked by `error` (src/store/filter-values.ts): a bad one is a 400 naming the allowed values. */
const checked = (error: (v: string) => string | null) =>
  z.string().min(1).superRefine((v, ctx) => {
    const e = error(v);
    if (e) ctx.addIssue({ code: 'custom', message: e });
  });
const country = checked(countryError);

export const FilterQuery = z.object({
  actor: z.string().min(1).optional().openapi({ description: 'actor id, or part of its name', example: 'country:POL' }),
  type: checked(eventTypeError).optional().openapi({ description: 'PLOVER type or CAMEO code prefix', example: 'ACCUSE' }),
  since: date.optional().openapi({ description: 'from this date (inclusive)', example: '2023-01-01' }),
  until: date.optional().openapi({ description: 'up to this date (inclusive)', example: '2023-12-31' }),
  doc: z.string().min(1).optional().openapi({ description: 'document id or its first characters' }),
  country: country.optional().openapi({ description: 'ISO 3166-1 alpha-3 (or organisation) code', example: 'POL' }),
});

export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional().openapi({ description: 'page size (default 100, at most 1000)', example: 50 }),
  cursor: z.string().min(1).optional().openapi({ description: 'the `next` value of the previous page' }),
});

export const ListQuery = FilterQuery.extend(PageQuery.shape);
export const DocListQuery = ListQuery.extend({
  text: z.string().min(1).optional().openapi({ description: 'full-text search over title and text ("…" for a phrase)', example: 'ceasefire' }),
});
export const ActorListQuery = ListQuery.extend({
  type: checked(actorKindError).optional().openapi({ description: 'actor kind: person, country, igo, org or group', example: 'person' }),
});
export const QuoteListQuery = ListQuery.extend({
  type: checked(quoteKindError).optional().openapi({ description: 'quote kind: direct, partial or indirect', example: 'direct' }),
  speaker: z.string().min(1).optional().openapi({ description: 'speaker actor id, or part of the speaker name', example: 'Stoltenberg' }),
  text: z.string().min(1).optional().openapi({ description: 'full-text search over the quote ("…" for a phrase)' }),
  precision: checked(precisionError).optional().openapi({ description: `precision of the quote's date: ${PRECISIONS.join(', ')}`, example: 'day' }),
  dateBasis: checked(dateBasisError).optional().openapi({ description: `where the quote's date came from: ${QUOTE_DATE_BASES.join(', ')} (quotes stored before it was recorded have none)`, example: 'attribution' }),
});

export const Period = z.enum(['day', 'week', 'month']).default('day').openapi({ description: 'bucket size; weeks are ISO weeks labelled by their Monday' });

export const AggregateQuery = FilterQuery.extend({
  dyad: z.string().regex(/^[A-Za-z0-9]{2,10}-[A-Za-z0-9]{2,10}$/).optional().openapi({ description: 'country pair, either direction', example: 'BLR-POL' }),
  directed: z.enum(['true', 'false']).optional().openapi({ description: 'with dyad: only source=first, target=second' }),
});
export const CountsQuery = AggregateQuery.extend({
  period: Period,
  by: z.enum(['type', 'quad']).default('type').openapi({ description: 'split by PLOVER type or quad class' }),
});
export const PeriodQuery = AggregateQuery.extend({ period: Period });
export const LimitedQuery = AggregateQuery.extend({
  limit: z.coerce.number().int().min(1).max(5000).optional().openapi({ description: 'at most this many rows' }),
});
export const DyadSeriesQuery = AggregateQuery.omit({ dyad: true }).extend({
  dyad: z.string().regex(/^[A-Za-z0-9]{2,10}-[A-Za-z0-9]{2,10}$/).openapi({ description: 'country pair', example: 'BLR-POL' }),
  period: Period,
  metric: z.enum(['sum', 'mean']).default('sum').openapi({ description: 'index: sum or mean Goldstein per period' }),
  window: z.coerce.number().int().min(2).max(365).default(8).openapi({ description: 'baseline length in periods' }),
  threshold: z.coerce.number().positive().max(100).default(2).openapi({ description: 'alert when |z| reaches this' }),
  minPeriods: z.coerce.number().int().min(1).max(365).default(DEFAULT_MIN_PERIODS).openapi({ description: 'periods with events a baseline needs before a period is scored (at most the window)' }),
  minEvents: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_MIN_EVENTS).openapi({ description: 'events a baseline needs before a period is scored' }),
});
export const PlaceQuery = z.object({
  doc: z.string().min(1).optional(),
  country: country.optional(),
  since: date.optional(),
  until: date.optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
});

export const ErrorBody = z.object({ error: z.string() }).openapi('Error');

const Span = { start: z.number().int(), end: z.number().int() };
const Party = z.object({
  actor: z.string().nullable(), country: z.string().nullable(), sector: z.string().nullable(),
  start: z.number().int().optional(), end: z.number().int().optional(), text: z.string().optional(),
});

export const EventRow = z.looseObject({
  id: z.string(), key: z.string(), doc: z.string(), docDate: z.string(), idx: z.number().int(),
  type: z.string().openapi({ example: 'ACCUSE' }), cameo: z.string(), goldstein: z.number(), quad: z.number().int().min(1).max(4),
  source: Party, target: Party, sourceName: z.string().nullable(), targetName: z.string().nullable(),
  date: z.string().nullable(), precision: z.string(), mode: z.string(),
  trigger: z.object({ ...Span, text: z.string() }), sentence: z.object(Span),
}).openapi('Event');

export const QuoteRow = z.looseObject({
  id: z.string(), doc: z.string(), docDate: z.string(), idx: z.number().int(), ...Span, text: z.string(), kind: z.string(),
  speaker: z.object({ text: z.string(), actor: z.string().nullable() }).loose().nullable(),
  speakerName: z.string().nullable(), cue: z.string().nullable(), outlet: z.string().nullable(), date: z.string().optional(),
  precision: z.enum(PRECISIONS).openapi({ description: "precision of `date` (docs/output-format.md, Quotes); for a quote stored before it was recorded, the one its date's form tells" }),
  dateBasis: z.enum(QUOTE_DATE_BASES).optional().openapi({ description: 'where `date` came from; absent for a quote stored before it was recorded' }),
}).openapi('Quote');

export const DocRow = z.object({
  id: z.string(), date: z.string(), title: z.string().nullable(), url: z.string().nullable(), source: z.string().nullable(),
  origin: z.string().nullable(), ingestedAt: z.string(), chars: z.number().int(), events: z.number().int(), quotes: z.number().int(),
}).openapi('DocumentRow');

export const ActorRow = z.object({
  id: z.string(), name: z.string(), kind: z.string(), country: z.string().nullable(), sector: z.string().nullable(),
  docs: z.number().int(), mentions: z.number().int(), events: z.number().int(), quotes: z.number().int(),
}).openapi('Actor');

export const Document = z.looseObject({
  id: z.string(), date: z.string(), text: z.string(), meta: z.record(z.string(), z.string()),
  layers: z.record(z.string(), z.array(z.unknown())), messages: z.array(z.unknown()),
}).openapi('Document');

export function page<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), next: z.string().nullable().openapi({ description: 'cursor of the next page, null on the last' }) }).openapi(name);
}

export const Summary = z.object({
  documents: z.number().int(), actors: z.number().int(), mentions: z.number().int(), places: z.number().int(),
  quotes: z.number().int(), events: z.number().int(), eventsByType: z.record(z.string(), z.number().int()),
}).openapi('Summary');

export const CountRow = z.object({ period: z.string(), key: z.string(), count: z.number().int() }).openapi('CountRow');
export const QuadShareRow = z.object({
  period: z.string(), total: z.number().int(), shares: z.array(z.number()).length(4), counts: z.array(z.number().int()).length(4),
}).openapi('QuadShareRow');
export const DyadRow = z.object({
  source: z.string(), target: z.string(), count: z.number().int(), goldsteinSum: z.number(), goldsteinMean: z.number(),
}).openapi('DyadRow');
export const DyadSeries = z.object({
  dyad: z.tuple([z.string(), z.string()]), period: z.string(), metric: z.string(), window: z.number().int(), threshold: z.number(),
  points: z.array(z.object({
    period: z.string(), count: z.number().int(), goldsteinSum: z.number(), goldsteinMean: z.number().nullable(),
    value: z.number().nullable(), baselineMean: z.number().nullable(), baselineSd: z.number().nullable(),
    baselineEvents: z.number().int().openapi({ description: 'events in the baseline window before this period' }), z: z.number().nullable(),
    alert: z.enum(['conflict', 'cooperation']).nullable(),
  })),
  alerts: z.array(z.object({
    period: z.string(), value: z.number().nullable(), z: z.number().nullable(), alert: z.string(),
    events: z.number().int(), articles: z.number().int().openapi({ description: 'distinct articles behind the period\'s events, counted up to 10' }),
    moreArticles: z.boolean().openapi({ description: 'true when more than `articles` articles are behind it' }), baselineEvents: z.number().int(),
  })),
  evidence: z.object({
    minPeriods: z.number().int(), minEvents: z.number().int(),
    status: z.enum(['alert', 'calm', 'insufficient']).openapi({ description: 'insufficient: no period had a baseline with the minimum of evidence (not enough data to judge)' }),
    scoredPeriods: z.number().int(), periodsWithEvents: z.number().int(), events: z.number().int(),
  }),
}).openapi('DyadSeries');
export const CountryTotal = z.object({
  country: z.string(), numeric: z.string().nullable().openapi({ description: 'ISO 3166-1 numeric code (world-atlas feature id)' }),
  asSource: z.number().int(), asTarget: z.number().int(), events: z.number().int(), goldsteinSum: z.number(),
}).openapi('CountryTotal');
export const LocationRow = z.object({
  name: z.string(), country: z.string(), lat: z.number(), lon: z.number(), events: z.number().int(), mentions: z.number().int(),
}).openapi('EventLocation');
export const PlaceRow = z.object({
  name: z.string(), country: z.string(), lat: z.number(), lon: z.number(), mentions: z.number().int(), docs: z.number().int(),
}).openapi('Place');
export const Network = z.object({
  nodes: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string().nullable(), country: z.string().nullable(), events: z.number().int() })),
  edges: z.array(z.object({ source: z.string(), target: z.string(), type: z.string(), count: z.number().int(), goldsteinSum: z.number() })),
}).openapi('ActorNetwork');

// POST /api/documents (only when the server has a write token). Documentation only: the records are
// validated one by one like JSON Lines records, so one bad record is skipped rather than failing the request.
export const ArticleInput = z.object({
  id: z.union([z.string().min(1), z.number()]).optional().openapi({ description: 'your id; default: a hash of the content' }),
  date: z.string().openapi({ description: 'publication date YYYY-MM-DD (a longer ISO timestamp is cut to its day)', example: '2024-03-02' }),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional().openapi({ description: 'outlet name' }),
  text: z.string().min(1).openapi({ description: 'the article text (at most EVENTLINE_MAX_CHARS characters)' }),
}).openapi('ArticleInput');
export const IngestBody = z.union([ArticleInput, z.array(ArticleInput).min(1)]).openapi('IngestBody');
export const IngestQuery = z.object({
  sanitize: z.enum(['true', 'false', '1', '0']).optional().openapi({
    description: 'true: store records holding NUL, control characters or lone surrogates with each replaced by U+FFFD (and a warning on the document); default: skip them with a message',
    example: 'true',
  }),
});
export const IngestResult = z.object({
  stored: z.number().int(), existing: z.number().int(), skipped: z.number().int(),
  results: z.array(z.object({
    record: z.number().int().openapi({ description: 'position in the body, from 1' }),
    status: z.enum(['stored', 'existing', 'skipped']).openapi({ description: 'existing: the same content is already stored' }),
    id: z.string().optional().openapi({ description: 'the document id (GET /api/docs/{id})' }),
    message: z.string().optional().openapi({ description: 'why the record was skipped, as `eventline ingest` prints it' }),
  })),
}).openapi('IngestResult');
