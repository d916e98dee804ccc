// The syntax model: tagger + parser + labeler, one binary file under models/ with a JSON manifest.
// File layout: "ELSX" magic, u32 header length, JSON header, then 8-byte aligned sections of typed
// arrays (keys Int32, weights Int8; Int16 in older files) named in the header. Loaded once per process.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { modelPath } from '../../package-root.ts';
import { workerData } from 'node:worker_threads';
import { FrozenPerceptron, type Weights } from './frozen.ts';
import { openModelFile, packSections, pad8, writeModelFile } from './model-file.ts';
import { Tagger, UPOS, tagCode } from './tagger.ts';
import { Parser, altInputs, parserInputs } from './parser.ts';
import { CompositeTags, FineTagger, fineInputs } from './fine.ts';
import { winkHints } from './hints.ts';
import { Labeler } from './labeler.ts';
import { ArcLabeler } from './arc-labeler.ts';
import { lexical, type Lexical } from './lexical.ts';
import { SENTENCE_INTS } from './slab.ts';
import { WordClusters } from './clusters.ts';
import { lemmaTable } from '../tokens/lemmas.ts';
import { repairClauseSubjects, repairDescriptorSubjects, repairFrontedSubjects, headlineVerb, repairHeadlineSubjects, repairParentheticalSubjects, repairFalsePassives, repairSubordinatorObjects, repairReducedRelatives, repairRelativeSubjects, retagModalComplements, parseTagsOfPossessedParticiples } from './repair.ts';

export interface SentenceParse {
  upos: string[];
  /** 0-based head index within the sentence, -1 for the root. */
  heads: number[];
  deprels: string[];
}

/** The parts of parsing a sentence, in order. */
export type SyntaxPart = 'tag' | 'retag' | 'parse' | 'label';

export class SyntaxModel {
  /**
   * `retagger`: a second tagging pass that reads the first pass's tags to the right. `hints`: the
   * taggers were trained with wink-nlp's tags as features (`train syntax --hints`). `clusters`: the
   * word clusters all three read (`train syntax --clusters`).
   */
  constructor(
    readonly tagger: Tagger,
    readonly parser: Parser,
    readonly labeler: Labeler,
    readonly retagger: Tagger | null = null,
    readonly hints = false,
    readonly clusters: WordClusters | null = null,
    /** Verb forms whose object may be the subject of a clause after it (repair.ts); null: no repair. */
    readonly clauseVerbs: ReadonlySet<string> | null = null,
    /** Fine (Penn) tags the parser and arc labeler read (fine.ts, `train syntax --fine-tags`); null: none. */
    readonly fineTagger: FineTagger | null = null,
  ) {}

