// `eventline train coref`: reproduces the shipped pronoun ranker (models/coref-en.json) from the
// coreference chains of GUM open train (../shared/eval/ud), deterministically (seeded shuffles): the
// pipeline runs over each document with the rules choosing (the ranker off) and every pronoun's candidates
// are recorded, with one for no antecedent; a candidate actor is right where its nearest mention overlaps a
// gold mention of the pronoun's entity, no antecedent where no actor is (or GUM marks no mention there). An
// averaged perceptron learns from them (coref-train.ts): by default over the rules' choice and no
// antecedent only (a gate), with --choose over all candidates. Figures of the manifest: four held-out folds
// of train, and GUM open dev per half (read only for them).
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { type Cli, UserError } from '../context.ts';
import { manifestHead, sha256, syntaxModelSha } from './train.ts';
import { wholeOption } from '../number-options.ts';
import { buildPipeline } from '../pipeline-setup.ts';

export async function trainCorefCommand(cli: Cli, opts: { data: string; out?: string; epochs?: string; seed?: string; null?: boolean; choose?: boolean }): Promise<void> {
  const ud = resolve(opts.data);
  const { GUM_TRAIN_FILE, GUM_DEV_FILE, loadGum } = await import('../../eval/gum-entities.ts');
  // the GUM files by name, in the UD folder --data gives (as `train syntax` and `train entities` take it)
  const [trainFile, devFile] = [basename(GUM_TRAIN_FILE), basename(GUM_DEV_FILE)];
  for (const f of [trainFile, devFile]) if (!existsSync(join(ud, f))) throw new UserError(`${join(ud, f)} not found; pass --data with the folder holding the UD English files (../shared/eval/ud)`);
  const { goldOfPronoun, pronounText } = await import('../../eval/gum-coref.ts');
  const { halves } = await import('../../eval/halves.ts');
  const { createDoc } = await import('../../doc/doc.ts');
  const { setCorefRecorder, bundledCorefModelPath, rankBest, corefModelFromJson, NULL_ACTOR } = await import('../../stages/actors/coref-ranker.ts');
  const { trainRanker, DEFAULT_COREF_TRAIN } = await import('../../stages/actors/coref-train.ts');
  type Ranker = typeof import('../../stages/actors/coref-ranker.ts');
  type Example = { doc: string; rule: number; candidates: { actor: string; features: string[]; gold: boolean }[] };
  const settings = {
    epochs: wholeOption(opts.epochs, DEFAULT_COREF_TRAIN.epochs, 'epochs', 1, 'epochs'),
    seed: wholeOption(opts.seed, DEFAULT_COREF_TRAIN.seed, 'seed'),
    /** Whether the ranker also learns when a pronoun has no antecedent (a candidate "null"). */
    null: opts.null !== false,
    /** Whether the ranker chooses among all candidate actors (else the rules choose, and it only weighs their choice against no antecedent). */
    choose: opts.choose === true,
  };
  if (!settings.null && !settings.choose) throw new UserError('--no-null without --choose leaves the ranker nothing to decide');
  const pipeline = await buildPipeline();
  const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;
  /** Every recorded pronoun GUM marks, with a right candidate, of the documents of `file`. */
  const collect = (file: string) => {
    const out: Example[] = [];
    let pronouns = 0;
    for (const d of loadGum(ud, file)) {
      const records: Parameters<Parameters<Ranker['setCorefRecorder']>[0] & object>[0][] = [];
      setCorefRecorder((r) => records.push(r));
      try {
        pipeline.run(createDoc({ date: d.date || '2000-01-01', text: d.text }));
      } finally {
        setCorefRecorder(null);
      }
      const goldPronouns = d.mentions.filter((g) => pronounText(g.text));
      for (const r of records) {
        const g = goldOfPronoun(r, goldPronouns, d.mentions);
        if (g) pronouns++;
        // (a model that does not choose learns from the rules' choice and no antecedent only)
        const candidates = r.candidates
          .filter((c) => (settings.null || c.actor !== NULL_ACTOR) && (settings.choose || c.actor === r.rule || c.actor === NULL_ACTOR))
          .map((c) => ({ actor: c.actor, features: c.features, gold: !!g && c.actor !== NULL_ACTOR && d.mentions.some((x) => x.entity === g.entity && overlaps(x, c)) }));
        // (no antecedent is right when no actor is: a pronoun GUM marks as no mention, or one whose entity is no candidate)
        const none = candidates.find((c) => c.actor === NULL_ACTOR);
        if (none) none.gold = !candidates.some((c) => c.gold);
        if (candidates.some((c) => c.gold)) out.push({ doc: d.id, rule: candidates.findIndex((c) => c.actor === r.rule), candidates });
      }
    }
    return { examples: out, pronouns };
  };
  const started = Date.now();
  const train = collect(trainFile);
  const dev = collect(devFile);
  cli.err(`${train.examples.length} training pronouns with a right candidate (of ${train.pronouns} recorded gold pronouns); dev ${dev.examples.length} of ${dev.pronouns}\n`);
  const weights = trainRanker(train.examples, settings);
  const model = corefModelFromJson({ weights, settings });
  /** Of the recorded pronouns with a right candidate (an actor, or no antecedent where none is), how often the ranker and the rules (which always name an actor) choose one. */
  const figures = (examples: Example[]) => ({
    pronouns: examples.length,
    ranker: examples.filter((e) => e.candidates[rankBest(model, e.candidates)].gold).length,
    rules: examples.filter((e) => e.rule >= 0 && e.candidates[e.rule].gold).length,
  });
  // held-out figures on train too: each of four folds of its documents scored by a ranker trained on the other three
  const docs = [...new Set(train.examples.map((e) => e.doc))];
  const foldOf = new Map(docs.map((d, k) => [d, k % 4]));
  const heldOut = { pronouns: 0, ranker: 0, rules: 0 };
  for (let k = 0; k < 4; k++) {
    const m = corefModelFromJson({ weights: trainRanker(train.examples.filter((e) => foldOf.get(e.doc) !== k), settings), settings });
    for (const e of train.examples.filter((x) => foldOf.get(x.doc) === k)) {
      heldOut.pronouns++;
      if (e.candidates[rankBest(m, e.candidates)].gold) heldOut.ranker++;
      if (e.rule >= 0 && e.candidates[e.rule].gold) heldOut.rules++;
    }
  }
  const of = halves([...new Set(dev.examples.map((e) => e.doc))]);
  const fig = {
    [trainFile]: { ...figures(train.examples), heldOutFolds: heldOut },
    [devFile]: { all: figures(dev.examples), A: figures(dev.examples.filter((e) => of.get(e.doc) === 'A')), B: figures(dev.examples.filter((e) => of.get(e.doc) === 'B')) },
  };
  const out = resolve(opts.out ?? bundledCorefModelPath());
  mkdirSync(dirname(out), { recursive: true });
  const manifest = {
    ...manifestHead({
      out,
      description: settings.choose
        ? 'pronoun-antecedent ranker: among the candidate actors the pronoun rules let through and no antecedent, the one whose features (distance, syntactic roles, parallel role, same clause, subject, quotation, quote speaker, agreement, entity kind, salience) weigh most; averaged perceptron'
        : 'pronoun-antecedent gate: the actor the pronoun rules choose, or no antecedent, whichever weighs more by features (distance, syntactic roles, parallel role, same clause, subject, quotation, quote speaker, agreement, entity kind, salience); averaged perceptron',
      command: 'eventline train coref',
      settings,
      data: ud,
      training: [trainFile],
      tuning: [],
    }),
    syntaxModel: await syntaxModelSha(),
    licence: 'trained from the coreference annotations of UD English-GUM, open genres (annotations CC BY 4.0)',
    figures: fig,
    features: Object.keys(weights).length,
    trainingSeconds: Math.round((Date.now() - started) / 1000),
    weights,
  };
  writeFileSync(out, `${JSON.stringify(manifest, null, 1)}\n`);
  cli.out(`wrote ${out} (${Object.keys(weights).length} weights; sha256 ${sha256(out).slice(0, 12)}); right choices: ${JSON.stringify(fig)}\n`);
}
