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
    .option('--tree <n>', 'print the dependency tree of sentence N (1-based) instead, parsed from the stored tokens')
    .action(async (id: string, opts: { db: string; color: boolean; tree?: string }) => {
      const store = await openForRead(opts.db);
      try {
        let doc = await store.getDoc(id);
        if (!doc) {
          const matches = (await store.listDocs({ doc: id, limit: 2 })).items;
          if (matches.length > 1) throw new UserError(`document id "${id}" is ambiguous in ${opts.db}; give more characters`);
          if (matches.length === 1) doc = await store.getDoc(matches[0].id);
        }
        if (!doc) throw new UserError(`no document "${id}" in ${opts.db}; list the ids with eventline docs --db ${opts.db}`);
        if (opts.tree !== undefined) {
          const n = Number(opts.tree);
          const count = doc.layers.sentences?.length ?? 0;
          if (!Number.isInteger(n) || n < 1 || n > count) throw new UserError(`--tree ${opts.tree}: document ${doc.id} has sentences 1 to ${count}`);
          const { parseTokens } = await import('../../stages/syntax/index.ts');
          const { sentenceTree } = await import('../../stages/syntax/render.ts');
          doc.layers.syntax = parseTokens(doc.layers.tokens ?? []);
          cli.out(sentenceTree(doc, n - 1));
          return;
        }
        const color = opts.color && cli.stdoutTty && !process.env.NO_COLOR;
        cli.out(renderDoc(doc, color));
      } finally {
        await store.close();
      }
    });
}
