// Tree repairs after parsing. A greedy parser commits to an arc before it sees the words that decide
// it, and one such garden path is frequent in news: "X says the governor and the state's lawyers
// should act now" — the reported clause's subject attached as the object of the speech verb, then its
// predicate left without a subject and hung as an adverbial, parataxis or conjunct. A clause that opens
// with an auxiliary (or a verb that is no participle and no complement of the object) right after such an
// object has no other subject to take, so the object is moved into the clause as its subject and the
// clause becomes the verb's complement. The verbs are those
// the training treebanks show heading a complement clause with a subject of its own (clauseVerbsOf).
import type { ConlluSentence } from './conllu.ts';

const CLAUSE_RELS = new Set(['ccomp', 'advcl', 'parataxis', 'xcomp', 'conj', 'dep']);
const SUBJECT_RELS = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj', 'csubj:pass']);
/** A verb form is kept when it heads a complement clause with its own subject this many times. */
const MIN_CLAUSES = 3;

/**
 * Word forms (lower-cased) that head a `ccomp` with a subject of its own at least MIN_CLAUSES times in
 * the training trees ("said", "believes", "warned", "know" …: data, not a hand-written list), leaving
 * out those that as often take an object and a verb complement ("made the board resign", "had them
 * wait", "expect prices to rise": at least a quarter as many times), whose object is theirs.
 */
export function clauseVerbsOf(sentences: ConlluSentence[]): string[] {
  const clauses = new Map<string, number>();
  const objectComplements = new Map<string, number>();
  const add = (m: Map<string, number>, f: string) => m.set(f, (m.get(f) ?? 0) + 1);
  for (const s of sentences) {
    const w = s.words;
    const hasSubject = new Uint8Array(w.length + 1);
    const firstObj = new Int32Array(w.length + 1);
    for (let i = 0; i < w.length; i++) {
      const x = w[i];
      if (SUBJECT_RELS.has(x.deprel) && x.head > 0) hasSubject[x.head] = 1;
      if (x.deprel === 'obj' && x.head > 0 && !firstObj[x.head]) firstObj[x.head] = i + 1;
    }
    const counted = new Set<number>();
    for (let i = 0; i < w.length; i++) {
      const x = w[i];
      if (x.head <= 0 || w[x.head - 1].upos !== 'VERB') continue;
      const f = w[x.head - 1].form.toLowerCase();
      if (x.deprel === 'ccomp' && hasSubject[i + 1]) add(clauses, f);
      const obj = firstObj[x.head];
      if (x.deprel === 'xcomp' && x.upos === 'VERB' && obj && obj < i + 1 && !counted.has(x.head)) {
        counted.add(x.head);
        add(objectComplements, f);
      }
    }
  }
  return [...clauses]
    .filter(([f, c]) => c >= MIN_CLAUSES && 4 * (objectComplements.get(f) ?? 0) < c)
    .map(([f]) => f)
    .sort();
}

/**
 * Moves a clause verb's object (or a second subject after it, when it has one before it) into the
 * subjectless clause that opens with an auxiliary right after it (heads: n for the root; deprels by
 * word). Returns the number of repairs.
 */
export function repairClauseSubjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], clauseVerbs: ReadonlySet<string>): number {
  const n = forms.length;
  let repaired = 0;
  for (let v = 0; v < n; v++) {
    if (upos[v] !== 'VERB' || !clauseVerbs.has(forms[v].toLowerCase())) continue;
    // a second subject after the verb, when it has one before it, is the same misreading: a clause has one subject
    let subjectBefore = false;
    for (let c = 0; c < v; c++) if (heads[c] === v && SUBJECT_RELS.has(deprels[c])) subjectBefore = true;
    for (let o = v + 1; o < n; o++) {
      if (heads[o] !== v || (deprels[o] !== 'obj' && !(subjectBefore && deprels[o] === 'nsubj'))) continue;
      const e = subtreeEnd(heads, o, n);
      const opens = e + 1 < n ? upos[e + 1] : '';
      // an auxiliary, or a verb that is no participle and not the object's own complement ("made the
      // board resign", "saw him running" are xcomp and stay)
      const verb = opens === 'VERB' && !/ing$/i.test(forms[e + 1]);
      if (opens === 'CCONJ' && coordinatedSubject(forms, upos, heads, deprels, v, o, e)) {
        repaired++;
        continue;
      }
      if (opens !== 'AUX' && !verb) continue;
      for (let x = e + 1; x < n; x++) {
        if (heads[x] !== v || !CLAUSE_RELS.has(deprels[x]) || subtreeStart(heads, x, n) !== e + 1) continue;
        if (opens === 'VERB' && (x !== e + 1 || deprels[x] === 'xcomp')) continue;
        let passive = false;
        let subject = false;
        for (let c = 0; c < n; c++) {
          if (heads[c] !== x) continue;
          if (SUBJECT_RELS.has(deprels[c])) subject = true;
          if (deprels[c] === 'aux:pass') passive = true;
        }
        if (subject) continue;
        heads[o] = x;
        deprels[o] = passive ? 'nsubj:pass' : 'nsubj';
        deprels[x] = 'ccomp';
        repaired++;
        break;
      }
    }
  }
  return repaired;
}

/**
 * The other shape of the same garden path: "says the governor and the state's lawyers should act" with
 * "the governor" the verb's object and "and the … lawyers should act" a conjunct of the verb whose
 * subject opens right after the conjunction and is followed by an auxiliary. The conjunct becomes the
 * verb's complement, the object its subject, and the conjunct's subject the object's conjunct.
 */
function coordinatedSubject(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], v: number, o: number, e: number): boolean {
  const n = forms.length;
  const cc = e + 1;
  if (!/^(and|or|nor)$/i.test(forms[cc])) return false;
  for (let x = cc + 1; x < n; x++) {
    if (heads[x] !== v || deprels[x] !== 'conj' || heads[cc] !== x || subtreeStart(heads, x, n) !== cc) continue;
    let s = -1;
    for (let c = cc + 1; c < x; c++) if (heads[c] === x && (deprels[c] === 'nsubj' || deprels[c] === 'nsubj:pass')) s = c;
    if (s < 0 || subtreeStart(heads, s, n) !== cc + 1) return false;
    const after = subtreeEnd(heads, s, n) + 1;
    if (after >= n || upos[after] !== 'AUX' || heads[after] !== x) return false;
    heads[o] = x;
    deprels[o] = deprels[s];
    heads[s] = o;
    deprels[s] = 'conj';
    heads[cc] = s;
    deprels[x] = 'ccomp';
    return true;
  }
  return false;
}

/** The last word of i's subtree (projective trees: the largest descendant). */
function subtreeEnd(heads: Int32Array, i: number, n: number): number {
  let hi = i;
  for (let c = i + 1; c < n; c++) if (dominates(heads, i, c, n)) hi = c;
  return hi;
}

function subtreeStart(heads: Int32Array, i: number, n: number): number {
  for (let c = 0; c < i; c++) if (dominates(heads, i, c, n)) return c;
  return i;
}

function dominates(heads: Int32Array, a: number, c: number, n: number): boolean {
  for (let x = c, k = 0; x >= 0 && x < n && k <= n; x = heads[x], k++) if (x === a) return true;
  return false;
}
