// The trained event-type classifier's model file (models/event-types-en.bin, manifest beside it; made by
// `eventline train event-types`): "ELTY" magic, JSON header (format, classes, margin threshold), then the
// Int32 keys and Int16 weights of an averaged perceptron over predicate features (type-features.ts).
// Classes are PLOVER types as the PLV data labels them (CONCEDE and RETREAT as YIELD) plus NONE.
import type { Tree } from '../../doc/tree.ts';
import { fromPackageRoot } from '../../package-root.ts';
import type { FrozenPerceptron } from '../syntax/frozen.ts';
import { frozenAt, openModelFile, optionalModel, packSections, writeModelFile } from '../syntax/model-file.ts';
import { predicateFeatures } from './type-features.ts';

const MAGIC = 'ELTY';
export const TYPE_MODEL_FILE = 'event-types-en.bin';
export const NONE = 'NONE';

export interface TypeModel {
  classes: string[];
  /** The margin (in weight units) a predicate's best type must clear over NONE and the runner-up. */
  threshold: number;
  scorer: FrozenPerceptron;
}

interface Header {
  format: 1;
  classes: string[];
  threshold: number;
  keys: number;
  scale: number;
}

export function saveTypeModel(m: TypeModel, path: string): number {
  const { buffers } = packSections([m.scorer.keys, m.scorer.weights]);
  const header: Header = { format: 1, classes: m.classes, threshold: m.threshold, keys: m.scorer.keys.length, scale: m.scorer.scale };
  return writeModelFile(path, MAGIC, header, buffers);
}

export function typeModelFromBytes(bytes: Uint8Array, name = 'event-type model'): TypeModel {
  const what = 'event-type model (rebuild it with `eventline train event-types`)';
  const { header: h, buffer, origin } = openModelFile<Header>(bytes, MAGIC, name, what);
  if (h.format !== 1 || !h.classes.includes(NONE)) throw new Error(`${name}: made for another format (rebuild it with \`eventline train event-types\`)`);
  return { classes: h.classes, threshold: h.threshold, scorer: frozenAt(buffer, origin, h.keys, h.classes.length, h.scale) };
}

export function defaultTypeModelPath(): string {
  return fromPackageRoot('models', TYPE_MODEL_FILE);
}

/** The shipped event-type model, loaded on first use; null when the file is missing (the rules work alone). */
export const bundledTypeModel = optionalModel(defaultTypeModelPath, typeModelFromBytes);

export interface TypeGuess {
  type: string;
  /** Best type's score minus the larger of NONE's and the runner-up's (negative when NONE wins), in weight units. */
  margin: number;
}

/** The best non-NONE type of a feature vector and its margin, from any scorer over `classes`. */
export function guessType(scorer: { score(f: Int32Array, n: number, s: Float32Array): void }, classes: string[], feats: Int32Array, scale = 1): TypeGuess {
  const scores = new Float32Array(classes.length);
  scorer.score(feats, feats.length, scores);
  const none = classes.indexOf(NONE);
  let best = -1;
  let second = -Infinity;
  for (let c = 0; c < classes.length; c++) {
    if (c === none) continue;
    if (best < 0 || scores[c] > scores[best]) {
      if (best >= 0) second = Math.max(second, scores[best]);
      best = c;
    } else second = Math.max(second, scores[c]);
  }
  return { type: classes[best], margin: (scores[best] - Math.max(second, scores[none])) * scale };
}

/** The type the model gives predicate p of the tree, with its margin. */
export function predicateType(m: TypeModel, tree: Tree, p: number): TypeGuess {
  return guessType(m.scorer, m.classes, predicateFeatures(tree, p), m.scorer.scale);
}
