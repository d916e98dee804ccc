// Reading articles from URLs: a feed URL gives its items (each item's linked page fetched and read as
// HTML when `pages` is on, the item's own text otherwise or when the page fails), a page URL gives one
// article. Fetching goes through a `Fetcher`; the default is the SSRF-guarded safeFetch.
import type { RawDoc } from '../doc/types.ts';
import { safeFetch, type SafeFetchOptions } from '../net/safe-fetch.ts';
import { feedItemDoc, looksLikeFeed, parseFeed, type Feed, type FeedItem } from './feed.ts';
import { htmlDoc } from './html.ts';
import type { InputProblem } from './problem.ts';
import type { ReadItem } from './readers.ts';

export interface Fetched {
  /** Final URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: Buffer;
}

export type Fetcher = (url: string) => Promise<Fetched>;

/** The default fetcher: safeFetch (public addresses only unless allowed, size and time limits). */
export function safeFetcher(options: SafeFetchOptions = {}): Fetcher {
  return async (url) => {
    const r = await safeFetch(url, options);
    const ct = r.headers['content-type'];
    return { url: r.url, status: r.status, contentType: Array.isArray(ct) ? ct[0] : (ct ?? ''), body: r.body };
  };
}

const problemOf = (file: string, err: unknown, fix = 'check the URL'): InputProblem => ({ file, reason: `cannot fetch (${(err as Error).message})`, fix });

/** A document from a fetched page (or a problem). */
export async function fetchPage(url: string, fetcher: Fetcher, options: { date?: string } = {}): Promise<RawDoc | InputProblem> {
  let r: Fetched;
  try {
    r = await fetcher(url);
  } catch (err) {
    return problemOf(url, err);
  }
  if (r.status !== 200) return { file: url, reason: `HTTP status ${r.status}`, fix: 'check the URL' };
  return htmlDoc(url, r.body, { ...options, url: r.url, origin: url });
}

/** The document for one feed item: its linked page when `pages` (falling back to the item's text). */
export async function feedItemToDoc(feed: Feed, item: FeedItem, where: string, fetcher: Fetcher, options: { date?: string; pages?: boolean } = {}): Promise<RawDoc | InputProblem> {
  const own = feedItemDoc(feed, item, where, options);
  if (!options.pages || !item.link) return own;
  const page = await fetchPage(item.link, fetcher, { date: item.date ?? options.date });
  if ('reason' in page) return 'reason' in own ? page : own;
  if (!page.title && item.title) page.title = item.title;
  if (!page.source && feed.title) page.source = feed.title;
  return page;
}

/** Fetches a feed; throws when it cannot be fetched or parsed. */
export async function fetchFeed(url: string, fetcher: Fetcher): Promise<Feed> {
  const r = await fetcher(url);
  if (r.status !== 200) throw new Error(`HTTP status ${r.status}`);
  return parseFeed(r.body.toString('utf8'));
}

/** Items of a URL: a feed's items (pages fetched) or one page. */
export async function* fetchUrlItems(url: string, options: { date?: string; fetcher?: Fetcher; pages?: boolean } = {}): AsyncGenerator<ReadItem> {
  const fetcher = options.fetcher ?? safeFetcher();
  let r: Fetched;
  try {
    r = await fetcher(url);
  } catch (err) {
    throw new Error(`cannot fetch ${url}: ${(err as Error).message}`); // network trouble: worth a retry
  }
  if (r.status >= 500 || r.status === 429) throw new Error(`cannot fetch ${url}: HTTP status ${r.status}`);
  if (r.status !== 200) {
    yield { problem: { file: url, reason: `HTTP status ${r.status}`, fix: 'check the URL' }, bytes: r.body.length };
    return;
  }
  const head = r.body.subarray(0, 4096).toString('utf8');
  if (!/xml|rss|atom/i.test(r.contentType) && !looksLikeFeed(head)) {
    const d = htmlDoc(url, r.body, { ...(options.date ? { date: options.date } : {}), url: r.url, origin: url });
    yield 'reason' in d ? { problem: d, bytes: r.body.length } : { doc: d, bytes: r.body.length };
    return;
  }
  let feed: Feed;
  try {
    feed = parseFeed(r.body.toString('utf8'));
  } catch (err) {
    yield { problem: { file: url, reason: (err as Error).message, fix: 'pass a feed or an article URL' }, bytes: r.body.length };
    return;
  }
  for (const [i, item] of feed.items.entries()) {
    const d = await feedItemToDoc(feed, item, `${url}#${i + 1}`, fetcher, { ...options, pages: options.pages ?? true });
    yield 'reason' in d ? { problem: d, bytes: 0 } : { doc: d, bytes: 0 };
  }
}
