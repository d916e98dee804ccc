// The syntax model: tagger + parser + labeler, one binary file under models/ with a JSON manifest.
// File layout: "ELSX" magic, u32 header length, JSON header, then 8-byte aligned sections of typed
// arrays (keys Int32, weights Int8; Int16 in older files) named in the header. Loaded once per process.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { fromPackageRoot } from '../../package-root.ts';
import { workerData } from 'node:worker_threads';
import { FrozenPerceptron } from './frozen.ts';
import { Tagger, UPOS, tagCode } from './tagger.ts';
import { Parser, parserInputs } from './parser.ts';
import { Labeler } from './labeler.ts';
import { lexical } from './lexical.ts';

export interface SentenceParse {
  upos: string[];
  /** 0-based head index within the sentence, -1 for the root. */
  heads: number[];
  deprels: string[];
}

export class SyntaxModel {
  /** `retagger`: a second tagging pass that reads the first pass's tags to the right. */
  constructor(readonly tagger: Tagger, readonly parser: Parser, readonly labeler: Labeler, readonly retagger: Tagger | null = null) {}

  /** Tags and parses one sentence of word forms. */
  parse(forms: string[]): SentenceParse {
    const n = forms.length;
    if (n === 0) return { upos: [], heads: [], deprels: [] };
    const lx = lexical(forms);
    const first = this.tagger.tag(lx);
    const tags = this.retagger ? this.retagger.tag(lx, undefined, first) : first;
    const { W, T } = parserInputs(lx, tags);
    const heads = this.parser.parse(W, T, n);
    singleRoot(heads, T, n);
    const labels = this.labeler.label(heads, W, T, n);
    const upos = Array.from(tags, (t) => UPOS[t]);
    return {
      upos,
      heads: Array.from(heads, (h) => (h === n ? -1 : h)),
      deprels: Array.from(labels, (l) => this.labeler.labels[l]),
    };
  }
}

const VERBAL = new Set(['VERB', 'AUX'].map(tagCode));
/**
 * UD trees have one root: when the parser left several words on ROOT, the first verb among them (or
 * the first) stays the root and the others attach to it (the labeler then names them).
 */
export function singleRoot(heads: Int32Array, T: Int32Array, n: number): void {
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (heads[i] === n) roots.push(i);
  if (roots.length <= 1) return;
  const keep = roots.find((r) => VERBAL.has(T[r])) ?? roots[0];
  for (const r of roots) if (r !== keep) heads[r] = keep;
}

// ---- file format ----

interface Header {
  format: 1;
  labels: string[];
  upos: string[];
  /** [word hash, tag id] pairs of the tag dictionary. */
  tagdict: [number, number][];
  /** [candidate key, label ids] of the labeler. */
  candidates: [number, number[]][];
  sections: { name: string; type: 'i32' | 'i16' | 'i8'; offset: number; length: number; classes: number; scale: number }[];
}

const MAGIC = 'ELSX';

export function saveModel(model: SyntaxModel, path: string): number {
  const parts = [
    { name: 'tagger', p: model.tagger.model as FrozenPerceptron },
    { name: 'parser', p: model.parser.model as FrozenPerceptron },
    { name: 'labeler', p: model.labeler.model as FrozenPerceptron },
    ...(model.retagger ? [{ name: 'retagger', p: model.retagger.model as FrozenPerceptron }] : []),
  ];
  const sections: Header['sections'] = [];
  const buffers: Buffer[] = [];
  let offset = 0;
  const push = (name: string, type: 'i32' | 'i16' | 'i8', arr: Int32Array | Int16Array | Int8Array, classes: number, scale: number) => {
    const buf = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
    sections.push({ name, type, offset, length: arr.length, classes, scale });
    const pad = (8 - (buf.length % 8)) % 8;
    buffers.push(buf, Buffer.alloc(pad));
    offset += buf.length + pad;
  };
  for (const { name, p } of parts) {
    push(`${name}.keys`, 'i32', p.keys, p.nClasses, 1);
    push(`${name}.weights`, p.weights instanceof Int8Array ? 'i8' : 'i16', p.weights, p.nClasses, p.scale);
  }
  const header: Header = {
    format: 1,
    labels: model.labeler.labels,
    upos: UPOS,
    tagdict: [...model.tagger.tagdict],
    candidates: [...model.labeler.candidates].map(([k, v]) => [k, [...v]]),
    sections,
  };
  let json = Buffer.from(JSON.stringify(header));
  const headPad = (8 - ((8 + json.length) % 8)) % 8;
  json = Buffer.concat([json, Buffer.from(' '.repeat(headPad))]);
  const head = Buffer.alloc(8);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const file = Buffer.concat([head, json, ...buffers]);
  writeFileSync(path, file);
  return file.length;
}

