// Fuzzing the HTML, RSS/Atom and WARC readers with generated tag soup and byte-mutated valid files: no
// exception, no hang, and every outcome is a document or a one-line problem. FUZZ_FORMAT_RUNS sets the
// case count per reader (CI default 2,000 each; npm run fuzz runs 10,000+).
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readHtmlFile } from '../../src/ingest/html.ts';
import { readFeedFile } from '../../src/ingest/feed.ts';
import { httpResponseBlock, readWarcFile, warcRecord } from '../../src/ingest/warc.ts';
import { formatProblem, type InputProblem } from '../../src/ingest/problem.ts';
import { isIsoDate } from '../../src/ingest/date-line.ts';
import type { RawDoc } from '../../src/doc/types.ts';
import { mutateBytes } from './fuzz-inputs.ts';
import { FUZZ_SEED, watchedCase } from '../helpers/watchdog.ts';

const RUNS = Number(process.env.FUZZ_FORMAT_RUNS ?? 10_000); // linkedom parsing costs ~5-10 ms a case; the nightly script runs more
const HTML_RUNS = Number(process.env.FUZZ_HTML_RUNS ?? RUNS);
const MAX_CASE_MS = 3000;
const dir = mkdtempSync(join(tmpdir(), 'eventline-fuzz-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const enc = new TextEncoder();

const PARA = [
  'Kenya accused Ethiopia on Monday of shelling villages near the border, a charge Addis Ababa denied.',
  '“We will not accept this,” the foreign minister told reporters in Nairobi.',
  'The African Union called for restraint and offered to mediate talks next week.',
];
const ARTICLE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Border clash</title>
<meta property="article:published_time" content="2023-05-02T10:00:00Z"><meta property="og:site_name" content="Example Wire">
<link rel="canonical" href="https://example.org/a/1"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-05-02"}</script>
</head><body><nav><a href="/">Home</a></nav><article><h1>Border clash</h1>${PARA.map((p) => `<p>${p}</p>`).join('')}<time datetime="2023-05-02">2 May</time></article>
<footer>© Example</footer></body></html>`;
const RSS = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Wire</title>
${PARA.map((p, i) => `<item><title>Story ${i}</title><link>https://example.org/${i}</link><guid>id-${i}</guid><pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate><description><![CDATA[<p>${p}</p>]]></description></item>`).join('')}
</channel></rss>`;
const ATOM = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
${PARA.map((p, i) => `<entry><title>E${i}</title><id>urn:e:${i}</id><updated>2023-05-02T10:00:00Z</updated><link href="https://example.org/e/${i}"/><content type="html">&lt;p&gt;${p}&lt;/p&gt;</content></entry>`).join('')}
</feed>`;

const TAGS = ['<p>', '</p>', '<div>', '</div>', '<script>', '</script>', '<style>', '<!--', '-->', '<![CDATA[', ']]>', '<br>', '<a href="javascript:alert(1)">', '</a>', '&amp;', '&#x0;', '&#99999999;', '&nbsp;', '<?xml', '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>', '&b;', '<item>', '</item>', '<entry>', '<meta property="article:published_time" content="', '">', '<time datetime="', '<svg onload=alert(1)>', '<template>', '<table><tr><td>'];
const soup = fc.array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...PARA), fc.string({ maxLength: 30 })), { maxLength: 60 }).map((xs) => xs.join(''));
const nested = fc.tuple(fc.constantFrom('<div>', '<p><b>', '<ul><li>', '<item><title>'), fc.integer({ min: 50, max: 3000 })).map(([t, n]) => t.repeat(n));

const markup = (template: string) =>
  fc.oneof(
    { weight: 5, arbitrary: mutateBytes(enc.encode(template)) },
    { weight: 2, arbitrary: soup.map((s) => enc.encode(s)) },
    { weight: 1, arbitrary: nested.map((s) => enc.encode(s)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1000 }) },
  );

