// The query commands (events, quotes, actors, docs, show) spawned on a database built from hand-made
// annotated documents, so the output is known exactly: table, JSON Lines, CSV, filters, paging, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/store.ts';
import { aidDoc, bareDoc, borderDoc } from '../store/sample-docs.ts';
import { parseCsv, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-cli-q-'));
const db = join(dir, 'q.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  const store = await openStore(db);
  await store.saveDocs([borderDoc(), aidDoc(), bareDoc()]);
  await store.close();
});

const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('eventline events', () => {
  it('prints an aligned table of the counted (asserted, reported) events by default', () => {
    const r = runCli(['events', '--db', db], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+type\s+cameo\s+source\s+target\s+mode\s+trigger\s+doc$/);
    expect(lines).toHaveLength(3);
    expect(lines.slice(1).every((l) => /\s(asserted|reported)\s/.test(l))).toBe(true);
    const all = runCli(['events', '--db', db, '--mode', 'all'], dir).stdout.trimEnd().split('\n');
    expect(all).toHaveLength(4);
    expect(runCli(['events', '--db', db, '--mode', 'future', '--json'], dir).stdout).toContain('"pledged"');
    expect(lines[1]).toMatch(/^2021-11-09\s+ACCUSE\s+112\s+Poland\s+Belarus\s+asserted\s+accused\s+[0-9a-f]{16}$/);
    const col = lines[0].indexOf('trigger');
    expect(lines.slice(1).every((l) => /\S/.test(l[col]))).toBe(true); // columns aligned
  });

  it('writes JSON Lines with full records and honours filters', () => {
    const r = runCli(['events', '--db', db, '--json', '--actor', 'truss'], dir);
    expect(r.code).toBe(0);
    const rows = jsonl(r.stdout);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ type: 'ACCUSE', trigger: { text: 'hybrid attack' }, sourceName: 'Liz Truss', doc: borderDoc().id, quote: 0 });
    expect(jsonl(runCli(['events', '--db', db, '--json', '--mode', 'all', '--type', 'AID', '--since', '2021-12-01'], dir).stdout)).toHaveLength(1);
    expect(runCli(['events', '--db', db, '--json', '--country', 'FRA'], dir).stdout).toBe('');
  });

  it('pages with --limit and prints the cursor for the next page', () => {
    const first = runCli(['events', '--db', db, '--json', '--mode', 'all', '--limit', '2'], dir);
    expect(jsonl(first.stdout)).toHaveLength(2);
    const cursor = /--cursor (\S+)/.exec(first.stderr)?.[1];
    expect(cursor).toBeTruthy();
    const rest = runCli(['events', '--db', db, '--json', '--mode', 'all', '--cursor', cursor!], dir);
    expect(jsonl(rest.stdout).map((e) => e.trigger.text)).toEqual(['pledged']);
    expect(rest.stderr).toBe('');
  });
});

describe('eventline quotes, actors and docs', () => {
  it('writes RFC 4180 CSV (commas and quotes escaped) that parses back to the records', () => {
    const r = runCli(['quotes', '--db', db, '--csv'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\r\n');
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['id', 'doc', 'doc_date', 'idx', 'date', 'precision', 'date_basis', 'kind', 'speaker_actor', 'speaker_name', 'speaker_text', 'cue', 'outlet', 'start', 'end', 'text']);
    expect(rows).toHaveLength(3);
    expect(rows[1][15]).toBe('This is a hybrid attack on the whole European Union,');
    expect(r.stdout).toContain('"This is a hybrid attack on the whole European Union,"');
    expect(rows[2][10]).toBe('Officials in Brussels');
    // stored without a precision or basis (as before they were recorded): the document date at no precision, no basis
    expect(rows.slice(1).map((x) => [x[5], x[6]])).toEqual([['unknown', ''], ['unknown', '']]);
  });

  it('filters quotes by the precision and basis of their date, and shows both', () => {
    expect(jsonl(runCli(['quotes', '--db', db, '--json', '--precision', 'unknown'], dir).stdout).map((q) => q.precision)).toEqual(['unknown', 'unknown']);
    expect(jsonl(runCli(['quotes', '--db', db, '--json', '--precision', 'day'], dir).stdout)).toEqual([]);
    expect(jsonl(runCli(['quotes', '--db', db, '--json', '--date-basis', 'document'], dir).stdout)).toEqual([]);
    expect(runCli(['quotes', '--db', db], dir).stdout.split('\n')[0]).toMatch(/^date\s+precision\s+basis\s+speaker/);
  });

  it('filters quotes by speaker and full text', () => {
    expect(jsonl(runCli(['quotes', '--db', db, '--json', '--speaker', 'Truss'], dir).stdout)).toHaveLength(1);
    const r = runCli(['quotes', '--db', db, '--json', '--text', 'guards winter'], dir);
    expect(jsonl(r.stdout).map((q) => q.speaker.text)).toEqual(['Officials in Brussels']);
  });

  it('lists actors with counts and documents with titles', () => {
    const actors = jsonl(runCli(['actors', '--db', db, '--json'], dir).stdout);
    expect(actors.find((a) => a.id === 'country:POL')).toMatchObject({ docs: 2, events: 2 });
    const table = runCli(['actors', '--db', db], dir).stdout;
    expect(table).toMatch(/person:liz-truss\s+Liz Truss\s+person\s+GBR\s+GOV\s+1\s+1\s+1\s+1/);
    const docs = runCli(['docs', '--db', db, '--csv', '--text', 'standoff'], dir);
    const rows = parseCsv(docs.stdout);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['Border standoff deepens']);
  });
});

