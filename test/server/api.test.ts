// The JSON API over an in-memory store of hand-made documents: listings with filters and cursors,
// aggregates, the dyad escalation alert, the OpenAPI document, validation errors and security headers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import { createApp, CSP } from '../../src/server/app.ts';
import { fixtureDocs } from './fixture-docs.ts';

let store: SqliteStore;
let app: ReturnType<typeof createApp>;

async function get(path: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await app.request(`http://localhost${path}`);
  const text = await res.text();
  return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text, headers: res.headers };
}

beforeAll(async () => {
  store = await SqliteStore.open(':memory:');
  await store.saveDocs(fixtureDocs());
  app = createApp({ store, db: store.db, allowedHosts: ['localhost', '127.0.0.1'] });
});
afterAll(async () => store.close());

describe('listings', () => {
  it('pages events with a stable cursor and filters them', async () => {
    const all = await get('/api/events?limit=1000');
    expect(all.status).toBe(200);
    expect(all.body.items).toHaveLength(15);
    const first = await get('/api/events?limit=4');
    expect(first.body.items).toHaveLength(4);
    const ids: string[] = first.body.items.map((e: { id: string }) => e.id);
    let next = first.body.next;
    while (next) {
      const p = await get(`/api/events?limit=4&cursor=${encodeURIComponent(next)}`);
      ids.push(...p.body.items.map((e: { id: string }) => e.id));
      next = p.body.next;
    }
    expect(ids).toEqual(all.body.items.map((e: { id: string }) => e.id));
    const accuse = await get('/api/events?type=ACCUSE&country=BLR');
    expect(accuse.body.items.map((e: { type: string }) => e.type)).toEqual(['ACCUSE']);
    expect(accuse.body.items[0].sourceName).toBe('Poland');
    const may = await get('/api/events?since=2023-05-15&until=2023-05-15');
    expect(may.body.items).toHaveLength(3);
    const deu = await get('/api/events?actor=germany');
    expect(deu.body.items.map((e: { type: string }) => e.type).sort()).toEqual(['AGREE', 'AID']);
  });

  it('searches documents by text and quotes by speaker', async () => {
    const docs = await get('/api/docs?text=winter%20equipment');
    expect(docs.body.items.map((d: { title: string }) => d.title)).toEqual(['Germany pledges aid to Ukraine']);
    const quotes = await get('/api/quotes?speaker=Morawiecki');
    expect(quotes.body.items).toHaveLength(1);
    expect(quotes.body.items[0].text).toContain('tolerate');
    expect((await get('/api/quotes?text=tolerate&since=2023-06-01')).body.items).toHaveLength(0);
  });

  it('gives each quote its date precision and filters by precision and basis', async () => {
    // the fixtures' quotes carry no precision or basis (as stored before they were recorded): the document date, at no precision
    const all = (await get('/api/quotes')).body.items;
    expect(all.length).toBeGreaterThan(0);
    for (const q of all) expect([q.precision, 'dateBasis' in q]).toEqual(['unknown', false]);
    expect((await get('/api/quotes?precision=unknown')).body.items).toHaveLength(all.length);
    expect((await get('/api/quotes?precision=day')).body.items).toHaveLength(0);
    expect((await get('/api/quotes?dateBasis=document')).body.items).toHaveLength(0);
  });

  it('returns one document with layers but without tokens by default', async () => {
    const list = await get('/api/docs?text=accused');
    const id = list.body.items[0].id;
    const doc = await get(`/api/docs/${id}`);
    expect(doc.status).toBe(200);
    expect(doc.body.layers.events).toHaveLength(3);
    expect(doc.body.layers.tokens).toBeUndefined();
    expect((await get('/api/docs/ffffffffffffffff')).status).toBe(404);
  });

  it('lists actors and places', async () => {
    const actors = await get('/api/actors?country=POL');
    expect(actors.body.items.map((a: { id: string }) => a.id).sort()).toEqual(['country:POL', 'person:mateusz-morawiecki']);
    const places = await get('/api/places');
    const brest = places.body.items.find((p: { name: string }) => p.name === 'Brest');
    expect(brest).toMatchObject({ country: 'BLR', mentions: 10, docs: 10 });
  });
});

