// The HTML reader: an article page becomes a document — main text by @mozilla/readability over a
// linkedom DOM, title, outlet and canonical URL from meta tags, and the publication date from
// article:published_time / JSON-LD datePublished / <time datetime> / other date meta tags.
import { readFileSync } from 'node:fs';
import type { Readability } from '@mozilla/readability';
import { linkedomModule } from './linkedom.ts';
import { readabilityModule } from './readability.ts';
import type { RawDoc } from '../doc/types.ts';
import { isIsoDate } from './date-line.ts';
import { MAX_INPUT_BYTES, decodeUtf8, looksBinary } from './bytes.ts';
import { blockText, dropStrayNodes, elementDepth } from './html-text.ts';
import { MAX_MARKUP_DEPTH, markupDepth } from './markup-depth.ts';

/** Readability's cost grows with the square of nesting depth; deeper pages (real ones stay far below) skip it. */
const MAX_READABILITY_DEPTH = 150;
import type { InputProblem } from './problem.ts';

export interface HtmlPage {
  text: string;
  title?: string;
  /** YYYY-MM-DD, when the page states its publication date. */
  date?: string;
  source?: string;
  url?: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

const DATE_META = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date',
  'article.published', 'published_time', 'original-publish-date', 'og:published_time',
];
const SOURCE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'];

function metaContent(doc: Doc, names: string[]): string | undefined {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const m of doc.querySelectorAll('meta')) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = m.getAttribute('content');
    if (wanted.has(key) && content && content.trim()) return content.trim();
  }
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// "Thu, 9 Mar 2023 15:58 -0500", "9 March 2023 GMT" and "9:05 AM ET, Mon March 6, 2023",
// "Mar. 7, 2023 | 4:15pm EST": the day as written, whatever clock time and zone surround it.
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');

/** The day a written date names ("9 March 2023", "Mon March 6, 2023") as YYYY-MM-DD, null when it
 * names no real day ("Feb 30, 2016"), undefined when the string holds no written date. */
