// Tree repairs after parsing. A greedy parser commits to an arc before it sees the words that decide
// it, and one such garden path is frequent in news: "X says the governor and the state's lawyers
// should act now" — the reported clause's subject attached as the object of the speech verb, then its
// predicate left without a subject and hung as an adverbial, parataxis or conjunct. A clause that opens
// with an auxiliary (or a verb that is no participle and no complement of the object) right after such an
// object has no other subject to take, so the object is moved into the clause as its subject and the
// clause becomes the verb's complement. The verbs are those
// the training treebanks show heading a complement clause with a subject of its own (clauseVerbsOf).
// A second garden path: the main verb after a relative clause read as part of that clause
// ("The envoys who met the mayor praised the plan"), repaired by repairRelativeSubjects. A third: a
// descriptor noun before a name read as a second subject ("Farm minister Ana Ruiz said"),
// repaired by repairDescriptorSubjects. A fourth: a noun phrase fronted before the subject and closed by a
// comma read as a second subject ("The next morning, the crew left"), relabelled by repairFrontedSubjects;
// and a subject split off by a parenthetical "he said", moved to its verb by repairParentheticalSubjects.
// A fifth: a time subordinator read as a preposition ("came days after Russia had expelled …": *after*
// the case of "Russia", the clause's verb left without a subject), repaired by repairSubordinatorObjects.
import type { ConlluSentence } from './conllu.ts';
import { UPOS_ID } from './tagger.ts';

const CLAUSE_RELS = new Set(['ccomp', 'advcl', 'parataxis', 'xcomp', 'conj', 'dep']);
const SUBJECT_RELS = new Set(['nsubj', 'nsubj:pass', 'expl', 'csubj', 'csubj:pass']);
/** Relations a main verb misread inside a relative clause is hung with (repairRelativeSubjects). */
const GARDEN_RELS = new Set(['advcl', 'parataxis', 'conj', 'dep', 'ccomp', 'xcomp']);
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

/** Whether verb v has a subject before it (a function of its own: a closure over the loop index of
 * repairClauseSubjects would give every word a scope object). */
function hasSubjectBefore(heads: Int32Array, deprels: string[], v: number): boolean {
  return hasDependent(heads, deprels, v, SUBJECT_RELS, (c) => c < v);
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
    const subjectBefore = hasSubjectBefore(heads, deprels, v);
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
        if (hasDependent(heads, deprels, x, SUBJECT_RELS)) continue;
        const passive = hasDependent(heads, deprels, x, 'aux:pass');
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

/**
 * The relative-clause garden path: "The senators who met the envoy criticised the plan" parsed with
 * "senators" as the root and "criticised" an adverbial (or parataxis, conjunct…) of the relative clause's
 * verb; or, with "whose", "The unit whose officers met the mayor arrested …" parsed with "met" as the root
 * taking both "unit" and "officers" as subjects and "arrested" as its adverbial. When, after the relative
 * clause's words, a subjectless verb follows with no marker, conjunction, comma or "to" of its own, in a
 * finite form (no -ing), that verb is the main predicate: it becomes the root, the nominal its subject
 * (with the relative clause), and the dependents after it that hung on the old root move to it. Returns
 * the number of repairs (0 or 1: a sentence has one root).
 */
export function repairRelativeSubjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[]): number {
  const n = forms.length;
  const r = heads.lastIndexOf(n); // the root (heads hold n for it)
  if (r < 0) return 0;
  if (upos[r] === 'NOUN' || upos[r] === 'PROPN' || upos[r] === 'PRON') {
    for (let rc = r + 1; rc < n; rc++) {
      if (heads[rc] !== r || deprels[rc] !== 'acl:relcl') continue;
      const x = mainVerbIn(forms, upos, heads, deprels, rc);
      if (x < 0) continue;
      promote(heads, deprels, x, r, r);
      return 1;
    }
    return 0;
  }
  if (upos[r] !== 'VERB') return 0;
  // "The unit whose officers met …": two subjects before the root, the second opening with a relative word.
  const subjects: number[] = [];
  for (let c = 0; c < r; c++) if (heads[c] === r && SUBJECT_RELS.has(deprels[c])) subjects.push(c);
  if (subjects.length !== 2 || !RELATIVE_WORDS.has(forms[subtreeStart(heads, subjects[1], n)].toLowerCase())) return 0;
  const x = mainVerbIn(forms, upos, heads, deprels, r);
  if (x < 0) return 0;
  const [s1] = subjects;
  promote(heads, deprels, x, s1, r);
  heads[r] = s1;
  deprels[r] = 'acl:relcl';
  return 1;
}

const RELATIVE_WORDS = new Set(['whose', 'who', 'whom', 'which', 'that']);

