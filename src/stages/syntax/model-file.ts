// The container the project's binary models share (syntax, entities): a 4-letter magic, a u32 header
// length, a JSON header padded so that what follows starts 8-byte aligned, then 8-byte aligned sections
// of typed arrays whose offsets the header records.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { FrozenPerceptron } from './frozen.ts';

export const pad8 = (n: number): number => (8 - (n % 8)) % 8;

/** Typed arrays laid out one after another, each padded to 8 bytes: the buffers and each one's offset. */
export function packSections(arrays: ArrayBufferView[]): { buffers: Buffer[]; offsets: number[] } {
  const buffers: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const arr of arrays) {
    const buf = Buffer.from(arr.buffer, arr.byteOffset, arr.byteLength);
    offsets.push(offset);
    buffers.push(buf, Buffer.alloc(pad8(buf.length)));
    offset += buf.length + pad8(buf.length);
  }
  return { buffers, offsets };
}

/** Writes a model file; returns its size in bytes. */
export function writeModelFile(path: string, magic: string, header: unknown, sections: Buffer[]): number {
  let json = Buffer.from(JSON.stringify(header));
  json = Buffer.concat([json, Buffer.from(' '.repeat(pad8(8 + json.length)))]);
  const head = Buffer.alloc(8);
  head.write(magic, 0, 'latin1');
  head.writeUInt32LE(json.length, 4);
  const file = Buffer.concat([head, json, ...sections]);
  writeFileSync(path, file);
  return file.length;
}

/**
 * The header of a model file's bytes and where its sections start: `buffer` at byte `origin` (the bytes'
 * own buffer when aligned, so a SharedArrayBuffer stays shared; else one aligned copy). `what` names the
 * model and the command that rebuilds it in the error of a file that is not one.
 */
export function openModelFile<H>(bytes: Uint8Array, magic: string, name: string, what: string): { header: H; buffer: ArrayBufferLike; origin: number } {
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (file.length < 8 || file.toString('latin1', 0, 4) !== magic) throw new Error(`${name}: not an eventline ${what}`);
  const len = file.readUInt32LE(4);
  const header = JSON.parse(file.toString('utf8', 8, 8 + len)) as H;
  const base = file.byteOffset + 8 + len;
  if (base % 8 === 0) return { header, buffer: file.buffer, origin: base };
  return { header, buffer: new Uint8Array(file.subarray(8 + len)).buffer, origin: 0 };
}

/**
 * The perceptron stored at byte `at` of a model file's sections as packSections lays out [keys, weights]:
 * `keys` Int32 keys, then (8-byte aligned) their Int16 weights, `classes` per key.
 */
export function frozenAt(buffer: ArrayBufferLike, at: number, keys: number, classes: number, scale: number): FrozenPerceptron {
  const k = new Int32Array(buffer, at, keys);
  const w = new Int16Array(buffer, at + keys * 4 + pad8(keys * 4), keys * classes);
  return new FrozenPerceptron(classes, k, w, scale);
}

/**
 * A model file that the stages can do without (the rules work alone), at `path()`: loaded on first use
 * and kept for the process; null when the file is missing.
 */
export function optionalModel<T>(path: () => string, fromBytes: (bytes: Uint8Array, path: string) => T): () => T | null {
  let loaded: T | null | undefined;
  return () => {
    if (loaded === undefined) {
      const file = path();
      loaded = existsSync(file) ? fromBytes(readFileSync(file), file) : null;
    }
    return loaded;
  };
}
