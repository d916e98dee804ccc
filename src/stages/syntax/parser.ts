// Greedy arc-hybrid dependency parser (Kuhlmann et al. 2011) with an averaged perceptron over
// hashed features (after Zhang & Nivre 2011) and a dynamic oracle for training (Goldberg & Nivre
// 2013): the parser learns from the states its own mistakes lead to. It builds projective trees,
// labelled as each arc is made (arc-labeler.ts) or by the labeler afterwards. ROOT sits at the end of
// the buffer. With a beam width above 1 (`train syntax --beam`), beam search over the same transitions
// and features, trained globally (beamParse).
import { Perceptron } from './perceptron.ts';
import type { Scorer } from './frozen.ts';
import { key1, key2, key3, key4, strHash } from './hash.ts';
import type { ArcLabeler, ArcView } from './arc-labeler.ts';
import type { Lexical } from './lexical.ts';
import { tagCode } from './tagger.ts';
import { SENTENCE_BYTES, SENTENCE_FLOATS, SENTENCE_INTS } from './slab.ts';

export const SHIFT = 0;
export const RIGHT = 1;
export const LEFT = 2;
export const N_MOVES = 3;
const MAX_FEATS = 192;
const ROOT_WORD = strHash('<ROOT>');
const ROOT_TAG = 99;
const ROOT_CLUSTER = 0xffff;

/**
 * Parser configuration: a stack, the buffer front `b` (n = ROOT) and the arcs so far; it is the view of
 * the arcs the arc labeler reads (ArcView). Its arrays are views of one buffer, so that a beam copies a
 * state with one `set`. Exported for the neural scorer (mlp.ts), which reads the same configurations.
 */
export class State implements ArcView {
  readonly n: number;
  private readonly buf: Int32Array;
  readonly stack: Int32Array;
  sp = 0;
  b = 0;
  readonly heads: Int32Array;
  readonly l1: Int32Array;
  readonly l2: Int32Array;
  readonly r1: Int32Array;
  readonly r2: Int32Array;
  readonly nl: Int32Array;
  readonly nr: Int32Array;
  /** Label id + 1 of each attached word, and the label sets of each word's children (arc-time labels). */
  readonly lab: Int32Array;
  readonly setL0: Int32Array;
  readonly setL1: Int32Array;
  readonly setR0: Int32Array;
  readonly setR1: Int32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    const buf = (this.buf = SENTENCE_INTS.take(13 * m));
    const part = (i: number) => buf.subarray(i * m, (i + 1) * m);
    this.stack = part(0);
    this.heads = part(1);
    this.l1 = part(2);
    this.l2 = part(3);
    this.r1 = part(4);
    this.r2 = part(5);
    buf.fill(-1, m, 6 * m);
    this.nl = part(6);
    this.nr = part(7);
    this.lab = part(8);
    this.setL0 = part(9);
    this.setL1 = part(10);
    this.setR0 = part(11);
    this.setR1 = part(12);
  }

  copyFrom(o: State): void {
    this.buf.set(o.buf);
    this.sp = o.sp;
    this.b = o.b;
  }

  done(): boolean {
    return this.b >= this.n && this.sp === 0;
  }

  valid(move: number): boolean {
    if (move === SHIFT) return this.b < this.n;
    if (move === RIGHT) return this.sp >= 2;
    return this.sp >= 1;
  }

  private arc(h: number, d: number, label: number): void {
    this.heads[d] = h;
    if (label >= 0) {
      this.lab[d] = label + 1;
      const bit = 1 << (label & 31);
      if (d < h) {
        if (label < 32) this.setL0[h] |= bit; else this.setL1[h] |= bit;
      } else if (label < 32) this.setR0[h] |= bit;
      else this.setR1[h] |= bit;
    }
    if (d < h) {
      if (this.nl[h] < 255) this.nl[h]++;
      if (this.l1[h] < 0 || d < this.l1[h]) {
        this.l2[h] = this.l1[h];
        this.l1[h] = d;
      } else if (this.l2[h] < 0 || d < this.l2[h]) this.l2[h] = d;
    } else {
      if (this.nr[h] < 255) this.nr[h]++;
      if (this.r1[h] < 0 || d > this.r1[h]) {
        this.r2[h] = this.r1[h];
        this.r1[h] = d;
      } else if (this.r2[h] < 0 || d > this.r2[h]) this.r2[h] = d;
    }
  }

  /** `label`: the arc's label (arc-time labels), -1 none. */
  apply(move: number, label = -1): void {
    if (move === SHIFT) {
      this.stack[this.sp++] = this.b++;
    } else if (move === RIGHT) {
      const s0 = this.stack[--this.sp];
      this.arc(this.stack[this.sp - 1], s0, label);
    } else {
      const s0 = this.stack[--this.sp];
      this.arc(this.b, s0, label);
    }
  }

  /** The word `i` places below the top of the stack (0: s0), -1 when the stack is shorter. */
  stackAt(i: number): number {
    return this.sp > i ? this.stack[this.sp - 1 - i] : -1;
  }

  /** The word `i` places after the buffer front (ROOT, n, the last), -1 past ROOT. */
  bufferAt(i: number): number {
    return this.b + i <= this.n ? this.b + i : -1;
  }

  /** Head of the arc `move` would make (move LEFT or RIGHT); its dependent is s0. */
  headOf(move: number): number {
    return move === RIGHT ? this.stack[this.sp - 2] : this.b;
  }
}

