// Polling feeds for `eventline watch`: each poll reads every feed (file or URL) and returns the items not
// seen before in this run (by feed and item id), read as documents — linked pages fetched when `pages`.
import { readFileSync } from 'node:fs';
import type { RawDoc } from '../doc/types.ts';
import { parseFeed, type Feed } from './feed.ts';
import { feedItemToDoc, fetchFeed, type Fetcher } from './fetch-inputs.ts';
import type { InputProblem } from './problem.ts';

export interface PollResult {
  docs: RawDoc[];
  problems: InputProblem[];
  /** Items seen for the first time in this poll. */
  newItems: number;
}

export class FeedWatcher {
  private readonly seen = new Set<string>();

  constructor(
    private readonly feeds: string[],
    private readonly fetcher: Fetcher,
    private readonly options: { date?: string; pages?: boolean } = {},
  ) {}

  private async load(feed: string): Promise<Feed> {
    if (/^https?:\/\//i.test(feed)) return fetchFeed(feed, this.fetcher);
    return parseFeed(readFileSync(feed, 'utf8'));
  }

  async poll(): Promise<PollResult> {
    const out: PollResult = { docs: [], problems: [], newItems: 0 };
    for (const url of this.feeds) {
      let feed: Feed;
      try {
        feed = await this.load(url);
      } catch (err) {
        out.problems.push({ file: url, reason: `cannot read feed (${(err as Error).message})`, fix: 'check the feed address; it is polled again next time' });
        continue;
      }
      for (const [i, item] of feed.items.entries()) {
        const key = `${url}\u0000${item.id}`;
        if (this.seen.has(key)) continue;
        this.seen.add(key);
        out.newItems++;
        const d = await feedItemToDoc(feed, item, `${url}#${i + 1}`, this.fetcher, this.options);
        if ('reason' in d) out.problems.push(d);
        else out.docs.push(d);
      }
    }
    return out;
  }
}