type Item = { doc: RawDoc; bytes: number } | { problem: InputProblem; bytes: number } | { skipped: string; bytes: number };
const counts: Record<string, { cases: number; docs: number; problems: number; maxMs: number }> = {};

function check(name: string, items: Item[], ms: number): void {
  const c = (counts[name] ??= { cases: 0, docs: 0, problems: 0, maxMs: 0 });
  c.cases++;
  c.maxMs = Math.max(c.maxMs, ms);
  expect(ms, `${name}: one case took ${ms.toFixed(0)} ms`).toBeLessThan(MAX_CASE_MS);
  for (const it of items) {
    if ('problem' in it) {
      c.problems++;
      expect(formatProblem(it.problem)).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/);
      expect(it.problem.reason.length).toBeGreaterThan(0);
    } else if ('doc' in it) {
      c.docs++;
      expect(isIsoDate(it.doc.date), `date ${it.doc.date}`).toBe(true);
      expect(typeof it.doc.text).toBe('string');
    }
  }
}

describe(`markup reader fuzzing`, () => {
  it(`HTML pages (${HTML_RUNS} cases)`, () => {
    let i = 0;
    fc.assert(
      fc.property(markup(ARTICLE_HTML), fc.boolean(), watchedCase((bytes, withDate) => {
        const file = join(dir, `h${i++ % 20}.html`);
        writeFileSync(file, bytes);
        const t = performance.now();
        const r = readHtmlFile(file, bytes.length, withDate ? { date: '2024-01-31' } : {});
        check('html', [r], performance.now() - t);
      })),
      { numRuns: HTML_RUNS, seed: FUZZ_SEED },
    );
    expect(counts.html.docs).toBeGreaterThan(0);
  }, 900_000);

  it(`RSS and Atom feeds (${RUNS} cases)`, () => {
    let i = 0;
    fc.assert(
      fc.property(fc.oneof(markup(RSS), markup(ATOM)), watchedCase((bytes) => {
        const file = join(dir, `f${i++ % 20}.xml`);
        writeFileSync(file, bytes);
        const t = performance.now();
        const r = readFeedFile(file, bytes.length);
        check('feed', r, performance.now() - t);
      })),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
    expect(counts.feed.docs).toBeGreaterThan(0);
  }, 900_000);

  it(`WARC archives, plain and gzipped (${RUNS} cases)`, async () => {
    const page = (n: number) => Buffer.from(ARTICLE_HTML.replace('Border clash</h1>', `Border clash ${n}</h1>`));
    const archive = Buffer.concat([
      warcRecord('warcinfo', { 'WARC-Date': '2023-05-02T10:00:00Z' }, Buffer.from('software: test\r\n')),
      ...[1, 2].map((n) =>
        warcRecord('response', { 'WARC-Target-URI': `https://example.org/${n}`, 'WARC-Date': '2023-05-02T10:00:00Z' }, httpResponseBlock(page(n), 'text/html; charset=utf-8')),
      ),
    ]);
    let i = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(mutateBytes(archive), fc.uint8Array({ maxLength: 600 })), fc.boolean(), watchedCase(async (bytes, gz) => {
        const file = join(dir, `w${i++ % 20}.warc${gz ? '.gz' : ''}`);
        writeFileSync(file, gz ? gzipSync(bytes) : bytes);
        const t = performance.now();
        const items: Item[] = [];
        for await (const it of readWarcFile(file)) items.push(it);
        check('warc', items, performance.now() - t);
      })),
      { numRuns: RUNS, seed: FUZZ_SEED },
    );
    expect(counts.warc.docs).toBeGreaterThan(0);
  }, 900_000);

  it('prints the figures', () => {
    for (const [name, s] of Object.entries(counts)) {
      console.log(`fuzz ${name}: ${s.cases} cases, ${s.docs} documents, ${s.problems} problems, slowest case ${s.maxMs.toFixed(1)} ms`);
    }
    expect(Object.keys(counts).length).toBe(3);
  });
});

