// The feed reader on the team's own RSS 2.0 and Atom feeds: items with ids, links, dates and text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFeed, readFeedFile, looksLikeFeed } from '../../src/ingest/feed.ts';
import { walkInputs } from '../../src/ingest/walk.ts';

const FIX = resolve(import.meta.dirname, '../fixtures/feeds');

describe('feed reader', () => {
  it('parses RSS 2.0 items with content:encoded, escaped HTML descriptions and dc:date', () => {
    const feed = parseFeed(readFileSync(`${FIX}/world.rss`, 'utf8'));
    expect(feed.title).toBe('Harbour Times World');
    expect(feed.items.map((i) => i.id)).toEqual(['ht-2023-0311-001', 'ht-2023-0312-002', 'https://harbourtimes.example/world/empty']);
    expect(feed.items[0]).toMatchObject({ date: '2023-03-11', link: 'https://harbourtimes.example/world/japan-korea-talks' });
    expect(feed.items[0].text).toContain('"This is a new start," he said.');
    expect(feed.items[0].text.split('\n\n')).toHaveLength(2);
    expect(feed.items[1]).toMatchObject({ date: '2023-03-12' });
    expect(feed.items[1].text).toBe('The Bank of Ghana raised its main interest rate by 150 basis points on Sunday, citing inflation above 50 percent.\n\nThe governor said further increases could follow.');
  });

  it('parses Atom entries (link href, published before updated, summary)', () => {
    const feed = parseFeed(readFileSync(`${FIX}/region.atom`, 'utf8'));
    expect(feed.title).toBe('Sahel Dispatch');
    expect(feed.items).toHaveLength(2);
    expect(feed.items[0]).toMatchObject({ id: 'urn:example:sahel:1', date: '2024-02-01', link: 'https://saheldispatch.example/niger-mali-pact' });
    expect(feed.items[1]).toMatchObject({ date: '2024-02-02', link: 'https://saheldispatch.example/senegal-vote' });
  });

  it('turns items into documents, reporting items without text', () => {
    const items = readFeedFile(`${FIX}/world.rss`, 10);
    expect(items.filter((i) => 'doc' in i)).toHaveLength(2);
    const doc = items.find((i) => 'doc' in i)!;
    expect('doc' in doc && doc.doc).toMatchObject({ source: 'Harbour Times World', title: 'Japan and South Korea resume security talks', origin: `${FIX}/world.rss#1` });
    const problem = items.find((i) => 'problem' in i)!;
    expect('problem' in problem && problem.problem.reason).toMatch(/"Empty item" has no text/);
  });

  it('rejects XML that is not a feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><catalog><book/></catalog>')).toThrow(/not an RSS or Atom feed/);
    expect(looksLikeFeed('<?xml version="1.0"?>\n<rss version="2.0">')).toBe(true);
    expect(looksLikeFeed('<html>')).toBe(false);
  });

  it('is picked up by the folder walk (.rss, .atom, .xml)', () => {
    expect(walkInputs([FIX]).files.map((f) => f.format)).toEqual(['feed', 'feed']);
  });
});
