// Training the entity tagger from GUM's entity layer (the MISC column's Entity brackets of
// ../shared/eval/ud/en_gum-open-*.conllu), deterministically (fixed seed). The gold spans are GUM's
// named person / place / organization mentions (syntactic head a proper noun), cut to the capitalised
// name around the head ("the former president Ana Lopes" → "Ana Lopes"; "the University of Chicago" →
// "University of Chicago"), outermost names only. Sentences are tagged and parsed by the shipped
// syntax model, as the pipeline sees them.
import { readConllu, type ConlluSentence } from '../syntax/conllu.ts';
import { entityBrackets } from '../../eval/gum-entities.ts';
import { rng, shuffle } from '../syntax/train.ts';
import type { Perceptron } from '../syntax/perceptron.ts';
import type { FrozenPerceptron } from '../syntax/frozen.ts';
import type { SyntaxModel } from '../syntax/model.ts';
import type { Token } from '../../doc/types.ts';
import type { Recognizer } from './recognize.ts';
import { candHints } from './entity-merge.ts';
import { EntityTagger, docContext, tagSentences, type DocContext, tagsOf, type EntityLookup, type EntityType, type TagSentence } from './entity-tagger.ts';
import type { EntityModel } from './entity-model.ts';

const TYPE_OF: Record<string, EntityType> = { person: 'PER', place: 'LOC', organization: 'ORG' };
const CONNECT = /^(of|de|du|des|la|le|van|von|der|den|da|di|del|y|&|and|-|for|on|upon)$/;
const nameWord = (f: string) => /^[\p{Lu}\d]/u.test(f);

export interface EntityExample {
  /** The GUM document the sentence belongs to. */
  doc: string;
  sentence: TagSentence;
  spans: { a: number; b: number; type: EntityType }[];
}

/** The capitalised name around `head` inside [a, b]: connectors only between name words. */
export function nameAround(forms: string[], a: number, b: number, head: number): [number, number] | null {
  if (!nameWord(forms[head])) return null;
  let lo = head;
  let hi = head;
  for (let k = head - 1; k >= a; k--) {
    if (nameWord(forms[k])) lo = k;
    else if (!(CONNECT.test(forms[k]) && k - 1 >= a && nameWord(forms[k - 1]))) break;
  }
  for (let k = head + 1; k <= b; k++) {
    if (nameWord(forms[k])) hi = k;
    else if (!(CONNECT.test(forms[k]) && k + 1 <= b && nameWord(forms[k + 1]))) break;
  }
  // a connector cannot start or end the name; skipped ones inside are kept
  return [lo, hi + 1];
}