// Fixed pathological cases: 300,000 levels of nesting (2.2 MB of <div>s took 67 s to ingest, 300,000 levels
// 124 s in the HTML parser) are refused by the depth guard (src/ingest/markup-depth.ts) before any parse.
describe('300,000 levels of nesting: read or skipped in 5 s with a clear message', () => {
  const LEVELS = 300_000;
  const page = (body: string) => `<!doctype html><html><head><meta property="article:published_time" content="2023-05-02"></head><body>${body}<p>${PARA[0]}</p></body></html>`;
  const cases: [string, string][] = [
    ['<div>', page('<div>'.repeat(LEVELS))],
    ['<div>…</div>', page(`${'<div>'.repeat(LEVELS)}x${'</div>'.repeat(LEVELS)}`)],
    ['<div/>', page('<div/>'.repeat(LEVELS))],
    ['<span><b>', page('<span><b>'.repeat(LEVELS / 2))],
    ['<table><tr><td>', page('<table><tr><td>'.repeat(LEVELS / 3))],
  ];
  for (const [name, html] of cases) {
    it(`HTML page of ${name} × ${LEVELS.toLocaleString('en-US')}`, () => {
      const file = join(dir, 'deep.html');
      writeFileSync(file, html);
      const t = performance.now();
      const r = readHtmlFile(file, Buffer.byteLength(html));
      const ms = performance.now() - t;
      expect(ms).toBeLessThan(5000);
      expect('problem' in r && formatProblem(r.problem)).toBe(`skipped ${file}: the page nests elements more than 2,000 levels deep (real pages stay under 100); it was not parsed; check that it is an article page`);
    }, 30_000);
  }

  it('a feed nesting 300,000 elements, and a feed item whose HTML content does', () => {
    const file = join(dir, 'deep.xml');
    writeFileSync(file, RSS.replace('<channel>', `<channel>${'<x>'.repeat(LEVELS)}`));
    let t = performance.now();
    const r = readFeedFile(file, 0);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(r.map((x) => ('problem' in x ? formatProblem(x.problem) : 'doc'))).toEqual([`skipped ${file}: the feed nests elements more than 2,000 levels deep; it was not parsed; pass an RSS or Atom feed`]);
    writeFileSync(file, RSS.replace(`<![CDATA[<p>${PARA[1]}</p>]]>`, `<![CDATA[${'<div>'.repeat(LEVELS)}${PARA[1]}]]>`));
    t = performance.now();
    const items = readFeedFile(file, 0);
    expect(performance.now() - t).toBeLessThan(5000);
    expect(items.map((x) => ('doc' in x ? x.doc.text : formatProblem(x.problem)))).toEqual(PARA); // read as the text between the tags
  }, 30_000);

  it('a WARC record holding a 300,000-deep page is skipped; the next record is read', async () => {
    const good = Buffer.from(ARTICLE_HTML);
    const file = join(dir, 'deep.warc');
    writeFileSync(file, Buffer.concat([
      warcRecord('response', { 'WARC-Target-URI': 'https://example.org/deep', 'WARC-Date': '2023-05-02T10:00:00Z' }, httpResponseBlock(Buffer.from(page('<div>'.repeat(LEVELS))), 'text/html')),
      warcRecord('response', { 'WARC-Target-URI': 'https://example.org/good', 'WARC-Date': '2023-05-02T10:00:00Z' }, httpResponseBlock(good, 'text/html')),
    ]));
    const t = performance.now();
    const out: string[] = [];
    for await (const it of readWarcFile(file)) if (!('skipped' in it)) out.push('doc' in it ? `doc ${it.doc.url}` : formatProblem(it.problem));
    expect(performance.now() - t).toBeLessThan(5000);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/nests elements more than 2,000 levels deep/);
    expect(out[1]).toBe('doc https://example.org/a/1');
  }, 30_000);
});
