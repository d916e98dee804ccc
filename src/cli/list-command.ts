// The shape shared by `events`, `quotes`, `actors` and `docs`: open the store read-only, page through a
// filtered listing, print it as table / JSON Lines / CSV, and print the cursor when --limit cut it short.
import type { Command } from 'commander';
import { MAX_PAGE, type ListFilter, type Page, type Store } from '../store/store.ts';
import { type Cli, UserError } from './context.ts';
import { summary, type CommandName } from './command-list.ts';
import { addDbOption, addFilterOptions, addFormatOptions, checkOption, formatOf, openForRead, toFilter, type FilterOptions } from './options.ts';
import { writeRows, type Column } from './output.ts';

export interface ListSpec<T, F extends ListFilter> {
  name: CommandName;
  typeHelp: string;
  /** Why a --type value is not accepted (one line listing the allowed values), null when it is. */
  typeError(v: string): string | null;
  /** Extra options beyond the shared filters. */
  extend?(cmd: Command): Command;
  /** Extra filter fields from the parsed options. */
  filter?(opts: Record<string, unknown>): Partial<F>;
  list(store: Store, filter: F): Promise<Page<T>>;
  table: Column<T>[];
  csv: Column<T>[];
  empty: string;
}

export function registerList<T, F extends ListFilter>(program: Command, cli: Cli, spec: ListSpec<T, F>): void {
  let cmd = program.command(spec.name).description(summary(spec.name));
  cmd = addFormatOptions(addFilterOptions(addDbOption(cmd), spec.typeHelp));
  if (spec.extend) cmd = spec.extend(cmd);
  cmd.action(async (opts: FilterOptions & { db: string; json?: boolean; csv?: boolean }) => {
    const format = formatOf(opts);
    const { max, ...base } = toFilter(opts);
    checkOption('--type', base.type || undefined, spec.typeError);
    const filter = { ...base, ...(spec.filter?.(opts as unknown as Record<string, unknown>) ?? {}) } as F;
    const store = await openForRead(opts.db);
    try {
      let next: string | null = null;
      async function* rows(): AsyncGenerator<T> {
        let cursor = filter.cursor;
        let left = max ?? Infinity;
        for (;;) {
          const page = await spec.list(store, { ...filter, cursor, limit: Math.min(MAX_PAGE, left) });
          yield* page.items;
          left -= page.items.length;
          if (!page.next) return;
          if (left <= 0) {
            next = page.next;
            return;
          }
          cursor = page.next;
        }
      }
      let n: number;
      try {
        n = await writeRows(rows(), format, spec.table, spec.csv, (s) => cli.out(s), { color: cli.stdoutTty });
      } catch (err) {
        if (/invalid (cursor|limit)/.test((err as Error).message)) throw new UserError((err as Error).message);
        throw err;
      }
      if (n === 0 && format === 'table') cli.err(`${spec.empty}\n`);
      if (next) cli.err(`more ${spec.name}: add --cursor ${next}\n`);
    } finally {
      await store.close();
    }
  });
}
