// `eventline actors`: the actors found in the store with how often they appear and their registry
// roles; `--unresolved` lists the frequent names the registry does not know, so users can grow it.
import type { Command } from 'commander';
import { allPages, type ActorRow, type ListFilter, type Page, type Store } from '../../store/store.ts';
import type { Cli } from '../context.ts';
import { actorKindError } from '../../store/filter-values.ts';
import { registerList } from '../list-command.ts';
import type { Column } from '../output.ts';
import { bundledKnowledge } from '../../knowledge/knowledge.ts';
import { actorIndex, isRegistryActor, type RoleDef } from '../../stages/actors/registry.ts';

type ActorListRow = ActorRow & { roles: string };

interface ActorFilter extends ListFilter {
  unresolved?: boolean;
}

const COLUMNS: Column<ActorListRow>[] = [
  { header: 'id', get: (a) => a.id, max: 36 },
  { header: 'name', get: (a) => a.name, max: 32 },
  { header: 'kind', get: (a) => a.kind },
  { header: 'country', get: (a) => a.country },
  { header: 'sector', get: (a) => a.sector },
  { header: 'docs', get: (a) => a.docs, right: true },
  { header: 'mentions', get: (a) => a.mentions, right: true },
  { header: 'events', get: (a) => a.events, right: true },
  { header: 'quotes', get: (a) => a.quotes, right: true },
  { header: 'roles', get: (a) => a.roles, max: 60 },
];

/** "Foreign Secretary 2021-09-15..2022-09-06; Prime Minister 2022-09-06..2022-10-25" from the registry. */
export function formatRoles(roles: readonly RoleDef[]): string {
  return roles.map((r) => `${r.title} ${r.from ?? ''}..${r.to ?? ''}`).join('; ');
}

/** Actors named in documents that the registry does not know (doc-local person:/org: ids), most mentioned first. */
async function unresolvedActors(store: Store, filter: ListFilter): Promise<Page<ActorRow>> {
  const knowledge = bundledKnowledge();
  const items: ActorRow[] = [];
  for await (const a of allPages((f) => store.listActors(f), { ...filter, cursor: undefined })) {
    if ((a.kind === 'person' || a.kind === 'org') && !isRegistryActor(knowledge, a.id)) items.push(a);
  }
  items.sort((x, y) => y.mentions - x.mentions || y.docs - x.docs || x.id.localeCompare(y.id));
  return { items: filter.limit ? items.slice(0, filter.limit) : items, next: null };
}

export function registerActors(program: Command, cli: Cli): void {
  registerList<ActorListRow, ActorFilter>(program, cli, {
    name: 'actors',
    typeHelp: 'actor kind: person, country, igo, org or group',
    typeError: actorKindError,
    extend: (cmd) => cmd.option('--unresolved', 'only names the actor registry does not know, most mentioned first'),
    filter: (opts) => (opts.unresolved ? { unresolved: true } : {}),
    list: async (s, f) => {
      const { unresolved, ...filter } = f;
      const page = unresolved ? await unresolvedActors(s, filter) : await s.listActors(filter);
      const registry = actorIndex(bundledKnowledge()).actors;
      return { ...page, items: page.items.map((a) => ({ ...a, roles: formatRoles(registry.get(a.id)?.roles ?? []) })) };
    },
    table: COLUMNS,
    csv: COLUMNS.map((c) => ({ ...c, max: undefined })),
    empty: 'no actors match',
  });
}