  /**
   * Tags and parses one sentence of word forms. `hints`: wink-nlp's tags for the words when the caller
   * has them (the pipeline's tokens); otherwise, for a model that reads them, wink reads the forms.
   * `lap`: called as each part ends (bench:syntax times the parts with it). `keep`: receives the
   * sentence's lexical values (the entity tagger reads them again).
   */
  parse(forms: string[], hints?: readonly string[], lap?: (part: SyntaxPart) => void, keep?: (lx: Lexical) => void): SentenceParse {
    const n = forms.length;
    if (n === 0) return { upos: [], heads: [], deprels: [] };
    const lx = lexical(forms, this.hints ? hints ?? winkHints(forms) : undefined, this.clusters);
    keep?.(lx);
    const alt = this.parser.readsAlt ? new Uint8Array(n) : undefined;
    const first = this.tagger.tag(lx, undefined, undefined, this.retagger ? undefined : alt);
    lap?.('tag');
    // a second pass of combined classes gives the fine tags with the UPOS tags (fine.ts CompositeTags)
    const fine = this.retagger?.composite ? new Uint8Array(n) : undefined;
    const tags = this.retagger ? this.retagger.tag(lx, undefined, first, alt, fine) : first;
    retagModalComplements(forms, tags);
    lap?.('retag');
    if (alt) this.parser.alt = altInputs(alt);
    if (fine) this.parser.fine = fineInputs(fine);
    let { heads, labels } = this.tree(lx, forms, tags, lap);
    // a headline whose verb was read as a noun ("Apple releases iPhone SDK"): parsed again with it a verb
    const verbs = this.headlineVerbs;
    const v = verbs && !VERBAL.has(tagCode(UPOS[tags[heads.indexOf(n)]])) ? headlineVerb(forms, tags, verbs) : -1;
    if (v >= 0) {
      const retagged = tags.slice();
      retagged[v] = T_VERB;
      const again = this.tree(lx, forms, retagged);
      if (again.heads[v] === n && again.heads.some((h, c) => h === v && c < v && this.labeler.labels[again.labels[c]] === 'nsubj')) {
        ({ heads, labels } = again);
        tags[v] = T_VERB;
      }
    }
    // (plain loops: Array.from over a typed array steps through its iterator, an object per word)
    const upos: string[] = [];
    const deprels: string[] = [];
    for (let i = 0; i < tags.length; i++) upos.push(UPOS[tags[i]]);
    for (let i = 0; i < labels.length; i++) deprels.push(this.labeler.labels[labels[i]]);
    if (verbs) repairHeadlineSubjects(forms, upos, heads, deprels, verbs);
    if (this.clauseVerbs) repairClauseSubjects(forms, upos, heads, deprels, this.clauseVerbs);
    repairRelativeSubjects(forms, upos, heads, deprels);
    repairReducedRelatives(forms, upos, heads, deprels);
    repairDescriptorSubjects(upos, heads, deprels);
    repairParentheticalSubjects(forms, upos, heads, deprels, this.clauseVerbs);
    repairFrontedSubjects(forms, upos, heads, deprels, this.clauseVerbs);
    repairFalsePassives(forms, upos, heads, deprels);
    repairSubordinatorObjects(forms, upos, heads, deprels);
    const rootless: number[] = [];
    for (let i = 0; i < heads.length; i++) rootless.push(heads[i] === n ? -1 : heads[i]);
    return { upos, heads: rootless, deprels };
  }

  /** The verb lemmas a headline's -s verb is checked against (the lemma table's); null: no table. */
  headlineVerbs: ReadonlySet<string> | null = lemmaTable()?.verbs ?? null;

  /** Parses and labels one tagged sentence: heads (n for the root) and label ids. */
  private tree(lx: Lexical, forms: readonly string[], tags: Uint8Array, lap?: (part: SyntaxPart) => void): { heads: Int32Array; labels: Int32Array } {
    const n = forms.length;
    if (this.fineTagger) {
      this.parser.fine = fineInputs(this.fineTagger.tag(lx, tags));
    }
    const { W, T, C } = parserInputs(lx, parseTagsOfPossessedParticiples(forms, tags));
    const heads = this.parser.parse(W, T, n, undefined, true, C);
    singleRoot(heads, T, n);
    lap?.('parse');
    // a parser that labels at arc time names the arcs itself (arc-labeler.ts); the labeler is then empty
    const arcLabels = this.parser.lastLabels;
    const labels = arcLabels ? this.arcLabelsOf(arcLabels, heads, T, n) : this.labeler.label(heads, W, T, n, undefined, C);
    lap?.('label');
    return { heads, labels };
  }

  private labelIds: { root: number; punct: number; parataxis: number } | null = null;
  /**
   * Label ids from the parser's arc-time labels (id + 1). A word singleRoot moved off ROOT (48 of the
   * 34,644 dev words, nearly all with a wrong head) becomes "punct" or "parataxis" of the root kept.
   */
  private arcLabelsOf(lab: Int32Array, heads: Int32Array, T: Int32Array, n: number): Int32Array {
    const ids = (this.labelIds ??= { root: this.labeler.labels.indexOf('root'), punct: this.labeler.labels.indexOf('punct'), parataxis: this.labeler.labels.indexOf('parataxis') });
    const out = SENTENCE_INTS.take(n);
    for (let i = 0; i < n; i++) {
      const l = lab[i] - 1;
      out[i] = heads[i] === n ? ids.root : l !== ids.root ? l : T[i] === PUNCT_CODE ? ids.punct : ids.parataxis;
    }
    return out;
  }
}