/** Gold moves of zero cost from `st` under gold heads `gold` (root = n), as a bit set. */
export function goldMoves(st: State, gold: Int32Array): number {
  const { sp, b, n, stack } = st;
  const s0 = sp > 0 ? stack[sp - 1] : -1;
  if (sp === 0 || (st.valid(SHIFT) && gold[b] === s0)) return st.valid(SHIFT) ? 1 << SHIFT : validSet(st);
  if (gold[s0] === b) return 1 << LEFT;
  let costly = 0;
  for (let m = 0; m < N_MOVES; m++) if (!st.valid(m)) costly |= 1 << m;
  if (sp >= 2 && gold[s0] === stack[sp - 2]) costly |= 1 << LEFT;
  if (!(costly & (1 << SHIFT))) {
    for (let i = 0; i < sp; i++) {
      const w = stack[i];
      if (gold[w] === b || gold[b] === w) {
        costly |= 1 << SHIFT;
        break;
      }
    }
  }
  for (let w = b + 1; w <= n; w++) {
    if (gold[s0] === w || (w < n && gold[w] === s0)) {
      costly |= (1 << LEFT) | (1 << RIGHT);
      break;
    }
  }
  const out = ((1 << N_MOVES) - 1) & ~costly;
  return out || validSet(st);
}

export function validSet(st: State): number {
  let v = 0;
  for (let m = 0; m < N_MOVES; m++) if (st.valid(m)) v |= 1 << m;
  return v;
}

function at(a: Int32Array, x: number): number {
  return x < 0 ? 0 : a[x];
}

function distBucket(d: number): number {
  return d <= 4 ? d : d < 10 ? 5 : 6;
}

export class Parser {
  readonly model: Scorer;
  private feats = new Int32Array(MAX_FEATS);
  private scores = new Float32Array(N_MOVES);
  /** Score the per-word blocks once per sentence (shipped models; false scores every feature each time). */
  blockScores = true;
  /** Word clusters (fine, + 1; ROOT's last) of the sentence being parsed, for a model that reads them. */
  private C: Int32Array | null = null;
  /**
   * The tagger's runner-up tags (tagger.ts tagAlternative; ROOT's last, 0) of the sentence about to be
   * parsed, for a parser that reads them (`readsAlt`, `train syntax --tag-alternatives`): the caller sets
   * them before parse.
   */
  alt: Int32Array | null = null;
  readsAlt = false;
  /**
   * The fine tags (fine.ts fineInputs: Penn tag id + 1, ROOT's last) of the sentence about to be parsed,
   * for a parser that reads them (`readsFine`, `train syntax --fine-tags`): the caller sets them before
   * parse; the arc labeler reads them too.
   */
  fine: Int32Array | null = null;
  /**
   * The parser reads the fine tags in templates of their own beside the UPOS templates (125–132 in the
   * per-word blocks, 133–142 per state) and gives them to the arc labeler. Recorded in the model file.
   * (Fine sets 2–5 of 2026-12-07, the fine tags in place of the UPOS tags or fewer fine templates, were
   * removed on 2026-12-08: docs/syntax.md.)
   */
  readsFine = false;
  /**
   * A scorer of whole states (mlp.ts; trained by scripts/mlp-experiment.ts, no command ships one) that chooses the moves in place of the
   * perceptron's features at run time; null (the shipped model): the perceptron.
   */
  stateScorer: StateScorer | null = null;
  /** Labels of the arcs of the last sentence parsed (id + 1), when the parser labels at arc time. */
  lastLabels: Int32Array | null = null;

  /**
   * Beam search keeps only the states within this much of the best state's score (in the model's weight
   * units: the sum of its int8 weights, as the frozen model scores): where the parser is sure, the beam
   * narrows to one state and costs what the greedy parse costs. Infinity: always `beam` states.
   */
  beamMargin = Infinity;

  /** 1 for each template id the parser reads, 0 for those left out (`--parser-drop`): a template's key is written, but counted only when on. */
  private readonly on = new Uint8Array(160).fill(1);

  /**
   * `arcLabeler`: labels each arc as it is made, and the parser reads those labels (`--arc-labels`).
   * `dropped`: template ids left out (from a template ablation, docs/syntax.md; recorded in the model file).
   * `beam`: the beam width, trained globally (`train syntax --beam`; recorded in the model file); 1 is the
   * greedy parser trained with the dynamic oracle.
   */
  constructor(model?: Scorer, readonly arcLabeler: ArcLabeler | null = null, readonly dropped: readonly number[] = [], readonly beam = 1) {
    this.model = model ?? new Perceptron(N_MOVES, 20, true);
    for (const t of dropped) this.on[t] = 0;
  }

  /** Applies `move`, labelling its arc first when the parser labels at arc time (`goldLabel` ≥ 0: trains on it). */
  private step(st: State, move: number, W: Int32Array, T: Int32Array, goldLabel = -1): void {
    const al = this.arcLabeler;
    if (!al || move === SHIFT) {
      st.apply(move);
      return;
    }
    st.apply(move, al.label(st, st.stack[st.sp - 1], st.headOf(move), W, T, this.C, goldLabel));
  }

  /** Features of the word on top of the stack alone (the same in every state it is s0 in). */
  private s0Block(s0: number, W: Int32Array, T: Int32Array, k: number): number {
    const f = this.feats;
    const on = this.on;
    const ws0 = at(W, s0), ts0 = at(T, s0);
    f[k] = key1(1, ws0); k += on[1]; f[k] = key1(2, ts0); k += on[2]; f[k] = key2(3, ws0, ts0); k += on[3];
    if (this.C) { const c = at(this.C, s0); f[k] = key1(81, c); k += on[81]; f[k] = key2(82, c, ts0); k += on[82]; }
    if (this.readsAlt && this.alt) { f[k] = key2(118, ts0, at(this.alt, s0)); k += on[118]; f[k] = key3(119, ws0, ts0, at(this.alt, s0)); k += on[119]; }
    if (this.fine) { const x = at(this.fine, s0); f[k] = key1(125, x); k += on[125]; f[k] = key2(126, ws0, x); k += on[126]; }
    return k;
  }