describe('aggregates', () => {
  it('counts per day and week by type and quad class', async () => {
    const week = await get('/api/aggregates/counts?period=week&by=type');
    expect(week.body.items).toContainEqual({ period: '2023-05-15', key: 'ACCUSE', count: 1 });
    expect(week.body.items).toContainEqual({ period: '2023-05-15', key: 'AGREE', count: 1 });
    const quad = await get('/api/aggregates/counts?period=day&by=quad&dyad=BLR-POL&since=2023-05-10');
    expect(quad.body.items).toEqual([
      { period: '2023-05-15', key: '3', count: 2 },
      { period: '2023-05-15', key: '4', count: 1 },
    ]);
    const month = await get('/api/aggregates/counts?period=month&by=type&type=CONSULT');
    expect(month.body.items).toEqual([
      { period: '2023-03', key: 'CONSULT', count: 4 },
      { period: '2023-04', key: 'CONSULT', count: 4 },
      { period: '2023-05', key: 'CONSULT', count: 2 },
    ]);
  });

  it('gives quad shares, dyads and country totals', async () => {
    const shares = await get('/api/aggregates/quad-shares?period=week&since=2023-05-15');
    expect(shares.body.items).toHaveLength(1);
    expect(shares.body.items[0].counts).toEqual([1, 1, 2, 1]);
    expect(shares.body.items[0].shares[2]).toBeCloseTo(0.4);
    const dyads = await get('/api/aggregates/dyads');
    expect(dyads.body.items[0]).toEqual({ source: 'POL', target: 'BLR', count: 11, goldsteinSum: 8, goldsteinMean: 0.727 });
    const countries = await get('/api/aggregates/countries');
    const pol = countries.body.items.find((c: { country: string }) => c.country === 'POL');
    expect(pol).toMatchObject({ numeric: '616', asSource: 11, asTarget: 2, events: 13 });
  });

  it('raises an escalation alert when the dyad index leaves its baseline', async () => {
    const r = await get('/api/aggregates/dyad-series?dyad=POL-BLR&period=week&metric=sum&window=8&threshold=2');
    expect(r.status).toBe(200);
    expect(r.body.points).toHaveLength(11);
    // Ten calm weeks at +1 (flat baseline, sd floored at 1), then -2 - 4.4 - 9 = -15.4 in week 11.
    const last = r.body.points[10];
    expect(last).toMatchObject({ period: '2023-05-15', goldsteinSum: -15.4, baselineMean: 1, baselineSd: 0, z: -16.4, alert: 'conflict' });
    // three events from one article, against a baseline of eight one-event weeks (the documented minimum)
    expect(r.body.alerts).toEqual([{ period: '2023-05-15', value: -15.4, z: -16.4, alert: 'conflict', events: 3, articles: 1, moreArticles: false, baselineEvents: 8 }]);
    expect(r.body.evidence).toEqual({ minPeriods: 4, minEvents: 8, status: 'alert', scoredPeriods: 3, periodsWithEvents: 11, events: 13 });
    // per day, a 30-day baseline holds only 4–5 events: not enough to judge with the defaults…
    const daily = await get('/api/aggregates/dyad-series?dyad=POL-BLR&period=day&metric=sum&window=30&threshold=2');
    expect(daily.body.points).toHaveLength(71);
    expect(daily.body.alerts).toEqual([]);
    expect(daily.body.evidence).toMatchObject({ status: 'insufficient', scoredPeriods: 0 });
    // …and the minimum is tunable
    const tuned = await get('/api/aggregates/dyad-series?dyad=POL-BLR&period=day&metric=sum&window=30&threshold=2&minEvents=4');
    expect(tuned.body.alerts.map((a: { period: string }) => a.period)).toEqual(['2023-05-15']);
    const none = await get('/api/aggregates/dyad-series?dyad=DEU-FRA&period=week');
    expect(none.body).toMatchObject({ points: [], alerts: [], evidence: { status: 'insufficient', events: 0 } });
    const high = await get('/api/aggregates/dyad-series?dyad=POL-BLR&period=week&threshold=20');
    expect(high.body.alerts).toEqual([]);
  });

  it('finds event locations and the actor network', async () => {
    const loc = await get('/api/aggregates/locations');
    expect(loc.body.items.find((l: { name: string }) => l.name === 'Brest')).toMatchObject({ events: 10, lat: 52.0976 });
    const net = await get('/api/aggregates/network');
    expect(net.body.edges).toContainEqual({ source: 'country:POL', target: 'country:BLR', type: 'CONSULT', count: 10, goldsteinSum: 10 });
    expect(net.body.nodes.find((n: { id: string }) => n.id === 'country:BLR').name).toBe('Belarus');
  });
});

