// wink-eng-lite-web-model (1.8) with a faster reader of its core model. The package's own reader parses
// the 3 MB model JSON, copies it whole (JSON.stringify and JSON.parse again) and decodes its two base64
// tables one character at a time: ~0.25 s of CPU and ~30 MB of fresh memory at every start. This one
// parses the file once and decodes the tables natively, giving the same model (test/stages/tokens/
// wink-model.test.ts compares the two); every other part of the model is the package's own. Another
// version of the package gets the package's model as it is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const load = createRequire(import.meta.url);

/* eslint-disable @typescript-eslint/no-explicit-any */
type Model = any;

/** The bytes of a base64 string in a buffer of their own (so that a Uint32Array can view them). */
function base64Buffer(s: string): ArrayBuffer {
  const bytes = Buffer.from(s, 'base64');
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

/** The core model as the package's load-core-model.js makes it. */
export function readCoreModel(dir: string): Model {
  const model = JSON.parse(readFileSync(join(dir, 'languages', 'cur', 'models', 'eng-core-web-model.json'), 'utf8'));
  const { packing, features, pos } = model;
  model.lexicon = new Uint32Array(base64Buffer(model.lexicon));
  model.xpansions = new Uint32Array(base64Buffer(model.xpansions));
  // name → index tables of the features stored as lists
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    features[f].hash = Object.create(null);
    features[f].list.forEach((v: string, k: number) => (features[f].hash[v] = k));
  }
  features.lexeme.hash = Object.create(null);
  features.lexeme.list.forEach((v: string, k: number) => (features.lexeme.hash[v] = k));
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set(clusters[k].split('_').map((t: string) => pos.hash[t] || 0));
  // what load-core-model.js adds
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The core model winkModel's reader last made (wink-nlp's own instance of it), or null. */
let core: Model = null;

/**
 * `word` (lower-cased) is in the lexicon wink's model ships with (not one wink learnt from the texts it
 * read); false when the model was not read here (another version of the package).
 */
export function winkKnows(word: string): boolean {
  if (!core) return false;
  const k = core.features.lexeme.hash[word];
  return k !== undefined && k < core.features.lexeme.intrinsicSize;
}

/**
 * Whether wink's lexicon lets lower-cased `word` be anything but a noun (its lexeme's class of possible
 * tags holds another than NOUN and PROPN); true when the word or the model is not at hand here.
 */
export function winkMayBeOtherThanNoun(word: string): boolean {
  if (!core) return true;
  const k = core.features.lexeme.hash[word];
  if (k === undefined || k >= core.features.lexeme.intrinsicSize) return true;
  const layout = core.packing.layout.lexemeCID;
  if (!layout) return true;
  let cid = (core.lexicon[layout[0] + k * core.packing.size] & layout[1]) >>> layout[2];
  if (layout[3] === 0 || layout[5] === 1) cid = core.features.lexemeCID.list[cid];
  const tags: Set<number> | undefined = core.features.posClusters.list[cid];
  if (!tags) return true;
  const noun = core.pos.hash.NOUN;
  const propn = core.pos.hash.PROPN;
  for (const t of tags) if (t !== noun && t !== propn) return true;
  return false;
}

/** The core model winkModel's reader made last (read by the wink instance created last), or null. */
export function lastCoreModel(): Model | null {
  return core;
}

/** What a wink instance has learnt beyond its model. */
export interface WinkGrowth {
  /** Entries of the lexeme list past the model's own: every unknown word form read (and its lower case). */
  lexemes: number;
  /** The features wink stores as lists of values (prefix, suffix, shape): values held, and the most its packing can address. */
  features: Record<string, { size: number; limit: number }>;
}

/**
 * What a wink instance has learnt from the texts it read (`model`: its core model; the last one read by
 * default). wink adds every unknown word form to its model's lexeme list and hash, and every new prefix,
 * suffix and shape to theirs, and removes none; past its packing's limit a value's index spills into the
 * next packed field (a shape's into the word's tag). null when the model was not read here.
 */
export function winkGrowth(model: Model | null = core): WinkGrowth | null {
  if (!model) return null;
  const features: WinkGrowth['features'] = {};
  for (const f of model.packing.efList as string[]) {
    const layout = model.packing.layout[f];
    if (layout[3] !== 0) continue;
    features[f] = { size: model.features[f].list.length, limit: layout[1] >>> layout[2] };
  }
  return { lexemes: model.features.lexeme.list.length - model.features.lexeme.intrinsicSize, features };
}