  /** Features of the second word on the stack alone. */
  private s1Block(s1: number, W: Int32Array, T: Int32Array, k: number): number {
    const f = this.feats;
    const on = this.on;
    const ws1 = at(W, s1), ts1 = at(T, s1);
    f[k] = key1(13, ws1); k += on[13]; f[k] = key1(14, ts1); k += on[14]; f[k] = key2(15, ws1, ts1); k += on[15];
    if (this.C) { f[k] = key2(83, at(this.C, s1), ts1); k += on[83]; }
    if (this.readsAlt && this.alt) { f[k] = key2(120, ts1, at(this.alt, s1)); k += on[120]; }
    if (this.fine) { f[k] = key1(127, at(this.fine, s1)); k += on[127]; }
    return k;
  }

  /** Features of the buffer front and the two words after it: the same while b stays. */
  private bufferBlock(b: number, n: number, W: Int32Array, T: Int32Array, k: number, pairs = true): number {
    const f = this.feats;
    const on = this.on;
    const n0 = b <= n ? b : -1;
    const n1 = b + 1 <= n ? b + 1 : -1;
    const n2 = b + 2 <= n ? b + 2 : -1;
    const wn0 = at(W, n0), tn0 = at(T, n0), wn1 = at(W, n1), tn1 = at(T, n1), wn2 = at(W, n2), tn2 = at(T, n2);
    f[k] = key1(4, wn0); k += on[4]; f[k] = key1(5, tn0); k += on[5]; f[k] = key2(6, wn0, tn0); k += on[6];
    f[k] = key1(7, wn1); k += on[7]; f[k] = key1(8, tn1); k += on[8]; f[k] = key2(9, wn1, tn1); k += on[9];
    f[k] = key1(10, wn2); k += on[10]; f[k] = key1(11, tn2); k += on[11]; f[k] = key2(12, wn2, tn2); k += on[12];
    if (pairs) {
      f[k] = key2(32, tn0, tn1); k += on[32]; f[k] = key3(37, tn0, tn1, tn2); k += on[37];
    }
    if (this.C) {
      const cn0 = at(this.C, n0);
      f[k] = key1(84, cn0); k += on[84]; f[k] = key2(85, cn0, tn0); k += on[85]; f[k] = key1(86, at(this.C, n1)); k += on[86]; f[k] = key2(87, cn0, tn1); k += on[87];
    }
    if (this.readsAlt && this.alt) {
      const an0 = at(this.alt, n0);
      f[k] = key2(121, tn0, an0); k += on[121]; f[k] = key3(122, wn0, tn0, an0); k += on[122]; f[k] = key2(123, tn1, at(this.alt, n1)); k += on[123];
    }
    if (this.fine) {
      const X = this.fine, xn0 = at(X, n0), xn1 = at(X, n1);
      f[k] = key1(128, xn0); k += on[128]; f[k] = key2(129, wn0, xn0); k += on[129]; f[k] = key1(130, xn1); k += on[130];
      f[k] = key2(131, xn0, xn1); k += on[131]; f[k] = key3(132, xn0, xn1, at(X, n2)); k += on[132];
    }
    return k;
  }

