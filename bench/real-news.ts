// The real-news benchmark corpus: every article of the public news corpora under ../shared/eval (TR-News,
// PolNeAR dev, MEANTIME, the news documents of GUM), read with the eval readers and written as JSON Lines
// under bench/out/ (gitignored: third-party text never enters the repository).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTrNews, TR_NEWS_FILE } from '../src/eval/tr-news.ts';
import { loadPolnear } from '../src/eval/polnear.ts';
import { loadMeantime } from '../src/eval/meantime-time.ts';
import type { CorpusArticle } from './corpus.ts';

export interface NewsSource {
  name: string;
  articles: CorpusArticle[];
}

/** parseTrNews reads TR-News's written dates as ISO days (isoDay); an article without a readable one takes the eval's fallback date, as there. */
const isoOr = (date: string, fallback = '2017-01-01') => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : fallback);
const article = (id: string, date: string, text: string): CorpusArticle => ({ id, date: isoOr(date), text });

/** The documents of UD CoNLL-U files under ud/ whose id `keep` accepts, rebuilt as text (sentence texts, paragraphs), dated
 *  by GUM's `# meta::dateCreated` or else by the `_ENG_YYYYMMDD_` of an EWT document id (else left empty). */
export function udDocuments(dataDir: string, files: readonly string[], keep: (id: string) => boolean): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const file of files) {
    const path = join(dataDir, 'ud', file);
    if (!existsSync(path)) continue;
    let cur: { id: string; date: string; paras: string[][] } | null = null;
    const flush = () => {
      if (cur && keep(cur.id)) out.push(article(cur.id, cur.date, cur.paras.map((p) => p.join(' ')).filter(Boolean).join('\n\n')));
    };
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (line.startsWith('# newdoc id = ')) {
        flush();
        const id = line.slice('# newdoc id = '.length).trim();
        const ewt = /_ENG_(\d{4})(\d{2})(\d{2})_/.exec(id);
        cur = { id, date: ewt ? `${ewt[1]}-${ewt[2]}-${ewt[3]}` : '', paras: [[]] };
      } else if (!cur) continue;
      else if (line.startsWith('# meta::dateCreated = ')) cur.date = line.slice('# meta::dateCreated = '.length).trim().slice(0, 10);
      else if (line === '# newpar' || line.startsWith('# newpar ')) cur.paras.push([]);
      else if (line.startsWith('# text = ')) cur.paras[cur.paras.length - 1].push(line.slice('# text = '.length));
    }
    flush();
  }
  return out;
}

const GUM_OPEN = ['en_gum-open-train.conllu', 'en_gum-open-dev.conllu'] as const;

/** GUM's news documents (Wikinews) from the CoNLL-U files: sentence texts, paragraphs, dateCreated. */
export function gumNews(dataDir: string): CorpusArticle[] {
  return udDocuments(dataDir, GUM_OPEN, (id) => id.startsWith('GUM_news_'));
}

/** Text no gold set scores for events, quotes, places or time, kept apart from the benchmark as a second pool of
 *  untuned text: EWT's weblog and newsgroup documents (train and dev; the test split is the parser's benchmark) and
 *  GUM's Wikinews interviews. */
export function udExtra(dataDir: string): NewsSource[] {
  return [
    { name: 'EWT weblog and newsgroup', articles: udDocuments(dataDir, ['en_ewt-ud-train.conllu', 'en_ewt-ud-dev.conllu'], (id) => /^(weblog|newsgroup)-/.test(id)) },
    { name: 'GUM interview', articles: udDocuments(dataDir, GUM_OPEN, (id) => id.startsWith('GUM_interview_')) },
  ].map((s) => ({ ...s, articles: s.articles.filter((a) => a.text.trim()) }));
}

/** The articles of each corpus present under `dataDir` (a corpus that is absent has none). */
export function realNews(dataDir: string): NewsSource[] {
  const tr = join(dataDir, TR_NEWS_FILE);
  return [
    { name: 'TR-News', articles: existsSync(tr) ? parseTrNews(readFileSync(tr, 'utf8')).map((a) => article(`tr-${a.id}`, a.date, a.text)) : [] },
    { name: 'PolNeAR dev', articles: loadPolnear(dataDir).map((a) => article(`polnear-${a.name}`, a.date, a.text)) },
    { name: 'MEANTIME', articles: loadMeantime(dataDir).map((d) => article(`meantime-${d.name}`, d.dct, d.text)) },
    { name: 'GUM news', articles: gumNews(dataDir) },
  ].map((s) => ({ ...s, articles: s.articles.filter((a) => a.text.trim()) }));
}
