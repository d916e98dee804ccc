// `eventline docs`: the stored documents with their event and quote counts; --text searches them.
import type { Command } from 'commander';
import type { DocFilter, DocRow } from '../../store/store.ts';
import type { Cli } from '../context.ts';
import { eventTypeError } from '../../store/filter-values.ts';
import { registerList } from '../list-command.ts';
import type { Column } from '../output.ts';

const TABLE: Column<DocRow>[] = [
  { header: 'id', get: (d) => d.id },
  { header: 'date', get: (d) => d.date },
  { header: 'title', get: (d) => d.title ?? d.origin, max: 40 },
  { header: 'source', get: (d) => d.source, max: 20 },
  { header: 'chars', get: (d) => d.chars, right: true },
  { header: 'events', get: (d) => d.events, right: true },
  { header: 'quotes', get: (d) => d.quotes, right: true },
];

const CSV: Column<DocRow>[] = [
  { header: 'id', get: (d) => d.id },
  { header: 'date', get: (d) => d.date },
  { header: 'title', get: (d) => d.title },
  { header: 'url', get: (d) => d.url },
  { header: 'source', get: (d) => d.source },
  { header: 'origin', get: (d) => d.origin },
  { header: 'ingested_at', get: (d) => d.ingestedAt },
  { header: 'chars', get: (d) => d.chars },
  { header: 'events', get: (d) => d.events },
  { header: 'quotes', get: (d) => d.quotes },
];

export function registerDocs(program: Command, cli: Cli): void {
  registerList<DocRow, DocFilter>(program, cli, {
    name: 'docs',
    typeHelp: 'documents with an event of this PLOVER type or CAMEO prefix',
    typeError: eventTypeError,
    extend: (cmd) => cmd.option('--text <words>', 'full-text search in title and text ("double quotes" for a phrase)'),
    filter: (o) => (o.text ? { text: String(o.text) } : {}),
    list: (s, f) => s.listDocs(f),
    table: TABLE,
    csv: CSV,
    empty: 'no documents match',
  });
}