/**
 * The verb hung on clause head h that reads as a main predicate, or -1: looked for from word `from` on
 * (after h's own words unless told), a verb by a garden-path relation with no subject, marker,
 * conjunction or "to" of its own, no conjunction or punctuation right before its phrase (but a comma,
 * with `comma`), and a finite form by `finite(x, aux)` (aux: it has an auxiliary; by default any form
 * but -ing).
 */
function mainVerbIn(
  forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], h: number,
  from = h + 1, comma = false, finite = (x: number, _aux: boolean) => !/ing$/i.test(forms[x]),
): number {
  const n = forms.length;
  for (let x = from; x < n; x++) {
    if (heads[x] !== h || upos[x] !== 'VERB' || !GARDEN_RELS.has(deprels[x])) continue;
    const start = subtreeStart(heads, x, n);
    const before = forms[start - 1];
    if (/^(and|or|but|nor|to)$/i.test(before) || (upos[start - 1] === 'PUNCT' && !(comma && before === ','))) continue;
    let own = false;
    let aux = false;
    for (let c = 0; c < n; c++) {
      if (heads[c] !== x) continue;
      if (SUBJECT_RELS.has(deprels[c]) || deprels[c] === 'mark' || deprels[c] === 'cc') own = true;
      if (deprels[c] === 'aux' || deprels[c] === 'aux:pass') {
        if (/^to$/i.test(forms[c])) own = true;
        else aux = true;
      }
    }
    if (!own && finite(x, aux)) return x;
  }
  return -1;
}

/** Make x the root with `subject` as its subject; the words after x that hung on `old` move to x. */
function promote(heads: Int32Array, deprels: string[], x: number, subject: number, old: number): void {
  const n = heads.length;
  const passive = hasDependent(heads, deprels, x, 'aux:pass');
  heads[x] = n;
  deprels[x] = 'root';
  heads[subject] = x;
  deprels[subject] = passive ? 'nsubj:pass' : 'nsubj';
  for (let c = x + 1; c < n; c++) if (heads[c] === old) heads[c] = x;
}

/**
 * The reduced-relative garden path: "A video shared by a newspaper shows …", "a coalition led by X and
 * backed by Y is implicated …", "The wife of a man shot by police recorded …" parsed with the participle
 * as the root, the noun before it its subject and the true main verb hung on it (xcomp, conj, ccomp …).
 * When a root verb with no auxiliary of its own has a nominal subject on its left and a by-agent
 * (`obl:agent`) on its right, and after the agent a finite verb hangs on it with no subject, marker,
 * conjunction or "to" of its own (mainVerbIn; a comma before it only when one also opens the participle's
 * phrase: "The chapter, represented by X, filed suit"), that verb becomes the root with the subject, and
 * the participle the `acl` of the noun it follows (of the subject itself after a comma). The participle's
 * words after the verb, and those before the subject, move to the verb. Returns 0 or 1.
 *
 * The same with a present participle (issue 15, 2026-12-06): "The coalition fighting the rebels declared a
 * ceasefire", "A group representing liquor stores is advocating …", "Trump, appearing after Clinton, cited
 * …" parsed with the -ing form as the root. An -ing verb with no auxiliary is no finite predicate, so no
 * by-agent is needed: the participle must follow its subject's words directly (or after a comma), and the
 * main verb is looked for after the participle's own words.
 */
export function repairReducedRelatives(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[]): number {
  const n = forms.length;
  const r = heads.lastIndexOf(n); // the root (heads hold n for it)
  if (r < 1 || upos[r] !== 'VERB' || /s$/i.test(forms[r])) return 0;
  const ing = /ing$/i.test(forms[r]);
  let s = -1;
  let agent = -1;
  for (let c = 0; c < n; c++) {
    if (heads[c] !== r) continue;
    if (deprels[c].startsWith('aux') || deprels[c] === 'cop' || deprels[c] === 'mark') return 0;
    if (c < r && (deprels[c] === 'nsubj' || deprels[c] === 'nsubj:pass')) s = c;
    if (c > r && deprels[c] === 'obl:agent' && agent < 0) agent = c;
  }
  if (s < 0 || (!ing && agent < 0) || (upos[s] !== 'NOUN' && upos[s] !== 'PROPN')) return 0;
  // the word before the participle (adverbs aside): a comma sets the phrase off
  let b = r - 1;
  while (b > s && upos[b] === 'ADV') b--;
  const commaOpened = forms[b] === ',';
  if (ing && !commaOpened && subtreeEnd(heads, s, n) !== b) return 0;
  // the finite verb after the agent's words (after the participle's own dependents before it, for an -ing
  // form): no -ing and no participle in -en or -wn unless it has an auxiliary ("shows", "recorded",
  // "wrote", "say", "is implicated")
  const from = ing ? r + 1 : subtreeEnd(heads, agent, n) + 1;
  const x = mainVerbIn(forms, upos, heads, deprels, r, from, commaOpened, (v, aux) => aux || !/(ing|en|wn)$/i.test(forms[v]));
  if (x < 0) return 0;
  // (an -ing form: no quote, colon or dash between it and the verb — "was the president saying, 'Don't
  // leave …'" quotes an imperative, no main verb)
  if (ing) for (let k = r + 1; k < x; k++) if (upos[k] === 'PUNCT' && forms[k] !== ',') return 0;
  let noun = s;
  if (!commaOpened && (upos[b] === 'NOUN' || upos[b] === 'PROPN') && dominates(heads, s, b, n)) noun = b;
  const old = r;
  promote(heads, deprels, x, s, old);
  for (let c = 0; c < s; c++) if (heads[c] === old) heads[c] = x;
  heads[old] = noun;
  deprels[old] = 'acl';
  return 1;
}

