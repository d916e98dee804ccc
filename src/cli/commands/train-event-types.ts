// `eventline train event-types`: reproduces the shipped event-type model (models/event-types-en.bin)
// from half A of the PLV dev data in ../shared/eval/events, deterministically (fixed seed; the shipped
// syntax model parses, the bundled knowledge codes the templates' events); writes the weights and a
// manifest (training file and its hash, the half, date, settings, cross-validated threshold, figures).
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { type Cli, UserError } from '../context.ts';
import { manifestHead, sha256, syntaxModelSha } from './train.ts';

const PLV_FILE = 'plv-dev.tsv';

export async function trainEventTypesCommand(cli: Cli, opts: { data: string; out?: string }): Promise<void> {
  const data = resolve(opts.data);
  if (!existsSync(join(data, 'events', PLV_FILE))) throw new UserError(`${join(data, 'events', PLV_FILE)} not found; pass --data with the shared eval folder (../shared/eval)`);
  const { readPlv } = await import('../../eval/plv.ts');
  const { trainTypes, typeSentences, DEFAULT_TYPE_TRAIN } = await import('../../stages/events/type-train.ts');
  const { saveTypeModel, defaultTypeModelPath } = await import('../../stages/events/type-model.ts');
  const { codeEvents } = await import('../../stages/events/index.ts');
  const { patternsOf } = await import('../../stages/events/patterns.ts');
  const { lexiconOf } = await import('../../stages/events/lexicon.ts');
  const { stageGoverningDate } = await import('../../stages/events/dating.ts');
  const { defaultPipeline, DEFAULT_COMPONENTS } = await import('../../pipeline/default.ts');
  const { createDoc } = await import('../../doc/doc.ts');
  const { bundledKnowledge } = await import('../../knowledge/knowledge.ts');
  const knowledge = bundledKnowledge();
  const upstream = defaultPipeline(knowledge, DEFAULT_COMPONENTS.filter((c) => c !== 'events'));
  const patterns = patternsOf(knowledge);
  const lex = lexiconOf(knowledge);
  const govern = stageGoverningDate(knowledge);
  const out = resolve(opts.out ?? defaultTypeModelPath());
  const started = Date.now();
  const sents = typeSentences(
    readPlv(data),
    (text) => upstream.run(createDoc({ date: '2000-01-01', text })),
    (doc) => codeEvents(doc, patterns, lex, govern, null),
  );
  const { model, figures } = trainTypes(sents, DEFAULT_TYPE_TRAIN);
  mkdirSync(dirname(out), { recursive: true });
  const bytes = saveTypeModel(model, out);
  const manifest = {
    ...manifestHead({
      out,
      description: 'event-type classifier: averaged perceptron over a verb\'s features from the dependency tree (lemma, object, controlled complement, obliques, auxiliaries, negation, passive, governor); codes sentences no template of knowledge/patterns matched',
      command: 'eventline train event-types',
      settings: DEFAULT_TYPE_TRAIN,
      data: join(data, 'events'),
      training: [PLV_FILE],
      tuning: [],
    }),
    half: 'A only (eval/halves.ts over the sentence ids, as `eventline eval --set plv` splits them); half B is held out',
    threshold: model.threshold,
    syntaxModel: await syntaxModelSha(),
    source: 'the PLV dev split released with Zero-Shot PLOVER (Hu et al., ACL 2024), see ../shared/eval/events/README.md; the model holds hashed feature weights only, no text',
    figures,
    features: model.scorer.featureCount,
    bytes,
    sha256: sha256(out),
    trainingSeconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(out.replace(/\.bin$/, '') + '.json', `${JSON.stringify(manifest, null, 2)}\n`);
  cli.out(`wrote ${out} (${(bytes / 1e3).toFixed(0)} kB); threshold ${model.threshold}; type F1 rules alone A ${figures.typeF1.rulesAlone.A} / B ${figures.typeF1.rulesAlone.B}, with the model A ${figures.typeF1.withModel.A_crossValidated} (cross-validated) / B ${figures.typeF1.withModel.B_heldOut} (held out)\n`);
}
