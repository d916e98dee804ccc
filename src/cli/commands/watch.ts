// `eventline watch FEED...`: polls RSS/Atom feeds (files or URLs) every --interval seconds and ingests
// new items — each item's linked page fetched through the SSRF-guarded fetcher (--no-pages: the item's
// own text). --once polls a single time and exits.
import type { Command } from 'commander';
import { createDoc } from '../../doc/doc.ts';
import type { Doc } from '../../doc/types.ts';
import { FeedWatcher } from '../../ingest/feed-watch.ts';
import { safeFetcher } from '../../ingest/fetch-inputs.ts';
import { formatProblem } from '../../ingest/problem.ts';
import { createAnnotator } from '../../workers/pool.ts';
import { type Cli, EXIT_SKIPPED, EXIT_USAGE, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption, openForWrite } from '../options.ts';
import { buildPipeline, collect } from '../pipeline-setup.ts';
import { checkDate } from './ingest.ts';
import { annotateFresh } from '../../ingest/fresh-docs.ts';
import { limitedPipeline, limitsFromEnv } from '../../pipeline/limits.ts';
import { saveIsolated, saveProblem } from '../../store/save-isolated.ts';
import { SANITIZE_FIX, hostileProblem } from '../../ingest/hostile-text.ts';

interface WatchOptions {
  db: string;
  interval: string;
  once?: boolean;
  pages: boolean;
  date?: string;
  knowledge?: string[];
  allowPrivate?: boolean;
  quiet?: boolean;
  sanitize?: boolean;
}

export function registerWatch(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('watch')
      .description(summary('watch'))
      .argument('<feeds...>', 'feed files or http(s) URLs'),
  )
    .option('--interval <seconds>', 'seconds between polls', '300')
    .option('--once', 'poll once and exit')
    .option('--no-pages', "use each item's own text instead of fetching its linked page")
    .option('--date <date>', 'date (YYYY-MM-DD) for items and pages without one')
    .option('--knowledge <dir>', 'extra knowledge folder (repeatable)', collect, [])
    .option('--allow-private', 'allow fetching from private and loopback addresses (e.g. a local mirror)')
    .option('--quiet', 'no line per poll')
    .option('--sanitize', 'store items holding NUL, control characters or lone surrogates with each replaced by U+FFFD (default: skip and report them)')
    .action(async (feeds: string[], opts: WatchOptions) => {
      checkDate(opts.date);
      const interval = Number(opts.interval);
      if (!(interval > 0)) throw new UserError(`--interval "${opts.interval}" must be a positive number of seconds`, EXIT_USAGE);
      const limits = limitsFromEnv(); // per-document size and time limits, as for ingest
      const local = limitedPipeline(await buildPipeline(opts.knowledge), limits);
      const annotator = createAnnotator(0, opts.knowledge, async () => local);
      const watcher = new FeedWatcher(feeds, safeFetcher({ allowPrivate: Boolean(opts.allowPrivate) }), { date: opts.date, pages: opts.pages });
      const store = await openForWrite(opts.db);
      let stop = false;
      const onSignal = () => (stop = true);
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      let problems = 0;
      try {
        for (;;) {
          const poll = await watcher.poll();
          for (const p of poll.problems) cli.err(`${formatProblem(p)}\n`);
          problems += poll.problems.length;
          const docs: Doc[] = [];
          for (const raw of poll.docs) {
            const hostile = opts.sanitize ? null : hostileProblem(raw, raw.origin ?? '', SANITIZE_FIX.cli);
            if (hostile) { // not stored unless --sanitize
              cli.err(`${formatProblem(hostile)}\n`);
              problems++;
            } else docs.push(createDoc(raw));
          }
          let saved = 0;
          for (let i = 0; i < docs.length; i += 50) {
            const { save, problems: stopped } = await annotateFresh(docs.slice(i, i + 50), store, annotator, limits);
            for (const p of stopped) cli.err(`${formatProblem(p)}\n`);
            problems += stopped.length;
            const res = await saveIsolated(store, save); // a record the store refuses is a problem, not the poll's end
            for (const f of res.failed) cli.err(`${formatProblem(saveProblem(f))}\n`);
            problems += res.failed.length;
            saved += res.saved.length;
          }
          if (!opts.quiet) cli.err(`${new Date().toISOString()} polled ${feeds.length} feed${feeds.length === 1 ? '' : 's'}: ${poll.newItems} new item${poll.newItems === 1 ? '' : 's'}, ${saved} ingested into ${opts.db}\n`);
          if (opts.once || stop) break;
          for (let waited = 0; waited < interval * 1000 && !stop; waited += 250) await new Promise((r) => setTimeout(r, 250));
          if (stop) break;
        }
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await annotator.close();
        await store.close();
      }
      if (problems) cli.exit(EXIT_SKIPPED);
    });
}
