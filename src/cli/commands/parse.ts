// `eventline parse FILE...`: the dependency trees of articles (readable indented form, or CoNLL-U), so a
// user can see why an event was or was not coded. `eventline parse --conllu GOLD.conllu` is the standard
// evaluation mode: gold tokens in, the same file out with predicted UPOS, HEAD and DEPREL (columns 4, 7,
// 8), every other column and line untouched; --score also prints UPOS/UAS/LAS against the input's columns.
// Articles go through the pipeline's own tokens and syntax components, over the same knowledge as `extract`
// (the bundled folder and any --knowledge folders), so the trees shown are the ones the stages read.
import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { createDoc } from '../../doc/doc.ts';
import { readInputsAsync } from '../../ingest/readers.ts';
import { walkInputs } from '../../ingest/walk.ts';
import { type Cli, EXIT_SKIPPED, UserError } from '../context.ts';
import { ProblemReporter } from '../problems.ts';
import { collect, userKnowledge } from '../pipeline-setup.ts';

export function registerParse(program: Command, cli: Cli): void {
  program
    .command('parse')
    .description('print the dependency trees of articles (indented or CoNLL-U), or parse a CoNLL-U file with gold tokens')
    .argument('[files...]', 'article files or folders (.txt, .jsonl, .html)')
    .option('--format <format>', 'tree (indented, readable) or conllu', 'tree')
    .option('--sentence <n>', 'only sentence N (1-based) of each document')
    .option('--conllu <file>', 'read CoNLL-U with gold tokens and write it with predicted UPOS, HEAD and DEPREL')
    .option('--out <file>', 'with --conllu: write there instead of standard output')
    .option('--score', 'with --conllu: print UPOS accuracy, UAS and LAS against the file\'s own columns on stderr')
    .option('--knowledge <dir>', 'extra knowledge folder extending the bundled one, as for extract (repeatable)', collect, [])
    .action(async (files: string[], opts: { format: string; sentence?: string; conllu?: string; out?: string; score?: boolean; knowledge: string[] }) => {
      const { bundledModel } = await import('../../stages/syntax/model.ts');
      if (opts.conllu) {
        if (!existsSync(opts.conllu)) throw new UserError(`${opts.conllu}: no such file; pass a CoNLL-U file`);
        const { readConllu, writeConlluSentence } = await import('../../stages/syntax/conllu.ts');
        let sentences;
        try {
          sentences = readConllu(opts.conllu);
        } catch (err) {
          throw new UserError(`${opts.conllu}: ${(err as Error).message}`);
        }
        const model = bundledModel();
        const parts: string[] = [];
        for (const s of sentences) {
          const p = model.parse(s.words.map((w) => w.form));
          parts.push(writeConlluSentence(s, p.upos, p.heads.map((h) => h + 1), p.deprels));
        }
        if (opts.out) writeFileSync(opts.out, parts.join(''));
        else cli.out(parts.join(''));
        if (opts.score) {
          const { scoreUd } = await import('../../stages/syntax/ud-score.ts');
          const s = scoreUd(model, sentences);
          cli.err(`${opts.conllu}: ${s.words} words, UPOS ${s.upos}, UAS ${s.uas}, LAS ${s.las}\n`);
        }
        return;
      }
      if (opts.format !== 'tree' && opts.format !== 'conllu') throw new UserError(`--format ${opts.format}: use tree or conllu`);
      const only = opts.sentence === undefined ? null : Number(opts.sentence);
      if (only !== null && !(Number.isInteger(only) && only >= 1)) throw new UserError(`--sentence ${opts.sentence}: give a sentence number from 1`);
      if (!files.length) throw new UserError('no input: pass article files, or --conllu FILE');
      const walk = walkInputs(files);
      const problems = new ProblemReporter((line) => cli.err(`${line}\n`));
      for (const p of walk.problems) problems.report(p);
      const knowledge = userKnowledge(opts.knowledge);
      const { tokensComponent } = await import('../../stages/tokens/tokens.ts');
      const { syntaxComponent } = await import('../../stages/syntax/index.ts');
      const { sentenceConllu, sentenceTree } = await import('../../stages/syntax/render.ts');
      const tokens = tokensComponent(knowledge);
      const syntax = syntaxComponent(knowledge);
      // The date does not matter to the parse: undated plain text gets a placeholder date.
      for await (const item of readInputsAsync(walk.files, { date: '2000-01-01' })) {
        if ('problem' in item) {
          problems.report(item.problem);
          continue;
        }
        const doc = createDoc(item.doc);
        tokens.process(doc);
        syntax.process(doc);
        const count = doc.layers.sentences?.length ?? 0;
        if (only !== null && only > count) throw new UserError(`--sentence ${only}: ${item.doc.id ?? 'the document'} has ${count} sentences`);
        for (let s = 0; s < count; s++) {
          if (only !== null && s !== only - 1) continue;
          cli.out(opts.format === 'conllu' ? sentenceConllu(doc, s) : sentenceTree(doc, s));
        }
      }
      problems.finish();
      if (problems.count) cli.exit(EXIT_SKIPPED);
    });
}
