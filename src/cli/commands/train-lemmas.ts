// `eventline train lemmas`: reproduces the shipped lemma table (models/lemmas-en.json) from the UD English
// training treebanks in ../shared/eval/ud: the most frequent gold lemma of each lower-cased verb, noun and
// adjective form that is not its own lemma, and the verb lemmas (src/stages/tokens/lemmas.ts reads it).
// Deterministic: the same files give the same bytes but for the date.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Cli, UserError } from '../context.ts';
import { manifestHead, TRAIN_FILES } from './train.ts';

export async function trainLemmasCommand(cli: Cli, opts: { data: string; out?: string }): Promise<void> {
  const data = resolve(opts.data);
  for (const f of TRAIN_FILES) if (!existsSync(join(data, f))) throw new UserError(`${join(data, f)} not found; pass --data with the folder holding the UD English files (../shared/eval/ud)`);
  const { readConllu } = await import('../../stages/syntax/conllu.ts');
  const { buildLemmaTable, LEMMA_FILE, LEMMA_TAGS } = await import('../../stages/tokens/lemmas.ts');
  const { fromPackageRoot } = await import('../../package-root.ts');
  const out = resolve(opts.out ?? fromPackageRoot('models', LEMMA_FILE));
  const table = buildLemmaTable(TRAIN_FILES.flatMap((f) => readConllu(join(data, f))));
  const file = {
    ...manifestHead({
      out,
      description: 'lemma exceptions: (lower-cased form, UPOS) → most frequent gold lemma where it is not the form, and the verb lemmas; consulted before wink-nlp\'s lemma',
      command: 'eventline train lemmas',
      settings: { tags: LEMMA_TAGS },
      data,
      training: TRAIN_FILES,
      tuning: [],
    }),
    licence: 'derived from UD English-EWT (CC BY-SA 4.0) and UD English-GUM open genres (CC BY 4.0) lemma annotations',
    entries: Object.keys(table.exceptions).length,
    ...table,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  cli.err(`${out}: ${file.entries} form/tag exceptions, ${table.verbs.length} verb lemmas\n`);
}