const PUNCT_CODE = tagCode('PUNCT');
const T_VERB = UPOS.indexOf('VERB');

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
  /** [word hash, tag ids] of the tag classes, the only tags scored for those words (tagger.ts; absent: none). */
  tagClasses?: [number, number[]][];
  /** [candidate key, label ids] of the labeler. */
  candidates: [number, number[]][];
  sections: { name: string; type: 'i32' | 'i16' | 'i8'; offset: number; length: number; classes: number; scale: number }[];
  /** The taggers read wink-nlp's tags (absent: they do not). */
  hints?: true;
  /** The models read word clusters, stored in the section "clusters" (absent: they do not). */
  clusters?: true;
  /** Verb forms for the clause-subject repair (repair.ts; absent: no repair, as in older files). */
  clauseVerbs?: string[];
  /** The parser labels arcs as it makes them and reads the labels, section "arclabeler" (absent: it does not). */
  arcLabels?: true;
  /** The arc labeler's feature set (arc-labeler.ts; absent: 1). */
  arcLabelFeatures?: number;
  /** Parser template ids the parser was trained without (absent: none). */
  parserDropped?: number[];
  /** Arc labeler template ids the arc labeler was trained without (absent: none). */
  arcLabelDropped?: number[];
  /** The parser's beam width (`train syntax --beam`; absent: 1, the greedy parser). */
  beam?: number;
  /** States further than this under the beam's best are dropped (`train syntax --beam-margin`; absent: none). */
  beamMargin?: number;
  /** The parser reads the tagger's runner-up tags (`train syntax --tag-alternatives`; absent: no). */
  parserAlt?: boolean;
  /**
   * The parser and arc labeler read fine (Penn) tags (`train syntax --fine-tags`; absent: no): from the
   * fine tagger of section "fine", or with `composite` from the retagger, whose classes are (UPOS, fine) pairs.
   */
  fine?: { xpos: string[]; byUpos: number[][]; composite?: true };
}

const MAGIC = 'ELSX';

export function saveModel(model: SyntaxModel, path: string): number {
  const parts = [
    { name: 'tagger', p: model.tagger.model as FrozenPerceptron },
    { name: 'parser', p: model.parser.model as FrozenPerceptron },
    { name: 'labeler', p: model.labeler.model as FrozenPerceptron },
    ...(model.retagger ? [{ name: 'retagger', p: model.retagger.model as FrozenPerceptron }] : []),
    ...(model.parser.arcLabeler ? [{ name: 'arclabeler', p: model.parser.arcLabeler.model as FrozenPerceptron }] : []),
    ...(model.fineTagger ? [{ name: 'fine', p: model.fineTagger.model as FrozenPerceptron }] : []),
  ];
  const sections: Header['sections'] = [];
  const arrays: (Int32Array | Int16Array | Int8Array)[] = [];
  for (const { name, p } of parts) {
    sections.push({ name: `${name}.keys`, type: 'i32', offset: 0, length: p.keys.length, classes: p.nClasses, scale: 1 });
    sections.push({ name: `${name}.weights`, type: p.weights instanceof Int8Array ? 'i8' : 'i16', offset: 0, length: p.weights.length, classes: p.nClasses, scale: p.scale });
    arrays.push(p.keys, p.weights);
  }
  if (model.clusters) {
    sections.push({ name: 'clusters', type: 'i32', offset: 0, length: model.clusters.table.length, classes: 0, scale: 1 });
    arrays.push(model.clusters.table);
  }
  const { buffers, offsets } = packSections(arrays);
  sections.forEach((s, i) => (s.offset = offsets[i]));
  const header: Header = {
    format: 1,
    labels: model.labeler.labels,
    upos: UPOS,
    tagdict: [...model.tagger.tagdict],
    ...(model.tagger.classes.size ? { tagClasses: [...model.tagger.classes].map(([k, v]) => [k, [...v]] as [number, number[]]) } : {}),
    candidates: [...model.labeler.candidates].map(([k, v]) => [k, [...v]]),
    sections,
    ...(model.hints ? { hints: true as const } : {}),
    ...(model.clusters ? { clusters: true as const } : {}),
    ...(model.clauseVerbs ? { clauseVerbs: [...model.clauseVerbs].sort() } : {}),
    ...(model.parser.arcLabeler ? { arcLabels: true as const } : {}),
    ...(model.parser.arcLabeler && model.parser.arcLabeler.featureSet > 1 ? { arcLabelFeatures: model.parser.arcLabeler.featureSet } : {}),
    ...(model.parser.dropped.length ? { parserDropped: [...model.parser.dropped].sort((a, b) => a - b) } : {}),
    ...(model.parser.arcLabeler?.dropped.length ? { arcLabelDropped: [...model.parser.arcLabeler.dropped].sort((a, b) => a - b) } : {}),
    ...(model.parser.beam > 1 ? { beam: model.parser.beam } : {}),
    ...(model.parser.beam > 1 && Number.isFinite(model.parser.beamMargin) ? { beamMargin: model.parser.beamMargin } : {}),
    ...(model.parser.readsAlt ? { parserAlt: true as const } : {}),
    ...(model.fineTagger ? { fine: { xpos: model.fineTagger.set.xpos, byUpos: model.fineTagger.set.byUpos } } : {}),
    ...(model.retagger?.composite ? { fine: { xpos: model.retagger.composite.set.xpos, byUpos: model.retagger.composite.set.byUpos, composite: true as const } } : {}),
  };
  return writeModelFile(path, MAGIC, header, buffers);
}

