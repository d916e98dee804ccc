// The WARC reader: records streamed from .warc and multi-member .warc.gz archives, HTML responses
// turned into documents, other records skipped, broken archives reported with what was read before.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';
import { httpResponseBlock, readWarcFile, warcRecord, warcRecords, type WarcItem } from '../../src/ingest/warc.ts';
import { readInputsAsync } from '../../src/ingest/readers.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { walkInputs } from '../../src/ingest/walk.ts';

const HTML = resolve(import.meta.dirname, '../fixtures/html');
const dir = mkdtempSync(join(tmpdir(), 'eventline-warc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** warcinfo, then per page a request and a response, plus an image response and a 404. */
function records(): Buffer[] {
  const out = [warcRecord('warcinfo', { 'WARC-Date': '2024-06-01T00:00:00Z', 'Content-Type': 'application/warc-fields' }, Buffer.from('software: eventline-test\r\n'))];
  for (const name of ['meta-date.html', 'json-ld-date.html', 'no-date.html']) {
    const uri = `https://news.example/${name}`;
    out.push(warcRecord('request', { 'WARC-Target-URI': uri, 'Content-Type': 'application/http; msgtype=request' }, Buffer.from(`GET /${name} HTTP/1.1\r\nHost: news.example\r\n\r\n`)));
    out.push(
      warcRecord(
        'response',
        { 'WARC-Target-URI': uri, 'WARC-Date': '2024-06-02T10:00:00Z', 'Content-Type': 'application/http; msgtype=response' },
        httpResponseBlock(readFileSync(join(HTML, name)), 'text/html; charset=utf-8'),
      ),
    );
  }
  out.push(warcRecord('response', { 'WARC-Target-URI': 'https://news.example/logo.png', 'Content-Type': 'application/http; msgtype=response' }, httpResponseBlock(Buffer.alloc(5000, 7), 'image/png')));
  out.push(warcRecord('response', { 'WARC-Target-URI': 'https://news.example/gone', 'Content-Type': 'application/http; msgtype=response' }, httpResponseBlock(Buffer.from('<html>gone</html>'), 'text/html', 404)));
  return out;
}

async function collect(path: string): Promise<WarcItem[]> {
  const out: WarcItem[] = [];
  for await (const item of readWarcFile(path)) out.push(item);
  return out;
}

describe('WARC reader', () => {
  it('reads HTML responses from a plain .warc and skips other records', async () => {
    const path = join(dir, 'plain.warc');
    writeFileSync(path, Buffer.concat(records()));
    const items = await collect(path);
    const docs = items.flatMap((i) => ('doc' in i ? [i.doc] : []));
    expect(docs.map((d) => d.date)).toEqual(['2023-08-14', '2024-05-03', '2024-06-02']); // the last one: crawl date
    expect(docs[0]).toMatchObject({ url: 'https://balticledger.example/2023/08/14/joint-patrols', source: 'Baltic Ledger' });
    expect(docs[2]).toMatchObject({ url: 'https://news.example/no-date.html', origin: `${path}#7` });
    expect(items.filter((i) => 'skipped' in i)).toHaveLength(6);
    expect(items.reduce((n, i) => n + i.bytes, 0)).toBe(readFileSync(path).length);
  });

  it('takes no crawl date from a damaged WARC-Date: a page without a date of its own is a problem, not a document of "2023-15-02"', async () => {
    const path = join(dir, 'bad-date.warc');
    const uri = 'https://news.example/no-date.html';
    writeFileSync(path, warcRecord('response', { 'WARC-Target-URI': uri, 'WARC-Date': '2023-15-02T10:00:00Z' }, httpResponseBlock(readFileSync(join(HTML, 'no-date.html')), 'text/html; charset=utf-8')));
    const items = await collect(path);
    expect(items.flatMap((i) => ('doc' in i ? [i.doc.date] : []))).toEqual([]);
    expect(items.filter((i) => 'problem' in i)).toHaveLength(1);
  });

  it('reads a .warc.gz made of one gzip member per record, with the same result', async () => {
    const plain = join(dir, 'same.warc');
    const gz = join(dir, 'same.warc.gz');
    writeFileSync(plain, Buffer.concat(records()));
    writeFileSync(gz, Buffer.concat(records().map((r) => gzipSync(r))));
    const a = (await collect(plain)).flatMap((i) => ('doc' in i ? [{ ...i.doc, origin: '' }] : []));
    const b = (await collect(gz)).flatMap((i) => ('doc' in i ? [{ ...i.doc, origin: '' }] : []));
    expect(b).toEqual(a);
    expect(b).toHaveLength(3);
  });

  it('parses records split at any chunk boundary', async () => {
    const all = Buffer.concat(records());
    for (const size of [1, 7, 64, 1000]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < all.length; i += size) chunks.push(all.subarray(i, i + size));
      const types: string[] = [];
      for await (const r of warcRecords(Readable.from(chunks), () => true)) types.push(r.headers['warc-type']);
      expect(types).toEqual(['warcinfo', 'request', 'response', 'request', 'response', 'request', 'response', 'response', 'response']);
    }
  });

  it('reports a truncated archive after yielding the records before the cut', async () => {
    const all = Buffer.concat(records());
    const path = join(dir, 'cut.warc');
    writeFileSync(path, all.subarray(0, all.length - 2000));
    const items = await collect(path);
    expect(items.filter((i) => 'doc' in i).length).toBeGreaterThanOrEqual(2);
    const last = items[items.length - 1];
    expect('problem' in last && last.problem.reason).toMatch(/ends inside a record/);
  });

  it('reports a file that is not a WARC archive', async () => {
    const path = join(dir, 'not.warc');
    writeFileSync(path, 'hello\r\n\r\nworld');
    const items = await collect(path);
    expect(items).toHaveLength(1);
    expect('problem' in items[0] && items[0].problem.reason).toMatch(/expected a WARC record/);
    // named as another kind of file, not as a truncated archive (whose fix says "records before this point were read")
    for (const content of ['hello\r\n\r\nworld', '<html><body>a page saved as .warc</body></html>', 'x'.repeat(100_000)]) {
      writeFileSync(path, content);
      const [only, ...rest] = await collect(path);
      expect(rest).toEqual([]);
      expect('problem' in only && formatProblem(only.problem)).toMatch(new RegExp(`^skipped ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not a WARC archive \\(.*\\); pass only WARC or WARC.gz files, which start with a "WARC/1.1" \\(or 1.0\\) record header$`));
    }
  });

  it('is dispatched by readInputsAsync for .warc.gz found by the walk', async () => {
    const sub = join(dir, 'walk');
    rmSync(sub, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(sub);
    writeFileSync(join(sub, 'crawl.warc.gz'), Buffer.concat(records().map((r) => gzipSync(r))));
    const w = walkInputs([sub]);
    expect(w.files.map((f) => f.format)).toEqual(['warc']);
    const docs = [];
    for await (const item of readInputsAsync(w.files)) if ('doc' in item) docs.push(item.doc);
    expect(docs).toHaveLength(3);
  });
});