export function loadModel(path: string): SyntaxModel {
  return modelFromBytes(readModelFile(path), path);
}

function readModelFile(path: string): Buffer {
  if (!existsSync(path)) throw new Error(`${path}: syntax model missing (run \`eventline train syntax\` to build it)`);
  return readFileSync(path);
}

/**
 * The model over the bytes of a model file (a Buffer, or a view of a SharedArrayBuffer that worker
 * threads share: the weights stay in the shared memory, each thread builds only its lookup tables).
 */
export function modelFromBytes(bytes: Uint8Array, name = 'syntax model'): SyntaxModel {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < 8 || file.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${name}: not an eventline syntax model (rebuild it with \`eventline train syntax\`)`);
  const len = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + len)) as Header;
  const base = file.byteOffset + 8 + len;
  // Typed-array views need aligned offsets: use the file's own buffer when it is, else one copy.
  const buffer = base % 8 === 0 ? file.buffer : new Uint8Array(file.subarray(8 + len)).buffer;
  const origin = base % 8 === 0 ? base : 0;
  const perceptron = (name: string): FrozenPerceptron => {
    const k = header.sections.find((s) => s.name === `${name}.keys`)!;
    const w = header.sections.find((s) => s.name === `${name}.weights`)!;
    const keys = new Int32Array(buffer, origin + k.offset, k.length);
    const weights = w.type === 'i8' ? new Int8Array(buffer, origin + w.offset, w.length) : new Int16Array(buffer, origin + w.offset, w.length);
    return new FrozenPerceptron(w.classes, keys, weights, w.scale);
  };
  const tagdict = new Map(header.tagdict);
  const candidates = new Map(header.candidates.map(([k, v]) => [k, Int32Array.from(v)]));
  return new SyntaxModel(
    new Tagger(perceptron('tagger'), tagdict),
    new Parser(perceptron('parser')),
    new Labeler(header.labels, perceptron('labeler'), candidates),
    header.sections.some((s) => s.name === 'retagger.keys') ? new Tagger(perceptron('retagger'), tagdict) : null,
  );
}

export const MODEL_FILE = 'syntax-en.bin';
export function defaultModelPath(): string {
  return fromPackageRoot('models', MODEL_FILE);
}

let shared: SyntaxModel | null = null;
let sharedBytes: SharedArrayBuffer | null = null;

/**
 * The bundled model file's bytes in shared memory, read once per process: pipeline threads receive it
 * (as `workerData.syntaxModel`) instead of reading and holding a copy each.
 */
export function sharedModelBytes(): SharedArrayBuffer {
  if (!sharedBytes) {
    const file = readModelFile(defaultModelPath());
    sharedBytes = new SharedArrayBuffer(file.length);
    new Uint8Array(sharedBytes).set(file);
  }
  return sharedBytes;
}

/** The bundled model, loaded on first use and kept for the process (or thread). */
export function bundledModel(): SyntaxModel {
  if (!shared) {
    const fromParent = (workerData as { syntaxModel?: unknown } | null)?.syntaxModel;
    shared = fromParent instanceof SharedArrayBuffer ? modelFromBytes(new Uint8Array(fromParent)) : loadModel(defaultModelPath());
  }
  return shared;
}
