// `eventline show DOC`: one stored document with its annotations marked inline (colours on a terminal).
import type { Command } from 'commander';
import { type Cli, UserError } from '../context.ts';
import { summary } from '../command-list.ts';
import { addDbOption, openForRead } from '../options.ts';
import { renderDoc } from '../annotate.ts';

export function registerShow(program: Command, cli: Cli): void {
  addDbOption(
    program
      .command('show')
      .description(summary('show'))
      .argument('<doc>', 'document id (or its first characters)'),
  )
    .option('--no-color', 'no ANSI colours (also NO_COLOR=1)')
    .action(async (id: string, opts: { db: string; color: boolean }) => {
      const store = await openForRead(opts.db);
      try {
        let doc = await store.getDoc(id);
        if (!doc) {
          const matches = (await store.listDocs({ doc: id, limit: 2 })).items;
          if (matches.length > 1) throw new UserError(`document id "${id}" is ambiguous in ${opts.db}; give more characters`);
          if (matches.length === 1) doc = await store.getDoc(matches[0].id);
        }
        if (!doc) throw new UserError(`no document "${id}" in ${opts.db}; list the ids with eventline docs --db ${opts.db}`);
        const color = opts.color && cli.stdoutTty && !process.env.NO_COLOR;
        cli.out(renderDoc(doc, color));
      } finally {
        await store.close();
      }
    });
}