/**
 * A word form wink reads alike whether it learnt it before or not: letters of wink's word class only
 * (a-z, A-Z and the Latin-1 letters of its token-category regexes; no digit, mark, joiner or punctuation),
 * none of the currency codes its recursive tokenizer cuts out of a word (USD, AUD, INR, GBP, in any case:
 * "usd" is learnt as the normal of a currency "USD"). wink gives such a form the category word on every
 * path that learns it (the whole-token and split-token category regexes, the word before a right
 * punctuation, every piece its recursive tokenizer cuts), and whether it is in the lexeme hash changes no
 * split: where wink asks (a word before or after punctuation) it adds the same token either way, and its
 * recursive tokenizer only asks about forms with a period or a hyphen. Its learnt features (shape, prefix,
 * suffix, case, tag guess) are a function of the form and that category, so a later text reads it as a new
 * instance would.
 */
const STABLE = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF]+$/;
const CURRENCY = /usd|aud|inr|gbp/i;

function stableForm(form: string): boolean {
  return STABLE.test(form) && !CURRENCY.test(form);
}

/**
 * Makes `model`'s wink instance forget the word forms it learnt since its lexeme list held `mark` entries
 * that could make a later text read otherwise than in a new instance: they leave the hash through which
 * wink's tokenizer and tagger look words up. (wink keeps whether a form glued to punctuation is a word it
 * knows: after "… the A380's, …" a new instance splits "A380" + "'s" and one that learnt "A380's" keeps it
 * whole in every later text.) Forms of letters only (stableForm) stay learnt, so later texts need not learn
 * them again; a lower-case form wink learnt as the normal of the form before it in the list stays only with
 * that form (it has its category: the lower case of a form outside the class, such as a Kelvin sign's "k",
 * can be learnt as unknown). The list entries stay, since wink addresses its private packed features of
 * them by index: the list still grows with every unknown form read, which renewing the instance bounds.
 */
export function forgetLexemes(model: Model, mark: number): void {
  const { hash, list } = model.features.lexeme;
  const first = Math.max(mark, model.features.lexeme.intrinsicSize);
  for (let i = first; i < list.length; i++) {
    const form: string = list[i];
    // (learnt as the normal of the form before it: the lower case of a different form, new then)
    const normalOf = i > model.features.lexeme.intrinsicSize && list[i - 1] !== form && list[i - 1].toLowerCase() === form;
    if (stableForm(form) && (!normalOf || stableForm(list[i - 1]))) continue;
    delete hash[form];
  }
}

/** The custom-entity meta model as the package's first call of load-cer-meta-model.js gives it, once per process. */
let cerMachines: string | null = null;

/**
 * The package's load-cer-meta-model.js replaces its machines by their JSON text at every call, so each new
 * wink instance gets the text of the last one's text, escaped again: its length grows geometrically and
 * the twentieth instance of a process fails with "Invalid string length" (after some 300 MB). This one
 * gives every instance the first call's text.
 */
function metaCER(dir: string): () => { machines: string; transformers: unknown } {
  return () => ({
    machines: (cerMachines ??= JSON.stringify(load(join(dir, 'languages', 'cur', 'models', 'eng-cer-meta-model.json')))),
    transformers: load(join(dir, 'cer-transformers.js')),
  });
}

/** The model object wink-nlp takes (the package's dist/model.js, with readCoreModel as `core`). */
export function winkModel(): Model {
  const pkg = load('wink-eng-lite-web-model/package.json') as { version: string };
  if (!/^1\.8\./.test(pkg.version)) return load('wink-eng-lite-web-model');
  const dir = join(dirname(load.resolve('wink-eng-lite-web-model/package.json')), 'dist');
  const part = (f: string) => load(join(dir, f));
  const model = Object.create(null);
  model.core = () => (core = readCoreModel(dir));
  model.sbd = part('load-sbd-model.js');
  model.pos = part('load-pos-model.js');
  model.ner = part('load-ner-model.js');
  model.negation = part('load-negation-model.js');
  model.sa = part('load-sa-model.js');
  model.metaCER = metaCER(dir);
  model.featureFn = part('feature.js');
  model.addons = Object.create(null);
  model.addons.stem = part('porter-stemmer.js');
  model.addons.lemmatize = part('lemmatize.js');
  model.addons.readabilityStats = part('readability-stats.js');
  model.addons.wordVectors = undefined;
  return model;
}