function writtenDay(v: string): string | null | undefined {
  let y: string, mon: string, d: string;
  const a = DAY_MONTH_YEAR.exec(v);
  const b = a ? null : MONTH_DAY_YEAR.exec(v);
  if (a) [, d, mon, y] = a;
  else if (b) [, mon, d, y] = b;
  else return undefined;
  const day = `${y}-${String(MONTHS.indexOf(mon.toLowerCase()) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(day) ? day : null;
}

/**
 * YYYY-MM-DD from an ISO timestamp, a written date ("Thu, 9 Mar 2023 23:30 -0500", "9:05 AM ET, Mon
 * March 6, 2023": the day as written, in the writer's own time zone) or any other date string
 * Date.parse understands; undefined otherwise.
 */
export function isoDay(value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  const v = value.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(v);
  if (m) return isIsoDate(m[1]) ? m[1] : undefined; // the date as written, in the page's own time zone
  const written = writtenDay(v);
  if (written !== undefined) return written ?? undefined;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  const day = new Date(t).toISOString().slice(0, 10);
  return isIsoDate(day) ? day : undefined;
}

/** JSON-LD objects of the page (top level, arrays and @graph flattened). */
function jsonLd(doc: Doc): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(add);
    else if (v && typeof v === 'object') {
      out.push(v as Record<string, unknown>);
      const graph = (v as Record<string, unknown>)['@graph'];
      if (graph) add(graph);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(s.textContent ?? ''));
    } catch {
      // a broken JSON-LD block is ignored, like browsers and crawlers do
    }
  }
  return out;
}

function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && typeof (v as { name?: unknown }).name === 'string') return (v as { name: string }).name;
  if (Array.isArray(v)) return ldString(v[0]);
  return undefined;
}

function pageDate(doc: Doc, ld: Record<string, unknown>[]): string | undefined {
  const fromMeta = isoDay(metaContent(doc, DATE_META));
  if (fromMeta) return fromMeta;
  for (const o of ld) {
    const d = isoDay(ldString(o.datePublished) ?? ldString(o.dateCreated));
    if (d) return d;
  }
  for (const t of doc.querySelectorAll('time[datetime]')) {
    const d = isoDay(t.getAttribute('datetime'));
    if (d) return d;
  }
  return isoDay(metaContent(doc, ['article:modified_time', 'dateModified', 'last-modified']));
}

function pageSource(doc: Doc, ld: Record<string, unknown>[]): string | undefined {
  for (const o of ld) {
    const p = ldString(o.publisher);
    if (p) return p;
  }
  return metaContent(doc, SOURCE_META)?.replace(/^@/, '');
}

/** Extracts the article from an HTML page. `baseUrl` helps Readability with relative links. */
export function extractHtml(html: string, baseUrl?: string): HtmlPage {
  let { document } = linkedomModule().parseHTML(html);
  // linkedom leaves documentElement null for input without any element (text, a comment, a doctype),
  // and makes a fragment's first element the root: read both as the body of a page
  if (document.documentElement?.localName !== 'html') document = linkedomModule().parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const ld = jsonLd(document);
  const page: HtmlPage = { text: '' };
  const date = pageDate(document, ld);
  if (date) page.date = date;
  const source = pageSource(document, ld);
  if (source) page.source = source;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['og:url']) ?? baseUrl;
  if (canonical && /^https?:\/\//i.test(canonical)) page.url = canonical;
  const metaTitle = metaContent(document, ['og:title', 'twitter:title']) ?? document.querySelector('title')?.textContent?.trim();
  // Readability changes the DOM, so it runs after the metadata has been read
  let article: ReturnType<Readability<string>['parse']> = null;
  if (elementDepth(document.documentElement, MAX_READABILITY_DEPTH) <= MAX_READABILITY_DEPTH) {
    if (document.body) dropStrayNodes(document.body);
    try {
      article = new (readabilityModule().Readability)(document as never, { charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
  }
  let text = '';
  if (article?.content) text = blockText(linkedomModule().parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  if (!text.trim() && document.body) text = blockText(document.body);
  page.text = text;
  const title = article?.title?.trim() || metaTitle;
  if (title) page.title = title.replace(/\s+/g, ' ');
  if (!page.source && article?.siteName) page.source = article.siteName;
  if (!page.date) {
    const d = isoDay(article?.publishedTime);
    if (d) page.date = d;
  }
  return page;
}

/** A document from HTML bytes, or a problem naming `file` (a path, or a WARC file with its record). */
export function htmlDoc(
  file: string,
  buf: Uint8Array,
  options: { date?: string; url?: string; origin?: string } = {},
): RawDoc | InputProblem {
  if (buf.length > MAX_INPUT_BYTES) return { file, reason: `page is over the ${MAX_INPUT_BYTES / 1024 / 1024} MB limit`, fix: 'save only the article page' };
  if (looksBinary(buf)) return { file, reason: 'binary content, not HTML', fix: 'pass only HTML pages' };
  let html: string;
  try {
    html = decodeUtf8(buf);
  } catch {
    html = new TextDecoder('latin1').decode(buf); // pages declaring other charsets: windows-1252 is the web's fallback
  }
  // before any DOM is built: the parser's time grows faster than the nesting (markup-depth.ts)
  if (markupDepth(html) > MAX_MARKUP_DEPTH) {
    return { file, reason: `the page nests elements more than ${MAX_MARKUP_DEPTH.toLocaleString('en-US')} levels deep (real pages stay under 100); it was not parsed`, fix: 'check that it is an article page' };
  }
  let page: HtmlPage;
  try {
    page = extractHtml(html, options.url);
  } catch (err) {
    return { file, reason: `cannot parse the page (${(err as Error).message.split('\n')[0]})`, fix: 'check that it is an HTML page' };
  }
  if (!page.text.trim()) return { file, reason: 'no article text found in the page', fix: 'check that the page holds an article' };
  const date = page.date ?? options.date;
  if (!date) {
    return { file, reason: 'no publication date in the page (meta tags, JSON-LD or <time>)', fix: 'pass --date YYYY-MM-DD' };
  }
  const doc: RawDoc = { date, text: page.text, origin: options.origin ?? file };
  if (page.title) doc.title = page.title;
  const url = page.url ?? options.url;
  if (url) doc.url = url;
  if (page.source) doc.source = page.source;
  return doc;
}

/** An HTML file read as one article. */
export function readHtmlFile(path: string, size: number, options: { date?: string } = {}): { doc: RawDoc; bytes: number } | { problem: InputProblem; bytes: number } {
  if (size > MAX_INPUT_BYTES) return { problem: { file: path, reason: 'file is over the size limit', fix: 'save only the article page' }, bytes: size };
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (err) {
    return { problem: { file: path, reason: `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, fix: 'check its permissions' }, bytes: size };
  }
  const r = htmlDoc(path, buf, options);
  return 'reason' in r ? { problem: r, bytes: buf.length } : { doc: r, bytes: buf.length };
}
