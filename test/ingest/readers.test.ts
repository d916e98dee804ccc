// Readers over the fixtures in test/fixtures/ingest: good inputs become documents with exact text and
// origin; every kind of bad input becomes one problem naming the file (and line), the rest continues.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { walkInputs } from '../../src/ingest/walk.ts';
import { readInputs, readTextFile, readJsonlFile, parseJsonlLine, type ReadItem } from '../../src/ingest/readers.ts';
import { formatProblem, type InputProblem } from '../../src/ingest/problem.ts';
import { MAX_INPUT_BYTES, firstInvalidUtf8 } from '../../src/ingest/bytes.ts';
import { malformedDateLine, parseDateLine } from '../../src/ingest/date-line.ts';
import type { RawDoc } from '../../src/doc/types.ts';

const FIX = resolve(import.meta.dirname, '../fixtures/ingest');
const tmp = mkdtempSync(join(tmpdir(), 'eventline-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const docs = (items: ReadItem[]) => items.flatMap((i) => ('doc' in i ? [i.doc] : [])) as RawDoc[];
const problems = (items: ReadItem[]) => items.flatMap((i) => ('problem' in i ? [i.problem] : [])) as InputProblem[];
const file = (path: string) => ({ path, size: statSync(path).size, format: path.endsWith('.jsonl') ? 'jsonl' as const : 'text' as const });

describe('walking inputs', () => {
  it('walks folders recursively in sorted order, ignoring other extensions and reporting missing paths', () => {
    const w = walkInputs([join(FIX, 'good'), join(FIX, 'nope')]);
    expect(w.files.map((f) => f.path.slice(FIX.length + 1))).toEqual([
      'good/2021-11-09-border.txt', 'good/2021-12-03-aid.txt', 'good/nested/riga-energy.txt', 'good/wires.jsonl',
    ]);
    expect(w.files.map((f) => f.format)).toEqual(['text', 'text', 'text', 'jsonl']);
    expect(w.ignored).toBe(1);
    expect(w.problems).toEqual([{ file: join(FIX, 'nope'), reason: 'no such file or folder', fix: 'check the path' }]);
  });

  it('takes a named file whatever its extension', () => {
    expect(walkInputs([join(FIX, 'good/notes.md')]).files).toHaveLength(1);
  });
});

describe('dated text and plain text', () => {
  it('reads the date line on its own line and before the text on the same line', () => {
    const items = [...readInputs(walkInputs([join(FIX, 'good')]).files)];
    expect(problems(items)).toEqual([]);
    const [border, aid, riga] = docs(items);
    expect(border.date).toBe('2021-11-09');
    expect(border.text.startsWith('Poland accused Belarus')).toBe(true);
    expect(border.origin).toBe(join(FIX, 'good/2021-11-09-border.txt'));
    expect(aid.date).toBe('2021-12-03');
    expect(aid.text.startsWith('The European Union pledged')).toBe(true);
    expect(riga.date).toBe('2022-01-15');
  });

  it('reads plain text with a given date, and refuses it without one', () => {
    const f = file(join(FIX, 'plain/undated.txt'));
    const ok = readTextFile(f, { date: '2022-10-07' });
    expect('doc' in ok && ok.doc).toMatchObject({ date: '2022-10-07', text: expect.stringMatching(/^The Canadian government/) });
    const no = readTextFile(f);
    expect('problem' in no && formatProblem(no.problem)).toMatch(/undated\.txt: no date line; start the file with 'date YYYY-MM-DD' or pass --date/);
  });

  it('lets the date line win over --date', () => {
    const r = readTextFile(file(join(FIX, 'good/2021-12-03-aid.txt')), { date: '2000-01-01' });
    expect('doc' in r && r.doc.date).toBe('2021-12-03');
  });

  it.each([
    ['empty.txt', /empty\.txt: empty file; write 'date YYYY-MM-DD'/],
    ['archive.txt', /archive\.txt: binary content, not text; pass only/],
    ['latin1.txt', /latin1\.txt:2: not valid UTF-8 \(bad byte at column 8\); convert the file to UTF-8/],
    ['no-date.txt', /no-date\.txt: no date line/],
    ['bad-date.txt', /bad-date\.txt:1: malformed date "2021-13-40" on the date line \(expected YYYY-MM-DD\)/],
    ['malformed-date.txt', /malformed-date\.txt:1: malformed date "14\/11\/2021" on the date line \(expected YYYY-MM-DD\); write the first line as 'date YYYY-MM-DD'/],
    ['only-date.txt', /only-date\.txt: no article text after the date line/],
  ])('skips %s with one clear line', (name, message) => {
    const r = readTextFile(file(join(FIX, 'bad', name)));
    expect('problem' in r).toBe(true);
    const line = formatProblem((r as { problem: InputProblem }).problem);
    expect(line).toMatch(message);
    expect(line).not.toMatch(/\n/);
  });

  it('skips files over the size limit without reading them', () => {
    const big = join(tmp, 'big.txt');
    writeFileSync(big, 'date 2021-01-01\n' + 'x'.repeat(MAX_INPUT_BYTES));
    const r = readTextFile(file(big));
    expect('problem' in r && formatProblem(r.problem)).toMatch(/big\.txt: file is 10\.0 MB, over the 10\.0 MB limit; split it/);
  });

  it('finds the first invalid UTF-8 byte (overlongs, surrogates, truncation)', () => {
    expect(firstInvalidUtf8(Buffer.from('Kraków – Łódź', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0x62, 0xe2, 0x82]))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from([0xf0, 0x9f, 0x98, 0x80]))).toBe(-1);
  });

  it('recognises date lines meant as such but malformed, and leaves ordinary openings alone', () => {
    expect(malformedDateLine('Date 14/11/2021\ntext')).toBe('Date 14/11/2021');
    expect(malformedDateLine('date 2021-11-14\ntext')).toBeNull();
    expect(malformedDateLine('Date palms grow in Oman.')).toBeNull();
  });

  it('reads the front-matter form `date: YYYY-MM-DD` as a date line, the text after it unchanged', () => {
    for (const [content, text] of [
      ['date: 2021-11-14\nThe talks ended.', 'The talks ended.'],
      ['Date:2021-11-14\nThe talks ended.', 'The talks ended.'],
      ['date : 2021-11-14 The talks ended.', 'The talks ended.'],
    ] as const) {
      const dated = parseDateLine(content)!;
      expect(dated.date).toBe('2021-11-14');
      expect(dated.text).toBe(text);
      expect(content.slice(dated.offset)).toBe(text);
      expect(malformedDateLine(content)).toBeNull();
    }
    expect(() => parseDateLine('date: 14.11.2021\ntext')).toThrow(/malformed date "14.11.2021"/);
    expect(malformedDateLine('date: 14.11.2021\ntext')).toBe('date: 14.11.2021');
    expect(parseDateLine('dated 2021-11-14\ntext')).toBeNull();
  });
});

