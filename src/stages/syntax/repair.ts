// Tree repairs after parsing. A greedy parser commits to an arc before it sees the words that decide
// it, and one such garden path is frequent in news: "X says the president and the party's leaders
// should act now" — the reported clause's subject attached as the object of the speech verb, then its
// predicate left without a subject and hung as an adverbial, parataxis or conjunct. A finite clause that
// opens with an auxiliary right after such an object has no other subject to take, so the object is
// moved into the clause as its subject and the clause becomes the verb's complement. The verbs are those
// the training treebanks show heading a complement clause with a subject of its own (clauseVerbsOf).
import type { ConlluSentence } from './conllu.ts';

const CLAUSE_RELS = new Set(['ccomp', 'advcl', 'parataxis', 'xcomp', 'conj', 'dep']);
const SUBJECT_RELS = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj', 'csubj:pass']);
/** A verb form is kept when it heads a complement clause with its own subject this many times. */
const MIN_CLAUSES = 3;

/**
 * Word forms (lower-cased) that head a `ccomp` with a subject of its own at least MIN_CLAUSES times in
 * the training trees: "said", "believes", "warned", "know" … (data, not a hand-written list).
 */
export function clauseVerbsOf(sentences: ConlluSentence[]): string[] {
  const count = new Map<string, number>();
  for (const s of sentences) {
    const w = s.words;
    const hasSubject = new Uint8Array(w.length + 1);
    for (const x of w) if (SUBJECT_RELS.has(x.deprel) && x.head > 0) hasSubject[x.head] = 1;
    for (let i = 0; i < w.length; i++) {
      const x = w[i];
      if (x.deprel !== 'ccomp' || x.head <= 0 || !hasSubject[i + 1]) continue;
      const v = w[x.head - 1];
      if (v.upos !== 'VERB') continue;
      const f = v.form.toLowerCase();
      count.set(f, (count.get(f) ?? 0) + 1);
    }
  }
  return [...count].filter(([, c]) => c >= MIN_CLAUSES).map(([f]) => f).sort();
}

/**
 * Moves a clause verb's object into the subjectless clause that opens with an auxiliary right after it
 * (heads: n for the root; deprels by word). Returns the number of repairs.
 */
export function repairClauseSubjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], clauseVerbs: ReadonlySet<string>): number {
  const n = forms.length;
  let repaired = 0;
  for (let v = 0; v < n; v++) {
    if (upos[v] !== 'VERB' || !clauseVerbs.has(forms[v].toLowerCase())) continue;
    for (let o = v + 1; o < n; o++) {
      if (heads[o] !== v || deprels[o] !== 'obj') continue;
      const e = subtreeEnd(heads, o, n);
      if (e + 1 >= n || upos[e + 1] !== 'AUX') continue;
      for (let x = e + 1; x < n; x++) {
        if (heads[x] !== v || !CLAUSE_RELS.has(deprels[x]) || subtreeStart(heads, x, n) !== e + 1) continue;
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
