// The CLI's commands: name, one-line summary and a loader for the module that registers it. Only the
// command being run is imported (`eventline docs` never loads the NLP stages, `--version` loads none); the
// others appear in the help under their summary.
import type { Command } from 'commander';
import type { Cli } from './context.ts';

type Register = (program: Command, cli: Cli) => void;

interface CommandEntry {
  summary: string;
  load(): Promise<Register>;
}

export const COMMANDS = {
  ingest: {
    summary: 'annotate articles and save them in the database (files or folders; .txt, .jsonl, .html, RSS/Atom, .warc[.gz])',
    load: async () => (await import('./commands/ingest.ts')).registerIngest,
  },
  events: { summary: 'list coded events (who did what to whom, when)', load: async () => (await import('./commands/events.ts')).registerEvents },
  quotes: {
    summary: 'list quotations and reported speech with their speakers and outlets',
    load: async () => (await import('./commands/quotes.ts')).registerQuotes,
  },
  actors: {
    summary: 'list actors with their document, mention, event and quote counts and registry roles',
    load: async () => (await import('./commands/actors.ts')).registerActors,
  },
  docs: { summary: 'list stored documents', load: async () => (await import('./commands/docs.ts')).registerDocs },
  show: {
    summary: 'print a stored document with entities, dates, places, quotes and events marked',
    load: async () => (await import('./commands/show.ts')).registerShow,
  },
  extract: {
    summary: 'annotate articles and print them as JSON, without a database',
    load: async () => (await import('./commands/extract.ts')).registerExtract,
  },
  watch: { summary: 'poll RSS/Atom feeds (files or URLs) and ingest new items', load: async () => (await import('./commands/watch.ts')).registerWatch },
  enqueue: {
    summary: 'queue files, folders and URLs for distributed ingest by eventline worker (PostgreSQL)',
    load: async () => (await import('./commands/enqueue.ts')).registerEnqueue,
  },
  worker: {
    summary: 'run queued ingest jobs (see eventline enqueue); PostgreSQL only',
    load: async () => (await import('./commands/worker.ts')).registerWorker,
  },
  status: { summary: 'ingest queue depth, throughput and failures (PostgreSQL)', load: async () => (await import('./commands/status.ts')).registerStatus },
  check: { summary: 'check the integrity of the database (exit 1 when damaged)', load: async () => (await import('./commands/check.ts')).registerCheck },
  export: {
    summary: 'write the whole database as JSON Lines (one document with all layers per line)',
    load: async () => (await import('./commands/export.ts')).registerExport,
  },
  import: { summary: 'load an eventline export file (JSON Lines) into the database', load: async () => (await import('./commands/import.ts')).registerImport },
  serve: {
    summary: 'serve the JSON API and the dashboard (binds 127.0.0.1 unless --host says otherwise)',
    load: async () => (await import('./commands/serve.ts')).registerServe,
  },
  parse: {
    summary: 'print the dependency trees of articles (indented or CoNLL-U), or parse a CoNLL-U file with gold tokens',
    load: async () => (await import('./commands/parse.ts')).registerParse,
  },
  train: {
    summary: 'train the project\'s statistical models from the shared data (eventline train syntax)',
    load: async () => (await import('./commands/train.ts')).registerTrain,
  },
  eval: {
    summary: 'score every stage against the gold sets in ../shared/eval (and the seed article)',
    load: async (): Promise<Register> => (await import('./eval.ts')).registerEval,
  },
} satisfies Record<string, CommandEntry>;

export type CommandName = keyof typeof COMMANDS;

/** The one-line summary of a command (its description in the help). */
export function summary(name: CommandName): string {
  return COMMANDS[name].summary;
}

/** The command `argv` (node, script, args…) runs: its first word that is not an option; for `help X`, X. */
export function commandOf(argv: string[]): string | undefined {
  const words = argv.slice(2).filter((a) => !a.startsWith('-'));
  return words[0] === 'help' ? words[1] : words[0];
}