describe('JSON Lines', () => {
  it('reads records with their fields, origin line numbers, full timestamps and blank lines', () => {
    const items = [...readJsonlFile(file(join(FIX, 'good/wires.jsonl')))];
    expect(problems(items)).toEqual([]);
    const [a, b, c] = docs(items);
    expect(a).toEqual({
      id: 'wire-001', url: 'https://example.org/wire/1', source: 'Example Wire', title: 'Talks in Geneva', date: '2022-02-10',
      text: 'American and Russian diplomats met in Geneva on Monday. The US deputy secretary of state said the talks had been frank.',
      origin: `${join(FIX, 'good/wires.jsonl')}:1`,
    });
    expect(b).toMatchObject({ date: '2022-02-11', title: 'Kyiv appeal', origin: expect.stringMatching(/wires\.jsonl:3$/) });
    expect(c.origin).toMatch(/:4$/);
  });

  it('skips each bad line with its line number and keeps the good ones', () => {
    const items = [...readJsonlFile(file(join(FIX, 'bad/mixed.jsonl')))];
    expect(docs(items).map((d) => d.date)).toEqual(['2022-03-01', '2022-03-07']);
    expect(problems(items).map(formatProblem).map((l) => l.replace(FIX + '/', ''))).toEqual([
      expect.stringMatching(/^skipped bad\/mixed\.jsonl:2: not valid JSON/),
      'skipped bad/mixed.jsonl:3: missing field "text"; fix or remove that line ({"date": "YYYY-MM-DD", "text": "…"} per line)',
      expect.stringMatching(/^skipped bad\/mixed\.jsonl:4: field "date": expected a date YYYY-MM-DD;/),
      expect.stringMatching(/^skipped bad\/mixed\.jsonl:5: not a JSON object;/),
      expect.stringMatching(/^skipped bad\/mixed\.jsonl:6: field "text": is empty;/),
      expect.stringMatching(/^skipped bad\/mixed\.jsonl:7: field "title": expected string, received number;/),
    ]);
  });

  it('uses --date for records without one, and names the missing date otherwise', () => {
    expect(parseJsonlLine('f.jsonl', 9, '{"text": "Peru and Bolivia talked."}', { date: '2022-05-05' })).toMatchObject({ date: '2022-05-05' });
    expect(parseJsonlLine('f.jsonl', 9, '{"text": "Peru and Bolivia talked."}')).toMatchObject({ line: 9, reason: 'missing field "date"' });
  });

  it('reports invalid UTF-8, binary content and empty files', () => {
    const bad = join(tmp, 'latin.jsonl');
    writeFileSync(bad, Buffer.concat([
      Buffer.from('{"date": "2022-01-01", "text": "ok"}\n{"date": "2022-01-02", "text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n'),
    ]));
    const items = [...readJsonlFile(file(bad))];
    expect(docs(items)).toHaveLength(1);
    expect(problems(items).map(formatProblem)).toEqual([expect.stringMatching(/latin\.jsonl:2: not valid UTF-8 \(bad byte at column 36\)/)]);
    const bin = join(tmp, 'bin.jsonl');
    writeFileSync(bin, Buffer.from([0x7b, 0, 1, 2, 0x0a, 0x7d]));
    expect(problems([...readJsonlFile(file(bin))]).map((p) => p.reason)).toEqual(['binary content, not text']);
    const empty = join(tmp, 'empty.jsonl');
    writeFileSync(empty, '');
    expect(problems([...readJsonlFile(file(empty))]).map((p) => p.reason)).toEqual(['empty file']);
    writeFileSync(empty, '\n\n');
    expect(problems([...readJsonlFile(file(empty))]).map((p) => p.reason)).toEqual(['no records (only blank lines)']);
  });

  it('streams lines longer than the read buffer and handles a last line without newline and CRLF', () => {
    const long = join(tmp, 'long.jsonl');
    const text = 'Word '.repeat(500_000).trim();
    writeFileSync(long, `{"date": "2022-01-01", "text": "${text}"}\r\n{"date": "2022-01-02", "text": "tail"}`);
    const d = docs([...readJsonlFile(file(long))]);
    expect(d.map((x) => x.text.length)).toEqual([text.length, 4]);
  });

  it('refuses a line over 10 MiB wherever it ends (10.8 MiB = 11.3 MB ending inside a read chunk passed), with no "only blank lines" after it', () => {
    const big = join(tmp, 'big-line.jsonl');
    const line = `{"date": "2022-01-01", "text": "${'a'.repeat(Math.round(10.8 * 1024 * 1024))}"}`;
    writeFileSync(big, `${line}\n{"date": "2022-01-02", "text": "after it"}\n`);
    let items = [...readJsonlFile(file(big))];
    expect(problems(items).map(formatProblem)).toEqual([`skipped ${big}:1: line is over the 10.0 MB limit; shorten that record`]);
    expect(docs(items).map((x) => x.text)).toEqual(['after it']);
    writeFileSync(big, `${line}\n`); // the file's only record is too long: one problem, not a second "no records"
    items = [...readJsonlFile(file(big))];
    expect(problems(items).map(formatProblem)).toEqual([`skipped ${big}:1: line is over the 10.0 MB limit; shorten that record`]);
    const exact = `{"date": "2022-01-01", "text": "${'b'.repeat(10 * 1024 * 1024 - 40)}"}`; // just under: read
    writeFileSync(big, `${exact}\n`);
    expect(docs([...readJsonlFile(file(big))])).toHaveLength(1);
  });
});
