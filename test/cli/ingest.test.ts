// `eventline ingest` and `eventline extract` spawned on the fixture articles: re-ingesting stores nothing
// twice, bad inputs are skipped with one line each and exit 3, extract prints the docToJson contract.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentId } from '../../src/doc/doc.ts';
import { parseDateLine } from '../../src/ingest/date-line.ts';
import { headlineOf } from '../../src/ingest/headline.ts';
import { FIXTURES, runCli } from './run-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-cli-i-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const jsonl = (s: string) => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('eventline ingest', () => {
  it('ingests a folder, and a second ingest stores nothing twice', () => {
    const db = join(dir, 'good.db');
    const first = runCli(['ingest', join(FIXTURES, 'good'), '--db', db, '--summary'], dir);
    expect(first.stderr).toMatch(/ingested 6 documents into .*good\.db \(0 already stored, 0 inputs skipped, 1 other file ignored\)/);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^documents\s+6$/m);
    expect(first.stdout).toMatch(/^events\s+\d+$/m);
    expect(first.stdout).toMatch(/^quotes\s+\d+$/m);
    const before = jsonl(runCli(['docs', '--db', db, '--json'], dir).stdout);
    const eventsBefore = runCli(['events', '--db', db, '--json'], dir).stdout;

    const second = runCli(['ingest', join(FIXTURES, 'good'), join(FIXTURES, 'good/nested'), '--db', db, '--quiet'], dir);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe('');
    const after = jsonl(runCli(['docs', '--db', db, '--json'], dir).stdout);
    expect(after.map((d) => d.id)).toEqual(before.map((d) => d.id));
    expect(new Set(after.map((d) => d.id)).size).toBe(6);
    expect(runCli(['events', '--db', db, '--json'], dir).stdout).toBe(eventsBefore);
    const wire = after.find((d) => d.id === 'wire-001');
    expect(wire).toMatchObject({ title: 'Talks in Geneva', source: 'Example Wire', url: 'https://example.org/wire/1', date: '2022-02-10' });
    const border = readFileSync(join(FIXTURES, 'good/2021-11-09-border.txt'), 'utf8');
    const dated = parseDateLine(border)!;
    expect(after.map((d) => d.id)).toContain(contentId(dated.date, dated.text));
  });

  it('titles a plain .txt article by its first line or sentence, also in eventline docs', () => {
    const db = join(dir, 'titled.db');
    const file = join(FIXTURES, 'good/2021-11-09-border.txt');
    expect(runCli(['ingest', file, '--db', db, '--quiet'], dir).code).toBe(0);
    const dated = parseDateLine(readFileSync(file, 'utf8'))!;
    const [doc] = jsonl(runCli(['docs', '--db', db, '--json'], dir).stdout);
    expect(doc.id).toBe(contentId(dated.date, dated.text)); // the title does not change the id
    expect(doc.title).toBe(headlineOf(dated.text));
    expect(doc.title).toBeTruthy();
    expect(runCli(['docs', '--db', db], dir).stdout).toContain(doc.title.slice(0, 30));
  });

  it('skips every bad input with one line naming file (and line) and what to do, keeps the rest, exits 3', () => {
    const db = join(dir, 'bad.db');
    const r = runCli(['ingest', join(FIXTURES, 'bad'), join(FIXTURES, 'missing-folder'), '--db', db], dir);
    expect(r.code).toBe(3);
    const lines = r.stderr.trim().split('\n');
    const skipped = lines.filter((l) => l.startsWith('skipped '));
    expect(skipped).toHaveLength(14);
    expect(lines).toHaveLength(15); // 14 skip lines + the closing status line, no stack traces
    for (const [file, what] of [
      ['empty.txt', 'empty file'], ['archive.txt', 'binary'], ['latin1.txt:2', 'UTF-8'], ['no-date.txt', 'no date line'],
      ['bad-date.txt:1', 'malformed date'], ['malformed-date.txt:1', 'malformed date "14/11/2021"'], ['only-date.txt', 'no article text'],
      ['mixed.jsonl:2', 'not valid JSON'], ['mixed.jsonl:3', 'missing field "text"'], ['mixed.jsonl:7', 'field "title"'],
      ['missing-folder', 'no such file or folder'],
    ]) {
      expect(skipped.some((l) => l.includes(`${file}: `) && l.includes(what)), `${file}: ${what}`).toBe(true);
    }
    expect(lines[lines.length - 1]).toMatch(/ingested 2 documents .*14 inputs skipped/);
    expect(jsonl(runCli(['docs', '--db', db, '--json'], dir).stdout).map((d) => d.origin)).toEqual([
      expect.stringMatching(/mixed\.jsonl:1$/), expect.stringMatching(/mixed\.jsonl:9$/),
    ]);
  });

  it('takes plain text with --date and rejects a bad --date in one line', () => {
    const db = join(dir, 'plain.db');
    const ok = runCli(['ingest', join(FIXTURES, 'plain/undated.txt'), '--date', '2022-10-07', '--db', db, '--quiet'], dir);
    expect(ok.code).toBe(0);
    expect(jsonl(runCli(['docs', '--db', db, '--json'], dir).stdout)).toMatchObject([{ date: '2022-10-07' }]);
    const bad = runCli(['ingest', join(FIXTURES, 'plain'), '--date', '7 Oct 2022', '--db', db], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('eventline: --date "7 Oct 2022" is not a date; write it as YYYY-MM-DD\n');
  });
});

describe('eventline extract', () => {
  it('prints one docToJson object per document as JSON Lines, without a database', () => {
    const r = runCli(['extract', join(FIXTURES, 'good/nested/riga-energy.txt'), join(FIXTURES, 'good/wires.jsonl'), '--jsonl'], dir);
    expect(r.code).toBe(0);
    const docs = jsonl(r.stdout);
    expect(docs).toHaveLength(4);
    const keys = ['format', 'id', 'date', 'text', 'meta', 'sentences', 'entities', 'actors', 'mentions', 'timexes', 'places', 'quotes', 'events', 'messages'];
    for (const d of docs) {
      expect(Object.keys(d)).toEqual(keys);
      expect(d.format).toBe(1);
      for (const k of keys.slice(5)) expect(Array.isArray(d[k]), k).toBe(true);
      for (const s of d.sentences) expect(s.end).toBeLessThanOrEqual(d.text.length);
      for (const e of d.entities) expect(d.text.slice(e.start, e.end)).toBe(e.text);
    }
    expect(docs[0].text.startsWith('Ministers from Lithuania and Latvia')).toBe(true);
    expect(docs[1]).toMatchObject({ id: 'wire-001', meta: { title: 'Talks in Geneva', source: 'Example Wire' } });
  });

  it('prints indented JSON by default and reports skipped inputs with exit 3', () => {
    const r = runCli(['extract', join(FIXTURES, 'good/2021-12-03-aid.txt'), join(FIXTURES, 'bad/empty.txt')], dir);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.date).toBe('2021-12-03');
    expect(r.stdout).toContain('\n  "id"');
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^skipped .*empty\.txt: empty file; /)]);
  });
});
