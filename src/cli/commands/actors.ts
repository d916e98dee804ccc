// `eventline actors`: the actors found in the store with how often they appear.
import type { Command } from 'commander';
import type { ActorRow, ListFilter } from '../../store/store.ts';
import type { Cli } from '../context.ts';
import { registerList } from '../list-command.ts';
import type { Column } from '../output.ts';

const COLUMNS: Column<ActorRow>[] = [
  { header: 'id', get: (a) => a.id, max: 36 },
  { header: 'name', get: (a) => a.name, max: 32 },
  { header: 'kind', get: (a) => a.kind },
  { header: 'country', get: (a) => a.country },
  { header: 'sector', get: (a) => a.sector },
  { header: 'docs', get: (a) => a.docs, right: true },
  { header: 'mentions', get: (a) => a.mentions, right: true },
  { header: 'events', get: (a) => a.events, right: true },
  { header: 'quotes', get: (a) => a.quotes, right: true },
];

export function registerActors(program: Command, cli: Cli): void {
  registerList<ActorRow, ListFilter>(program, cli, {
    name: 'actors',
    description: 'list actors with their document, mention, event and quote counts',
    typeHelp: 'actor kind: person, country, igo, org or group',
    list: (s, f) => s.listActors(f),
    table: COLUMNS,
    csv: COLUMNS.map((c) => ({ ...c, max: undefined })),
    empty: 'no actors match',
  });
}