describe('eventline show', () => {
  it('prints the article with entities, dates, places, quotes and triggers marked, then legend and lists', () => {
    const r = runCli(['show', borderDoc().id.slice(0, 6), '--db', db], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toContain('[Poland]{GPE:POL} [accused]{E1 ACCUSE} [Belarus]{GPE:BLR} on [Tuesday]{DATE:2021-11-09}');
    expect(r.stdout).toContain('[Kuznica]{PLACE:POL}');
    expect(r.stdout).toContain('"«This is a [hybrid attack]{E2 ACCUSE} on the whole [European Union]{→European Union},»{Q1 Liz Truss}" [Liz Truss]{PER:GBR} said');
    expect(r.stdout).toMatch(/Legend/);
    expect(r.stdout).toMatch(/E1 ACCUSE 112 {2}Poland → Belarus {2}2021-11-09 {2}“accused”/);
    expect(r.stdout).toMatch(/Q1 direct Liz Truss \(said in Daily Telegraph\) 2021-11-09/);
    expect(r.stdout).toMatch(/warning places: ambiguous place name/);
  });

  it('names a missing document and a missing database in one line', () => {
    const r = runCli(['show', 'ffffffff', '--db', db], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^eventline: no document "ffffffff" in .*q\.db; list the ids with eventline docs/)]);
    const m = runCli(['events', '--db', join(dir, 'none.db')], dir);
    expect(m.code).toBe(1);
    expect(m.stderr.trim().split('\n')).toEqual([expect.stringMatching(/no database at .*none\.db; run "eventline ingest PATH/)]);
  });
});

describe('usage errors', () => {
  it('exits 2 with one line for bad dates, limits and options', () => {
    for (const args of [['--since', '2021-02-30'], ['--limit', 'ten'], ['--json', '--csv'], ['--frobnicate']]) {
      const r = runCli(['events', '--db', db, ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/since|limit|--json|unknown option/);
    }
  });

  it('exits 2 with one line listing the allowed values for an unknown type, country or mode', () => {
    const cases: [string[], RegExp][] = [
      [['events', '--type', 'FOO'], /^eventline: --type "FOO" is not a PLOVER type or CAMEO code: use one of AGREE, .*ASSAULT, or a CAMEO code prefix/],
      [['events', '--type', '99'], /--type "99" is not a PLOVER type or CAMEO code/],
      [['docs', '--type', 'BOMB'], /--type "BOMB" is not a PLOVER type/],
      [['quotes', '--type', 'said'], /--type "said" is not a quote kind: use one of direct, partial, indirect$/],
      [['actors', '--type', 'human'], /--type "human" is not an actor kind: use one of person, country, igo, org, group$/],
      [['quotes', '--precision', 'hour'], /--precision "hour" is not a date precision: use one of day, week, month, quarter, year, unknown$/],
      [['quotes', '--date-basis', 'guess'], /--date-basis "guess" is not a quote date basis: use one of attribution, prior-sentence, run, forum, outlet, document$/],
      [['events', '--country', 'XYZ'], /--country "XYZ" is not a country code: use an ISO 3166-1 alpha-3 code .* or an organisation code \(.*NATO.*\)$/],
      [['events', '--mode', 'asserted,rumoured'], /--mode "asserted,rumoured" is not a list of event modes: use one or more of asserted, reported, negated, hypothetical, future/],
    ];
    for (const [args, message] of cases) {
      const r = runCli([...args, '--db', db], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stderr.trim(), args.join(' ')).toMatch(message);
    }
    // accepted spellings: any case, CAMEO prefixes, organisation codes
    for (const args of [['events', '--type', 'accuse'], ['events', '--type', '11'], ['events', '--country', 'nato'], ['events', '--mode', 'all'], ['quotes', '--type', 'Direct']]) {
      expect(runCli([...args, '--db', db], dir).code, args.join(' ')).toBe(0);
    }
  });
});