/**
 * The model of a model file. The perceptrons' keys and weights are read one perceptron at a time into
 * one scratch buffer, from which the lookup tables are built; they are read from the file again only if
 * asked for (saving, pruning). Reading the whole 18 MB file into memory that stays cost ~0.06 s at start.
 */
export function loadModel(path: string): SyntaxModel {
  if (!existsSync(path)) readModelFile(path); // the missing-file error
  const fd = openSync(path, 'r');
  try {
    const head = fstatSync(fd).size >= 8 ? readAt(fd, 8, 0) : null;
    if (head?.toString('latin1', 0, 4) !== MAGIC) return modelFromBytes(readModelFile(path), path); // its error
    const len = head.readUInt32LE(4);
    const header = JSON.parse(readAt(fd, len, 8).toString('utf8')) as Header;
    const origin = 8 + len;
    const section = (name: string) => header.sections.find((s) => s.name === name)!;
    /** Bytes of a perceptron's keys (8-byte aligned) and weights. */
    const sizeOf = (name: string) => {
      const w = section(`${name}.weights`);
      return align8(section(`${name}.keys`).length * 4) + w.length * (w.type === 'i8' ? 1 : 2);
    };
    /** A perceptron's keys and weights, read from `file` into `into` (a new buffer when null). */
    const read = (file: number, name: string, into: Buffer | null): [Int32Array, Weights] => {
      const k = section(`${name}.keys`);
      const w = section(`${name}.weights`);
      const buf = into ?? Buffer.allocUnsafeSlow(sizeOf(name));
      const at = align8(k.length * 4);
      readAt(file, k.length * 4, origin + k.offset, buf, 0);
      readAt(file, sizeOf(name) - at, origin + w.offset, buf, at);
      const keys = new Int32Array(buf.buffer, buf.byteOffset, k.length);
      return [keys, w.type === 'i8' ? new Int8Array(buf.buffer, buf.byteOffset + at, w.length) : new Int16Array(buf.buffer, buf.byteOffset + at, w.length)];
    };
    const names = header.sections.filter((s) => s.name.endsWith('.keys')).map((s) => s.name.slice(0, -'.keys'.length));
    const scratch = Buffer.allocUnsafeSlow(Math.max(8, ...names.map(sizeOf)));
    const perceptron = (name: string): FrozenPerceptron => {
      const w = section(`${name}.weights`);
      const [keys, weights] = read(fd, name, scratch);
      return new FrozenPerceptron(w.classes, keys, weights, w.scale, w.classes <= 3, () => {
        const again = openSync(path, 'r');
        try {
          return read(again, name, null);
        } finally {
          closeSync(again);
        }
      });
    };
    const c = header.sections.find((s) => s.name === 'clusters');
    const clusters = c ? new Int32Array(readAt(fd, c.length * 4, origin + c.offset).buffer, 0, c.length) : null;
    return modelOf(header, perceptron, clusters);
  } finally {
    closeSync(fd);
  }
}

