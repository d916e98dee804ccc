// `eventline export [--db] [--out FILE]`: the whole store as JSON Lines, one document with all its layers
// and messages per line (ordered by date, id), for backups and moves between SQLite and PostgreSQL.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import type { Command } from 'commander';
import { allPages, type Store } from '../../store/store.ts';
import { type Cli, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption, openForRead } from '../options.ts';

/** Documents read per getDocs call: a few queries for them all, at most ~100 documents in memory. */
const EXPORT_CHUNK = 100;

/** Writes every stored document as one JSON line through `write`; resolves to the number written. */
export async function exportStore(store: Store, write: (line: string) => void | Promise<void>): Promise<number> {
  let n = 0;
  let ids: string[] = [];
  const flush = async () => {
    for (const doc of await store.getDocs(ids)) {
      if (!doc) continue; // deleted while exporting
      await write(`${JSON.stringify(doc)}\n`);
      n++;
    }
    ids = [];
  };
  for await (const row of allPages((f) => store.listDocs(f), {})) {
    ids.push(row.id);
    if (ids.length === EXPORT_CHUNK) await flush();
  }
  await flush();
  return n;
}

export function registerExport(program: Command, cli: Cli): void {
  addDbOption(program.command('export').description(summary('export')))
    .option('--out <file>', 'write to this file (replaced atomically when complete) instead of standard output')
    .option('--quiet', 'no closing status line')
    .action(async (opts: { db: string; out?: string; quiet?: boolean }) => {
      const store = await openForRead(opts.db);
      try {
        let n: number;
        if (opts.out) {
          const tmp = `${opts.out}.partial-${process.pid}`;
          let fd: number;
          try {
            fd = openSync(tmp, 'w');
          } catch (err) {
            throw new UserError(`cannot write ${opts.out} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); check --out`);
          }
          try {
            n = await exportStore(store, (line) => void writeSync(fd, line));
            closeSync(fd);
            renameSync(tmp, opts.out);
          } catch (err) {
            try {
              closeSync(fd);
            } catch {
              /* already closed */
            }
            rmSync(tmp, { force: true });
            throw err;
          }
        } else {
          n = await exportStore(store, (line) => {
            if (process.stdout.write(line)) return;
            return new Promise<void>((r) => process.stdout.once('drain', () => r()));
          });
        }
        if (!opts.quiet) cli.err(`exported ${n} document${n === 1 ? '' : 's'} from ${opts.db}${opts.out ? ` to ${opts.out}` : ''}\n`);
      } finally {
        await store.close();
      }
    });
}