  /**
   * The features of a state, into this.feats. `full` false leaves out the three blocks above (the
   * shipped model scores those once per word and position, see parse).
   */
  private features(st: State, W: Int32Array, T: Int32Array, P: Int32Array, full = true): number {
    const f = this.feats;
    const on = this.on;
    const { stack, sp, b, n } = st;
    const s0 = sp > 0 ? stack[sp - 1] : -1;
    const s1 = sp > 1 ? stack[sp - 2] : -1;
    const s2 = sp > 2 ? stack[sp - 3] : -1;
    const n0 = b <= n ? b : -1;
    const n1 = b + 1 <= n ? b + 1 : -1;
    const n2 = b + 2 <= n ? b + 2 : -1;
    const s0l = s0 >= 0 ? st.l1[s0] : -1;
    const s0l2 = s0 >= 0 ? st.l2[s0] : -1;
    const s0r = s0 >= 0 ? st.r1[s0] : -1;
    const s0r2 = s0 >= 0 ? st.r2[s0] : -1;
    const n0l = n0 >= 0 ? st.l1[n0] : -1;
    const n0l2 = n0 >= 0 ? st.l2[n0] : -1;
    const s1r = s1 >= 0 ? st.r1[s1] : -1;
    const s1l = s1 >= 0 ? st.l1[s1] : -1;
    const ws0 = at(W, s0), ts0 = at(T, s0), wn0 = at(W, n0), tn0 = at(T, n0), wn1 = at(W, n1), tn1 = at(T, n1), wn2 = at(W, n2), tn2 = at(T, n2);
    const ws1 = at(W, s1), ts1 = at(T, s1), ts2 = at(T, s2);
    const d = s0 >= 0 && n0 >= 0 ? distBucket(n0 - s0) : 0;
    const vls0 = s0 >= 0 ? st.nl[s0] : 0, vrs0 = s0 >= 0 ? st.nr[s0] : 0, vln0 = n0 >= 0 ? st.nl[n0] : 0;
    let k = 0;
    if (full) {
      k = this.s0Block(s0, W, T, k);
      // training keeps the templates' original order (so a retrained model is byte for byte the same)
      k = this.bufferBlock(b, n, W, T, k, false);
      k = this.s1Block(s1, W, T, k);
    }
    f[k] = key1(16, at(W, s0l)); k += on[16]; f[k] = key1(17, at(T, s0l)); k += on[17];
    f[k] = key1(18, at(W, s0r)); k += on[18]; f[k] = key1(19, at(T, s0r)); k += on[19];
    f[k] = key1(20, at(W, n0l)); k += on[20]; f[k] = key1(21, at(T, n0l)); k += on[21];
    f[k] = key1(22, at(W, s1r)); k += on[22]; f[k] = key1(23, at(T, s1r)); k += on[23];
    // pairs
    f[k] = key2(24, ws0, ts0) ^ key2(25, wn0, tn0) || 1; k += on[24];
    f[k] = key3(26, ws0, ts0, wn0); k += on[26]; f[k] = key3(27, ws0, wn0, tn0); k += on[27]; f[k] = key3(28, ws0, ts0, tn0); k += on[28];
    f[k] = key3(29, ts0, wn0, tn0); k += on[29]; f[k] = key2(30, ws0, wn0); k += on[30]; f[k] = key2(31, ts0, tn0); k += on[31];
    if (full) { f[k] = key2(32, at(T, n0), at(T, n1)); k += on[32]; }
    f[k] = key3(33, ws1, ws0, 0); k += on[33]; f[k] = key2(34, ts1, ts0); k += on[34]; f[k] = key3(35, ws1, ts0, 0); k += on[35]; f[k] = key3(36, ts1, ws0, 0); k += on[36];
    // triples of tags
    if (full) { f[k] = key3(37, at(T, n0), at(T, n1), at(T, n2)); k += on[37]; }
    f[k] = key3(38, ts0, tn0, tn1); k += on[38]; f[k] = key3(39, ts1, ts0, tn0); k += on[39];
    f[k] = key3(40, ts0, at(T, s0l), tn0); k += on[40]; f[k] = key3(41, ts0, at(T, s0r), tn0); k += on[41]; f[k] = key3(42, ts0, tn0, at(T, n0l)); k += on[42];
    f[k] = key3(43, ts1, ts0, at(T, s0l)); k += on[43]; f[k] = key3(44, ts1, ts0, at(T, s0r)); k += on[44]; f[k] = key3(45, ts2, ts1, ts0); k += on[45];
    f[k] = key3(46, ts1, at(T, s1r), ts0); k += on[46]; f[k] = key3(47, ts1, at(T, s1l), ts0); k += on[47];
    // distance
    f[k] = key2(48, ws0, d); k += on[48]; f[k] = key2(49, ts0, d); k += on[49]; f[k] = key2(50, wn0, d); k += on[50]; f[k] = key2(51, tn0, d); k += on[51];
    f[k] = key3(52, ws0, wn0, d); k += on[52]; f[k] = key3(53, ts0, tn0, d); k += on[53];
    // valency
    f[k] = key2(54, ws0, vrs0); k += on[54]; f[k] = key2(55, ts0, vrs0); k += on[55]; f[k] = key2(56, ws0, vls0); k += on[56]; f[k] = key2(57, ts0, vls0); k += on[57];
    f[k] = key2(58, wn0, vln0); k += on[58]; f[k] = key2(59, tn0, vln0); k += on[59];
    // second-order children
    f[k] = key1(60, at(W, s0l2)); k += on[60]; f[k] = key1(61, at(T, s0l2)); k += on[61]; f[k] = key1(62, at(W, s0r2)); k += on[62]; f[k] = key1(63, at(T, s0r2)); k += on[63];
    f[k] = key1(64, at(W, n0l2)); k += on[64]; f[k] = key1(65, at(T, n0l2)); k += on[65];
    f[k] = key3(66, ts0, at(T, s0l), at(T, s0l2)); k += on[66]; f[k] = key3(67, ts0, at(T, s0r), at(T, s0r2)); k += on[67]; f[k] = key3(68, tn0, at(T, n0l), at(T, n0l2)); k += on[68];
    // lexicalised tag context
    f[k] = key3(69, ws0, tn0, tn1); k += on[69]; f[k] = key3(70, wn0, tn1, ts0); k += on[70]; f[k] = key3(71, wn0, wn1, ts0); k += on[71];
    f[k] = key3(72, ts0, at(T, s0 - 1 >= 0 ? s0 - 1 : -1), tn0); k += on[72]; f[k] = key3(73, ts0, at(T, s0 + 1 < n ? s0 + 1 : -1), tn0); k += on[73];
    f[k] = key3(74, tn0, at(T, n0 - 1), ts0); k += on[74];
    f[k] = key2(75, sp > 3 ? 3 : sp, tn0); k += on[75];
    // what lies between s0 and n0: verbs, punctuation, conjunctions (prefix counts, O(1))
    if (s0 >= 0 && n0 >= 0) {
      const between = (P[n0] - P[s0 + 1 <= n0 ? s0 + 1 : n0]) | 0;
      const verbs = between & 0x3ff, puncts = (between >>> 10) & 0x3ff, conjs = (between >>> 20) & 0x3ff;
      const flags = (verbs > 0 ? 1 : 0) | (puncts > 0 ? 2 : 0) | (conjs > 0 ? 4 : 0);
      f[k] = key3(76, ts0, tn0, flags); k += on[76];
      f[k] = key3(77, ws0, tn0, flags); k += on[77];
      f[k] = key3(78, ts0, wn0, flags); k += on[78];
    }
    f[k] = key3(79, ws0, at(T, s0r), tn0); k += on[79];
    f[k] = key3(80, wn0, at(T, n0l), ts0); k += on[80];
    if (this.arcLabeler) {
      // labels of the children (Zhang & Nivre 2011): single, pairs with the tag, and label sets
      const L = st.lab;
      const ls0l = at(L, s0l), ls0r = at(L, s0r), ln0l = at(L, n0l);
      f[k] = key1(100, ls0l); k += on[100]; f[k] = key1(101, ls0r); k += on[101]; f[k] = key1(102, ln0l); k += on[102];
      f[k] = key1(103, at(L, s0l2)); k += on[103]; f[k] = key1(104, at(L, s0r2)); k += on[104]; f[k] = key1(105, at(L, n0l2)); k += on[105];
      f[k] = key1(106, at(L, s1r)); k += on[106]; f[k] = key1(107, at(L, s1l)); k += on[107];
      f[k] = key3(108, ts0, ls0l, at(L, s0l2)); k += on[108]; f[k] = key3(109, ts0, ls0r, at(L, s0r2)); k += on[109]; f[k] = key3(110, tn0, ln0l, at(L, n0l2)); k += on[110];
      const sl0 = at(st.setL0, s0), sl1 = at(st.setL1, s0), sr0 = at(st.setR0, s0), sr1 = at(st.setR1, s0);
      const nl0 = at(st.setL0, n0), nl1 = at(st.setL1, n0);
      f[k] = key3(111, ws0, sr0, sr1); k += on[111]; f[k] = key3(112, ts0, sr0, sr1); k += on[112];
      f[k] = key3(113, ws0, sl0, sl1); k += on[113]; f[k] = key3(114, ts0, sl0, sl1); k += on[114];
      f[k] = key3(115, wn0, nl0, nl1); k += on[115]; f[k] = key3(116, tn0, nl0, nl1); k += on[116];
      f[k] = key4(117, ts0, tn0, sl0, nl0); k += on[117];
    }
    const C = this.C;
    if (C) {
      // clusters in place of words: pairs, the children, distance
      const cs0 = at(C, s0), cn0 = at(C, n0), cs1 = at(C, s1);
      f[k] = key2(88, cs0, cn0); k += on[88]; f[k] = key3(89, cs0, ts0, tn0); k += on[89]; f[k] = key3(90, ts0, cn0, tn0); k += on[90];
      f[k] = key2(91, cs1, cs0); k += on[91]; f[k] = key3(92, cs0, cn0, d); k += on[92];
      f[k] = key2(93, at(C, s0l), ts0); k += on[93]; f[k] = key2(94, at(C, s0r), ts0); k += on[94]; f[k] = key2(95, at(C, n0l), tn0); k += on[95];
      f[k] = key3(96, cs0, tn0, tn1); k += on[96]; f[k] = key3(97, ts1, ts0, cn0); k += on[97];
    }
    if (this.readsAlt && this.alt) { f[k] = key4(124, ts0, at(this.alt, s0), tn0, at(this.alt, n0)); k += on[124]; }
    if (this.fine) {
      // the fine tags of the usual positions: s0 with n0 (a participle or a particle and what follows), s1,
      // the children read above, with the distance
      const X = this.fine, xs0 = at(X, s0), xn0 = at(X, n0), xs1 = at(X, s1);
      f[k] = key2(133, xs0, xn0); k += on[133]; f[k] = key3(134, xs1, xs0, xn0); k += on[134];
      f[k] = key3(135, xs0, xn0, at(X, n1)); k += on[135];
      f[k] = key3(136, xs0, at(X, s0l), xn0); k += on[136]; f[k] = key3(137, xs0, at(X, s0r), xn0); k += on[137]; f[k] = key3(138, xs0, xn0, at(X, n0l)); k += on[138];
      f[k] = key3(139, xs0, xn0, d); k += on[139]; f[k] = key3(140, ws0, xs0, xn0); k += on[140]; f[k] = key3(141, xs0, wn0, xn0); k += on[141];
      f[k] = key2(142, xs1, xs0); k += on[142];
    }
    return k;
  }

