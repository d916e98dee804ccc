// The real news articles a rule may be studied on: the benchmark corpus (bench/real-news.ts: TR-News,
// PolNeAR dev, MEANTIME, GUM news) minus every article that a gold set scores for the kind of work at hand.
// The events-news dev articles (the events gold) are always left out; for quotes also PolNeAR's half B, for
// places TR-News's half B, for time MEANTIME's half B (its time eval's halves), for entities MEANTIME's and
// GUM open dev's half B (their entity evals' halves); `all` leaves out every one of these. Each article is
// written as DIR/<id>.txt, dated on its opening line (`date: YYYY-MM-DD`) above the article, as the other developer
// scripts read it (explain-events.ts --dir). The files quote the corpus: write them outside the repository.
// `--pool extra` writes a second pool instead, text from outside the benchmark that no gold set scores for events, quotes,
// places or time (bench/real-news.ts udExtra: EWT's weblogs and newsgroups, GUM's interviews; for entities GUM open
// dev's half B is still left out); `--pool both` writes both.
//   node bin/run.js scripts/untuned-articles.ts --out DIR [--for events|quotes|places|time|entities|all] [--pool news|extra|both] [--data DIR]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { realNews, udExtra } from '../bench/real-news.ts';
import { defaultDataDir } from '../src/eval/data-dir.ts';
import { readEventsNews } from '../src/eval/events-news.ts';
import { halfOf, halves } from '../src/eval/halves.ts';
import { loadPolnear, polnearHalf } from '../src/eval/polnear.ts';
import { parseTrNews, TR_NEWS_FILE } from '../src/eval/tr-news.ts';
import { loadMeantime } from '../src/eval/meantime-time.ts';
import { readMeantimeFiles } from '../src/eval/meantime-xml.ts';
import { docId } from '../src/eval/meantime-entities.ts';
import { loadGum } from '../src/eval/gum-entities.ts';

export const PURPOSES = ['events', 'quotes', 'places', 'time', 'entities', 'all'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const POOLS = ['news', 'extra', 'both'] as const;
export type Pool = (typeof POOLS)[number];

/** The ids (as bench/real-news.ts names them) of the articles held out for `purpose`, with the reason. */
export function heldOut(dataDir: string, purpose: Purpose): Map<string, string> {
  const out = new Map<string, string>();
  const wants = (p: Purpose) => purpose === p || purpose === 'all';
  // (an article held out for two reasons keeps the first: the events gold, then the sets in this order)
  const hold = (id: string, why: string) => void (out.has(id) || out.set(id, why));
  if (existsSync(join(dataDir, 'events-news', 'dev'))) {
    for (const g of readEventsNews(dataDir)) {
      const id = g.file.replace(/\.json$/, '').replace(/^trnews-/, 'tr-');
      hold(id, 'events-news dev');
    }
  }
  if (wants('quotes')) for (const a of loadPolnear(dataDir)) if (polnearHalf(a.name) === 'B') hold(`polnear-${a.name}`, 'PolNeAR half B');
  const tr = join(dataDir, TR_NEWS_FILE);
  if (wants('places') && existsSync(tr)) {
    const articles = parseTrNews(readFileSync(tr, 'utf8'));
    const of = halves(articles.map((a) => a.id));
    for (const a of articles) if (of.get(a.id) === 'B') hold(`tr-${a.id}`, 'TR-News half B');
  }
  if (wants('time')) for (const d of loadMeantime(dataDir)) if (halfOf(d.name) === 'B') hold(`meantime-${d.name}`, 'MEANTIME time half B');
  if (wants('entities')) {
    const files = readMeantimeFiles(dataDir).map((f) => f.file);
    const of = halves(files.map(docId));
    for (const f of files) if (of.get(docId(f)) === 'B') hold(`meantime-${f.replace(/\.xml$/, '')}`, 'MEANTIME entities half B');
    const gum = existsSync(join(dataDir, 'ud')) ? loadGum(dataDir) : [];
    const gumOf = halves(gum.map((d) => d.id));
    for (const d of gum) if (gumOf.get(d.id) === 'B') hold(d.id, 'GUM open dev half B');
  }
  return out;
}

/** An events-news id names its article by a prefix of the corpus's id (PolNeAR's long file names are cut). */
function heldBy(held: Map<string, string>, id: string): string | null {
  const exact = held.get(id);
  if (exact) return exact;
  for (const [h, why] of held) if (why === 'events-news dev' && (id.startsWith(h) || h.startsWith(id))) return why;
  return null;
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const out = opt('--out');
  const purpose = (opt('--for') ?? 'events') as Purpose;
  const pool = (opt('--pool') ?? 'news') as Pool;
  const dataDir = opt('--data') ?? defaultDataDir();
  if (!out) throw new Error('untuned-articles: give --out DIR (a folder outside the repository)');
  if (!PURPOSES.includes(purpose)) throw new Error(`untuned-articles: --for ${purpose} is unknown; use one of ${PURPOSES.join(', ')}`);
  if (!POOLS.includes(pool)) throw new Error(`untuned-articles: --pool ${pool} is unknown; use one of ${POOLS.join(', ')}`);
  const root = resolve(import.meta.dirname, '..');
  const rel = relative(root, resolve(out));
  if (!rel.startsWith('..') && !isAbsolute(rel)) throw new Error(`untuned-articles: ${out} is inside the repository; the files quote the corpus, write them elsewhere`);
  if (!existsSync(dataDir)) throw new Error(`untuned-articles: ${dataDir} not found; give --data DIR (../shared/eval)`);
  const held = heldOut(dataDir, purpose);
  mkdirSync(out, { recursive: true });
  const left = new Map<string, number>();
  let kept = 0;
  const sources = [...(pool === 'extra' ? [] : realNews(dataDir)), ...(pool === 'news' ? [] : udExtra(dataDir))];
  for (const source of sources) {
    for (const a of source.articles) {
      const why = heldBy(held, a.id);
      if (why) {
        left.set(why, (left.get(why) ?? 0) + 1);
        continue;
      }
      writeFileSync(join(out, `${a.id.replace(/[^\w.-]/g, '_')}.txt`), `date: ${a.date}\n${a.text}`);
      kept++;
    }
  }
  const reasons = [...left].map(([why, n]) => `${n} ${why}`).join(', ');
  console.log(`${kept} articles written to ${out} (for ${purpose}, pool ${pool}); left out: ${reasons || 'none'}`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    main();
  } catch (e) {
    console.error((e as Error).message);
    process.exit(2);
  }
}