/** Per head, its subjects on its left so far (anyTwoLeftSubjects's scratch, grown as needed). */
let leftSubjects = new Int32Array(256);

/**
 * Some head has two subjects on its left (expletives aside): the repairs that read twoLeftSubjects
 * change nothing in a sentence without one, and are skipped there (one pass instead of one per word).
 */
function anyTwoLeftSubjects(heads: Int32Array, deprels: readonly string[], n: number): boolean {
  if (leftSubjects.length < n + 1) leftSubjects = new Int32Array(2 * (n + 1));
  const count = leftSubjects;
  count.fill(0, 0, n + 1);
  for (let c = 0; c < n; c++) {
    const h = heads[c];
    if (h <= c || !SUBJECT_RELS.has(deprels[c]) || deprels[c] === 'expl') continue;
    if (++count[h] === 2) return true;
  }
  return false;
}

/** The nearest and the next nearest subjects of head `h` on its left (expletives aside), -1 where missing. */
function twoLeftSubjects(heads: Int32Array, deprels: readonly string[], h: number): [number, number] {
  let near = -1;
  for (let c = h - 1; c >= 0; c--) {
    if (heads[c] !== h || !SUBJECT_RELS.has(deprels[c]) || deprels[c] === 'expl') continue;
    if (near >= 0) return [near, c];
    near = c;
  }
  return [near, -1];
}

/**
 * A predicate has one subject in UD; the parser's most frequent second subject in news is a descriptor
 * noun right before a name ("Farm minister Ana Ruiz said": "minister" and "Ruiz" both subjects of
 * "said"). Of a head's two nearest subjects on its left, a bare common noun right before the words of a
 * proper noun (or a bare conjunct noun of it: "chair and founder Ana Ruiz") moves under the name as
 * `nmod:desc`, as EWT has it (56 of 64 bare descriptors before a subject name). Left alone: a
 * descriptor with a determiner or a possessor, which EWT makes the head with the name as `appos` (44 of
 * 46; the actors would then read the possessor, "the mayor's aide Ana Ruiz"), a noun with words of its
 * own after it ("the survey published Monday finds"), and a name opening with a preposition ("the talk
 * with Aunt Rosa went"). Returns the number of repairs.
 */
export function repairDescriptorSubjects(upos: readonly string[], heads: Int32Array, deprels: string[]): number {
  const n = upos.length;
  let repairs = 0;
  if (!anyTwoLeftSubjects(heads, deprels, n)) return 0;
  for (let h = 0; h < n; h++) {
    const [near, far] = twoLeftSubjects(heads, deprels, h);
    if (far < 0 || upos[far] !== 'NOUN' || upos[near] !== 'PROPN') continue;
    const start = subtreeStart(heads, near, n);
    // the descriptor's last word right before the name: itself, or a conjoined noun ("chair and founder")
    const last = start - 1;
    if (upos[start] === 'ADP' || !(last === far || (heads[last] === far && deprels[last] === 'conj' && upos[last] === 'NOUN'))) continue;
    if (subtreeEnd(heads, far, n) !== last) continue;
    let determined = false;
    for (let c = 0; c < far; c++) if (heads[c] === far && (deprels[c] === 'det' || deprels[c] === 'nmod:poss')) determined = true;
    if (determined) continue;
    heads[far] = near;
    deprels[far] = 'nmod:desc';
    repairs++;
  }
  return repairs;
}