  /**
   * this.scores of the moves from `st`, the per-word blocks scored once per sentence in `blocks` (the
   * weights must not change within the sentence); returns the count of the other features, left in
   * this.feats.
   */
  private scoreCached(st: State, W: Int32Array, T: Int32Array, P: Int32Array, n: number, blocks: BlockScores): number {
    const scores = this.scores;
    const { stack, sp, b } = st;
    const s0 = sp > 0 ? stack[sp - 1] : -1;
    const s1 = sp > 1 ? stack[sp - 2] : -1;
    const i0 = s0 + 1, i1 = s1 + 1;
    if (!(blocks.have[i0] & HAVE_S0)) { this.fill(blocks.s0, N_MOVES * i0, this.s0Block(s0, W, T, 0)); blocks.have[i0] |= HAVE_S0; }
    if (!(blocks.have[i1] & HAVE_S1)) { this.fill(blocks.s1, N_MOVES * i1, this.s1Block(s1, W, T, 0)); blocks.have[i1] |= HAVE_S1; }
    if (!(blocks.have[b] & HAVE_BUF)) { this.fill(blocks.buf, N_MOVES * b, this.bufferBlock(b, n, W, T, 0)); blocks.have[b] |= HAVE_BUF; }
    const k = this.features(st, W, T, P, false);
    this.model.score(this.feats, k, scores);
    add3(scores, blocks.s0, N_MOVES * i0);
    add3(scores, blocks.s1, N_MOVES * i1);
    add3(scores, blocks.buf, N_MOVES * b);
    return k;
  }

  /** Scratch scores of one block (a subarray of the table per block was most of the parser's garbage). */
  private blockScratch = new Float32Array(N_MOVES);

  private fill(table: Float32Array, at: number, k: number): void {
    const s = this.blockScratch;
    this.model.score(this.feats, k, s);
    for (let m = 0; m < N_MOVES; m++) table[at + m] = s[m];
  }