describe('protocol', () => {
  it('publishes an OpenAPI document generated from the schemas', async () => {
    const r = await get('/api/openapi.json');
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/aggregates/dyad-series', '/api/docs/{id}']));
    const params = r.body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['actor', 'type', 'since', 'until', 'doc', 'country', 'limit', 'cursor']));
  });

  it('rejects an unknown type or country with 400 and the allowed values, per listing', async () => {
    const cases: [string, RegExp][] = [
      ['/api/events?type=FOO', /^type: "FOO" is not a PLOVER type or CAMEO code: use one of AGREE, /],
      ['/api/docs?type=99', /^type: "99" is not a PLOVER type or CAMEO code/],
      ['/api/aggregates/counts?type=BOMB', /^type: "BOMB" is not a PLOVER type/],
      ['/api/quotes?type=said', /^type: "said" is not a quote kind: use one of direct, partial, indirect$/],
      ['/api/actors?type=human', /^type: "human" is not an actor kind: use one of person, country, igo, org, group$/],
      ['/api/quotes?precision=hour', /^precision: "hour" is not a date precision: use one of day, week, month, quarter, year, unknown$/],
      ['/api/quotes?dateBasis=guess', /^dateBasis: "guess" is not a quote date basis: use one of attribution, prior-sentence, run, forum, outlet, document$/],
      ['/api/events?country=XYZ', /^country: "XYZ" is not a country code: use an ISO 3166-1 alpha-3 code .*NATO/],
      ['/api/places?country=XYZ', /^country: "XYZ" is not a country code/],
    ];
    for (const [path, message] of cases) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.body.error, path).toMatch(message);
    }
    for (const path of ['/api/events?type=accuse', '/api/events?type=11', '/api/events?country=nato', '/api/quotes?type=direct', '/api/actors?type=person']) {
      expect((await get(path)).status, path).toBe(200);
    }
  });

  it('rejects bad parameters with 400 and a message', async () => {
    const bad = await get('/api/events?since=yesterday');
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatch(/since/);
    expect((await get('/api/events?limit=0')).status).toBe(400);
    expect((await get('/api/events?cursor=nonsense')).status).toBe(400);
    expect((await get('/api/aggregates/dyad-series')).status).toBe(400);
    expect((await get('/api/nothing')).status).toBe(404);
  });

  it('is read-only, sets a strict CSP and refuses foreign Host headers', async () => {
    const post = await app.request('http://localhost/api/events', { method: 'POST', body: '{}' });
    expect(post.status).toBe(405);
    const r = await get('/api/summary');
    expect(r.headers.get('content-security-policy')).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe-inline/);
    const evil = await app.request('http://evil.example/api/summary');
    expect(evil.status).toBe(403);
  });
});