/** Words that open a relative or wh-clause: a subject starting with one belongs to a clause of its own. */
const WH = /^(who|whom|whose|which|that|where|when|what)$/i;
const NOMINAL_SUBJECT = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * Another second subject of the parser: a noun phrase fronted before the subject and closed by a
 * comma ("A keen sailor, the judge spends her summers …", "The next morning, the crew left"), both
 * read as subjects of the verb. EWT's label for a bare noun phrase in that place (no
 * preposition, opening the sentence, a comma, then the subject) is `obl:unmarked` (21 of the 41 in the
 * training trees, the rest mostly vocatives; GUM 15 of 22), so the farther of a head's two nearest left
 * subjects is relabelled `obl:unmarked` when it is a common noun (or a number) whose phrase opens the
 * sentence and ends at a comma right before the nearer subject's first word, and the nearer is a
 * nominal. Left alone: a nearer subject followed by a comma (an apposition closed by it: "The firm's
 * chief, Ana Ruiz, said": the farther is the subject), one opening with a preposition or a wh-word, a
 * farther with conjuncts (a list), and a head right before punctuation or one of the clause verbs
 * ("This plan, he said, would …", "These staff, she explained later, were …": the farther is the
 * subject of another verb). A fronted predicative noun ("A keen sailor, …") is nearly absent from the
 * training trees (EWT one, as the subject with the pronoun its apposition; GUM one `advcl`, one
 * `dislocated`) and takes the same label. Returns the number of repairs.
 */
export function repairFrontedSubjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], clauseVerbs: ReadonlySet<string> | null): number {
  const n = upos.length;
  let repairs = 0;
  if (!anyTwoLeftSubjects(heads, deprels, n)) return 0;
  for (let h = 0; h < n; h++) {
    const [near, far] = twoLeftSubjects(heads, deprels, h);
    if (far < 0 || (upos[far] !== 'NOUN' && upos[far] !== 'NUM') || !NOMINAL_SUBJECT.has(upos[near])) continue;
    if (clauseVerbs?.has(forms[h].toLowerCase())) continue;
    let listed = false;
    for (let c = far + 1; c < n; c++) if (heads[c] === far && deprels[c] === 'conj') listed = true;
    if (listed) continue;
    const end = subtreeEnd(heads, far, n);
    const comma = forms[end] === ',' ? end : end + 1;
    const start = subtreeStart(heads, near, n);
    if (forms[comma] !== ',' || start !== comma + 1 || upos[start] === 'ADP' || WH.test(forms[start])) continue;
    let opening = true;
    for (let c = 0; c < subtreeStart(heads, far, n); c++) if (upos[c] !== 'PUNCT') opening = false;
    if (!opening) continue;
    const nearEnd = subtreeEnd(heads, near, n);
    if (upos[nearEnd] === 'PUNCT' || (nearEnd + 1 < n && upos[nearEnd + 1] === 'PUNCT')) continue;
    if (h + 1 >= n || upos[h + 1] === 'PUNCT') continue;
    deprels[far] = 'obl:unmarked';
    repairs++;
  }
  return repairs;
}

/**
 * A subject split off by a parenthetical reporting clause ("This plan, he said, would help"; EWT: the
 * subject on "help" and "said" its `parataxis`), which the parser reads as a second subject of the
 * speech verb. When a clause verb (clauseVerbsOf) has two subjects on its left, the farther opening the
 * sentence and closed by a comma right before the nearer, and the verb's clause is followed by a comma
 * and a verb without a subject — the speech verb's head ("he acknowledges" hung on "could change") or a
 * clause of its own after a comma ("she explained, were paid") — the farther becomes that verb's subject
 * and the speech verb its `parataxis` (the verb moving up to the speech verb's place if it hung under
 * it). Returns the number of repairs.
 */
export function repairParentheticalSubjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], clauseVerbs: ReadonlySet<string> | null): number {
  const n = upos.length;
  let repairs = 0;
  if (!clauseVerbs) return 0;
  if (!anyTwoLeftSubjects(heads, deprels, n)) return 0;
  for (let h = 0; h < n; h++) {
    if (!clauseVerbs.has(forms[h].toLowerCase())) continue;
    const [near, far] = twoLeftSubjects(heads, deprels, h);
    if (far < 0 || !NOMINAL_SUBJECT.has(upos[near])) continue;
    const end = subtreeEnd(heads, far, n);
    const comma = forms[end] === ',' ? end : end + 1;
    const start = subtreeStart(heads, near, n);
    if (forms[comma] !== ',' || start !== comma + 1 || WH.test(forms[start])) continue;
    let opening = true;
    for (let c = 0; c < subtreeStart(heads, far, n); c++) if (upos[c] !== 'PUNCT') opening = false;
    if (!opening) continue;
    const subjectless = (v: number) => (upos[v] === 'VERB' || upos[v] === 'AUX' || upos[v] === 'ADJ') && !hasDependent(heads, deprels, v, SUBJECT_RELS);
    const passive = (v: number) => hasDependent(heads, deprels, v, 'aux:pass');
    const v = heads[h];
    if (v > h && v < n && subjectless(v) && CLAUSE_RELS.has(deprels[h]) && forms[subtreeEnd(heads, h, n)] === ',') {
      heads[far] = v;
      deprels[far] = passive(v) ? 'nsubj:pass' : 'nsubj';
      deprels[h] = 'parataxis';
      repairs++;
      continue;
    }
    let clause = -1;
    for (let c = h + 1; c < n && clause < 0; c++) if (heads[c] === h && CLAUSE_RELS.has(deprels[c]) && subjectless(c)) clause = c;
    if (clause < 0) continue;
    const cs = subtreeStart(heads, clause, n);
    if (cs < 1 || forms[cs - 1] !== ',') continue;
    const ce = subtreeEnd(heads, clause, n);
    heads[clause] = heads[h];
    deprels[clause] = deprels[h];
    heads[h] = clause;
    deprels[h] = 'parataxis';
    heads[far] = clause;
    deprels[far] = passive(clause) ? 'nsubj:pass' : 'nsubj';
    for (let c = ce + 1; c < n; c++) if (heads[c] === h) heads[c] = clause;
    repairs++;
  }
  return repairs;
}