  private parseCached(st: State, W: Int32Array, T: Int32Array, P: Int32Array, n: number): Int32Array {
    const blocks = new BlockScores(n);
    while (!st.done()) {
      const valid = validSet(st);
      // one move allowed (the stack empty: shift; the buffer at ROOT with one word on the stack: left):
      // it is the move whatever the scores, so the state is not scored (7.8% of the states on real news)
      if ((valid & (valid - 1)) === 0) {
        this.step(st, 31 - Math.clz32(valid), W, T);
        continue;
      }
      this.scoreCached(st, W, T, P, n, blocks);
      this.step(st, bestOf(this.scores, valid), W, T);
    }
    this.lastLabels = this.arcLabeler ? st.lab : null;
    return st.heads.subarray(0, n);
  }

  /**
   * Beam search of width `width` over the same transitions and features (Zhang & Clark 2008): every
   * sentence takes 2n transitions, so the states of one step compete on the sum of their moves' scores;
   * each arc is labelled as it is made, by the arc labeler's best label (labels are not a beam
   * dimension). Ties keep the earlier state and the lower move, so width 1 is the greedy parse. With
   * `gold`, trains globally: a structured perceptron update at the step of largest violation (Huang et
   * al. 2012) between the beam's best state and the gold path, the path of the highest-scoring moves of
   * zero cost (the dynamic oracle's); the arc labeler trains on the gold path's arcs.
   */
  beamParse(W: Int32Array, T: Int32Array, n: number, width: number, C?: Int32Array, gold?: Int32Array, goldLabels?: Int32Array): Int32Array {
    this.C = C ?? null;
    const P = betweenCounts(T, n);
    const blocks = new BlockScores(n);
    const K = width;
    // the beam's states and the next step's, `size` of them in use
    let beam: State[] = Array.from({ length: K }, () => new State(n));
    let next: State[] = Array.from({ length: K }, () => new State(n));
    let size = 1;
    let score = new Float64Array(K), nextScore = new Float64Array(K);
    const moveScores = new Float32Array(N_MOVES * K);
    const candScore = new Float64Array(K), candParent = new Int32Array(K), candMove = new Int32Array(K);
    // training: which states follow zero-cost moves only, their zero-cost moves, the history of each state
    const h = gold ? this.history.reset() : null;
    let correct = new Uint8Array(K), nextCorrect = new Uint8Array(K);
    const golds = new Int32Array(K);
    let node = new Int32Array(K).fill(-1), nextNode = new Int32Array(K);
    const entry = new Int32Array(K);
    correct[0] = 1;
    /** The gold path: in the beam (`gIn` its index) or followed on its own in `gst` once it fell out. */
    const gst = gold ? new State(n) : null;
    let gIn = 0, gScore = 0, gNode = -1;
    let worst = -Infinity, worstPred = -1, worstGold = -1;
    /** Keeps the step where the beam's best outscores the gold path by most (max-violation). */
    const noteViolation = () => {
      const v = nextScore[0] - gScore;
      if (v >= 0 && v > worst) { worst = v; worstPred = nextNode[0]; worstGold = gNode; }
    };
    for (let t = 0; t < 2 * n; t++) {
      let m = 0;
      for (let i = 0; i < size; i++) {
        const st = beam[i];
        const k = this.scoreCached(st, W, T, P, n, blocks);
        if (h) {
          entry[i] = h.entry(this.feats, k, st);
          golds[i] = correct[i] ? goldMoves(st, gold!) : 0;
          for (let mv = 0; mv < N_MOVES; mv++) moveScores[N_MOVES * i + mv] = this.scores[mv];
        }
        const valid = validSet(st);
        for (let mv = 0; mv < N_MOVES; mv++) {
          if (!(valid & (1 << mv))) continue;
          const c = score[i] + this.scores[mv];
          if (m === K && !(c > candScore[K - 1])) continue;
          let j = m < K ? m++ : K - 1;
          for (; j > 0 && c > candScore[j - 1]; j--) {
            candScore[j] = candScore[j - 1]; candParent[j] = candParent[j - 1]; candMove[j] = candMove[j - 1];
          }
          candScore[j] = c; candParent[j] = i; candMove[j] = mv;
        }
      }
      // states further than `beamMargin` under the best leave the beam (not while training)
      if (!gold) while (m > 1 && candScore[m - 1] < candScore[0] - this.beamMargin) m--;
      // the gold path, when it is out of the beam: scored on its own
      let gEntry = -1, gGolds = 0;
      if (gst && gIn < 0) {
        const k = this.scoreCached(gst, W, T, P, n, blocks);
        gEntry = h!.entry(this.feats, k, gst);
        gGolds = goldMoves(gst, gold!);
      }
      const gScores = gIn < 0 ? this.scores.slice() : null;
      let firstCorrect = -1;
      for (let j = 0; j < m; j++) {
        const i = candParent[j], mv = candMove[j];
        const st = next[j];
        st.copyFrom(beam[i]);
        nextScore[j] = candScore[j];
        let goldLabel = -1;
        if (h) {
          nextCorrect[j] = golds[i] & (1 << mv) ? 1 : 0;
          nextNode[j] = h.node(node[i], entry[i], mv);
          if (nextCorrect[j] && firstCorrect < 0) firstCorrect = j;
          goldLabel = nextCorrect[j] ? this.goldLabelOf(st, mv, gold!, goldLabels) : -1;
        }
        this.step(st, mv, W, T, goldLabel);
      }
      if (gst) {
        if (firstCorrect >= 0) {
          gIn = firstCorrect;
          gScore = nextScore[firstCorrect];
          gNode = nextNode[firstCorrect];
        } else {
          // the gold path fell out of the beam (or was out): it moves on by its best zero-cost move
          let mv: number, from: number, fromEntry: number, s: Float32Array | null = gScores;
          if (gIn >= 0) {
            gst.copyFrom(beam[gIn]);
            from = node[gIn]; fromEntry = entry[gIn];
            s = moveScores.subarray(N_MOVES * gIn, N_MOVES * gIn + N_MOVES);
            mv = bestOf(s, golds[gIn]);
            gScore = score[gIn] + s[mv];
          } else {
            from = gNode; fromEntry = gEntry;
            mv = bestOf(s!, gGolds);
            gScore += s![mv];
          }
          gNode = h!.node(from, fromEntry, mv);
          this.step(gst, mv, W, T, this.goldLabelOf(gst, mv, gold!, goldLabels));
          gIn = -1;
          // a violation: the beam's best outscores the gold path, which is not in the beam
          noteViolation();
        }
        if (t === 2 * n - 1 && gIn > 0) {
          // the gold tree survived but another tree wins
          noteViolation();
        }
      }
      [beam, next] = [next, beam];
      size = m;
      [score, nextScore] = [nextScore, score];
      [correct, nextCorrect] = [nextCorrect, correct];
      [node, nextNode] = [nextNode, node];
    }
    if (h) {
      const trainer = this.model as Perceptron;
      if (worstPred >= 0) h.update(worstPred, worstGold, trainer, this, W, T, n);
      trainer.tick();
    }
    this.lastLabels = this.arcLabeler ? beam[0].lab : null;
    return beam[0].heads.subarray(0, n);
  }