/** Examples (sentence + gold spans) of a GUM CoNLL-U file, parsed by `syntax`. */
export function gumExamples(sentences: ConlluSentence[], syntax: SyntaxModel, recognizer: Recognizer | null = null): EntityExample[] {
  const out: EntityExample[] = [];
  let docId = '';
  for (const s of sentences) {
    const newdoc = s.lines.map((l) => /^# newdoc id = (.+)$/.exec(l)?.[1]).find(Boolean);
    if (newdoc) docId = newdoc.trim();
    const n = s.words.length;
    if (!n) continue;
    const forms = s.words.map((w) => w.form);
    // glued: no space before the word (SpaceAfter=No on the word before, or inside a multiword token)
    const glued: boolean[] = new Array(n).fill(false);
    let wi = 0;
    let mwtStart = -1;
    let mwtEnd = -1;
    let prevNoSpace = false;
    for (const line of s.lines) {
      if (line.startsWith('#')) continue;
      const cols = line.split('\t');
      const range = /^(\d+)-(\d+)$/.exec(cols[0]);
      if (range) {
        mwtStart = Number(range[1]);
        mwtEnd = Number(range[2]);
        if (wi < n) glued[wi] = prevNoSpace;
        prevNoSpace = /SpaceAfter=No/.test(cols[9]);
        continue;
      }
      if (!/^\d+$/.test(cols[0])) continue;
      const id = Number(cols[0]);
      if (id > mwtStart && id <= mwtEnd) glued[wi] = true;
      else if (id !== mwtStart) {
        glued[wi] = prevNoSpace;
        prevNoSpace = /SpaceAfter=No/.test(cols[9]);
      }
      wi++;
    }
    const parse = syntax.parse(forms);
    const sentence: TagSentence = { forms, upos: parse.upos, heads: parse.heads, deprels: parse.deprels, glued };
    if (recognizer) {
      // the rule recogniser's candidates over the sentence, as the pipeline computes them
      let text = '';
      const tokens: Token[] = forms.map((f, i) => {
        if (i > 0 && !glued[i]) text += ' ';
        const start = text.length;
        text += f;
        return { text: f, start, end: text.length, pos: parse.upos[i], lemma: s.words[i].lemma.toLowerCase(), sentence: 0 };
      });
      sentence.hints = candHints(recognizer.sentence(text, tokens, 0, n), 0, n);
    }
    // gold mentions
    const named: { a: number; b: number; type: EntityType }[] = [];
    const add = (a: number, b: number, etype: string) => {
      const type = TYPE_OF[etype];
      if (!type) return;
      let head = a;
      for (let k = a; k <= b; k++) {
        const h = s.words[k].head - 1;
        if (h < a || h > b) {
          head = k;
          break;
        }
      }
      if (s.words[head].upos !== 'PROPN') return;
      const r = nameAround(forms, a, b, head);
      if (r) named.push({ a: r[0], b: r[1], type });
    };
    const readEntities = entityBrackets(add);
    s.words.forEach((w, i) => readEntities(i, w.cols[9]));
    // outermost names, no overlaps (longest first)
    named.sort((x, y) => y.b - y.a - (x.b - x.a) || x.a - y.a);
    const spans: { a: number; b: number; type: EntityType }[] = [];
    for (const m of named) if (!spans.some((o) => m.a < o.b && o.a < m.b)) spans.push(m);
    spans.sort((x, y) => x.a - y.a);
    out.push({ doc: docId, sentence, spans });
  }
  return out;
}

export interface EntityScores {
  gold: number;
  predicted: number;
  exact: { p: number; r: number; f1: number };
  /** Typed overlap: a predicted span overlapping a gold one of its type. */
  overlap: { p: number; r: number; f1: number };
  /** Untyped overlap. */
  untyped: { p: number; r: number; f1: number };
}

const prf = (tp: number, found: number, matched: number, gold: number) => {
  const p = found ? tp / found : 0;
  const r = gold ? matched / gold : 0;
  const r1 = (x: number) => Math.round(x * 1000) / 10;
  return { p: r1(p), r: r1(r), f1: r1(p + r ? (2 * p * r) / (p + r) : 0) };
};

/** The examples grouped by document, in order. */
function byDoc(examples: EntityExample[]): EntityExample[][] {
  const out = new Map<string, EntityExample[]>();
  for (const x of examples) {
    const g = out.get(x.doc);
    if (g) g.push(x);
    else out.set(x.doc, [x]);
  }
  return [...out.values()];
}

export function scoreEntities(first: EntityTagger, second: EntityTagger | null, examples: EntityExample[]): EntityScores {
  let gold = 0, found = 0, tpE = 0, tpO = 0, mO = 0, tpU = 0, mU = 0;
  for (const docEx of byDoc(examples)) {
    const preds = tagSentences(first, second, docEx.map((x) => x.sentence));
    docEx.forEach((ex, j) => {
      const pred = preds[j];
      gold += ex.spans.length;
      found += pred.length;
      const ov = (x: { a: number; b: number }, y: { a: number; b: number }) => x.a < y.b && y.a < x.b;
      for (const p of pred) {
        if (ex.spans.some((g) => g.a === p.a && g.b === p.b && g.type === p.type)) tpE++;
        if (ex.spans.some((g) => ov(g, p) && g.type === p.type)) tpO++;
        if (ex.spans.some((g) => ov(g, p))) tpU++;
      }
      for (const g of ex.spans) {
        if (pred.some((p) => ov(g, p) && g.type === p.type)) mO++;
        if (pred.some((p) => ov(g, p))) mU++;
      }
    });
  }
  return { gold, predicted: found, exact: prf(tpE, found, tpE, gold), overlap: prf(tpO, found, mO, gold), untyped: prf(tpU, found, mU, gold) };
}

export interface EntityTrainOptions {
  train: string[];
  dev: string[];
  epochs: number;
  seed: number;
  minCount: number;
  prune: number;
  log: (line: string) => void;
}

export const DEFAULT_ENTITY_TRAIN = { epochs: 10, folds: 4, seed: 20261203, minCount: 1, prune: 0.002 };

export function trainEntities(o: EntityTrainOptions & { folds: number }, syntax: SyntaxModel, lookup: EntityLookup | null, recognizer: Recognizer | null = null): { model: EntityModel; dev: EntityScores; devFirst: EntityScores } {
  const train = o.train.flatMap((p) => gumExamples(readConllu(p), syntax, recognizer));
  const dev = o.dev.flatMap((p) => gumExamples(readConllu(p), syntax, recognizer));
  const count = (xs: EntityExample[]) => xs.reduce((n, x) => n + x.spans.length, 0);
  o.log(`training on ${train.length} sentences (${count(train)} names); dev ${dev.length} sentences (${count(dev)} names)`);
  const rand = rng(o.seed);
  const gold = new Map(train.map((x) => [x, tagsOf(x.sentence.forms.length, x.spans)]));
  const fit = (set: EntityExample[], label: string, docs?: Map<EntityExample, ReturnType<typeof docContextOf>>): FrozenPerceptron => {
    const tagger = new EntityTagger(undefined, lookup);
    for (let e = 0; e < o.epochs; e++) {
      for (const x of shuffle(set, rand)) {
        const c = docs?.get(x);
        tagger.tag(c ? Object.assign({}, x.sentence, { first: c.first }) : x.sentence, gold.get(x), undefined, c?.doc);
      }
    }
    o.log(`${label}: ${(tagger.model as Perceptron).featureCount} features`);
    return (tagger.model as Perceptron).finish(o.minCount).pruned(o.prune);
  };
  // 1. first-pass tags of every training document from taggers that did not see it (folds by document)
  const docIds = [...new Set(train.map((x) => x.doc))];
  const foldOf = new Map(docIds.map((d, i) => [d, i % o.folds]));
  const ctx = new Map<EntityExample, ReturnType<typeof docContextOf>>();
  for (let f = 0; f < o.folds; f++) {
    const held = train.filter((x) => foldOf.get(x.doc) === f);
    const tagger = new EntityTagger(fit(train.filter((x) => foldOf.get(x.doc) !== f), `first pass, fold ${f + 1}/${o.folds}`), lookup);
    for (const docEx of byDoc(held)) {
      const c = docContextOf(tagger, docEx);
      docEx.forEach((x, j) => ctx.set(x, { first: c.firsts[j], doc: c.doc, firsts: c.firsts }));
    }
  }
  // 2. the first pass on everything, the second on the jackknifed first-pass tags
  const first = fit(train, 'first pass');
  const devFirst = scoreEntities(new EntityTagger(first, lookup), null, dev);
  o.log(`first pass: dev exact F1 ${devFirst.exact.f1}, typed overlap F1 ${devFirst.overlap.f1} (P ${devFirst.overlap.p}, R ${devFirst.overlap.r}), untyped ${devFirst.untyped.f1}`);
  const second = fit(train, 'second pass', ctx);
  const d = scoreEntities(new EntityTagger(first, lookup), new EntityTagger(second, lookup), dev);
  o.log(`second pass: dev exact F1 ${d.exact.f1}, typed overlap F1 ${d.overlap.f1} (P ${d.overlap.p}, R ${d.overlap.r}), untyped ${d.untyped.f1}`);
  return { model: { first, second }, dev: d, devFirst };
}

function docContextOf(tagger: EntityTagger, docEx: EntityExample[]): { first: Uint8Array; doc: DocContext; firsts: Uint8Array[] } {
  const firsts = docEx.map((x) => tagger.tag(x.sentence));
  return { first: firsts[0], doc: docContext(docEx.map((x, j) => ({ forms: x.sentence.forms, first: firsts[j] }))), firsts };
}
