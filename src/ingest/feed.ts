// The feed reader: RSS 2.0, RSS 1.0 (RDF) and Atom feeds parsed with linkedom's XML parser into items
// (id, link, title, date, outlet, text from content:encoded / content / description / summary), and
// items turned into documents.
import { readFileSync } from 'node:fs';
import { linkedomModule } from './linkedom.ts';
import { MAX_MARKUP_DEPTH, markupDepth } from './markup-depth.ts';
import type { RawDoc } from '../doc/types.ts';
import { isoDay } from './html.ts';
import { decodeEntities, htmlToText } from './html-text.ts';
import type { InputProblem } from './problem.ts';

export interface FeedItem {
  /** guid / id, else the link, else title + date. */
  id: string;
  link?: string;
  title?: string;
  /** YYYY-MM-DD. */
  date?: string;
  /** The item's own text (HTML converted to paragraphs); often only a summary. */
  text: string;
}

export interface Feed {
  title?: string;
  link?: string;
  items: FeedItem[];
}

/* eslint-disable @typescript-eslint/no-explicit-any */
type El = any;

const local = (el: El): string => String(el.localName ?? el.tagName ?? '').toLowerCase().replace(/^.*:/, '');
const qname = (el: El): string => String(el.tagName ?? '').toLowerCase();

function children(el: El): El[] {
  const out: El[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) out.push(c);
  return out;
}

function child(el: El, ...names: string[]): El | undefined {
  const kids = children(el);
  for (const n of names) {
    const found = kids.find((k) => (n.includes(':') ? qname(k) === n : local(k) === n && !qname(k).includes(':')) || qname(k) === n);
    if (found) return found;
  }
  return undefined;
}

/** Text of an element, CDATA included. */
function text(el: El | undefined): string | undefined {
  if (!el) return undefined;
  const t = String(el.textContent ?? '').trim();
  return t ? t : undefined;
}

function atomLink(el: El): string | undefined {
  const links = children(el).filter((k) => local(k) === 'link');
  const alt = links.find((l) => !l.getAttribute('rel') || l.getAttribute('rel') === 'alternate') ?? links[0];
  return alt?.getAttribute('href') ?? text(alt) ?? undefined;
}

function findAll(root: El, name: string): El[] {
  const out: El[] = [];
  const walk = (el: El) => {
    for (const c of children(el)) {
      if (local(c) === name) out.push(c);
      else walk(c);
    }
  };
  walk(root);
  return out;
}

function itemOf(el: El, atom: boolean): FeedItem {
  const title = text(child(el, 'title'));
  const link = atom ? atomLink(el) : text(child(el, 'link')) ?? child(el, 'link')?.getAttribute('href') ?? undefined;
  const date = isoDay(text(child(el, 'pubdate', 'published', 'dc:date', 'updated', 'issued', 'date', 'modified')));
  const body = text(child(el, 'content:encoded', 'content', 'description', 'summary', 'dc:description'));
  const guid = text(child(el, 'guid', 'id')) ?? el.getAttribute('rdf:about') ?? undefined;
  const item: FeedItem = { id: guid ?? link ?? `${title ?? ''}|${date ?? ''}`, text: body ? htmlToText(body) : '' };
  if (link) item.link = link.trim();
  if (title) item.title = decodeEntities(title).replace(/\s+/g, ' ');
  if (date) item.date = date;
  return item;
}

/** Parses an RSS or Atom document; throws with a short reason when it is neither. */
export function parseFeed(xml: string): Feed {
  if (markupDepth(xml, MAX_MARKUP_DEPTH, true) > MAX_MARKUP_DEPTH) {
    throw new Error(`the feed nests elements more than ${MAX_MARKUP_DEPTH.toLocaleString('en-US')} levels deep; it was not parsed`);
  }
  const doc = new (linkedomModule().DOMParser)().parseFromString(xml.replace(/^\uFEFF/, ''), 'text/xml') as El;
  const root = doc.documentElement;
  if (!root) throw new Error('not XML');
  const kind = local(root);
  if (kind === 'feed') {
    return {
      title: text(child(root, 'title')),
      link: atomLink(root),
      items: children(root).filter((c) => local(c) === 'entry').map((e) => itemOf(e, true)),
    };
  }
  if (kind === 'rss' || kind === 'rdf') {
    const channel = findAll(root, 'channel')[0] ?? root;
    return {
      title: text(child(channel, 'title')),
      link: text(child(channel, 'link')),
      items: findAll(root, 'item').map((e) => itemOf(e, false)),
    };
  }
  throw new Error(`not an RSS or Atom feed (root element <${String(root.tagName)}>)`);
}

/** True when the text looks like a feed (an <rss>, <feed> or <rdf:RDF> root near the start). */
export function looksLikeFeed(head: string): boolean {
  return /<(rss|feed|rdf:rdf)[\s>]/i.test(head.slice(0, 4096));
}

/** A document from a feed item's own text, or a problem (`where` names the feed and item). */
export function feedItemDoc(feed: Feed, item: FeedItem, where: string, options: { date?: string } = {}): RawDoc | InputProblem {
  const file = where;
  if (!item.text.trim()) return { file, reason: `item "${item.title ?? item.id}" has no text`, fix: 'use eventline watch to fetch the linked pages' };
  const date = item.date ?? options.date;
  if (!date) return { file, reason: `item "${item.title ?? item.id}" has no date`, fix: 'pass --date YYYY-MM-DD' };
  const doc: RawDoc = { date, text: item.text, origin: where };
  if (item.title) doc.title = item.title;
  if (item.link) doc.url = item.link;
  if (feed.title) doc.source = feed.title;
  return doc;
}

/** Every item of a feed file as a document or a problem (the file's bytes are counted on the first). */
export function readFeedFile(path: string, size: number, options: { date?: string } = {}): ({ doc: RawDoc; bytes: number } | { problem: InputProblem; bytes: number })[] {
  let xml: string;
  try {
    xml = readFileSync(path, 'utf8');
  } catch (err) {
    return [{ problem: { file: path, reason: `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, fix: 'check its permissions' }, bytes: size }];
  }
  let feed: Feed;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    return [{ problem: { file: path, reason: (err as Error).message, fix: 'pass an RSS or Atom feed' }, bytes: size }];
  }
  if (!feed.items.length) return [{ problem: { file: path, reason: 'feed has no items', fix: 'nothing to ingest' }, bytes: size }];
  return feed.items.map((item, i) => {
    const r = feedItemDoc(feed, item, `${path}#${i + 1}`, options);
    const bytes = i === 0 ? size : 0;
    return 'reason' in r ? { problem: r, bytes } : { doc: r, bytes };
  });
}