  /** The gold label of the arc `move` makes from `st` when that arc is in the gold tree (-1: none, or no arc). */
  private goldLabelOf(st: State, move: number, gold: Int32Array, goldLabels?: Int32Array): number {
    if (!goldLabels || move === SHIFT) return -1;
    const d = st.stack[st.sp - 1];
    return gold[d] === st.headOf(move) ? goldLabels[d] : -1;
  }

  /** All the features of a state the beam's history recorded: its three blocks, then the rest (`stored`). */
  fullFeatures(s0: number, s1: number, b: number, W: Int32Array, T: Int32Array, n: number, stored: Int32Array): { feats: Int32Array; k: number } {
    let k = this.s0Block(s0, W, T, 0);
    k = this.s1Block(s1, W, T, k);
    k = this.bufferBlock(b, n, W, T, k);
    this.feats.set(stored, k);
    return { feats: this.feats, k: k + stored.length };
  }

  /** Training state of the beam: the features of every state scored and the moves between them, per sentence. */
  private readonly history = new BeamHistory();

  /**
   * A greedy parse whose moves `choose` picks (given the valid ones as a bit set): the state scorer's at
   * run time, the neural scorer's trainer (mlp-train.ts) in training. Arcs are labelled as they are made
   * when the parser has an arc labeler (which does not train here).
   */
  walk(W: Int32Array, T: Int32Array, n: number, C: Int32Array | undefined, choose: (st: State, valid: number) => number): Int32Array {
    this.C = C ?? null;
    const st = new State(n);
    while (!st.done()) this.step(st, choose(st, validSet(st)), W, T);
    this.lastLabels = this.arcLabeler ? st.lab : null;
    return st.heads.subarray(0, n);
  }

  /**
   * Heads of a sentence of `n` words (word hashes W, tag codes T, each of length n + 1 with ROOT last):
   * heads[i] in 0..n-1, or n for the root. With `gold`, trains on the sentence (dynamic oracle).
   */
  parse(W: Int32Array, T: Int32Array, n: number, gold?: Int32Array, explore = true, C?: Int32Array, goldLabels?: Int32Array): Int32Array {
    if (this.arcLabeler) this.arcLabeler.fine = this.readsFine ? this.fine : null;
    if (this.beam > 1) return this.beamParse(W, T, n, this.beam, C, gold, goldLabels);
    const scorer = this.stateScorer;
    if (scorer && !gold) {
      const scores = this.scores;
      return this.walk(W, T, n, C, (st, valid) => { scorer.score(st, W, T, scores); return bestOf(scores, valid); });
    }
    const st = new State(n);
    this.C = C ?? null;
    const P = betweenCounts(T, n);
    if (!gold && this.blockScores && !(this.model instanceof Perceptron)) return this.parseCached(st, W, T, P, n);
    while (!st.done()) {
      const k = this.features(st, W, T, P);
      this.model.score(this.feats, k, this.scores);
      const valid = validSet(st);
      const guess = bestOf(this.scores, valid);
      if (gold) {
        const golds = goldMoves(st, gold);
        const trainer = this.model as Perceptron;
        const best = bestOf(this.scores, golds);
        if (golds & (1 << guess)) trainer.tick();
        else trainer.update(best, guess, this.feats, k);
        // without exploration (first epoch) follow the oracle; with it, the model's own choice
        const move = explore ? guess : best;
        let goldLabel = -1;
        if (goldLabels && move !== SHIFT) {
          if (gold[st.stack[st.sp - 1]] === st.headOf(move)) goldLabel = goldLabels[st.stack[st.sp - 1]];
        }
        this.step(st, move, W, T, goldLabel);
        continue;
      }
      this.step(st, guess, W, T);
    }
    this.lastLabels = this.arcLabeler ? st.lab : null;
    return st.heads.subarray(0, n);
  }
}

/** Scores the moves of a state from the state itself (mlp.ts): word, tag and label ids of its positions. */
export interface StateScorer {
  score(st: State, W: Int32Array, T: Int32Array, scores: Float32Array): void;
}

/** The move of `allowed` (a bit set) with the highest score, the lower move on ties. */
export function bestOf(scores: ArrayLike<number>, allowed: number): number {
  let best = -1;
  for (let m = 0; m < N_MOVES; m++) {
    if (!(allowed & (1 << m))) continue;
    if (best < 0 || scores[m] > scores[best]) best = m;
  }
  return best;
}