/**
 * A family name and a hyphenated given name the parser split up ("Tsang Wing-kei met …": `kei` a second
 * subject of "met", "Wing" its compound; "Wong Pik-wan and …": `wan` the conjunct, "Wong" its compound)
 * made one name again, as UD writes names: the family name its head, attached where the name was
 * attached (where the family name was, when it was attached outside the name), the given name's two
 * syllables `flat` under it, the hyphen `punct` under the second; words the other parts headed outside
 * the name move to the family name. `tails` are the second syllables' indices in the sentence (each after
 * its hyphen, its first syllable and the family name); a name whose parts all hang inside it under the
 * family name is left as parsed. Heads are the sentence's, -1 the root. Returns the number of names rebuilt.
 */
export function repairNameTails(upos: string[], heads: number[], deprels: string[], tails: readonly number[]): number {
  let rebuilt = 0;
  for (const k of tails) {
    const f = k - 3;
    const inside = (h: number) => h >= f && h <= k;
    // the parts attached outside the name, and whether the name is one unit under its family name already
    const outer: number[] = [];
    for (let m = f; m <= k; m++) if (!inside(heads[m])) outer.push(m);
    if (outer.length === 1 && outer[0] === f && deprels[k] === 'flat' && deprels[k - 2] === 'flat') continue;
    const from = outer.includes(f) ? f : outer[0];
    const was = { upos: upos.slice(), heads: heads.slice(), deprels: deprels.slice() };
    const [head, rel] = [heads[from], deprels[from]];
    for (let m = 0; m < heads.length; m++) if (!inside(m) && inside(heads[m]) && heads[m] !== f) heads[m] = f;
    heads[f] = head;
    deprels[f] = rel;
    for (const m of [k - 2, k]) {
      heads[m] = f;
      deprels[m] = 'flat';
      upos[m] = 'PROPN';
    }
    heads[k - 1] = k;
    deprels[k - 1] = 'punct';
    if (acyclic(heads)) {
      rebuilt++;
      continue;
    }
    // (the name was hung under one of its own dependents: leave the parse as it was)
    upos.splice(0, upos.length, ...was.upos);
    heads.splice(0, heads.length, ...was.heads);
    deprels.splice(0, deprels.length, ...was.deprels);
  }
  return rebuilt;
}

/** Whether every word's chain of heads reaches the root (-1) without a cycle. */
function acyclic(heads: readonly number[]): boolean {
  for (let m = 0; m < heads.length; m++) {
    let h = m;
    for (let steps = 0; h >= 0; steps++) {
      if (steps > heads.length) return false;
      h = heads[h];
    }
  }
  return true;
}

/** The English modal and future auxiliaries (a closed class of the grammar), as forms and clitics. */
const MODAL_FORMS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", "'d", 'wo', 'ca']);
const T_ADJ = UPOS_ID.get('ADJ')!;
const T_NOUN = UPOS_ID.get('NOUN')!;
const T_VERB = UPOS_ID.get('VERB')!;
const T_AUX = UPOS_ID.get('AUX')!;
const T_ADV = UPOS_ID.get('ADV')!;
const T_PART = UPOS_ID.get('PART')!;
const SUBJECT_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'].map((t) => UPOS_ID.get(t)!));

/**
 * A modal's complement is a bare verb: a lower-case word the tagger read as an adjective or a noun right
 * after a modal or future auxiliary ("said it would free 40 detainees", "numbers could double", "an
 * index that can benefit the country"; a negation or an adverb between: "will not free", "would also
 * close") is re-tagged VERB before the parse, where a noun, name, pronoun or number stands right before the
 * modal (its subject, so no inverted question: "but will the plan work?") and no verb follows the word
 * (then it is an adverb-like word, "would likely be", or a question's subject). Tags are the tagger's ids (UPOS_ID); returns the number
 * re-tagged.
 */
