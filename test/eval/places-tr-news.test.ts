import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import { parseTrNews, trNewsSet, TR_NEWS_FILE } from '../../src/eval/tr-news.ts';
import { placesPipeline } from '../stages/places/pipeline.ts';

const dir = sharedDataDir();
const present = !!dir && existsSync(join(dir, TR_NEWS_FILE));
if (!present) console.warn('TR-News.xml absent: skipping the TR-News places evaluation');

describe.skipIf(!present)('TR-News places evaluation', () => {
  it('parses every article and re-anchors every toponym on its phrase', () => {
    const articles = parseTrNews(readFileSync(join(dir!, TR_NEWS_FILE), 'utf8'));
    expect(articles.length).toBeGreaterThan(100);
    let n = 0;
    for (const a of articles) for (const t of a.toponyms) {
      n++;
      expect(a.text.slice(t.start, t.end)).toBe(t.phrase);
    }
    expect(n).toBeGreaterThan(1200);
  });

  it('scores gold-span resolution and end-to-end recognition', async () => {
    const [r] = await trNewsSet.run({ dataDir: dir!, pipeline: placesPipeline() });
    console.log(JSON.stringify(r.metrics));
    expect(r.metrics.gold_span_n).toBeGreaterThan(1200);
    // Regression floors, below the figures measured when this was written.
    expect(r.metrics.gold_span_acc161).toBeGreaterThan(65);
    expect(r.metrics.gold_span_country_acc).toBeGreaterThan(80);
    expect(r.metrics.e2e_f1).toBeGreaterThan(75);
    // both fixed halves of the articles are scored, and together they make the whole
    for (const h of ['A', 'B']) expect(r.metrics[`${h}.e2e_f1`]).toBeGreaterThan(75);
    const lo = Math.min(r.metrics['A.e2e_recall'], r.metrics['B.e2e_recall']);
    const hi = Math.max(r.metrics['A.e2e_recall'], r.metrics['B.e2e_recall']);
    expect(r.metrics.e2e_recall).toBeGreaterThanOrEqual(lo);
    expect(r.metrics.e2e_recall).toBeLessThanOrEqual(hi);
    // the gold-span figure per half too, the whole between its halves
    const spans = [r.metrics['A.gold_span_acc161'], r.metrics['B.gold_span_acc161']];
    for (const v of spans) expect(v).toBeGreaterThan(65);
    expect(r.metrics.gold_span_acc161).toBeGreaterThanOrEqual(Math.min(...spans));
    expect(r.metrics.gold_span_acc161).toBeLessThanOrEqual(Math.max(...spans));
    const countries = [r.metrics['A.gold_span_country_acc'], r.metrics['B.gold_span_country_acc']];
    for (const v of countries) expect(v).toBeGreaterThan(80);
    expect(r.metrics.gold_span_country_acc).toBeGreaterThanOrEqual(Math.min(...countries));
    expect(r.metrics.gold_span_country_acc).toBeLessThanOrEqual(Math.max(...countries));
  });
});