function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * What global training needs of one sentence's beam search: the features of every state scored
 * (`entry`: the features outside the per-word blocks, and the block positions s0, s1, b, from which the
 * blocks' features are made again) and the moves between states (`node`: a move from a state, after the
 * node that led to that state, -1 the start).
 */
class BeamHistory {
  private feats = new Int32Array(1 << 16);
  private used = 0;
  private entries = 0;
  private nodes = 0;
  /** Per entry: start and length in `feats`, s0, s1, b. */
  private e = new Int32Array(5 * 1024);
  /** Per node: the previous node, the entry of the state the move was made from, the move. */
  private nd = new Int32Array(3 * 1024);

  reset(): this {
    this.used = this.entries = this.nodes = 0;
    return this;
  }

  entry(feats: Int32Array, k: number, st: State): number {
    this.feats = grown(this.feats, this.used + k);
    this.feats.set(feats.subarray(0, k), this.used);
    const { stack, sp } = st;
    const e = (this.e = grown(this.e, 5 * (this.entries + 1)));
    const at = 5 * this.entries;
    e[at] = this.used; e[at + 1] = k; e[at + 2] = sp > 0 ? stack[sp - 1] : -1; e[at + 3] = sp > 1 ? stack[sp - 2] : -1; e[at + 4] = st.b;
    this.used += k;
    return this.entries++;
  }

  node(prev: number, entry: number, move: number): number {
    const nd = (this.nd = grown(this.nd, 3 * (this.nodes + 1)));
    const at = 3 * this.nodes;
    nd[at] = prev; nd[at + 1] = entry; nd[at + 2] = move;
    return this.nodes++;
  }

  /**
   * The structured perceptron's update: the moves of the gold path up to `gold` gain their features'
   * weight, those of the predicted path up to `pred` (as long) lose it; the prefix they share cancels.
   */
  update(pred: number, gold: number, trainer: Perceptron, parser: Parser, W: Int32Array, T: Int32Array, n: number): void {
    while (pred !== gold) {
      this.apply(pred, -1, trainer, parser, W, T, n);
      this.apply(gold, 1, trainer, parser, W, T, n);
      pred = this.nd[3 * pred];
      gold = this.nd[3 * gold];
    }
  }

  private apply(node: number, delta: number, trainer: Perceptron, parser: Parser, W: Int32Array, T: Int32Array, n: number): void {
    const at = 5 * this.nd[3 * node + 1];
    const e = this.e;
    const { feats, k } = parser.fullFeatures(e[at + 2], e[at + 3], e[at + 4], W, T, n, this.feats.subarray(e[at], e[at] + e[at + 1]));
    trainer.adjust(this.nd[3 * node + 2], feats, k, delta);
  }
}

/**
 * Block scores per word (as s0, as s1) and per buffer position, computed on first use: a third of
 * the features, each scored once instead of at every transition. Integer weights make the sums exact,
 * so the moves are the same as scoring every feature each time.
 */
class BlockScores {
  readonly s0: Float32Array;
  readonly s1: Float32Array;
  readonly buf: Float32Array;
  readonly have: Uint8Array;

  constructor(n: number) {
    this.s0 = SENTENCE_FLOATS.take(N_MOVES * (n + 1));
    this.s1 = SENTENCE_FLOATS.take(N_MOVES * (n + 1));
    this.buf = SENTENCE_FLOATS.take(N_MOVES * (n + 2));
    this.have = SENTENCE_BYTES.take(n + 2);
  }
}
const HAVE_S0 = 1, HAVE_S1 = 2, HAVE_BUF = 4;

/** scores[0..2] += table[at..at+2]. */
function add3(scores: Float32Array, table: Float32Array, at: number): void {
  scores[0] += table[at]; scores[1] += table[at + 1]; scores[2] += table[at + 2];
}

const VERB_CODE = tagCode('VERB');
const PUNCT_CODE = tagCode('PUNCT');
const CCONJ_CODE = tagCode('CCONJ');
/** Prefix counts of verbs, punctuation and conjunctions, packed 10 bits each: P[i] counts words < i. */
function betweenCounts(T: Int32Array, n: number): Int32Array {
  const P = SENTENCE_INTS.take(n + 2);
  for (let i = 0; i <= n; i++) {
    const t = T[i];
    P[i + 1] = P[i] + (t === VERB_CODE ? 1 : t === PUNCT_CODE ? 1 << 10 : t === CCONJ_CODE ? 1 << 20 : 0);
  }
  return P;
}

/** The runner-up tags of a sentence as the parser reads them (ROOT's last, 0). */
export function altInputs(alt: Uint8Array): Int32Array {
  const A = new Int32Array(alt.length + 1);
  A.set(alt);
  return A;
}

/**
 * Word hashes and tag codes with ROOT appended, as the parser reads them; `C` the fine clusters
 * (ROOT's a value of its own) when the model reads clusters.
 */
export function parserInputs(lx: Lexical, tags: Uint8Array): { W: Int32Array; T: Int32Array; C?: Int32Array } {
  const n = tags.length;
  const W = SENTENCE_INTS.take(n + 1);
  const T = SENTENCE_INTS.take(n + 1);
  W.set(lx.word);
  W[n] = ROOT_WORD;
  for (let i = 0; i < n; i++) T[i] = tags[i] + 1;
  T[n] = ROOT_TAG;
  if (!lx.hasClusters) return { W, T };
  const C = SENTENCE_INTS.take(n + 1);
  C.set(lx.fine);
  C[n] = ROOT_CLUSTER;
  return { W, T, C };
}