export function retagModalComplements(forms: readonly string[], tags: Uint8Array): number {
  let n = 0;
  for (let i = 1; i < tags.length; i++) {
    if (tags[i] !== T_ADJ && tags[i] !== T_NOUN) continue;
    if (!/^[a-z][a-z-]*$/.test(forms[i])) continue;
    if (i + 1 < tags.length && (tags[i + 1] === T_VERB || tags[i + 1] === T_AUX)) continue;
    let j = i - 1;
    while (j > 0 && (tags[j] === T_ADV || (tags[j] === T_PART && /^(not|n't)$/i.test(forms[j])))) j--;
    if (tags[j] !== T_AUX || !MODAL_FORMS.has(forms[j].toLowerCase())) continue;
    // a subject right before the modal: no question's inverted subject ("but will the plan work?")
    if (j === 0 || !SUBJECT_TAGS.has(tags[j - 1])) continue;
    tags[i] = T_VERB;
    n++;
  }
  return n;
}

/** Possessive determiners (a closed class): "her" is left out, as it is also an object ("saw her injured"). */
const POSSESSIVE_DETERMINERS = new Set(['its', 'their', 'his', 'our', 'my', 'your']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'ADJ'].map((t) => UPOS_ID.get(t)!));

/**
 * A participle between a possessive determiner and a noun modifies the noun ("its continued crackdown",
 * "his revised plan", "our rigged tax system"): the parser, given a VERB there, may make the noun its
 * object and the determiner its subject. The parser reads such a word as an adjective (a modifier takes no
 * object), while its tag stays VERB (UD tags these participles VERB or ADJ alike, amod either way).
 * Returns the tags the parser reads: a copy where a word was so read, else `tags` itself.
 */
export function parseTagsOfPossessedParticiples(forms: readonly string[], tags: Uint8Array): Uint8Array {
  let out = tags;
  for (let i = 1; i + 1 < tags.length; i++) {
    if (tags[i] !== T_VERB || !/^[a-z]+(?:ed|en)$/.test(forms[i])) continue;
    if (!POSSESSIVE_DETERMINERS.has(forms[i - 1].toLowerCase()) || !NOMINAL_TAGS.has(tags[i + 1])) continue;
    if (out === tags) out = tags.slice();
    out[i] = T_ADJ;
  }
  return out;
}

/** Tags a headline's subject is made of, before its verb ("Apple executive", "Warhol's photo legacy"). */
const HEADLINE_SUBJECT_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].map((t) => UPOS_ID.get(t)!));
const HEADLINE_HEAD_TAGS = new Set(['NOUN', 'PROPN', 'NUM'].map((t) => UPOS_ID.get(t)!));
const T_PROPN = UPOS_ID.get('PROPN')!;
const T_PUNCT = UPOS_ID.get('PUNCT')!;
const T_CCONJ = UPOS_ID.get('CCONJ')!;

/**
 * A headline's verb in the third person singular read as a noun ("Apple releases iPhone SDK", "Ryanair
 * exercises options", "Executive resigns"): headlines drop articles and take the present for news, so a
 * noun run with an -s word after it is the treebanks' compound far more often than a clause. The
 * candidate is the first word after a run of nominal words opening the sentence (determiners,
 * adjectives, nouns, names, numbers, possessive 's, hyphens) ending in a noun, name or number, that the
 * tagger read as a noun, is written
 * in lower case, and ends in -s or -es after the stem of a verb the training trees know (`verbs`, the
 * lemma table's), in a sentence that does not end in a full stop, question or exclamation mark (a
 * headline, not running text) or, if it does, has no word tagged a verb at all (a headline given a stop,
 * "Federal court rules against the ban."). After a subject joined by "and" ("Smith and Jones sign deal") the
 * candidate may also be a bare verb lemma, when a word follows it that is not itself an -s verb.
 * Returns its index, or -1. The caller re-parses with it read as a verb and
 * keeps that tree only if the word becomes the root with a subject on its left (model.ts).
 */
export function headlineVerb(forms: readonly string[], tags: Uint8Array, verbs: ReadonlySet<string>): number {
  const n = forms.length;
  // a sentence with a closing stop is read as a headline only when it has no verb at all
  if (n < 3 || (endsInStop(forms) && tags.some((t) => t === T_VERB || t === T_AUX))) return -1;
  let joined = false;
  for (let i = 0; i < n; i++) {
    if (tags[i] === T_NOUN && i > 0 && HEADLINE_HEAD_TAGS.has(tags[i - 1]) && /^[a-z]+s$/.test(forms[i]) && !/ss$/.test(forms[i]) && verbStem(forms[i], verbs)) {
      // a list ("Video games, movies and more") or a plural closing a noun phrase ("US election results")
      const next = i + 1 < n ? forms[i + 1] : '';
      if (next === ',' || ((next === '' || tags[i + 1] === T_PUNCT) && tags[i - 1] !== T_PROPN)) return -1;
      return i;
    }
    // a bare verb after a coordinated subject, with a word after it that is no -s verb ("Smith and Jones
    // sign deal", not "Oil and gas supply falls")
    if (tags[i] === T_NOUN && joined && HEADLINE_HEAD_TAGS.has(tags[i - 1]) && /^[a-z]+$/.test(forms[i]) && verbs.has(forms[i])) {
      const next = i + 1 < n ? forms[i + 1] : '';
      return next && tags[i + 1] !== T_PUNCT && !(/^[a-z]+s$/.test(next) && verbStem(next, verbs)) ? i : -1;
    }
    if (tags[i] === T_CCONJ && forms[i] === 'and' && i > 0 && HEADLINE_HEAD_TAGS.has(tags[i - 1])) joined = true;
    else if (!HEADLINE_SUBJECT_TAGS.has(tags[i]) && !(tags[i] === T_PUNCT && forms[i] === '-')) return -1;
  }
  return -1;
}

/**
 * A headline's plural subject with its bare verb parsed as a noun with a clause on it ("Internal memos
 * expose talks", "Farmers vie for water"): the tagger reads the verb a verb, but the parser hangs it on
 * the plural noun before it as an `acl` and makes that noun the root. In a sentence with no closing stop
 * (a headline) whose root is a plural noun (-s) preceded only by the nominal words of its phrase, a verb
 * right after it that is a bare lemma the training trees know (`verbs`; not a participle) becomes the
 * root, the noun its `nsubj`, and the noun's dependents after the verb the verb's. Returns 1 when it
 * rewrote the tree, else 0.
 */
export function repairHeadlineSubjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[], verbs: ReadonlySet<string>): number {
  const n = forms.length;
  if (n < 3 || endsInStop(forms)) return 0;
  const r = heads.indexOf(n);
  const v = r + 1;
  if (r < 0 || v >= n || upos[r] !== 'NOUN' || !/^[A-Za-z]*[a-z]s$/.test(forms[r]) || /ss$/.test(forms[r])) return 0;
  if (heads[v] !== r || deprels[v] !== 'acl' || upos[v] !== 'VERB' || !/^[a-z]+$/.test(forms[v]) || !verbs.has(forms[v])) return 0;
  for (let i = 0; i < r; i++) if (!HEADLINE_SUBJECT_TAGS.has(UPOS_ID.get(upos[i])!) && forms[i] !== '-') return 0;
  for (let c = v + 1; c < n; c++) if (heads[c] === r) heads[c] = v;
  heads[v] = n;
  deprels[v] = 'root';
  heads[r] = v;
  deprels[r] = 'nsubj';
  return 1;
}

