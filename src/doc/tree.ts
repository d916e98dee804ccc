// The dependency tree of a document as queries, the way spaCy's Token.head/children/subtree live on the
// Doc: stages ask the tree for a predicate's subject, object, agent, clause or conjuncts instead of
// re-deriving structure from word order. Token indexes are indexes into Doc.layers.tokens.
import type { Doc, Span, SyntaxLayer, Token } from './types.ts';

const SUBJECT = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'nsubj:outer']);
/** What may stand before an imperative verb in its sentence, attached to it ("Please", "Now", "Don't", "And"). */
const IMPERATIVE_LEAD = new Set(['aux', 'advmod', 'discourse', 'cc', 'vocative']);
const OBJECT = new Set(['obj', 'iobj']);
const CLAUSE = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'acl', 'acl:relcl', 'advcl:relcl', 'parataxis', 'csubj', 'csubj:pass']);
/** Clauses set into another as adjuncts (Tree.adjunctClauseWithin). */
const ADJUNCT_CLAUSE = new Set(['advcl', 'acl', 'parataxis']);
/** Clauses that may take their subject from the clause above (Tree.inControlledClauseOf). */
const CONTROLLED_CLAUSE = new Set(['xcomp', 'advcl', 'conj']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that', 'whose']);
const CORE_SKIP = new Set(['acl', 'acl:relcl', 'appos', 'parataxis', 'punct', 'advcl', 'conj', 'cc']);
const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Prepositions that open a gerund of means or time whose doer is the main clause's subject. */
const GERUND_MARKS = new Set(['by', 'after', 'before', 'while', 'without', 'upon', 'through', 'since']);
/** What the parser hangs on a nominal that does not describe it (Tree.descriptions): a clause telling
 * the occasion, a coordinated phrase. */
const NOT_DESCRIPTION = new Set(['acl', 'advcl', 'parataxis', 'conj', 'cc']);
/** Relations under which the parser hangs a name that is in fact an apposition of its left sibling. */
// (An open complement too: "accused the region's governor, Ivan Petrov, of …" with the name an xcomp of
// "accused"; only a name starting right after the comma that closes the object's phrase is read so.)
const MISREAD_APPOS = new Set(['appos', 'vocative', 'obl:unmarked', 'nmod:unmarked', 'obl:npmod', 'nmod:npmod', 'dep', 'parataxis', 'list', 'xcomp']);
/** Relations inside a name or its of-phrase, climbed to reach the name's own relation (Tree.possessum). */
const POSSESSOR_CLIMB = new Set(['flat', 'flat:name', 'compound', 'nmod']);
/** Prepositions of the one a person noun serves (Tree.served): "an adviser to", "a lawyer for", "an aide of". */
const SERVED_CASES = new Set(['to', 'for', 'of']);
/** Closing quotation marks read past at a sentence's end (Tree.asksQuestion). */
const QUOTE_MARKS = new Set(['"', "'", '”', '’', '»', "''"]);
const NEGATION = new Set(['not', "n't", 'never', 'no', 'nt', 'n’t']);

/** One tree per syntax layer (weakly held: it goes with the document). */
const SHARED = new WeakMap<SyntaxLayer, Tree>();

export class Tree {
  readonly tokens: Token[];
  readonly heads: number[];
  readonly deprels: string[];
  readonly upos: string[];
  private kids: number[][] | null = null;

  constructor(tokens: Token[], syntax: SyntaxLayer) {
    this.tokens = tokens;
    this.heads = syntax.heads;
    this.deprels = syntax.deprels;
    this.upos = syntax.upos;
  }

  /**
   * The tree of a parsed doc, or null when the syntax stage did not run. Every stage gets the same
   * instance for the same layers, so its derived indexes (children) are built once per document.
   */
  static of(doc: Doc): Tree | null {
    const { tokens, syntax } = doc.layers;
    if (!tokens || !syntax || !Array.isArray(syntax.heads) || syntax.heads.length !== tokens.length) return null;
    const known = SHARED.get(syntax);
    if (known && known.tokens === tokens) return known;
    const tree = new Tree(tokens, syntax);
    SHARED.set(syntax, tree);
    return tree;
  }

  get size(): number {
    return this.tokens.length;
  }

  head(i: number): number {
    return this.heads[i];
  }

  rel(i: number): string {
    return this.deprels[i];
  }

  /** The relation without its subtype ("obl:agent" → "obl"). */
  baseRel(i: number): string {
    const r = this.deprels[i];
    const c = r.indexOf(':');
    return c < 0 ? r : r.slice(0, c);
  }

  /** The noun whose phrase token i heads: the noun a compound modifier before it modifies ("the aid
   * package": "package" for "aid"), else i itself. */
  compoundHead(i: number): number {
    return this.baseRel(i) === 'compound' && this.heads[i] > i ? this.heads[i] : i;
  }

  lemma(i: number): string {
    return this.tokens[i].lemma;
  }

  /** Children of i in text order, optionally only those whose relation is (or, given "obl", starts with) `rel`. */
  children(i: number, rel?: string | Set<string>): number[] {
    const all = this.kidsOf(i);
    if (rel === undefined) return all;
    return all.filter((c) => this.hasRel(c, rel));
  }

  /** The first of children(i, rel), or -1 (without building the list). */
  child(i: number, rel: string | Set<string>): number {
    for (const c of this.kidsOf(i)) if (this.hasRel(c, rel)) return c;
    return -1;
  }

  private kidsOf(i: number): number[] {
    if (!this.kids) {
      this.kids = [];
      for (let j = 0; j < this.size; j++) this.kids.push([]);
      for (let j = 0; j < this.size; j++) if (this.heads[j] >= 0) this.kids[this.heads[j]].push(j);
    }
    return this.kids[i];
  }

  /** Whether c's relation is `rel` (or, given "obl", starts with it), or one of the set. */
  private hasRel(c: number, rel: string | Set<string>): boolean {
    return typeof rel === 'string' ? this.deprels[c] === rel || this.baseRel(c) === rel : rel.has(this.deprels[c]);
  }

  /** The possessor of nominal n ("its" in "its forces", "Kyiv" in "Kyiv's forces"), a relative "whose"
   * read as the noun its clause modifies ("Eritrea, whose troops …" → Eritrea), or -1. */
  possessor(n: number): number {
    const p = this.child(n, 'nmod:poss');
    if (p < 0 || this.tokens[p].text.toLowerCase() !== 'whose') return p;
    for (let x = n, steps = 0; x >= 0 && steps < this.size; x = this.heads[x], steps++) {
      if (this.deprels[x].startsWith('acl') && this.heads[x] >= 0) return this.heads[x];
    }
    // the clause hung elsewhere ("Eritrea, whose troops have fought …" read as a parataxis): the name
    // or noun right before the comma
    const before = p - 2;
    if (before >= 0 && this.tokens[p - 1].text === ',' && this.tokens[before].sentence === this.tokens[p].sentence && (this.upos[before] === 'PROPN' || this.upos[before] === 'NOUN')) return before;
    return p;
  }

  /** The one a person noun n serves or belongs to: its possessor ("Lee's aide", "his lawyer"), else its
   * nominal modifier after it marked by to, for or of ("an adviser to Lee", "a lawyer for the family"), or -1. */
  served(n: number): number {
    const p = this.possessor(n);
    if (p >= 0) return p;
    return this.children(n, 'nmod').find((c) => c > n && SERVED_CASES.has(this.caseOf(c))) ?? -1;
  }

  /**
   * The appositions of nominal n ("the new leader, Emmanuel Macron"), in text order. Appositions are
   * rare in the treebanks the parser learnt from and common in news, so besides an `appos` child three
   * misattachments of the phrase set off by a comma right after n's phrase count as n's apposition:
   * - the phrase hung on that comma (or on a comma that is n's own child), whatever its relation: a comma
   *   governs nothing ("Lorvia's president, Zorvek Quannit, who …" with the name under the comma);
   * - a name hung higher up, on n's head or one of its heads, under a relation the parser gives such
   *   names ("accused the region's governor, Alek Varnum, of …" with the name an unmarked oblique of
   *   "accused"; "want the dismissal of the minister, X." with X a parataxis of "want").
   */
  appositions(n: number): number[] {
    const own = this.children(n, 'appos');
    const underComma = (c: number) => this.children(c).filter((k) => this.deprels[k] === 'appos' || NOMINAL.has(this.upos[k]));
    // the comma may be n's own child ("Lorvia's president, X, …" with X under the comma)
    for (const c of this.children(n)) if (c > n && this.tokens[c].text === ',') own.push(...underComma(c));
    const comma = this.subtreeRange(n)[1] + 1;
    if (comma < this.size && this.tokens[comma].sentence === this.tokens[n].sentence && this.tokens[comma].text === ',') {
      own.push(...underComma(comma));
      for (let up = this.heads[n], steps = 0; up >= 0 && steps < this.size; up = this.heads[up], steps++) {
        for (const c of this.children(up)) {
          if (c > comma && this.misreadApposition(c) && this.upos[c] === 'PROPN' && this.phraseRange(c)[0] === comma + 1) own.push(c);
        }
      }
    }
    return [...new Set(own)].sort((x, y) => x - y);
  }

  /** A relation an apposition hung on a head above its noun is read with: one of MISREAD_APPOS, or an
   * oblique or nominal modifier without a preposition ("accused the president, Ana Lopes, of …" with
   * the name an oblique of "accused"). */
  private misreadApposition(c: number): boolean {
    if (MISREAD_APPOS.has(this.deprels[c])) return true;
    const base = this.baseRel(c);
    return (base === 'obl' || base === 'nmod') && !this.children(c).some((k) => k < c && this.baseRel(k) === 'case');
  }

  /** The nominal that n stands in apposition to (see appositions; the outermost phrase ending at the
   * comma: "the leader of the party, X" → "leader"), or -1. */
  appositionHead(n: number): number {
    return this.appositionHeads(n)[0] ?? -1;
  }

  /** Every nominal whose phrase ends at the comma before n and takes n as its apposition, outermost
   * first ("the dismissal of the minister, X" → "dismissal", "minister": which one X names is a
   * matter of meaning, so a caller asking whether X is a person looks at all of them). */
  appositionHeads(n: number): number[] {
    const h = this.heads[n];
    if (this.rel(n) === 'appos' && h >= 0 && this.tokens[h].text !== ',') return [h];
    const [first] = this.phraseRange(n);
    if (first === 0 || this.tokens[first - 1].text !== ',' || (this.rel(n) !== 'appos' && !NOMINAL.has(this.upos[n]))) return [];
    // the words a head may be: back from the comma to the sentence's start or a verb
    let stop = first - 2;
    while (stop >= 0 && this.tokens[stop].sentence === this.tokens[n].sentence && this.upos[stop] !== 'VERB') stop--;
    // of those, only these can take n as an apposition (the ways appositions() finds one): n's head, the
    // head of the comma n hangs on, and the words whose phrase ends right before that comma or right
    // before n's own — ancestors of the word before the comma. (Asking appositions() of every word back
    // to the verb made a long verbless run cubic.)
    const cands = new Set<number>();
    const before = (comma: number) => {
      for (let x = comma - 1, steps = 0; x >= 0 && steps < this.size; x = this.heads[x], steps++) cands.add(x);
    };
    const h0 = this.heads[n];
    if (h0 >= 0) {
      cands.add(h0);
      if (this.tokens[h0].text === ',') {
        cands.add(this.heads[h0]);
        before(h0);
      }
    }
    before(first - 1);
    return [...cands].filter((k) => k > stop && k <= first - 2 && this.appositions(k).includes(n)).sort((x, y) => x - y);
  }

  /**
   * The subject an apposition the parser read as a subject of its own stands beside: n set off by commas
   * right after another subject's phrase ("The head of the council, Ana Lopes, said", "The president
   * installed by the army, Ana Lopes, warned", with Ana Lopes a second subject of "said" or the subject
   * of a clause of its own), that other subject's head; else -1. The other subject (or a noun the parser
   * read as dislocated before it) is the nearest one before the first comma, a noun, with no subject between.
   */
  subjectBeforeCommas(n: number): number {
    if (!SUBJECT.has(this.deprels[n])) return -1;
    let [lo, hi] = this.subtreeRange(n);
    // the commas may hang on n itself
    while (lo < n && this.upos[lo] === 'PUNCT') lo++;
    while (hi > n && this.upos[hi] === 'PUNCT') hi--;
    const sent = this.tokens[n].sentence;
    const comma = (k: number) => k >= 0 && k < this.size && this.tokens[k].sentence === sent && this.tokens[k].text === ',';
    if (!comma(lo - 1) || !comma(hi + 1)) return -1;
    for (let k = lo - 2; k >= 0 && k >= lo - 12 && this.tokens[k].sentence === sent; k--) {
      // the first phrase may be read as dislocated before the name ("The US envoy, X, said")
      if (!SUBJECT.has(this.deprels[k]) && this.deprels[k] !== 'dislocated') continue;
      return this.upos[k] === 'NOUN' ? k : -1;
    }
    return -1;
  }

  /** The appositions of nominal n, and the phrase set off by commas after it that the parser made a
   * subject of its own ("The US envoy, Ana Lopes, said" with "Lopes" a second subject: subjectBeforeCommas). */
  appositionsOrSubjects(n: number): number[] {
    const out = this.appositions(n);
    for (let k = n + 1; k < this.size && k <= n + 16 && this.tokens[k].sentence === this.tokens[n].sentence; k++) {
      if (!out.includes(k) && this.subjectBeforeCommas(k) === n) out.push(k);
    }
    return out.sort((x, y) => x - y);
  }

  /** First and last token index of i's subtree (UD trees from the parser are projective). */
  subtreeRange(i: number): [number, number] {
    let lo = i;
    let hi = i;
    const stack = [i];
    while (stack.length) {
      const x = stack.pop()!;
      if (x < lo) lo = x;
      if (x > hi) hi = x;
      for (const c of this.children(x)) stack.push(c);
    }
    return [lo, hi];
  }

  /** First and last token index of i's phrase: its subtree without the `skip` children's subtrees at its
   * edges and without leading/trailing punctuation. */
  phraseRange(i: number, skip: (c: number) => boolean = () => false): [number, number] {
    let [lo, hi] = this.subtreeRange(i);
    // drop excluded children's subtrees at the edges (a relative clause; "and China" is cc + conj), the
    // outermost first so that a run of them at one edge goes as a whole
    const kids = this.children(i).filter(skip);
    for (const c of kids.filter((k) => k < i)) {
      const [a, b] = this.subtreeRange(c);
      if (a <= lo) lo = b + 1;
    }
    for (const c of kids.filter((k) => k > i).reverse()) {
      const [a, b] = this.subtreeRange(c);
      if (b >= hi) hi = a - 1;
    }
    while (lo < i && this.upos[lo] === 'PUNCT') lo++;
    while (hi > i && this.upos[hi] === 'PUNCT') hi--;
    return [lo, hi];
  }

  /** Character span of i's phrase: its subtree, without leading/trailing punctuation. */
  phrase(i: number, skip: (c: number) => boolean = () => false): Span {
    const [lo, hi] = this.phraseRange(i, skip);
    return { start: this.tokens[lo].start, end: this.tokens[hi].end };
  }

  /** Token range of the core phrase of i (see corePhrase). */
  coreRange(i: number): [number, number] {
    return this.phraseRange(i, (c) => CORE_SKIP.has(this.deprels[c]));
  }

  /** The nominal phrase of i without relative clauses, appositions and trailing clauses. */
  corePhrase(i: number): Span {
    const [lo, hi] = this.coreRange(i);
    return { start: this.tokens[lo].start, end: this.tokens[hi].end };
  }

  /**
   * Token ranges of what describes nominal n beside its own phrase, in text order: its appositions
   * (Tree.appositions) with whatever of n's phrase follows the first of them ("Ana Lopes, head of the
   * first bid and an aide in <year>", with "of the first bid" hung on the name; not a participle or
   * adverbial clause nor a coordinated phrase closing it), and its relative clauses ("Lopes, who ran the
   * port in <year>, …"). A prepositional phrase right after the appositions, which the parser hung on
   * the verb above instead ("said Ana Lopes, a close aide in <year>."), belongs to them: the nearest
   * noun takes it. What modifies n itself before any apposition ("the posts from Friday", "an ad in
   * <year>") is n's own phrase, not a description beside it.
   */
  descriptions(n: number): [number, number][] {
    const out: [number, number][] = [];
    const appositions = this.appositions(n).map((ap) => this.phraseRange(ap));
    if (appositions.length) {
      let hi = Math.max(...appositions.map(([, b]) => b));
      // (a participle or adverbial clause closing the phrase tells the occasion: "Lopes, an aide, speaking
      // on Friday, said"; a coordinated phrase is another one: "X, the mayor, and Y")
      hi = Math.max(hi, this.phraseRange(n, (c) => NOT_DESCRIPTION.has(this.deprels[c]))[1]);
      const h = this.heads[n];
      const next = hi + 1;
      if (h >= 0 && next < this.size && this.upos[next] === 'ADP') {
        const pp = this.children(h).find((c) => (this.baseRel(c) === 'obl' || this.baseRel(c) === 'nmod') && this.heads[next] === c && this.subtreeRange(c)[0] === next);
        if (pp !== undefined) hi = this.phraseRange(pp)[1];
      }
      out.push([appositions[0][0], hi]);
    }
    for (const c of this.children(n, 'acl:relcl')) out.push(this.phraseRange(c));
    return out.sort((x, y) => x[0] - y[0]);
  }

  /**
   * The word of `words` whose clausal complement holds i: up from i, the first of them whose ccomp child
   * the climb passes through ("X said [Y was right when he said …]": the first "said" for the second);
   * -1 when none does (a participle or adverbial clause hung on one is no complement: "said, adding …").
   */
  complementHolder(i: number, words: ReadonlySet<number>): number {
    for (let x = i, guard = 0; x >= 0 && this.heads[x] >= 0 && guard < this.size; x = this.heads[x], guard++) {
      if (words.has(this.heads[x]) && this.deprels[x] === 'ccomp') return this.heads[x];
    }
    return -1;
  }

  isPassive(p: number): boolean {
    return this.children(p).some((c) => this.deprels[c] === 'aux:pass' || this.deprels[c] === 'nsubj:pass' || this.deprels[c] === 'csubj:pass');
  }

  isNegated(p: number): boolean {
    return this.children(p).some((c) => this.baseRel(c) === 'advmod' && NEGATION.has(this.tokens[c].text.toLowerCase()) || (this.deprels[c] === 'det' && this.tokens[c].text.toLowerCase() === 'no'));
  }

  /** The words of the "case" child of a nominal (e.g. "by", "on", "with", "according to"). */
  caseOf(n: number): string {
    return this.children(n)
      .filter((c) => this.baseRel(c) === 'case' || this.deprels[c] === 'mark')
      .map((c) => this.tokens[c].text.toLowerCase())
      .join(' ');
  }

  /** Obliques and nominal modifiers of p marked by `prep` ("with", "on", "against"…). */
  obliques(p: number, prep?: string): number[] {
    return this.children(p).filter((c) => {
      const r = this.baseRel(c);
      if (r !== 'obl' && r !== 'nmod') return false;
      return prep === undefined || this.caseOf(c) === prep;
    });
  }

  /** The clause head governing token i: the nearest clause-heading ancestor (or i itself). */
  clause(i: number): number {
    let x = i;
    for (let guard = 0; guard < this.size; guard++) {
      if (this.heads[x] < 0 || CLAUSE.has(this.deprels[x]) || (this.deprels[x] === 'conj' && this.isPredicate(x))) return x;
      x = this.heads[x];
    }
    return x;
  }

  /** The predicate that governs token i (a time expression, a party): its clause head. */
  governor(i: number): number {
    return this.clause(this.heads[i] >= 0 ? this.heads[i] : i);
  }

  isPredicate(i: number): boolean {
    const u = this.upos[i];
    return u === 'VERB' || u === 'AUX' || this.children(i).some((c) => this.deprels[c] === 'cop' || SUBJECT.has(this.deprels[c]));
  }

  /** Whether i heads a copular clause: it has a `cop` child ("Trump is a liar": liar; "was courageous": courageous). */
  isCopular(i: number): boolean {
    return this.child(i, 'cop') >= 0;
  }

  /**
   * The predicate word i hangs from: i itself when it is a copular predicate, else its nearest ancestor
   * that is a verb (not an attributive participle, "the disputed vote") or a copular predicate, climbing
   * through the nouns it modifies ("the vote in June" -> the verb of "the vote"); -1 when none.
   */
  predicateAbove(i: number): number {
    if (this.isCopular(i)) return i;
    let x = this.heads[i];
    // "in March and June": the second conjunct hangs where the first does.
    if (this.deprels[i] === 'conj' && x >= 0 && !this.isPredicate(x)) {
      let first = x;
      while (this.deprels[first] === 'conj' && this.heads[first] >= 0) first = this.heads[first];
      x = this.heads[first];
    }
    for (let guard = 0; x >= 0 && guard < this.size; guard++, x = this.heads[x]) {
      if (this.isCopular(x)) return x;
      const u = this.upos[x];
      if ((u === 'VERB' || u === 'AUX') && !['amod', 'compound', 'nmod', 'obl', 'nsubj', 'obj'].includes(this.baseRel(x))) return x;
    }
    return -1;
  }

  /**
   * The verb group of predicate p (in text order): the auxiliaries, copula and infinitive "to" right
   * before it, across adverbs ("had already left", "is not expected"), and p.
   */
  verbGroup(p: number): number[] {
    const out = [p];
    for (let k = p - 1; k >= 0 && this.heads[k] === p; k--) {
      const r = this.deprels[k];
      if (r === 'cop' || this.baseRel(k) === 'aux' || (r === 'mark' && this.tokens[k].text.toLowerCase() === 'to')) out.unshift(k);
      else if (this.baseRel(k) !== 'advmod') break;
    }
    return out;
  }

  /** i and the words coordinated with it ("Russia and China", "met and agreed"). */
  conjuncts(i: number): number[] {
    let first = i;
    while (this.deprels[first] === 'conj' && this.heads[first] >= 0) first = this.heads[first];
    const out = [first];
    // (the children read in place: no filtered list per word)
    for (let k = 0; k < out.length; k++) {
      const kids = this.kidsOf(out[k]);
      for (let j = 0; j < kids.length; j++) if (this.hasRel(kids[j], 'conj')) out.push(kids[j]);
    }
    return out.length > 1 ? out.sort((a, b) => a - b) : out;
  }

  /**
   * i and the words coordinated with it by a conjunction ("Kowalski and Nowak", "A, B or C"); a
   * coordination without any "and"/"or" is an apposition the parser took for one ("Ann Lee, the
   * chair of the board") and gives i's first conjunct alone.
   */
  coordinated(i: number): number[] {
    const all = this.conjuncts(i);
    if (all.length < 2) return all;
    return all.slice(1).some((c) => this.children(c).some((k) => this.deprels[k] === 'cc')) ? all : [all[0]];
  }

  /** Whether clause p is opened by a subordinator (its `mark` child) for which `isWord` holds ("*if* X's
   * charity broke the rules", "*whether* talks resume"). */
  markedBy(p: number, isWord: (lowerText: string) => boolean): boolean {
    return this.children(p, 'mark').some((c) => isWord(this.tokens[c].text.toLowerCase()));
  }

  /**
   * The first verb of the coordination whose subject verb p shares ("the rebels attacked the town and
   * killed five" → attacked, for killed): p a verb coordinated with no subject of its own, the first
   * conjunct a verb with one; else -1.
   */
  firstConjunctWithSubject(p: number): number {
    if (this.deprels[p] !== 'conj' || this.upos[p] !== 'VERB' || this.hasOwnSubject(p)) return -1;
    let first = this.heads[p];
    while (first >= 0 && this.deprels[first] === 'conj') first = this.heads[first];
    return first >= 0 && this.upos[first] === 'VERB' && this.hasOwnSubject(first) ? first : -1;
  }

  /**
   * The noun a relative pronoun k stands for: the noun its clause (acl, acl:relcl) modifies ("a pub *that*
   * closed" → pub); -1 when k is no relative pronoun or its clause modifies nothing.
   */
  relativeAntecedent(k: number): number {
    const p = this.heads[k];
    if (p < 0 || !RELATIVE_PRONOUNS.has(this.tokens[k].text.toLowerCase()) || !this.deprels[p].startsWith('acl')) return -1;
    return this.heads[p];
  }

  /**
   * The subject of predicate p with sharing resolved: its own subject; for a verb coordinated with an
   * earlier one, that one's subject; for a controlled infinitive ("X called on Y to …", "urged Y to …"),
   * the controller (the object of the governing verb if it has one, else its subject); for a relative
   * clause whose subject is the relative pronoun, the noun the clause modifies.
   */
  subject(p: number): number {
    const own = this.child(p, SUBJECT);
    if (own >= 0) {
      const noun = this.relativeAntecedent(own);
      return noun >= 0 ? noun : own;
    }
    const rel = this.deprels[p];
    const h = this.heads[p];
    if (h < 0) return -1;
    if (rel === 'conj') return this.subject(h);
    if (rel === 'xcomp') {
      const obj = this.child(h, OBJECT);
      if (obj >= 0) return obj;
      const via = this.obliques(h, 'on').concat(this.obliques(h, 'upon'));
      if (via.length) return via[0];
      return this.subject(h);
    }
    // "Macron is in Moscow to meet Putin": a "to" clause on a prepositional predicate (a copula and a case
    // word) is done by that predicate's subject, not by the place.
    if (rel === 'acl' && this.child(h, 'cop') >= 0 && this.child(h, 'case') >= 0 && this.hasOwnSubject(h) && this.infinitiveGovernor(p) === h) return this.subject(h);
    if (rel === 'acl' || rel === 'acl:relcl') return h;
    return -1;
  }

  /**
   * The subject of p, or for a subjectless adverbial clause the subject of the clause it modifies
   * ("Obama spoke after meeting with Putin", "she was arrested after entering the venue", "they rallied
   * to demand …"): the doer of a gerund, participle or purpose infinitive is the main clause's subject.
   */
  controlledSubject(p: number): number {
    const s = this.subject(p);
    if (s >= 0 || this.deprels[p] !== 'advcl' || this.heads[p] < 0) return s;
    // "arrested for collaborating with …": a reason clause is alleged of the one acted upon, no act of theirs.
    if (this.children(p).some((c) => this.deprels[c] === 'mark' && this.tokens[c].text.toLowerCase() === 'for')) return -1;
    return this.subject(this.heads[p]);
  }

  /**
   * The verb a purpose infinitive serves: "gathered outside the court *to protest*", "held a strike *to
   * voice* their anger" → the governing verb; -1 when p is no subjectless "to" clause attached to a verb
   * ("its threats *to disrupt*" hangs on a noun, "wanted *to meet*" is a complement).
   */
  purposeOf(p: number): number {
    const h = this.heads[p];
    if (h < 0 || this.deprels[p] !== 'advcl' || this.upos[h] !== 'VERB' || this.child(p, SUBJECT) >= 0) return -1;
    return this.children(p).some((c) => this.deprels[c] === 'mark' && this.tokens[c].text.toLowerCase() === 'to') ? h : -1;
  }

  /**
   * The word a "to" clause hangs on: "managed *to shelter*" (xcomp), "took to Twitter *to accuse*" (advcl),
   * "her decision *to meet*" (acl) → the governing verb or noun; -1 when p is no "to" clause of that kind.
   */
  infinitiveGovernor(p: number): number {
    const h = this.heads[p];
    if (h < 0 || !['xcomp', 'advcl', 'acl'].includes(this.deprels[p])) return -1;
    return this.children(p).some((c) => this.deprels[c] === 'mark' && this.tokens[c].text.toLowerCase() === 'to') ? h : -1;
  }

  /**
   * The outermost "to" clause (infinitiveGovernor) on the path from token n up to predicate p, p itself
   * left out: "pledged *to impose* sanctions on Iran" → impose, for n = Iran and p = pledged. -1 when n
   * hangs in p's own clause through no such clause, or does not hang below p at all. An argument found
   * there is the infinitive's, not p's; a phrase before the clause's "to" is not in it ("called on Trump
   * to stop", with Trump misread as the subject of "stop").
   */
  infinitiveBetween(n: number, p: number): number {
    let found = -1;
    for (let x = n, guard = 0; x >= 0 && guard < this.size; x = this.heads[x], guard++) {
      if (x === p) return found;
      if (this.infinitiveGovernor(x) >= 0 && this.children(x, 'mark').some((m) => m < n && this.tokens[m].text.toLowerCase() === 'to')) found = x;
    }
    return -1;
  }

  /**
   * "France, meeting Iran in Geneva, urged Russia to …" where the parser gives verb p no subject at all and
   * hangs the phrase before the opening comma inside the adjunct clause set off by commas before p
   * (advcl, acl, parataxis): that phrase's head, else -1. The phrase is no object of that clause, opens
   * the clause's span, and a comma follows it; a comma closes the clause right before p.
   */
  subjectInAdjunct(p: number): number {
    if (this.child(p, SUBJECT) >= 0) return -1;
    const comma = (k: number) => k >= 0 && k < this.size && this.tokens[k].text === ',';
    for (const x of this.children(p)) {
      if (x >= p || !ADJUNCT_CLAUSE.has(this.baseRel(x))) continue;
      const [lo, hi] = this.subtreeRange(x);
      if (!comma(hi) && !comma(hi + 1)) continue;
      let between = true;
      for (let k = hi + 1; k < p; k++) if (this.upos[k] !== 'PUNCT') between = false;
      if (!between) continue;
      for (const n of this.children(x)) {
        // (not an object nor a phrase with a case word: "At the talks, meeting Iran, …")
        if (n >= x || !NOMINAL.has(this.upos[n]) || this.baseRel(n) === 'obj' || this.baseRel(n) === 'iobj' || this.child(n, 'case') >= 0) continue;
        const [nlo, nhi] = this.coreRange(n);
        if (nlo !== lo || !comma(nhi + 1)) continue;
        return n;
      }
    }
    return -1;
  }

  /**
   * The adverbial, participle or loose clause (advcl, acl, parataxis) that holds token c and whose words
   * all lie in [from, to): a clause set between a subject and its verb ("France, after meeting Iran in
   * Geneva, urged …", whatever tag the parser gave "meeting"); -1 when none.
   */
  adjunctClauseWithin(c: number, from: number, to: number): number {
    for (let x = c, guard = 0; x >= 0 && guard < this.size; x = this.heads[x], guard++) {
      if (!ADJUNCT_CLAUSE.has(this.baseRel(x)) || x === c) continue;
      const [lo, hi] = this.subtreeRange(x);
      if (lo >= from && hi < to) return x;
    }
    return -1;
  }

  /**
   * Whether token i lies in clause top, or below it only through clauses with no subject of their own
   * (a controlled infinitive, a coordinated verb, a subjectless adjunct), so that top's subject does them
   * too: "Congress voted *to impose* sanctions on Russia" → Russia lies in what Congress does.
   */
  inControlledClauseOf(i: number, top: number): boolean {
    for (let x = this.clause(i), guard = 0; x >= 0 && guard < this.size; guard++) {
      if (x === top) return true;
      if (this.heads[x] < 0 || this.hasOwnSubject(x) || !CONTROLLED_CLAUSE.has(this.deprels[x])) return false;
      x = this.clause(this.heads[x]);
    }
    return false;
  }

  /**
   * The clause coordinated with the verb of object pronoun i whose own object is the same word, "A welcomed
   * *it*, but B rejected *it*" → welcomed for the second "it" (and rejected for the first): the two stand for
   * one thing, so neither clause's subject is it. -1 when i is no object of a verb or no conjunct has one.
   */
  parallelObjectClause(i: number): number {
    const p = this.heads[i];
    if (p < 0 || !OBJECT.has(this.deprels[i])) return -1;
    const word = this.tokens[i].text.toLowerCase();
    for (const c of this.conjuncts(p)) {
      if (c === p) continue;
      if (this.children(c).some((o) => OBJECT.has(this.deprels[o]) && this.tokens[o].text.toLowerCase() === word)) return c;
    }
    return -1;
  }

  /**
   * Who is to do the subjectless "to" clause p when the verb it hangs on asks, orders, forces or lets
   * someone act, the verb told by `controls(lemma, prep)` (prep null for an object; the caller holds the
   * word lists): for an active verb, its object or indirect object before p ("urged Russia to withdraw",
   * "asked the parliament to approve") or else an oblique before p whose preposition `controls` takes
   * ("called on Spain to negotiate", "appealed to the mayor to"), whether the parser hung p as an open
   * complement or as an adverbial clause; for a passive one, its subject, never the by-agent ("Poland was
   * forced by the EU to accept": Poland accepts). -1 when p is no such clause or the verb controls nothing.
   */
  addresseeController(p: number, controls: (lemma: string, prep: string | null) => boolean): number {
    const h = this.heads[p];
    if (h < 0 || this.upos[h] !== 'VERB' || !['xcomp', 'advcl'].includes(this.deprels[p]) || this.hasOwnSubject(p)) return -1;
    const marks = this.children(p).filter((c) => this.deprels[c] === 'mark').map((c) => this.tokens[c].text.toLowerCase());
    // ("requested donations in order to help": a purpose, marked by more than "to".)
    if (!marks.includes('to') || marks.some((m) => m !== 'to')) return -1;
    const lemma = this.tokens[h].lemma.toLowerCase();
    // (An object first: "are urging Trump to …" with the subject misread as a passive one is active.)
    const obj = this.children(h).find((c) => OBJECT.has(this.deprels[c]) && c < p);
    if (obj !== undefined) return controls(lemma, null) ? obj : -1;
    if (this.isPassive(h)) {
      const s = this.child(h, SUBJECT);
      // (A relative pronoun stands for the noun its clause modifies: "firms that were forced to close".)
      return s >= 0 && s < p && this.deprels[s] === 'nsubj:pass' && controls(lemma, null) ? this.subject(h) : -1;
    }
    const via = this.obliques(h).find((c) => c < p && this.baseRel(c) === 'obl' && controls(lemma, this.caseOf(c)));
    return via ?? -1;
  }

  /** All subjects of p, coordination distributed ("Russia and China agreed" → two). */
  subjects(p: number): number[] {
    const s = this.subject(p);
    return s < 0 ? [] : this.conjuncts(s);
  }

  /** Whether i is attached to its head as a subject (nsubj, nsubj:pass, csubj, csubj:pass, nsubj:outer). */
  isSubject(i: number): boolean {
    return SUBJECT.has(this.deprels[i]);
  }

  /** The subjects p itself governs, in text order (no sharing resolved: see subject for that). */
  ownSubjects(p: number): number[] {
    return this.children(p, SUBJECT);
  }

  /** p governs a subject of its own (a finite clause, not a controlled or shared one). */
  hasOwnSubject(p: number): boolean {
    return this.children(p).some((c) => SUBJECT.has(this.deprels[c]));
  }

  /**
   * p is an imperative ("Imagine you are …", "Please write me", "Don't worry if …", "… and feel that …"
   * after one): a verb in its bare form (its text is its lemma) with no subject of its own, the root of its
   * sentence or a conjunct of an imperative, with nothing before it in the sentence but punctuation and its
   * own auxiliaries, adverbs, discourse words and conjunctions. A headline's bare verb with its subject
   * ("Leaders vow …") and a present with "-s" are not imperatives.
   */
  isImperative(p: number): boolean {
    if (this.upos[p] !== 'VERB' || this.hasOwnSubject(p) || this.tokens[p].text.toLowerCase() !== this.lemma(p)) return false;
    const h = this.heads[p];
    if (this.deprels[p] === 'conj' && h >= 0) return h < p && this.isImperative(h);
    if (h >= 0) return false;
    const s = this.tokens[p].sentence;
    for (let k = p - 1; k >= 0 && this.tokens[k].sentence === s; k--) {
      if (this.upos[k] === 'PUNCT') continue;
      if (this.heads[k] !== p || !IMPERATIVE_LEAD.has(this.deprels[k])) return false;
    }
    return true;
  }

  /**
   * p asks a question ("Do you think …?", "Why did she want …?", "has anyone considered that …?", "How can
   * I say …?"): an auxiliary of p stands before p's own subject, and p's sentence closes with a question
   * mark (closing quotation marks aside). An inverted clause in a statement ("Only then did he say …."), a
   * question mark inside a quotation that the sentence goes on past, and a clause set under a question
   * ("If someone wanted …, would you …?") are not questions of p.
   */
  asksQuestion(p: number): boolean {
    const subject = this.ownSubjects(p)[0];
    if (subject === undefined) return false;
    if (!this.children(p).some((c) => c < subject && this.baseRel(c) === 'aux')) return false;
    const s = this.tokens[p].sentence;
    let k = p;
    while (k + 1 < this.tokens.length && this.tokens[k + 1].sentence === s) k++;
    while (k > p && QUOTE_MARKS.has(this.tokens[k].text)) k--;
    return this.tokens[k].text === '?';
  }

  /** The direct object (active) of p, or -1. */
  object(p: number): number {
    return this.child(p, 'obj');
  }

  /**
   * The clause a subjectless gerund of means or time modifies ("won goodwill *by backing* X", "closed the
   * border *after shelling* Y", "left the talks *without signing*"): its head, or -1. Such a gerund is done by
   * the subject of that clause (subject control), never by its object.
   */
  gerundAdjunctHead(p: number): number {
    const h = this.heads[p];
    if (h < 0 || this.deprels[p] !== 'advcl' || this.hasOwnSubject(p) || !this.tokens[p].text.toLowerCase().endsWith('ing')) return -1;
    const marks = this.children(p).filter((c) => this.deprels[c] === 'mark').map((c) => this.tokens[c].text.toLowerCase());
    return marks.length === 1 && GERUND_MARKS.has(marks[0]) ? h : -1;
  }

  /**
   * The doer of p: the by-phrase of a passive ("rejected by Wallonia" → Wallonia), else the subject of
   * an active verb; -1 for an agentless passive.
   */
  agent(p: number): number {
    if (this.isPassive(p)) {
      const by = this.byAgent(p);
      if (by >= 0) return by;
      // a by-phrase attached low, under another oblique of the passive ("poisoned with a toxin by agents")
      for (const o of this.children(p)) {
        if (this.baseRel(o) !== 'obl') continue;
        const low = this.byAgent(o);
        if (low >= 0) return low;
      }
      return -1;
    }
    return this.subject(p);
  }

  /**
   * A participle coordinated after a passive verb that shares its auxiliary and subject ("was shot and
   * killed by an officer", "were arrested and charged"): a verb conjunct with no subject, auxiliary or
   * object of its own whose first conjunct is passive.
   */
  sharesPassive(p: number): boolean {
    const h = this.heads[p];
    if (this.deprels[p] !== 'conj' || h < 0 || this.upos[p] !== 'VERB' || !this.isPassive(h)) return false;
    return !this.children(p).some((c) => SUBJECT.has(this.deprels[c]) || this.baseRel(c) === 'aux' || OBJECT.has(this.deprels[c]));
  }

  /**
   * The by-agent of passive p, or of the participles coordinated with it under the same auxiliary when p
   * has none of its own ("was shot and killed by an officer": the officer did both); for an active p its
   * doer (agent); -1 when none says who.
   */
  sharedAgent(p: number): number {
    const shares = this.sharesPassive(p);
    if (!shares) {
      const own = this.agent(p);
      if (own >= 0 || !this.isPassive(p)) return own;
    } else {
      const own = this.byAgent(p);
      if (own >= 0) return own;
    }
    // Only participles under one auxiliary share the agent ("were encouraged … and are helped by" do not).
    for (const c of this.conjuncts(p)) {
      if (c === p || !(this.sharesPassive(c) || (shares && this.isPassive(c)))) continue;
      const a = this.byAgent(c);
      if (a >= 0) return a;
    }
    return -1;
  }

  /**
   * Whether c is a by-phrase of its head: the parser's `obl:agent`, or an oblique or nominal modifier
   * marked by "by" ("rejected *by Wallonia*", "a petition *by 40 MPs*"), whatever the head's voice as the
   * tree marks it. The one reading of a by-agent: stages ask this (or byAgent) instead of testing the
   * relation and the case word themselves.
   */
  isByAgent(c: number): boolean {
    if (this.deprels[c] === 'obl:agent') return true;
    const r = this.baseRel(c);
    return (r === 'obl' || r === 'nmod') && this.caseOf(c) === 'by';
  }

  /** The first by-phrase among node p's own children (isByAgent), whatever p's voice, or -1: "called …
   * *by the press*" for a participle the tree does not mark passive, "a plan *by Oslo*" for a noun. */
  byAgent(p: number): number {
    for (const c of this.kidsOf(p)) if (this.isByAgent(c)) return c;
    return -1;
  }

  /**
   * A secondary predicate of p: a bare nominal or adjectival xcomp after its object ("called the test a
   * threat", "branded them outlaws", "found him guilty"), not a controlled infinitive nor an "as" phrase;
   * -1 when none.
   */
  secondaryPredicate(p: number): number {
    const obj = this.object(p);
    if (obj < 0) return -1;
    const bare = (c: number) => !this.children(c).some((k) => ['mark', 'cop', 'case'].includes(this.baseRel(k)));
    return this.children(p, 'xcomp').find((c) => c > obj && ['NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'].includes(this.upos[c]) && bare(c)) ?? -1;
  }

  /** The one acted upon: the object of an active verb, the subject of a passive. */
  patient(p: number): number {
    if (this.isPassive(p)) return this.subject(p);
    return this.object(p);
  }

  /** The head of tokens [a, b): the first of them whose head lies outside the span (a name's last word
   * in "Prime Minister Ana Lopes", "Court" in "the Court of Appeal"). */
  spanHead(a: number, b: number): number {
    for (let k = a; k < b; k++) if (this.heads[k] < a || this.heads[k] >= b) return k;
    return a;
  }

  /**
   * The noun whose possessor n's name is: up from n through the words of a name and its of/on phrases
   * ("the Department of Energy's standard", "the Council on Trade's 15 percent threshold" → the
   * standard, the threshold); -1 when n's phrase possesses nothing.
   */
  possessum(n: number): number {
    let x = n;
    for (let steps = 0; steps < 8 && x >= 0; steps++) {
      const r = this.deprels[x];
      if (r === 'nmod:poss') return this.heads[x];
      if (!POSSESSOR_CLIMB.has(r)) break;
      x = this.heads[x];
    }
    // The parser's other readings of the same words, where the possessor it found is the name's last word
    // and the name's first word hangs from the thing or the thing from it: "the Department of Energy's
    // standard" with "Department" -nmod-> "standard" or "standard" -> "Department", and "Energy" the
    // possessor of "standard", between the two.
    for (const x of [this.heads[n], ...this.children(n, 'nmod')]) {
      if (x > n && this.children(x, 'nmod:poss').some((w) => w > n && w < x)) return x;
    }
    return -1;
  }

  /**
   * The one whose act or message nominal n is: its possessor ("Norway's decision"), its by-phrase ("a
   * petition by 40 MPs"), else the subject (control resolved) of the active predicate that takes n as its
   * object or oblique ("Norway made the decision", "sued him in an attempt", "sent a letter"); -1 when
   * the tree names none (n the subject, or under a passive: "the decision was made").
   */
  holder(n: number): number {
    const poss = this.child(n, 'nmod:poss');
    if (poss >= 0) return poss;
    const by = this.byAgent(n);
    if (by >= 0) return by;
    const rel = this.baseRel(n);
    const h = this.heads[n];
    if (h < 0 || !(rel === 'obj' || rel === 'obl') || !this.isPredicate(h) || this.isPassive(h)) return -1;
    return this.controlledSubject(h);
  }

  /**
   * The verb a nominal n is the argument of, as the frame that ties them: "put" for the object of
   * "put in place restrictions", "take part in" for "took part in a rally", "enter into" for "entered
   * into an agreement", "be in" for the copular "is in talks with"; null when n hangs elsewhere. The
   * frame is the verb's lemma, then a "part" object between verb and preposition, then the
   * preposition; `verb` is the predicate whose subject takes part (n itself for a copular predicate).
   */
  supportFrame(n: number): { verb: number; frame: string } | null {
    const r = this.baseRel(n);
    const h = this.heads[n];
    if (this.isCopular(n) && this.caseOf(n)) {
      return { verb: n, frame: `be ${this.caseOf(n)}` };
    }
    if (h < 0) return null;
    if (r === 'obj' && this.upos[h] === 'VERB') return { verb: h, frame: this.lemma(h) };
    if (r !== 'obl' && r !== 'nmod') return null;
    const prep = this.caseOf(n);
    if (!prep) return null;
    if (this.upos[h] === 'VERB') {
      const part = this.children(h, 'obj').some((o) => this.lemma(o) === 'part');
      return { verb: h, frame: part ? `${this.lemma(h)} part ${prep}` : `${this.lemma(h)} ${prep}` };
    }
    // "took part in a rally" with the rally hung on "part": the verb above the object "part".
    const v = this.heads[h];
    if (this.lemma(h) === 'part' && this.baseRel(h) === 'obj' && v >= 0 && this.upos[v] === 'VERB') return { verb: v, frame: `${this.lemma(v)} part ${prep}` };
    return null;
  }

  /**
   * The predicate n is the subject of (coordination distributed: "Chile and Peru vetoed" gives both
   * "vetoed"; shared by coordinated verbs only through the first), or -1 when n is not a subject.
   */
  predicateOfSubject(n: number): number {
    let x = n;
    while (this.deprels[x] === 'conj' && this.heads[x] >= 0) x = this.heads[x];
    return SUBJECT.has(this.deprels[x]) ? this.heads[x] : -1;
  }
}