const align8 = (n: number) => n + pad8(n);

/** `length` bytes at `position` of `fd`, into `into` at `at` (a new buffer of its own when not given). */
function readAt(fd: number, length: number, position: number, into: Buffer = Buffer.allocUnsafeSlow(length), at = 0): Buffer {
  let done = 0;
  while (done < length) {
    const n = readSync(fd, into, at + done, length - done, position + done);
    if (n === 0) throw new Error('syntax model file is truncated');
    done += n;
  }
  return into;
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
  const { header, buffer, origin } = openModelFile<Header>(bytes, MAGIC, name, 'syntax model (rebuild it with `eventline train syntax`)');
  const perceptron = (name: string): FrozenPerceptron => {
    const k = header.sections.find((s) => s.name === `${name}.keys`)!;
    const w = header.sections.find((s) => s.name === `${name}.weights`)!;
    const keys = new Int32Array(buffer, origin + k.offset, k.length);
    const weights = w.type === 'i8' ? new Int8Array(buffer, origin + w.offset, w.length) : new Int16Array(buffer, origin + w.offset, w.length);
    return new FrozenPerceptron(w.classes, keys, weights, w.scale);
  };
  const clusterSection = header.sections.find((s) => s.name === 'clusters');
  return modelOf(header, perceptron, clusterSection ? new Int32Array(buffer, origin + clusterSection.offset, clusterSection.length) : null);
}

/** The model of a file's header, its perceptrons and its word-cluster table. */
function modelOf(header: Header, perceptron: (name: string) => FrozenPerceptron, clusters: Int32Array | null): SyntaxModel {
  const tagdict = new Map(header.tagdict);
  const tagClasses = new Map((header.tagClasses ?? []).map(([k, v]) => [k, Int32Array.from(v)]));
  const candidates = new Map(header.candidates.map(([k, v]) => [k, Int32Array.from(v)]));
  const parser = new Parser(perceptron('parser'), header.arcLabels ? new ArcLabeler(header.labels, perceptron('arclabeler'), candidates, header.arcLabelFeatures ?? 1, header.arcLabelDropped ?? []) : null, header.parserDropped ?? [], header.beam ?? 1);
  if (header.beamMargin !== undefined) parser.beamMargin = header.beamMargin;
  parser.readsAlt = header.parserAlt === true;
  // fine sets 2–5 (files of 2026-12-07) were removed on 2026-12-08 (docs/syntax.md): refused, not misread as set 1
  const fineSet = (header.fine as { set?: number } | undefined)?.set;
  if (fineSet !== undefined && fineSet !== 1) throw new Error(`syntax model: fine tag set ${fineSet} is no longer read (only set 1; docs/syntax.md)`);
  parser.readsFine = header.fine !== undefined;
  const composite = header.fine?.composite ? new CompositeTags(header.fine) : null;
  return new SyntaxModel(
    new Tagger(perceptron('tagger'), tagdict, tagClasses),
    parser,
    new Labeler(header.labels, perceptron('labeler'), candidates),
    header.sections.some((s) => s.name === 'retagger.keys') ? new Tagger(perceptron('retagger'), tagdict, tagClasses, composite) : null,
    header.hints === true,
    clusters ? new WordClusters(clusters) : null,
    header.clauseVerbs ? new Set(header.clauseVerbs) : null,
    header.fine && !composite ? new FineTagger(header.fine, perceptron('fine')) : null,
  );
}

export const MODEL_FILE = 'syntax-en.bin';
/** The word clusters a model trained with `--clusters` reads (written by `eventline train clusters`). */
export const CLUSTERS_FILE = 'word-clusters.tsv';
/** The bundled model file, or the one `EVENTLINE_SYNTAX_MODEL` names (a model trained with `eventline train syntax --out`). */
export function defaultModelPath(): string {
  return modelPath('EVENTLINE_SYNTAX_MODEL', MODEL_FILE);
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
