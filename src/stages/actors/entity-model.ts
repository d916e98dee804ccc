// The entity tagger's model file (models/entities-en.bin, manifest beside it): "ELEN" magic, u32 header
// length, JSON header (format, tags, parts), then each part's 8-byte aligned Int32 keys and Int16
// weights, read into the syntax stage's frozen perceptron. Parts: the first pass ("first") and the
// second pass that reads the first pass over the document ("second"). Loaded once per process.
import { fromPackageRoot, modelPath } from '../../package-root.ts';
import type { FrozenPerceptron } from '../syntax/frozen.ts';
import { frozenAt, openModelFile, optionalModel, packSections, writeModelFile } from '../syntax/model-file.ts';
import { TAGS } from './entity-tagger.ts';

const MAGIC = 'ELEN';
export const ENTITY_MODEL_FILE = 'entities-en.bin';

export interface EntityModel {
  first: FrozenPerceptron;
  second: FrozenPerceptron | null;
}

interface Part {
  name: string;
  offset: number;
  keys: number;
  classes: number;
  scale: number;
}

interface Header {
  format: 2;
  tags: string[];
  parts: Part[];
}

export function saveEntityModel(m: EntityModel, path: string): number {
  const present: [string, FrozenPerceptron][] = [['first', m.first]];
  if (m.second) present.push(['second', m.second]);
  const { buffers, offsets } = packSections(present.flatMap(([, p]) => [p.keys, p.weights]));
  const parts: Part[] = present.map(([name, p], i) => ({ name, offset: offsets[2 * i], keys: p.keys.length, classes: p.nClasses, scale: p.scale }));
  const header: Header = { format: 2, tags: TAGS, parts };
  return writeModelFile(path, MAGIC, header, buffers);
}

export function entityModelFromBytes(bytes: Uint8Array, name = 'entity model'): EntityModel {
  const { header: h, buffer, origin } = openModelFile<Header>(bytes, MAGIC, name, 'entity model (rebuild it with `eventline train entities`)');
  if (h.format !== 2 || h.tags.join() !== TAGS.join()) throw new Error(`${name}: made for another format or other tags (rebuild it with \`eventline train entities\`)`);
  const part = (p: Part | undefined): FrozenPerceptron | null => (p ? frozenAt(buffer, origin + p.offset, p.keys, p.classes, p.scale) : null);
  const first = part(h.parts.find((p) => p.name === 'first'));
  if (!first) throw new Error(`${name}: no first-pass weights`);
  return { first, second: part(h.parts.find((p) => p.name === 'second')) };
}

/** The shipped model file (where `eventline train entities` writes by default). */
export function bundledEntityModelPath(): string {
  return fromPackageRoot('models', ENTITY_MODEL_FILE);
}

/** The model the pipeline reads: the shipped file, or the one `EVENTLINE_ENTITY_MODEL` names (a model trained with `eventline train entities --out`). */
export function defaultEntityModelPath(): string {
  return modelPath('EVENTLINE_ENTITY_MODEL', ENTITY_MODEL_FILE);
}

/** The shipped entity model, loaded on first use; null when the file is missing (the rules work alone). */
export const bundledEntityModel = optionalModel(defaultEntityModelPath, entityModelFromBytes);
