// The entity tagger's model file (models/entities-en.bin, manifest beside it): "ELEN" magic, u32 header
// length, JSON header (format, tags, parts), then each part's 8-byte aligned Int32 keys and Int16
// weights, read into the syntax stage's frozen perceptron. Parts: the first pass ("first") and the
// second pass that reads the first pass over the document ("second"). Loaded once per process.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fromPackageRoot } from '../../package-root.ts';
import { FrozenPerceptron } from '../syntax/frozen.ts';
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

const pad8 = (n: number) => (8 - (n % 8)) % 8;

export function saveEntityModel(m: EntityModel, path: string): number {
  const parts: Part[] = [];
  const bufs: Buffer[] = [];
  let offset = 0;
  for (const [name, p] of [['first', m.first], ['second', m.second]] as const) {
    if (!p) continue;
    parts.push({ name, offset, keys: p.keys.length, classes: p.nClasses, scale: p.scale });
    for (const arr of [p.keys, p.weights]) {
      const b = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
      bufs.push(b, Buffer.alloc(pad8(b.length)));
      offset += b.length + pad8(b.length);
    }
  }
  const header: Header = { format: 2, tags: TAGS, parts };
  let json = Buffer.from(JSON.stringify(header));
  json = Buffer.concat([json, Buffer.from(' '.repeat(pad8(8 + json.length)))]);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const file = Buffer.concat([head, json, ...bufs]);
  writeFileSync(path, file);
  return file.length;
}

export function entityModelFromBytes(bytes: Uint8Array, name = 'entity model'): EntityModel {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${name}: not an eventline entity model (rebuild it with \`eventline train entities\`)`);
  const len = file.readUInt32LE(4);
  const h = JSON.parse(file.toString('utf8', 8, 8 + len)) as Header;
  if (h.format !== 2 || h.tags.join() !== TAGS.join()) throw new Error(`${name}: made for another format or other tags (rebuild it with \`eventline train entities\`)`);
  const body = new Uint8Array(file.subarray(8 + len)); // a copy: aligned typed-array views
  const part = (p: Part | undefined): FrozenPerceptron | null => {
    if (!p) return null;
    const keys = new Int32Array(body.buffer, p.offset, p.keys);
    const weights = new Int16Array(body.buffer, p.offset + p.keys * 4 + pad8(p.keys * 4), p.keys * p.classes);
    return new FrozenPerceptron(p.classes, keys, weights, p.scale);
  };
  const first = part(h.parts.find((p) => p.name === 'first'));
  if (!first) throw new Error(`${name}: no first-pass weights`);
  return { first, second: part(h.parts.find((p) => p.name === 'second')) };
}

export function defaultEntityModelPath(): string {
  return fromPackageRoot('models', ENTITY_MODEL_FILE);
}

let bundled: EntityModel | null | undefined;
/** The shipped entity model, loaded on first use; null when the file is missing (the rules work alone). */
export function bundledEntityModel(): EntityModel | null {
  if (bundled === undefined) {
    const path = defaultEntityModelPath();
    bundled = existsSync(path) ? entityModelFromBytes(readFileSync(path), path) : null;
  }
  return bundled;
}