/** Whether a sentence ends in a full stop, question or exclamation mark (before any closing quotes or bracket). */
function endsInStop(forms: readonly string[]): boolean {
  let end = forms.length - 1;
  while (end > 0 && /^["'“”‘’)]$/.test(forms[end])) end--;
  return /^[.!?]$/.test(forms[end]);
}

/** The verb lemma an -s form inflects ("releases" → "release", "carries" → "carry"), or null. */
function verbStem(form: string, verbs: ReadonlySet<string>): string | null {
  const stems = [form.slice(0, -1), /(s|sh|ch|x|z|o)es$/.test(form) ? form.slice(0, -2) : '', /[^aeiou]ies$/.test(form) ? form.slice(0, -3) + 'y' : ''];
  for (const v of stems) if (v && verbs.has(v)) return v;
  return null;
}

/**
 * Passive labels on active verbs, a slip of the labeller the UD treebanks never make:
 * - a progressive: "the Union is prolonging sanctions", "Republicans are urging him to …" with `aux:pass`
 *   on the -ing verb and its subject `nsubj:pass` (106 of 550 progressive auxiliaries in 56 of the 259
 *   untuned articles; in UD every one of 1,477 is `aux`). The auxiliary becomes `aux`;
 * - a perfect: "Jobs has taken medical leave", "customers have called the help line" with the subject
 *   `nsubj:pass` though the verb's only auxiliary is "have" (23 subjects in 20 untuned articles; none in
 *   UD), and a present -s verb with an object ("the company owns 23 properties").
 * The subject of such a verb, when no passive auxiliary is left on it ("is being extended" keeps its),
 * becomes `nsubj` (`csubj`). Returns the number of relabelled words.
 */
export function repairFalsePassives(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[]): number {
  let fixed = 0;
  const n = forms.length;
  const verb = (h: number) => h >= 0 && h < n && upos[h] === 'VERB';
  const progressive = new Set<number>();
  for (let i = 0; i < n; i++) {
    const h = heads[i];
    if (deprels[i] !== 'aux:pass' || !verb(h) || !/[a-z]{2}ing$/i.test(forms[h]) || /^being$/i.test(forms[h])) continue;
    deprels[i] = 'aux';
    progressive.add(h);
    fixed++;
  }
  for (let s = 0; s < n; s++) {
    const h = heads[s];
    const active = ACTIVE_SUBJECT[deprels[s]];
    if (!active || !verb(h) || hasDependent(heads, deprels, h, 'aux:pass')) continue;
    const perfect = hasDependent(heads, deprels, h, 'aux', (c) => /^(have|has|had|having|'ve)$/i.test(forms[c]));
    if (!progressive.has(h) && !perfect && !(hasDependent(heads, deprels, h, 'obj') && /[a-z][^s]s$/.test(forms[h]))) continue;
    deprels[s] = active;
    fixed++;
  }
  return fixed;
}

/** Subordinators the tagger also reads as prepositions ("after the vote", "after the senate voted"). */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'once']);
/** Clause relations a subordinate clause's verb is misread with; it becomes `advcl`. */
const MISREAD_CLAUSE_RELS = new Set(['conj', 'xcomp', 'ccomp', 'parataxis', 'dep']);
const PREDICATE_UPOS = new Set(['VERB', 'ADJ']);

/**
 * A subordinator read as a preposition: "the protest came days after Russia had expelled two envoys",
 * "talks began a week before France recalled its ambassador" parsed with the subordinator the `case` of
 * the noun after it and the clause's verb left without a subject (hung as an adverbial, a conjunct or a
 * complement of some other word). When a time subordinator (after, before, since, until, once) is the
 * `case` of a nominal (not right after a coordinating conjunction) whose phrase holds no comma and is followed at once — past auxiliaries, adverbs and
 * "not" only, never an infinitive's "to" — by a verb with no subject of its own (no bare -ing form), the
 * nominal becomes that verb's subject, the subordinator its `mark`, and the verb the `advcl` of the
 * predicate (verb or adjective) the nominal's phrase hung under ("whisked her away [before cops] could
 * accompany her, a source said": of "whisked", not of "said"); where that predicate is the verb itself, a
 * verb hung as a conjunct or a complement becomes its head's `advcl`. Returns the number of repairs.
 */
export function repairSubordinatorObjects(forms: readonly string[], upos: readonly string[], heads: Int32Array, deprels: string[]): number {
  const n = forms.length;
  let repairs = 0;
  for (let i = 0; i + 1 < n; i++) {
    if (deprels[i] !== 'case' || !TIME_SUBORDINATORS.has(forms[i].toLowerCase()) || forms[i + 1] === '-') continue;
    // "he rowed all night and after days at sea ended up …": a predicate coordinated after "and" shares its subject
    if (i > 0 && upos[i - 1] === 'CCONJ') continue;
    const np = heads[i];
    // a bare number there is a year or a time ("after 211 became the capital"), not a subject
    if (np <= i || np >= n || !NOMINAL_SUBJECT.has(upos[np]) || upos[np] === 'NUM') continue;
    const end = subtreeEnd(heads, np, n);
    let comma = false;
    for (let c = i + 1; c <= end; c++) if (upos[c] === 'PUNCT' && forms[c] !== '-' && forms[c] !== "'s") comma = true;
    if (comma) continue;
    let v = end + 1;
    let aux = false;
    while (v < n && (upos[v] === 'AUX' || upos[v] === 'ADV' || (upos[v] === 'PART' && /^(not|n't)$/i.test(forms[v])))) {
      if (upos[v] === 'AUX') aux = true;
      v++;
    }
    if (v >= n || upos[v] !== 'VERB' || hasDependent(heads, deprels, v, SUBJECT_RELS) || dominates(heads, np, v, n)) continue;
    if (!aux && /[a-z]ing$/i.test(forms[v])) continue;
    // the clause modifies the predicate the phrase was hung under ("came [days after Russia]" → came)
    let p = heads[np];
    while (p >= 0 && p < n && p !== v && !PREDICATE_UPOS.has(upos[p])) p = heads[p];
    heads[np] = v;
    deprels[np] = hasDependent(heads, deprels, v, 'aux:pass') ? 'nsubj:pass' : 'nsubj';
    heads[i] = v;
    deprels[i] = 'mark';
    if (p >= 0 && p < n && p !== v && !dominates(heads, v, p, n)) {
      heads[v] = p;
      deprels[v] = 'advcl';
    } else if (MISREAD_CLAUSE_RELS.has(deprels[v]) && heads[v] < n) deprels[v] = 'advcl';
    repairs++;
  }
  return repairs;
}

/** The plain subject relation for a passive one. */
const ACTIVE_SUBJECT: Record<string, string> = { 'nsubj:pass': 'nsubj', 'csubj:pass': 'csubj' };

/** Whether word h has a dependent by relation `rel` (or one of a set of relations) that passes `test`. */
function hasDependent(heads: Int32Array, deprels: string[], h: number, rel: string | ReadonlySet<string>, test?: (c: number) => boolean): boolean {
  for (let c = 0; c < heads.length; c++) {
    if (heads[c] === h && (typeof rel === 'string' ? deprels[c] === rel : rel.has(deprels[c])) && (!test || test(c))) return true;
  }
  return false;
}
