// `eventline train entities`: reproduces the shipped entity tagger (models/entities-en.bin) from GUM's
// entity annotations in ../shared/eval/ud, deterministically (fixed seed, the shipped syntax model
// parses the sentences, the bundled knowledge gives the lookup features); writes the weights and a
// manifest (training data and their hashes, knowledge hash, date, settings, dev figures, model hash).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve, dirname, basename } from 'node:path';
import { type Cli, UserError } from '../context.ts';
import { manifestHead, sha256, syntaxModelSha } from './train.ts';
import { shareOption, wholeOption } from '../number-options.ts';

export const ENTITY_TRAIN_FILES = ['en_gum-open-train.conllu'];
export const ENTITY_DEV_FILES = ['en_gum-open-dev.conllu'];

/** One hash over the knowledge files the lookup features read (actors/, places.yaml). */
function knowledgeHash(dir: string): string {
  const h = createHash('sha256');
  const walk = (d: string) => {
    for (const f of readdirSync(d).sort()) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(f)) h.update(f).update(readFileSync(p));
    }
  };
  walk(join(dir, 'actors'));
  if (existsSync(join(dir, 'places.yaml'))) h.update(readFileSync(join(dir, 'places.yaml')));
  return h.digest('hex');
}

export async function trainEntitiesCommand(cli: Cli, opts: { data: string; out?: string; epochs?: string; prune?: string; folds?: string; seed?: string }): Promise<void> {
  const data = resolve(opts.data);
  for (const f of [...ENTITY_TRAIN_FILES, ...ENTITY_DEV_FILES]) {
    if (!existsSync(join(data, f))) throw new UserError(`${join(data, f)} not found; pass --data with the folder holding the UD English files (../shared/eval/ud)`);
  }
  const { trainEntities, DEFAULT_ENTITY_TRAIN } = await import('../../stages/actors/entity-train.ts');
  const { saveEntityModel, bundledEntityModelPath } = await import('../../stages/actors/entity-model.ts');
  const { knowledgeLookup } = await import('../../stages/actors/entity-lookup.ts');
  const { bundledModel } = await import('../../stages/syntax/model.ts');
  const { Recognizer } = await import('../../stages/actors/recognize.ts');
  const { actorIndex } = await import('../../stages/actors/registry.ts');
  const { gazetteerPlaceOf } = await import('../../stages/actors/index.ts');
  const { bundledKnowledge, BUNDLED_KNOWLEDGE_DIR } = await import('../../knowledge/knowledge.ts');
  const epochs = wholeOption(opts.epochs, DEFAULT_ENTITY_TRAIN.epochs, 'epochs', 1, 'epochs');
  const prune = shareOption(opts.prune, DEFAULT_ENTITY_TRAIN.prune, 'prune');
  const folds = wholeOption(opts.folds, DEFAULT_ENTITY_TRAIN.folds, 'folds', 2, 'folds');
  const seed = wholeOption(opts.seed, DEFAULT_ENTITY_TRAIN.seed, 'seed');
  const settings = { ...DEFAULT_ENTITY_TRAIN, epochs, prune, folds, seed };
  const out = resolve(opts.out ?? bundledEntityModelPath());
  const started = Date.now();
  const { model, dev, devFirst } = trainEntities(
    { ...settings, train: ENTITY_TRAIN_FILES.map((f) => join(data, f)), dev: ENTITY_DEV_FILES.map((f) => join(data, f)), log: (l) => cli.err(`${l}\n`) },
    bundledModel(),
    knowledgeLookup(bundledKnowledge()),
    new Recognizer(actorIndex(bundledKnowledge()), gazetteerPlaceOf(bundledKnowledge())),
  );
  mkdirSync(dirname(out), { recursive: true });
  const bytes = saveEntityModel(model, out);
  const manifestPath = out.replace(/\.bin$/, '') + '.json';
  const manifest = {
    ...manifestHead({
      out,
      description: 'named-entity tagger, two passes (the second reads the first over the whole document): greedy BILOU person/place/organisation tagging, averaged perceptron over hashed word, syntax and knowledge-lookup features',
      command: 'eventline train entities',
      settings,
      data,
      training: ENTITY_TRAIN_FILES,
      tuning: ENTITY_DEV_FILES,
    }),
    syntaxModel: await syntaxModelSha(),
    knowledgeSha256: knowledgeHash(BUNDLED_KNOWLEDGE_DIR),
    licence: 'trained from the entity annotations of UD English-GUM, open genres (annotations CC BY 4.0)',
    figures: {
      'en_gum-open-dev.conllu': { names: dev.gold, exactF1: dev.exact.f1, typedOverlap: dev.overlap, untypedOverlapF1: dev.untyped.f1, firstPassOnly: { exactF1: devFirst.exact.f1, typedOverlapF1: devFirst.overlap.f1, untypedOverlapF1: devFirst.untyped.f1 } },
    },
    features: { first: model.first.featureCount, second: model.second?.featureCount ?? 0 },
    bytes,
    sha256: sha256(out),
    trainingSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  cli.out(`wrote ${out} (${(bytes / 1e6).toFixed(2)} MB) and ${manifestPath}\n`);
}
