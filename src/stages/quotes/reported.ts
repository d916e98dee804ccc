// Attribution relations read from the dependency tree: a cue (a speech or cognition verb of the lexicon,
// "according to", or a noun cue: "a statement saying …", "the ministry's claim that …") with its sources
// (subject, by-agent, possessor, object of "according to"; coordinated sources give one each) and its
// content (the cue's clausal complement, the clause a parenthetical or trailing "he said" attaches to,
// both sides joined when the cue interrupts it, an object or infinitive for the cues that take one, the
// clause whose subject the parser read as the cue's object: "say funds | could be spent …").
import { lowerTexts } from '../../doc/token-views.ts';
import type { Tree } from '../../doc/tree.ts';
import { inConnective, type Cue, type QuoteLexicon } from './lexicon.ts';
import { phraseHead } from './speaker-span.ts';

export interface TreeAttribution {
  cue: { cue: Cue; a: number; b: number };
  /** Source phrase heads, one per coordinated source; [] when the tree names none. */
  sources: number[];
  /** Token indexes of the content, ascending; gaps are the frame of a cue inside it. */
  content: number[];
  /** The content is an intention's or commitment's infinitive ("agreed to …", "its plan to …"). */
  intent?: boolean;
  /** A naming cue's object with no predicate ("called the police"): the object's head, for the caller to
   * drop the record when the object names someone (a telephone call or a summons, not words). */
  called?: number;
}

/** A content that is a bare to-infinitive. */
const infinitival = (tree: Tree, content: number[]) => content.length > 0 && lower(tree, content[0]) === 'to' && tree.rel(content[0]) === 'mark';

const COMPLEMENT = new Set(['ccomp', 'csubj', 'csubj:pass']);
/** Relations the parser gives the reported clause's subject when a frame splits it from its predicate. */
const FRONTED = new Set(['nsubj', 'ccomp', 'dislocated', 'dep']);
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Children that belong to the frame of a cue, not to its content. */
const FRAME = new Set(['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'advmod', 'obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked', 'obl:agent', 'nmod:tmod', 'nmod:unmarked', 'punct', 'cc', 'mark', 'discourse', 'expl', 'iobj', 'compound:prt', 'vocative', 'cop']);
/** Verbs whose object noun cue was issued by their subject ("the ministry issued a statement saying …"). */
/** Verbs whose subject makes public the statement, plan or proposal their object names: that object's
 * source ("issued a statement", "announced plans to …", "launched a plan to …", "revived a proposal to …"). */
const ISSUE = new Set(['issue', 'release', 'make', 'send', 'publish', 'put', 'post', 'deliver', 'give', 'write', 'sign', 'file', 'submit', 'tweet', 'announce', 'launch', 'unveil', 'revive']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'X', 'ADJ', 'DET']);
const BREAK = /^[,;:\u2014\u2013(-]$/;
/** Subjects of a question put to the reader or the one interviewed, or asked by the writer (treeAttributions). */
const ASKED = new Set(['you', 'i', 'we', 'anyone', 'anybody']);
/** Subordinators whose clause after a reported complement belongs to the report ("… until it went bankrupt"). */
const SUBORDINATE = new Set(['until', 'because', 'although', 'though', 'unless', 'since', 'whereas']);
const TEMPORAL = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|week|weekend|month|year|morning|afternoon|evening|night|day)s?$/;

const lower = (tree: Tree, i: number) => lowerTexts(tree.tokens)[i];
const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, k) => a + k);

/**
 * The dash closing a dateline that opens i's sentence ("FLINT, Mich., Oct. 4 (UPI) — …", "FAIRVIEW,
 * W.Va. - …": a capitalised place in upper case, a comma, a dash within a few words), or -1.
 */
function datelineEnd(tree: Tree, i: number): number {
  const [a, b] = sentenceRange(tree, i);
  const first = tree.tokens[a].text;
  if (first.length < 3 || first !== first.toUpperCase() || !/\p{Lu}{3}/u.test(first)) return -1;
  let k = a + 1;
  while (k <= b && k < a + 4 && /^\p{Lu}+$/u.test(tree.tokens[k].text)) k++;
  if (k > b || tree.tokens[k].text !== ',') return -1;
  for (let j = k + 1; j <= Math.min(b, a + 15); j++) if (/^(\u2014|\u2013|--|-)$/.test(tree.tokens[j].text)) return j;
  return -1;
}

/** Whether token i opens its sentence, after punctuation only (an opening quotation mark, a bracket). */
function opensSentence(tree: Tree, i: number): boolean {
  const s = tree.tokens[i].sentence;
  let k = i - 1;
  while (k >= 0 && tree.tokens[k].sentence === s && tree.upos[k] === 'PUNCT') k--;
  return k < 0 || tree.tokens[k].sentence !== s;
}

/** First and last token of the sentence holding token i. */
function sentenceRange(tree: Tree, i: number): [number, number] {
  const s = tree.tokens[i].sentence;
  let a = i;
  let b = i;
  while (a > 0 && tree.tokens[a - 1].sentence === s) a--;
  while (b + 1 < tree.size && tree.tokens[b + 1].sentence === s) b++;
  return [a, b];
}

/** The lexicon cue starting at token i when the parser reads it as a verb, else null. */
export function verbCueAt(tree: Tree, lex: QuoteLexicon, i: number): TreeAttribution['cue'] | null {
  const list = lex.cuesByFirst.get(lower(tree, i));
  if (!list) return null;
  // after a possessive it is a noun ("Editor’s note:")
  if (i > 0 && /^['\u2019]s$/.test(tree.tokens[i - 1].text) && tree.rel(i - 1) === 'case') return null;
  // a sentence-opening connective ("That said, …") reports nobody's words
  if (inConnective(lex, i, tree.size, (k) => lower(tree, k), (k) => tree.tokens[k].sentence, (k) => tree.upos[k] === 'PUNCT')) return null;
  // a cue verb the tagger took for a noun or adjective shows itself by the clause it governs
  // ("environmentalists worry that …", "some groups acknowledge that …"), and a progressive read as an
  // adjective by the infinitive it takes ("the governor is promising to cut taxes")
  const progressive = tree.upos[i] === 'ADJ' && /ing$/.test(lower(tree, i)) && list.some((c) => c.infinitive) && tree.children(i).some((c) => c > i && tree.rel(c) === 'xcomp' && toMarked(tree, c));
  const verbal = tree.upos[i] === 'VERB' || (tree.upos[i] === 'AUX' && list.some((c) => c.words.length > 1)) || ((tree.upos[i] === 'NOUN' || tree.upos[i] === 'ADJ') && clauseAfter(tree, i) >= 0) || progressive;
  if (!verbal) return null;
  for (const cue of list) {
    if (cue.phrase === 'according to') continue;
    let ok = true;
    for (let k = 1; k < cue.words.length; k++) {
      const j = i + k;
      if (j >= tree.size || lower(tree, j) !== cue.words[k] || tree.tokens[j].sentence !== tree.tokens[i].sentence) {
        ok = false;
        break;
      }
    }
    // "has learned": the cue's head word is the verb, not the auxiliary
    if (ok) return { cue, a: i, b: i + cue.words.length - 1 };
  }
  return null;
}

/** A dependent clause of i with its own subject that starts right after i, at "that" or at its subject; -1 if none. */
function clauseAfter(tree: Tree, i: number): number {
  for (const c of tree.children(i)) {
    if (c <= i || !tree.isPredicate(c)) continue;
    const subj = tree.ownSubjects(c)[0];
    if (subj === undefined || /^(that|which|who)$/.test(lower(tree, subj))) continue;
    const [lo] = tree.subtreeRange(c);
    if (lo === i + 1) return c;
  }
  return -1;
}

/**
 * The "that"-clause right after a noun cue that the parser hung elsewhere ("Trump's claim that there
 * have been …" with the clause under a later word): the largest subtree starting at "that" that does not
 * hold the noun, when it has a subject of its own.
 */
function thatAfter(tree: Tree, n: number): Set<number> {
  const out = new Set<number>();
  const k = n + 1;
  if (k >= tree.size || lower(tree, k) !== 'that' || tree.rel(k) !== 'mark' || tree.tokens[k].sentence !== tree.tokens[n].sentence) return out;
  let x = tree.head(k);
  if (x < 0) return out;
  for (let h = tree.head(x); h >= 0; h = tree.head(h)) {
    const [lo, hi] = tree.subtreeRange(h);
    if (lo !== k || (n >= lo && n <= hi)) break;
    x = h;
  }
  const [lo, hi] = tree.subtreeRange(x);
  if (lo !== k || (n >= lo && n <= hi)) return out;
  const subj = tree.ownSubjects(x)[0];
  if (subj === undefined && !tree.children(x).some((c) => lower(tree, c) === 'there')) return out;
  subtree(tree, x, out);
  return out;
}

/** A "that"-clause with its own subject under a noun (the parser may call it a relative clause). */
function thatClause(tree: Tree, c: number): boolean {
  const r = tree.rel(c);
  if (r !== 'acl' && r !== 'acl:relcl' && r !== 'ccomp' && r !== 'appos') return false;
  const kids = tree.children(c);
  return tree.hasOwnSubject(c) && kids.some((k) => tree.rel(k) === 'mark' && lower(tree, k) === 'that');
}

/** Every token of i's subtree. */
function subtree(tree: Tree, i: number, into: Set<number>): void {
  const stack = [i];
  while (stack.length) {
    const x = stack.pop()!;
    into.add(x);
    for (const c of tree.children(x)) stack.push(c);
  }
}

function without(tree: Tree, host: number, cut: number): Set<number> {
  const all = new Set<number>();
  subtree(tree, host, all);
  const drop = new Set<number>();
  subtree(tree, cut, drop);
  for (const d of drop) all.delete(d);
  return all;
}

/** A quote mark, which trimming punctuation off a content's edges keeps. */
const isQuote = (tree: Tree, i: number) => /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB]$/.test(tree.tokens[i].text);

/**
 * The start of a closing ", according to X" frame at the end of a content: the phrase set off by a comma
 * (the comma may sit inside a closing quote mark, `"…," according to X`), running to the content's end
 * with no verb of its own. It attributes the whole report ("X admitted that …, according to the paper";
 * "…, the chief told state TV, according to the agency"), so it is the outer frame, not reported words.
 * -1 when there is none.
 */
function closingAccording(tree: Tree, xs: readonly number[]): number {
  for (let k = 1; k + 2 < xs.length; k++) {
    const x = xs[k];
    if (lower(tree, x) !== 'according' || lower(tree, x + 1) !== 'to') continue;
    let p = x - 1;
    if (p >= 0 && isQuote(tree, p)) p--;
    if (p < 0 || tree.tokens[p].text !== ',') continue;
    const rest = xs.slice(k);
    const contiguous = rest.every((y, j) => y === x + j);
    if (contiguous && !rest.slice(2).some((y) => tree.upos[y] === 'VERB' || tree.upos[y] === 'AUX')) return k;
  }
  return -1;
}

/** Content tokens, sorted, trimmed of edge punctuation, of a leading complementizer and of a closing
 * ", according to X" frame. */
function finish(tree: Tree, set: Set<number>): number[] {
  let xs = [...set].sort((a, b) => a - b);
  const closing = closingAccording(tree, xs);
  if (closing > 0) xs = xs.slice(0, closing);
  let a = 0;
  let b = xs.length - 1;
  const edge = (i: number) => tree.upos[i] === 'PUNCT' && !isQuote(tree, i);
  // one complementizer; a preposition after it or after a comma opens the clause's own phrase ("said
  // that in May …", "that, among the towns, …"), a condition after "that" keeps its "if"; so does one
  // opening the sentence ("At least 40 people died, police said", "In May, she said …")
  let comp = false;
  const opens = (x: number) => comp || tree.tokens[x - 1]?.text === ',' || lower(tree, x - 1) === 'that' || opensSentence(tree, x);
  for (; a <= b; a++) {
    const x = xs[a];
    if (edge(x) || tree.rel(x) === 'cc') continue;
    if (!comp && tree.rel(x) === 'mark' && /^(that|whether|if)$/.test(lower(tree, x))) comp = true;
    else if (tree.rel(x) !== 'case' || opens(x)) break;
  }
  while (b >= a && edge(xs[b])) b--;
  // punctuation at the edges of a gap (the commas around "he said") belongs to the frame
  return xs.slice(a, b + 1).filter((x, k, arr) => !edge(x) || (arr[k - 1] === x - 1 && arr[k + 1] === x + 1));
}

const OBJECT_PRONOUN = /^(me|us|him|her|them)$/;
const HONORIFIC = /^(mr|mrs|ms|dr|prof)\.?$/;

/**
 * The content of an addressee cue without the person told, when the parser hung that person inside the
 * reported clause ("told reporters | Ms Lee was …", "told the news agency | Mr Roe had …", "told CNN
 * affiliate X | that …"): the words right after the active cue, all nominal by the parse or the tagger,
 * up to a "that", to the subject of the clause after them, or to a title (Mr, Ms, Dr) opening a name
 * after a common noun.
 */
function withoutAddressee(tree: Tree, v: number, b: number, content: number[]): number[] {
  if (content[0] !== b + 1 || passive(tree, v)) return content;
  const noun = (x: number) => NOMINAL_TAGS.has(tree.upos[x]) || NOMINAL_TAGS.has(tree.tokens[x].pos) || ['DET', 'ADJ', 'NUM'].includes(tree.upos[x]) || OBJECT_PRONOUN.test(lower(tree, x));
  // where the subject of a clause whose predicate follows it opens
  const subjectStarts = new Set(content.filter((x) => /^nsubj/.test(tree.rel(x)) && tree.head(x) > x).map((x) => tree.subtreeRange(x)[0]));
  for (let k = 1; k < content.length && content[k] === content[k - 1] + 1 && noun(content[k - 1]); k++) {
    const x = content[k];
    if (lower(tree, x) === 'that' && tree.rel(x) === 'mark') return content.slice(k + 1);
    if (subjectStarts.has(x)) return content.slice(k > 1 && HONORIFIC.test(lower(tree, content[k - 1])) ? k - 1 : k);
    // a title opening a name right after a common noun, the parser having run the two together
    if (HONORIFIC.test(lower(tree, x)) && tree.upos[content[k - 1]] === 'NOUN' && k + 1 < content.length && tree.upos[content[k + 1]] === 'PROPN') return content.slice(k);
  }
  return content;
}

/** A cue set off by commas or closing its sentence: "X, he said, Y" / "X, officials said." */
function offset(tree: Tree, v: number): boolean {
  const [lo, hi] = tree.subtreeRange(v);
  const before = lo > 0 && tree.tokens[lo - 1].sentence === tree.tokens[v].sentence ? tree.tokens[lo - 1].text : null;
  const startsWithBreak = BREAK.test(tree.tokens[lo].text);
  const after = hi + 1 < tree.size && tree.tokens[hi + 1].sentence === tree.tokens[v].sentence ? tree.tokens[hi + 1] : null;
  const closes = !after || BREAK.test(after.text) || /^[.?!"\u201D']$/.test(after.text) || tree.upos[hi] === 'PUNCT';
  return (startsWithBreak || (before !== null && BREAK.test(before))) && closes;
}

/** Only frame children (subject, auxiliaries, adverbials): the cue has no content of its own. */
function bare(tree: Tree, lex: QuoteLexicon, v: number, b = v): boolean {
  return tree.children(v).every((c) => FRAME.has(tree.rel(c)) || (c > v && c <= b) || (tree.baseRel(c) === 'obl' && tree.caseOf(c) !== '') || trailingParticiple(tree, lex, v, c));
}

/**
 * A speech participle set off by a comma after cue v, the parser's complement or adverbial of it ("…,
 * she said, adding that …", "…, he said, noting …"): a second frame with its own attribution, not v's
 * content. (Other participles stay: PolNeAR reads "…, she said, referencing …" as her attribution too.)
 */
function trailingParticiple(tree: Tree, lex: QuoteLexicon, v: number, c: number): boolean {
  const r = tree.rel(c);
  return c > v && (r === 'ccomp' || r === 'xcomp' || r === 'advcl' || r === 'conj') && bareParticiple(tree, c) && rightAfterFrame(tree, v, c) && verbCueAt(tree, lex, c) !== null;
}

/**
 * Only the cue's frame (its subject, adverbials) between cue v and the comma before c: "…, he said on
 * Friday, adding …", not "he said the plan would help, allowing …" (a participle after the reported
 * clause is the clause's).
 */
function rightAfterFrame(tree: Tree, v: number, c: number): boolean {
  let [lo] = tree.subtreeRange(c);
  if (tree.tokens[lo].text !== ',') lo--;
  for (let k = v + 1; k < lo; k++) {
    let x = k;
    while (tree.head(x) >= 0 && tree.head(x) !== v) x = tree.head(x);
    if (tree.head(x) !== v || !FRAME.has(tree.rel(x))) return false;
  }
  return true;
}

/** A participle set off by a comma with no auxiliary or subordinator of its own (not "…, had been driving when …"). */
function bareParticiple(tree: Tree, c: number): boolean {
  return participleAfterComma(tree, c) && !tree.children(c).some((k) => k < c && /^(aux|aux:pass|cop|mark)$/.test(tree.rel(k)));
}

/**
 * A second frame of the same speaker inside a content: ", adding that …", ", saying …", "and warned
 * that …" — a cue verb after a comma or conjunction with no subject of its own. Its clause is its own
 * attribution, not part of the first one's content.
 */
function secondFrame(tree: Tree, lex: QuoteLexicon, x: number): boolean {
  const r = tree.rel(x);
  if (r !== 'parataxis' && r !== 'advcl' && r !== 'conj') return false;
  const m = verbCueAt(tree, lex, x);
  if (!m) return false;
  const clause = tree.children(x).some((c) => tree.rel(c) === 'ccomp');
  // "… and refused to drop the gun": an act or intention of the content's own subject, not a new frame
  if (!m.cue.indirect && !clause) return false;
  // "… and that one was found nearby", "… or declare it responsible": a passive verb, or one without a
  // clause of its own, is part of the content it is coordinated in, not a frame that reports something
  if (!clause && (passive(tree, x) || r === 'conj')) return false;
  // "… and Democrats accused the GOP of …": a coordinated clause with its own speaker
  if (tree.hasOwnSubject(x)) return r === 'conj' && tree.children(x).some((c) => tree.rel(c) === 'cc');
  const [lo] = tree.subtreeRange(x);
  const prev = tree.tokens[lo - 1]?.text ?? '';
  return /^[,;]$/.test(tree.tokens[lo].text) || /^[,;]$/.test(prev) || tree.children(x).some((c) => tree.rel(c) === 'cc');
}

/** Drop second frames (and their clauses) from a content. */
function pruneFrames(tree: Tree, lex: QuoteLexicon, set: Set<number>, v: number): void {
  for (const x of [...set]) {
    if (x === v || !set.has(x) || !secondFrame(tree, lex, x)) continue;
    const drop = new Set<number>();
    subtree(tree, x, drop);
    for (const d of drop) set.delete(d);
  }
}

/**
 * A passive cue, "’s" read as "has" ("who’s called for …" is active), a progressive read as a passive
 * ("the mayor was proposing a tax": a present participle is never passive).
 */
function passive(tree: Tree, v: number): boolean {
  if (!tree.isPassive(v) || /ing$/.test(lower(tree, v))) return false;
  const aux = tree.children(v).filter((c) => tree.rel(c) === 'aux:pass');
  return !(aux.length === 1 && /^['’]s$/.test(tree.tokens[aux[0]].text));
}

/**
 * The content of a raising passive ("the crew was said to be safe", "the firm, which is thought to have
 * lost money"): the cue's subject, or the noun a relative pronoun subject stands for (without its relative
 * clause), with the to-infinitive after the cue; empty when either is missing.
 */
function raisedContent(tree: Tree, v: number): Set<number> {
  const out = new Set<number>();
  const kids = tree.children(v);
  const x = kids.find((c) => c > v && tree.rel(c) === 'xcomp' && toMarked(tree, c));
  // (a conjunct's subject may be shared: "the man is known to them and is believed to be armed")
  const s = kids.find((c) => c < v && (tree.rel(c) === 'nsubj' || tree.rel(c) === 'nsubj:pass')) ?? (tree.rel(v) === 'conj' ? tree.subject(v) : -1);
  if (x === undefined || s < 0 || s > v) return out;
  if (/^(which|who|that)$/.test(lower(tree, s))) {
    const h = tree.head(v);
    if (tree.rel(v) !== 'acl:relcl' || h < 0 || h > v) return out;
    for (const k of without(tree, h, v)) out.add(k);
  } else subtree(tree, s, out);
  subtree(tree, x, out);
  return out;
}

/** Relations of a cue's own adverbials and addressee, which may stand between it and its clause. */
const GAP = new Set(['advmod', 'obl', 'obl:tmod', 'obl:npmod', 'obl:unmarked', 'nmod:tmod', 'iobj']);
/** Most words of the cue's adverbials and addressee between it and a clause hung away from it. */
const MAX_GAP = 8;

/**
 * The token after the cue's own adverbials and addressee ("said on Friday that …", "says at first her
 * brothers …", "had told the Herald that …"): the first token past b that does not hang on the cue
 * through one of its adverbials or its indirect object; b + 1 when there is none or when they run long.
 */
function pastFrameWords(tree: Tree, lex: QuoteLexicon, v: number, b: number): number {
  const s = tree.tokens[v].sentence;
  let k = b + 1;
  for (; k < tree.size && k - b <= MAX_GAP && tree.tokens[k].sentence === s; k++) {
    if (tree.upos[k] === 'ADV') continue;
    // "that", a comma or a conjunction ends the frame's words
    if (lower(tree, k) === 'that' || tree.upos[k] === 'PUNCT' || tree.upos[k] === 'CCONJ') break;
    // the child of the cue that k hangs under, and the clause (if any) k belongs to below that child
    let x = k;
    let clause = false;
    while (tree.head(x) >= 0 && tree.head(x) !== v) {
      if (tree.isPredicate(x) && tree.hasOwnSubject(x)) clause = true;
      x = tree.head(x);
    }
    if (tree.head(x) !== v || x < v || clause || (tree.isPredicate(x) && tree.hasOwnSubject(x)) || !GAP.has(tree.rel(x))) break;
    // a noun cue among them has a clause of its own ("agrees with the agency's conclusion that …")
    if (lex.nounCues.has(lower(tree, k))) return b + 1;
  }
  if (k - b > MAX_GAP || k >= tree.size || tree.tokens[k].sentence !== s) return b + 1;
  return k;
}

/**
 * Whether the clause at x, found after a cue's adverbials, can be the cue's content: not a relative
 * clause ("… aimed at a loudspeaker that broadcasts …"), not a subordinate or coordinated one ("… as
 * soon as I can", "…, but critics charge …").
 */
function reportedAfterGap(tree: Tree, x: number, k: number): boolean {
  if (tree.rel(x) === 'conj' || tree.upos[k] === 'PUNCT' || tree.upos[k] === 'CCONJ') return false;
  // a relative pronoun as the only subject ("that" read as the subject beside the clause's own is a complementizer)
  if (!tree.ownSubjects(x).some((c) => !/^(that|which|who|whom|what)$/.test(lower(tree, c)))) return false;
  return !tree.children(x).some((c) => c < x && tree.rel(c) === 'mark' && lower(tree, c) !== 'that');
}

/**
 * A clause the parser hung away from its cue: the largest subtree starting right after the cue (at
 * "that", or at a clause with its own subject) that does not contain the cue — after the cue's own
 * adverbials and addressee, when a clause starts there ("said on Friday that its reporter had erred"
 * with the clause hung on "Friday").
 */
function adjacentClause(tree: Tree, lex: QuoteLexicon, v: number, b: number): Set<number> {
  const out = new Set<number>();
  let k = b + 1;
  while (k < tree.size && tree.upos[k] === 'ADV' && tree.tokens[k].sentence === tree.tokens[v].sentence) k++;
  if (k >= tree.size || tree.tokens[k].sentence !== tree.tokens[v].sentence) return out;
  const past = pastFrameWords(tree, lex, v, b);
  const gap = past > k;
  if (gap) k = past;
  const that = lower(tree, k) === 'that' && tree.rel(k) === 'mark';
  let x = k;
  for (let h = tree.head(x); h >= 0 && h !== v; h = tree.head(h)) {
    const [lo, hi] = tree.subtreeRange(h);
    if (lo !== k || (v >= lo && v <= hi)) break;
    x = h;
  }
  const [lo, hi] = tree.subtreeRange(x);
  if (v >= lo && v <= hi) return out;
  if (!that && !(tree.isPredicate(x) && tree.hasOwnSubject(x))) return out;
  if (gap && !reportedAfterGap(tree, x, k)) return out;
  subtree(tree, x, out);
  return out;
}

/** Whether clause c opens with the infinitive marker "to" ("to end the strike"). */
function toMarked(tree: Tree, c: number): boolean {
  return tree.children(c).some((k) => k < c && lower(tree, k) === 'to' && tree.rel(k) === 'mark');
}

/** A "to"-infinitive the parser hung as a subjectless adverbial clause ("called on X to protest"). */
function toInfinitive(tree: Tree, c: number): boolean {
  return tree.rel(c) === 'advcl' && !tree.hasOwnSubject(c) && toMarked(tree, c);
}

/** A frame in an "as"-clause: "As the minister put it", "as she noted". */
function asMarked(tree: Tree, v: number): boolean {
  return tree.children(v).some((c) => c < v && tree.rel(c) === 'mark' && lower(tree, c) === 'as');
}

/**
 * "…, a spokesperson for the ministry said.": the nominal phrase between the last comma before cue v and
 * v (no verb in it), read off the words for a cue the parser gave no subject; its head and the comma.
 */
function speakerAfterComma(tree: Tree, v: number): { comma: number; head: number } | null {
  if (tree.hasOwnSubject(v)) return null;
  let c = v - 1;
  while (c >= 0 && tree.tokens[c].sentence === tree.tokens[v].sentence && tree.tokens[c].text !== ',' && tree.upos[c] !== 'VERB' && tree.upos[c] !== 'AUX') c--;
  if (c < 0 || c >= v - 1 || tree.tokens[c].text !== ',') return null;
  const head = tree.spanHead(c + 1, v);
  return nominal(tree, head) ? { comma: c, head } : null;
}

/** Past or present of a finite verb read off its form against its lemma ("said", "refused" / "say", "says"); null otherwise. */
function tense(tree: Tree, i: number): 'past' | 'present' | null {
  if (tree.upos[i] !== 'VERB' || tree.children(i).some((c) => tree.baseRel(c) === 'aux')) return null;
  const w = lower(tree, i);
  const l = tree.lemma(i).toLowerCase();
  if (w.endsWith('ing') || w === 'be') return null;
  // the base form or its -s form is present; any other form of a finite verb ("ignored", "went") its past
  return w === l || w === `${l}s` || w === `${l}es` || (l.endsWith('y') && w === `${l.slice(0, -1)}ies`) ? 'present' : 'past';
}

/**
 * "Officials say the driver ignored the signal and refused to stop": a verb without a subject of its own
 * that the parser coordinated with the cue but whose tense is the reported clause's, not the cue's, goes
 * on the reported clause (verbs coordinated under one subject share their tense).
 */
function tenseConjunct(tree: Tree, v: number, c: number, content: Set<number>): boolean {
  if (tree.rel(c) !== 'conj' || tree.hasOwnSubject(c)) return false;
  // "says they wanted room to grow and, one day, start a family": a bare infinitive cannot share the
  // subject of a cue in the past or -s form; it goes on an infinitive of the content
  if (bareInfinitive(tree, c) && tree.upos[v] === 'VERB' && lower(tree, v) !== tree.lemma(v).toLowerCase() && [...content].some((k) => k < c && tree.upos[k] === 'VERB')) return true;
  const t = tense(tree, c);
  const cue = tense(tree, v);
  if (!t || !cue || t === cue) return false;
  for (const k of content) if (k < c && (tense(tree, k) === t || auxTense(tree, k) === t)) return true;
  return false;
}

/** A verb in its base form with no auxiliary, subject or marker of its own ("… and start a family"). */
function bareInfinitive(tree: Tree, i: number): boolean {
  if (tree.upos[i] !== 'VERB' || lower(tree, i) !== tree.lemma(i).toLowerCase()) return false;
  return !tree.children(i).some((k) => tree.baseRel(k) === 'aux' || tree.rel(k) === 'mark' || tree.isSubject(k));
}

/** The tense of a verb read off its first auxiliary ("was working", "has left"); null without one. */
function auxTense(tree: Tree, i: number): 'past' | 'present' | null {
  if (tree.upos[i] !== 'VERB') return null;
  const aux = tree.children(i).find((k) => k < i && tree.baseRel(k) === 'aux');
  if (aux === undefined) return null;
  const w = lower(tree, aux);
  if (/^(?:was|were|had|did)$/.test(w)) return 'past';
  if (/^(?:is|are|am|has|have|does|do)$/.test(w)) return 'present';
  return null;
}

/**
 * "The mill closed in March, Hendricks said, and nobody has bought it since": a clause with a subject of
 * its own that the parser coordinated with a frame standing between two reported clauses. The frame
 * interrupts the content, which goes on after ", and" (or ", but"); the cue's content comes before it.
 */
function continuedClause(tree: Tree, v: number, c: number): boolean {
  if (tree.rel(c) !== 'conj' || c < v || !tree.isPredicate(c) || !tree.hasOwnSubject(c)) return false;
  const [lo] = tree.subtreeRange(c);
  const cc = tree.children(c).find((k) => k === lo + 1 && tree.rel(k) === 'cc' && /^(and|but)$/.test(lower(tree, k)));
  // not a direct quote after ", and" ("…, she said, and “…”"): the quote is its own attribution
  const quoted = /^["'\u201C\u2018`]/.test(tree.tokens[lo + 2]?.text ?? '');
  return cc !== undefined && !quoted && tree.tokens[lo].text === ',' && tree.children(v).every((k) => k < v || k >= lo || FRAME.has(tree.rel(k)));
}

const RELATIVE_PRONOUN = /^(who|which|whom|whose)$/;

/**
 * A relative clause set off by commas on a nominal before cue v, which the parser hung on the cue as a
 * complement ("The insider, who asked to remain anonymous, said …", "The center, which tracks …, said
 * …"): its words open with a relative pronoun right after a comma that follows a nominal, and end before
 * the cue. It says something of the speaker (or of a noun before the cue); it is not what was said.
 */
function relativeAside(tree: Tree, v: number, c: number): boolean {
  const [first, hi] = tree.subtreeRange(c);
  if (hi >= v) return false;
  let lo = first;
  while (lo < hi && tree.upos[lo] === 'PUNCT') lo++;
  return RELATIVE_PRONOUN.test(lower(tree, lo)) && afterNominalComma(tree, lo);
}

/** Whether token k follows a comma that closes a nominal of its sentence ("the center, | which …"). */
function afterNominalComma(tree: Tree, k: number): boolean {
  const comma = k - 1;
  if (comma <= 0 || tree.tokens[comma].text !== ',' || tree.tokens[comma - 1].sentence !== tree.tokens[k].sentence) return false;
  return NOMINAL_TAGS.has(tree.upos[comma - 1]);
}

/**
 * A complement clause with no subject of its own at its front: none and no complementizer ("was a giant"),
 * one that opens with its own copula or auxiliary ("was because he …", "are illegal"), or whose only
 * subjects carry a preposition — an oblique the parser read as the subject ("on Sunday is their pet").
 */
function frontlessClause(tree: Tree, c: number): boolean {
  const [lo] = tree.subtreeRange(c);
  if (lo < c && tree.head(lo) === c && (tree.rel(lo) === 'cop' || tree.baseRel(lo) === 'aux')) return true;
  const kids = tree.children(c);
  if (kids.some((k) => tree.rel(k) === 'mark')) return false;
  return kids.filter((k) => tree.isSubject(k)).every((k) => tree.caseOf(k) !== '');
}

/** The content of a verb cue, as tokens (empty when it has none). */
function verbContent(tree: Tree, lex: QuoteLexicon, v: number, cue: Cue, b: number): Set<number> {
  const out = new Set<number>();
  const kids = tree.children(v);
  const hasSubject = tree.hasOwnSubject(v);
  // a complement before a cue without a subject has swallowed the subject ("X, a fellow at Y, said …")
  // (not a participle set off by a comma after the cue, "…, he said, adding that …" / "…, she said,
  // hinting at …" with the participle read as its complement: a frame or adverbial of its own)
  // (not a relative clause on the speaker the parser hung on the cue: "The center, which tracks …, said …")
  for (const c of kids) if (COMPLEMENT.has(tree.rel(c)) && (c > v || (hasSubject && tree.isPredicate(c))) && !trailingParticiple(tree, lex, v, c) && !relativeAside(tree, v, c)) subtree(tree, c, out);
  // "added that for the past nine winters she has …", "noted that, among the towns, …": the
  // complementizer the tagger read right but the parser took for the cue's object, with the clause
  // after it hung under it; the clause is the content, without "that"
  for (const c of kids) {
    if (c <= v || tree.rel(c) !== 'obj' || tree.upos[c] !== 'SCONJ' || lower(tree, c) !== 'that' || !tree.children(c).some((k) => k > c && tree.upos[k] !== 'PUNCT')) continue;
    subtree(tree, c, out);
    out.delete(c);
  }
  // …unless the speaker's words stand between a comma and the cue ("…, a spokesperson for X said."): the
  // reported clause up to that comma; not when the cue has a clause after it or the one before is subordinate
  // ("When he bought the mine, X said he expected …" misread with "bought" as the cue's complement)
  const later = kids.some((c) => c > v && (COMPLEMENT.has(tree.rel(c)) || tree.rel(c) === 'parataxis'));
  const after = hasSubject || later ? null : speakerAfterComma(tree, v);
  const subordinate = (c: number) => tree.children(c).some((k) => k < c && (tree.rel(k) === 'mark' || (tree.rel(k) === 'advmod' && /^(when|while|after|before|as|if|once|since|until|because)$/.test(lower(tree, k)))));
  for (const c of kids) {
    if (!after || c > v || !COMPLEMENT.has(tree.rel(c)) || !tree.isPredicate(c) || c > after.comma || subordinate(c)) continue;
    const part = new Set<number>();
    subtree(tree, c, part);
    if (part.has(after.head)) for (const x of part) if (x < after.comma) out.add(x);
  }
  // the reported clause's subject misread as the cue's object right before the rest of the clause: "said
  // the firm was a giant", "has been told its cars are illegal"; an active addressee cue's first object is
  // the person told ("told reporters after the meeting that …"), a second one may be the subject ("told
  // him the nominee had …")
  const objects = kids.filter((k) => k > v && (tree.rel(k) === 'obj' || tree.rel(k) === 'iobj'));
  const told = cue.addressee && !passive(tree, v);
  for (const c of kids) {
    if (tree.rel(c) !== 'ccomp' || c < v || !frontlessClause(tree, c)) continue;
    const o = objects.find((k) => k < c && tree.subtreeRange(k)[1] + 1 === tree.subtreeRange(c)[0]);
    if (o !== undefined && (!told || objects[0] < o)) subtree(tree, o, out);
  }
  if (out.size) {
    // the rest of the reported clause the parser hung on the cue: "said X and that Y" (a coordinated
    // "that"-clause), "said X until/because Y" (a subordinate clause after the complement)
    const last = Math.max(...out);
    for (const c of kids) {
      if (c < last) continue;
      const marks = tree.children(c).filter((k) => tree.rel(k) === 'mark' && k < c).map((k) => lower(tree, k));
      const thatConj = tree.rel(c) === 'conj' && marks.includes('that');
      const sub = tree.rel(c) === 'advcl' && marks.some((m) => SUBORDINATE.has(m));
      // a content before the frame goes on after it ("X, she said, and Y")
      const continued = last < v && continuedClause(tree, v, c);
      if (thatConj || sub || continued || tenseConjunct(tree, v, c, out)) subtree(tree, c, out);
    }
    for (const x of predicateAfter(tree, v, out)) out.add(x);
  }
  // "told journalists that …" with the clause hung under the addressee
  for (const c of kids) {
    if ((tree.rel(c) !== 'obj' && tree.rel(c) !== 'iobj') || lex.nounCues.has(lower(tree, c))) continue;
    for (const k of tree.children(c)) if (k > c && (tree.rel(k) === 'ccomp' || thatClause(tree, k))) subtree(tree, k, out);
  }
  // "He said: the talks failed" / a clause before the cue taken as parataxis of it / "As the minister
  // put it, the reform …" with the frame read as the root and its clause as parataxis after the comma
  const asRoot = tree.head(v) < 0 && asMarked(tree, v);
  for (const c of kids) {
    if (tree.rel(c) !== 'parataxis') continue;
    const colon = kids.some((k) => k < c && k > v && tree.tokens[k].text === ':');
    const [lo] = tree.subtreeRange(c);
    const next = !out.size && lo === b + 1;
    const afterComma = asRoot && !out.size && lo === b + 2 && tree.tokens[b + 1].text === ',';
    if (c < v || colon || next || afterComma) subtree(tree, c, out);
  }
  // the reported clause's subject before the frame: "The test, North Korea said, was its biggest" misread
  // as a second subject of the cue, or as its complement or a dislocated phrase ("The talks, a diplomat
  // said, had failed" with "talks" a ccomp of "said")
  const subjects = kids.filter((c) => tree.rel(c) === 'nsubj');
  if (subjects.length && out.size) {
    const near = subjects.reduce((x, y) => (Math.abs(y - v) < Math.abs(x - v) ? y : x));
    for (const s of kids) {
      if (s === near || s > near || s > v || !FRONTED.has(tree.rel(s)) || !NOMINAL_TAGS.has(tree.upos[s])) continue;
      const [, hi] = tree.subtreeRange(s);
      if (tree.tokens[hi].text === ',' || tree.tokens[hi + 1]?.text === ',') subtree(tree, s, out);
    }
  }
  addComparison(tree, cue, v, out);
  if (out.size) return out;
  // a passive cue without a clause ("should be recognized as …") attributes nothing, unless it raises
  if (passive(tree, v)) return cue.raising ? raisedContent(tree, v) : out;
  // cues with a preposition: "called for new talks", "pointed to the figures", "called on Iran to …"
  if (cue.words.length > 1 && /^(for|on|to|about|of|against|out)$/.test(cue.words[cue.words.length - 1])) {
    const prep = cue.words[cue.words.length - 1];
    for (const c of kids) {
      // "called for eliminating the tax": a gerund clause marked by the preposition
      const gerund = (tree.rel(c) === 'advcl' || tree.rel(c) === 'xcomp') && tree.caseOf(c) === prep;
      if ((tree.baseRel(c) === 'obl' || tree.baseRel(c) === 'nmod' || tree.baseRel(c) === 'obj' || gerund) && c > b && (tree.caseOf(c) === prep || tree.baseRel(c) === 'obj')) {
        subtree(tree, c, out);
        // "called on people to protest": the infinitive, whether parsed as xcomp or as a subjectless advcl
        for (const x of kids) if (x > c && (tree.rel(x) === 'xcomp' || toInfinitive(tree, x))) subtree(tree, x, out);
        break;
      }
    }
    if (out.size) return out;
  }
  // a parenthetical or trailing frame: the clause it attaches to, without the frame
  const h = tree.head(v);
  // "As the minister put it, …" / "…, as she noted": a frame in an "as"-clause attaches the same way
  const asFrame = tree.rel(v) === 'advcl' && asMarked(tree, v);
  // "X, she said, and Y" with Y coordinated under the frame: the host clause and Y, without the frame
  const goesOn = h >= 0 && h < v ? kids.filter((c) => continuedClause(tree, v, c)) : [];
  const bareFrame = tree.children(v).every((c) => FRAME.has(tree.rel(c)) || (c > v && c <= b) || (tree.baseRel(c) === 'obl' && tree.caseOf(c) !== '') || goesOn.includes(c));
  // "…, the agency has announced." read as a clause coordinated without a conjunction: still a frame
  // (not a participle on a noun the parser made its subject: "a condition characterised by …")
  const unjoined = tree.rel(v) !== 'conj' || (tree.hasOwnSubject(v) && !tree.children(v).some((c) => tree.rel(c) === 'cc' || tree.rel(c) === 'obl:agent'));
  if (h >= 0 && (bare(tree, lex, v, b) || (goesOn.length > 0 && bareFrame)) && (tree.rel(v) === 'parataxis' || asFrame || (offset(tree, v) && unjoined))) {
    const host = tree.isPredicate(h) ? h : tree.clause(h);
    for (const x of without(tree, host, v)) out.add(x);
    for (const c of goesOn) subtree(tree, c, out);
    return out;
  }
  // a root frame whose clause the parser hung under it ("X, he said." with X as advcl or dep)
  if (h < 0) {
    for (const c of kids) {
      if ((tree.rel(c) === 'advcl' || tree.rel(c) === 'dep' || tree.rel(c) === 'conj') && c < v && tree.hasOwnSubject(c)) {
        const [, hi] = tree.subtreeRange(c);
        if (hi + 1 < v && tree.tokens[hi + 1].text === ',') subtree(tree, c, out);
      }
    }
    if (out.size) return out;
  }
  const obj = tree.child(v, 'obj');
  // "urged Iran to resume talks": a directive's addressee and infinitive; "agreed to end the strike",
  // "vowed to retaliate": an intention or commitment, the infinitive alone (PolNeAR's reported
  // intentions); the parser may hang the infinitive under the addressee ("called on Dean to apologize")
  if (cue.infinitive) {
    const toClause = (h: number) => tree.children(h).find((c) => (tree.rel(c) === 'xcomp' || tree.rel(c) === 'acl' || tree.rel(c) === 'advcl') && c > h && tree.children(c).some((k) => lower(tree, k) === 'to' && k < c));
    const addressee = obj >= 0 ? obj : tree.child(v, 'iobj');
    const infinitive = (c: number) => c > v && (tree.rel(c) === 'xcomp' || toInfinitive(tree, c)) && toMarked(tree, c);
    let x = kids.find(infinitive);
    if (x === undefined && addressee > v) x = toClause(addressee);
    if (x !== undefined && addressee >= 0 && addressee < x) {
      subtree(tree, addressee, out);
      subtree(tree, x, out);
      return out;
    }
    if (x !== undefined && addressee < 0 && !passive(tree, v)) {
      subtree(tree, x, out);
      return out;
    }
  }
  if (!out.size) for (const x of adjacentClause(tree, lex, v, b)) out.add(x);
  if (out.size) return out;
  // "…,” said Tomas Berg": an inverted subject read as an object is no content
  // (a participle after a comma is no inversion: ", citing a threat to …" has its object as content)
  const inverted = !hasSubject && v > 0 && tree.upos[v - 1] === 'PUNCT' && !/ing$/.test(lower(tree, v));
  // "proposed allowing parents to …", "admitted using the code": a gerund complement of an object cue
  const ing = kids.find((c) => c === b + 1 && tree.rel(c) === 'xcomp' && tree.upos[c] === 'VERB' && /ing$/.test(lower(tree, c)));
  // "admitted to taking the files", "admitted to having caused …": a gerund marked by "to" right after the cue
  const toIng = kids.find((c) => c > b + 1 && (tree.rel(c) === 'advcl' || tree.rel(c) === 'xcomp') && tree.subtreeRange(c)[0] === b + 1 && lower(tree, b + 1) === 'to' && tree.rel(b + 1) === 'mark' && tree.head(b + 1) === c && /ing$/.test(lower(tree, b + 2)));
  const gerund = ing ?? toIng;
  if (cue.object && obj < 0 && gerund !== undefined) {
    subtree(tree, gerund, out);
    // the preposition of "admitted to taking" is the cue's, not the content's
    if (gerund === toIng) out.delete(b + 1);
    return out;
  }
  // "called Lee a “champion”" with the object read as a nominal xcomp right after the cue and the
  // predicate hung on it as its apposition; not a name after "a tool called" (the naming verb on its noun)
  const predicated = (c: number) => tree.children(c).some((k) => k > c && (tree.rel(k) === 'appos' || tree.rel(k) === 'xcomp' || tree.rel(k) === 'obj') && NOMINAL_TAGS.has(tree.upos[k]));
  const naming = tree.rel(v).startsWith('acl') && tree.head(v) === v - 1;
  const asObject = obj < 0 && cue.object && !cue.wordObject && !naming ? kids.find((c) => tree.rel(c) === 'xcomp' && NOMINAL_TAGS.has(tree.upos[c]) && tree.subtreeRange(c)[0] === b + 1 && predicated(c)) : undefined;
  if (asObject !== undefined && !inverted) {
    subtree(tree, asObject, out);
    return out;
  }
  // "critics say funds could go to schools", "said the two men are from …": the reported clause's
  // subject read as the cue's object, with the clause's auxiliary or copula right after it hung elsewhere
  const rest = cue.indirect && obj > v && !inverted ? clauseAfterObject(tree, obj) : -1;
  if (rest >= 0) {
    const from = tree.subtreeRange(obj)[0];
    subtree(tree, obj, out);
    for (const x of clauseWithoutMain(tree, rest)) if (x >= from) out.add(x);
    return out;
  }
  if (cue.object && obj > v && !inverted && (!cue.wordObject || lex.nounCues.has(lower(tree, obj)))) {
    subtree(tree, obj, out);
    // "called the plan a disaster" (the predicate as xcomp, or as a second object), "accused X of lying",
    // "praised X for …", "described X as …"
    for (const x of kids) {
      if (x <= obj) continue;
      if (tree.rel(x) === 'xcomp' || tree.rel(x) === 'obj' || ((tree.baseRel(x) === 'obl' || tree.rel(x) === 'advcl') && /^(of|for|as)$/.test(tree.caseOf(x)))) subtree(tree, x, out);
      // "say the driver ignored the signal and refused …" with the reported clause read as the object's modifier
      else if (tenseConjunct(tree, v, x, out)) subtree(tree, x, out);
    }
    addComparison(tree, cue, v, out);
  }
  return out;
}

/**
 * "likened RT to the BBC", "compared legalizing X to supporting Y": a comparison cue's "to"/"with" phrase
 * after the content is part of it (what the object is likened to), also where the parser hung it on the cue.
 */
function addComparison(tree: Tree, cue: Cue, v: number, out: Set<number>): void {
  if (!cue.comparison || out.size === 0) return;
  const last = Math.max(...out);
  for (const x of tree.children(v)) {
    if (x <= last || !(tree.baseRel(x) === 'obl' || tree.rel(x) === 'advcl') || !/^(to|with)$/.test(tree.caseOf(x))) continue;
    // up to a comma, dash or semicolon after its head: an aside hung on it ("to “burning the
    // Constitution” - a charge that …", "to the BBC, which …") is not what the object is likened to
    const part = new Set<number>();
    subtree(tree, x, part);
    const spaced = (k: number) => tree.tokens[k].start > tree.tokens[k - 1].end;
    const aside = (k: number) => /^([,;\u2013\u2014]|--)$/.test(tree.tokens[k].text) || (tree.tokens[k].text === '-' && spaced(k));
    const stop = [...part].filter((k) => k > x && aside(k)).reduce((m, k) => Math.min(m, k), Infinity);
    for (const k of part) if (k < stop) out.add(k);
  }
}

/**
 * "said Canada's stand on the war | is appreciated": the reported clause's predicate the parser hung
 * outside the content that ends right before it (as the cue's parataxis or adverbial). It opens with an
 * auxiliary or copula right after the content's last word, and has no subject of its own: the content is
 * its subject. Its words from there on join the content (empty when there is no such predicate).
 */
function predicateAfter(tree: Tree, v: number, content: Set<number>): number[] {
  const e = Math.max(...content);
  const x = e + 1;
  if (e < v || x >= tree.size || tree.upos[e] === 'PUNCT' || tree.tokens[x].sentence !== tree.tokens[e].sentence) return [];
  const h = subjectlessPredicateAt(tree, x);
  if (h < 0 || content.has(h)) return [];
  // hung on the cue or above it, not inside the content
  for (let y = h; y >= 0; y = tree.head(y)) if (content.has(y)) return [];
  const rest = new Set<number>();
  subtree(tree, h, rest);
  return [...rest].filter((y) => y >= x);
}

/**
 * The predicate of a subjectless clause whose auxiliary or copula follows the object `obj` right after
 * its phrase ("funds | could go to …", "the two men | are from …"): -1 when there is none.
 */
function clauseAfterObject(tree: Tree, obj: number): number {
  const x = tree.subtreeRange(obj)[1] + 1;
  if (x >= tree.size || (tree.upos[obj] !== 'NOUN' && tree.upos[obj] !== 'PROPN')) return -1;
  return subjectlessPredicateAt(tree, x);
}

/** The predicate a clause opening at token x with its auxiliary or copula hangs from, when it has no
 * subject of its own (the words before x are its subject): -1 otherwise. */
function subjectlessPredicateAt(tree: Tree, x: number): number {
  if (tree.upos[x] !== 'AUX' || !/^(?:aux|aux:pass|cop)$/.test(tree.rel(x))) return -1;
  const h = tree.head(x);
  return h > x && !tree.hasOwnSubject(h) ? h : -1;
}

/**
 * The clause of `h` without a main clause the parser hung inside it, after a comma (a parataxis, or a
 * clause with its own subject that is no relative clause): "While she admitted costs were high, Lee noted …".
 */
function clauseWithoutMain(tree: Tree, h: number): Set<number> {
  const clause = new Set<number>();
  subtree(tree, h, clause);
  for (const x of [...clause]) {
    if (x === h || !clause.has(x)) continue;
    // its words open after a comma (and any quotation marks the parser gave it)
    let [lo] = tree.subtreeRange(x);
    while (lo > 0 && tree.upos[lo - 1] === 'PUNCT' && tree.tokens[lo - 1].text !== ',') lo--;
    let k = lo;
    while (k < x && tree.upos[k] === 'PUNCT') k++;
    const afterComma = tree.tokens[lo - 1]?.text === ',' || tree.tokens.slice(lo, k).some((t) => t.text === ',');
    const newClause = tree.rel(x) !== 'acl:relcl' && tree.hasOwnSubject(x) && afterComma;
    if (tree.rel(x) !== 'parataxis' && !newClause) continue;
    const cut = new Set<number>();
    subtree(tree, x, cut);
    for (let y = tree.tokens[lo - 1]?.text === ',' ? lo - 1 : lo; y < k; y++) cut.add(y);
    for (const y of cut) clause.delete(y);
  }
  return clause;
}

/** The source of a noun cue: "the ministry's claim", "a statement from the ministry", "X issued a statement". */
export function nounSource(tree: Tree, n: number): number {
  const poss = tree.child(n, 'nmod:poss');
  if (poss >= 0) return poss;
  const from = tree.children(n).find((c) => (tree.baseRel(c) === 'nmod' || tree.baseRel(c) === 'obl') && /^(from|by)$/.test(tree.caseOf(c)));
  if (from !== undefined) return from;
  const h = tree.head(n);
  if (h >= 0 && tree.rel(n) === 'obj' && ISSUE.has(tree.lemma(h))) {
    const s = tree.controlledSubject(h);
    if (s >= 0) return s;
  }
  // "In a statement announcing the pick, the union called …": the subject of the clause it frames
  if (h >= 0 && tree.baseRel(n) === 'obl' && /^(in|through|via)$/.test(tree.caseOf(n)) && tree.isPredicate(h)) {
    const s = tree.subject(h);
    if (s >= 0 && s !== n) return s;
  }
  const comp = tree.children(n).find((c) => tree.rel(c) === 'compound' && tree.upos[c] === 'PROPN');
  return comp ?? -1;
}

/**
 * The attribution noun a speech participle describes, through the conjuncts before it: "a statement
 * saying …", "a letter to the board stating …", "a statement expressing … and calling on …" (the
 * second participle coordinated with the first); -1 when the cue hangs on no noun cue.
 */
export function documentNoun(tree: Tree, lex: QuoteLexicon, v: number): number {
  let x = v;
  while (tree.rel(x) === 'conj' && tree.head(x) >= 0) x = tree.head(x);
  if (tree.hasOwnSubject(x) || tree.upos[x] !== 'VERB') return -1;
  const n = tree.head(x);
  if (tree.rel(x).startsWith('acl') && n >= 0) return lex.nounCues.has(lower(tree, n)) ? n : -1;
  // the participle hung elsewhere right after the document's phrase ("resigned in a letter to the
  // board stating, …" with "stating" read as parataxis): the noun whose phrase ends before it
  if (x !== v || !/ing$/.test(lower(tree, v)) || v === 0) return -1;
  for (let k = v - 1; k >= 0 && tree.subtreeRange(k)[1] === v - 1; k = tree.head(k)) {
    if (tree.upos[k] === 'NOUN' && lex.nounCues.has(lower(tree, k))) return k;
    if (tree.head(k) < 0 || tree.head(k) > v) break;
  }
  return -1;
}

/**
 * A noun cue word read as a noun: tagged NOUN, or tagged VERB with a determiner or possessor of its own
 * ("the union's claim that …", "a warning that …" when the tagger read the word as a verb: a verb takes
 * neither).
 */
function nounCueWord(tree: Tree, i: number): boolean {
  if (tree.upos[i] === 'NOUN') return true;
  return tree.upos[i] === 'VERB' && tree.children(i).some((c) => c < i && (tree.rel(c) === 'det' || tree.rel(c) === 'nmod:poss'));
}

function nominal(tree: Tree, i: number): boolean {
  return NOMINAL.has(tree.upos[i]) && !/^(that|which|what|this|it|there)$/i.test(tree.tokens[i].text);
}

/** A subjectless "-ing" participle set off by a comma: "…, saying …", "…, speaking of …". */
export function participleAfterComma(tree: Tree, v: number): boolean {
  if (!/ing$/.test(lower(tree, v)) || tree.upos[v] !== 'VERB' || tree.hasOwnSubject(v)) return false;
  const [lo] = tree.subtreeRange(v);
  return (lo < v && tree.tokens[lo].text === ',') || (lo === v && lo > 0 && tree.tokens[lo - 1].text === ',');
}

/** Sources of a verb cue: its subject (or by-agent), the controller of a participle, a noun cue's source. */
function verbSources(tree: Tree, lex: QuoteLexicon, v: number, skip: (i: number) => boolean): number[] {
  let s = passive(tree, v) ? tree.agent(v) : tree.subject(v);
  // "X said the talks had failed and warned that …": a second frame the parser coordinated inside the
  // reported clause is the frame speaker's, not the reported clause's subject's
  const h = tree.head(v);
  const reportedClause = (x: number) => tree.rel(x) === 'ccomp' && tree.head(x) >= 0 && verbCueAt(tree, lex, tree.head(x)) !== null;
  if (tree.rel(v) === 'conj' && !tree.hasOwnSubject(v) && h >= 0 && reportedClause(h) && secondFrame(tree, lex, v)) s = tree.subject(tree.head(h));
  // "X accused the council of trying to silence them and asserted that …" with the finite cue coordinated
  // with the infinitive inside the object's modifier: the cue is coordinated with the nearest finite verb
  // above, whose subject it shares
  if (tree.rel(v) === 'conj' && !tree.hasOwnSubject(v) && h >= 0 && tense(tree, v) === 'past' && (toMarked(tree, h) || /ing$/.test(lower(tree, h)))) {
    let x = h;
    while (x >= 0 && !(tree.upos[x] === 'VERB' && tense(tree, x) === 'past')) x = tree.head(x);
    if (x >= 0 && x !== h) {
      const xs = tree.subject(x);
      if (xs >= 0) s = xs;
    }
  }
  // a participle or infinitive on a noun that is not its doer: "X had choice words for Y, telling …",
  // "leaders used blunt language to denounce …": the subject of the clause the noun belongs to
  if (tree.rel(v) === 'acl' && s === tree.head(v) && !tree.hasOwnSubject(v)) {
    const [lo] = tree.subtreeRange(v);
    const participle = /ing$/.test(lower(tree, v)) && (tree.tokens[lo].text === ',' || (lo > 0 && tree.tokens[lo - 1].text === ','));
    const purpose = toMarked(tree, v);
    const host = tree.clause(tree.head(v));
    const hs = host >= 0 ? tree.subject(host) : -1;
    if ((participle || purpose) && hs >= 0 && hs !== tree.head(v) && !lex.nounCues.has(lower(tree, tree.head(v)))) s = hs;
  }
  // two subjects (a misparse of "X: Republicans said …"): the one nearest the cue; a time word read
  // as a subject ("Wells Fargo this month announced …") is none
  const subjects = tree.ownSubjects(v).filter((c) => !TEMPORAL.test(lower(tree, c)));
  if (s >= 0 && TEMPORAL.test(lower(tree, s))) s = subjects.length ? subjects[subjects.length - 1] : -1;
  if (subjects.length > 1 && !passive(tree, v)) s = subjects.reduce((x, y) => (Math.abs(y - v) < Math.abs(x - v) ? y : x));
  // "X — who has called for …": the noun right before the relative pronoun (the parser may hang the
  // relative clause on an earlier noun); a passive's relative pronoun is what is reported of, not its source
  const own = passive(tree, v) ? undefined : tree.ownSubjects(v)[0];
  const relative = own !== undefined && (/^(who|which)$/.test(tree.tokens[own].text) || (lower(tree, own) === 'that' && /relcl|^acl/.test(tree.rel(v))));
  if (own !== undefined && relative && subjects.length === 1) {
    let k = own - 1;
    while (k >= 0 && tree.upos[k] === 'PUNCT') k--;
    if (k >= 0 && tree.tokens[k].sentence === tree.tokens[own].sentence && (tree.upos[k] === 'PROPN' || tree.upos[k] === 'NOUN')) s = k;
  }
  // "…, saying …" / "…, adding that …": the participle's controller is the subject of the clause above
  // ("…, aside from saying …": up through a modifier the parser hung the participle on; "…,” said Ann
  // Lee, speaking of …" and "X has embraced the plan, warning that …" with the participle read as the
  // cue's complement or as parataxis). A quotation the participle is not in is someone's words, not the
  // frame: "X said: “…,” adding that …" with the participle hung on the quote's verb takes X. A
  // participle hung as parataxis on a reported clause ("X said Y had failed, adding …") is left to the
  // word-order reading.
  const rel = tree.rel(v);
  // "…, the agency reported, adding that …" with both the frame and the participle hung on the reported
  // clause: the participle's controller is the frame's subject, not the clause's
  if (s < 0 && h >= 0 && bareParticiple(tree, v)) {
    const [lo] = tree.subtreeRange(v);
    const comma = tree.tokens[lo].text === ',' ? lo : lo - 1;
    const frame = tree.children(h).find((f) => f < v && tree.subtreeRange(f)[1] === comma - 1 && verbCueAt(tree, lex, f) !== null && tree.hasOwnSubject(f));
    if (frame !== undefined) s = tree.subject(frame);
  }
  const participle = participleAfterComma(tree, v) && (rel === 'ccomp' || (rel === 'parataxis' && !reportedClause(h)));
  // a speech participle the parser hung as an adverbial on a reported clause ("X said Y had not done
  // enough, adding that …" with "adding" under "done") is left to the word-order reading, as parataxis is
  const lowParticiple = rel === 'advcl' && participleAfterComma(tree, v) && reportedClause(h);
  if (s < 0 && h >= 0 && !lowParticiple && (rel === 'advcl' || rel === 'xcomp' || rel === 'conj' || participle)) {
    let x = h;
    while (x >= 0 && skip(x) && !skip(v)) x = tree.head(x);
    for (let k = 0; x >= 0 && k < 3 && s < 0; x = tree.head(x), k++) {
      s = tree.subject(x);
      // two subjects, a content-first clause's read as a second one ("The mill will close, he said,
      // adding …"): the one after the clause's comma, nearest the frame's verb (not "X and Y had …")
      const own = tree.ownSubjects(x).filter((c) => c < v);
      const last = own[own.length - 1];
      if (own.length > 1 && range(own[0], last).some((k) => tree.tokens[k].text === ',' && tree.head(k) !== own[0])) s = last;
      if (tree.isPredicate(x)) break;
    }
  }
  if (s >= 0 && (documentNoun(tree, lex, v) === s || (lex.nounCues.has(lower(tree, s)) && tree.rel(v).startsWith('acl')))) {
    const ns = nounSource(tree, s);
    if (ns >= 0) s = ns;
  }
  // the parser took the speaker's name for the head of the frame ("Donald Trump, her opponent, bemoaned
  // … and said …" with the name as root; "Ann Lake, despite admitting that …" with the participle under
  // it, or under a title the name is an apposition of: "Senate Leader Ann Lake, despite conceding …" with
  // "Senate" the head)
  if ((s < 0 || !nominal(tree, s)) && h >= 0 && (tree.rel(v) === 'conj' || tree.rel(v) === 'acl' || tree.rel(v) === 'parataxis' || tree.rel(v) === 'advcl') && !tree.isPredicate(h)) {
    const name = tree.upos[h] === 'PROPN' ? h : tree.upos[h] === 'NOUN' ? (tree.children(h).find((c) => tree.rel(c) === 'appos' && tree.upos[c] === 'PROPN') ?? -1) : -1;
    if (name >= 0) s = name;
  }
  // the reported clause first and the speaker between a comma and the cue ("…, a spokesperson for the
  // ministry said."), the parser having hung the speaker's words elsewhere (as an apposition of a date
  // before the comma, on the reported clause): the phrase between the comma and the cue
  if (s < 0 && tree.children(v).some((c) => c < v && (tree.rel(c) === 'ccomp' || tree.rel(c) === 'parataxis'))) {
    const after = speakerAfterComma(tree, v);
    if (after) s = after.head;
  }
  // a dateline the parser took for the subject ("FLINT, Mich. (UPI) — The former president said …")
  const dash = datelineEnd(tree, v);
  if (s >= 0 && dash > s && dash < v - 1) s = tree.spanHead(dash + 1, v);
  if (s < 0 || !nominal(tree, s)) return [];
  // a relative clause after a list ("… a liar, racist and birther who pledged …") is said of the one
  // it follows, not distributed over the list
  if (relative) return [s];
  return tree.coordinated(s).filter((c) => nominal(tree, c));
}

/**
 * A naming cue ("call") that gives its object a predicate: a second object or a predicative after the
 * object ("called the plan a disaster", "called it “absurd”"), a predicative read as its only complement
 * ("called Lee a “champion”" with the object inside it, the passive "was called a liar"), or an object
 * that is the predicate of the "what" the cue's clause modifies ("what they call a crisis").
 */
function givesPredicate(tree: Tree, v: number): boolean {
  const kids = tree.children(v);
  const obj = tree.child(v, 'obj');
  if (kids.some((c) => c > v && tree.rel(c) === 'xcomp')) return true;
  if (obj < 0) return false;
  if (kids.some((c) => c > obj && tree.rel(c) === 'obj')) return true;
  // the predicate in quotation marks, however the parser hung it ("called the day “a celebration of …”",
  // "calls X ‘crazy system’"), or given elsewhere ("as the paper called them, …")
  const [lo, hi] = tree.subtreeRange(obj);
  for (let k = lo; k <= hi + 1 && k < tree.size; k++) if (isQuote(tree, k)) return true;
  if (asMarked(tree, v)) return true;
  const h = tree.head(v);
  return tree.rel(v) === 'acl:relcl' && h >= 0 && h < v && lower(tree, h) === 'what';
}

/** A participle with no subject of its own on a noun or set off after one ("a tool called X", "video
 * calling application", "…, called endorphins"): it names the noun. */
function namingParticiple(tree: Tree, v: number): boolean {
  if (tree.hasOwnSubject(v)) return false;
  const r = tree.rel(v);
  return r.startsWith('acl') || r === 'amod' || r === 'appos' || r === 'parataxis' || (r === 'conj' && !tree.isPredicate(tree.head(v))) || tree.tokens[v - 1]?.text === ',';
}

// (The two tests below are functions of their own so that no closure in treeAttributions' loop over every
// word captures its index or the opening frame, which would give every word a scope object.)

/** A "to"-infinitive clause on noun i after it ("his plan to close the plant"). */
function infinitiveAfter(tree: Tree, i: number): number | undefined {
  return tree.children(i).find((c) => c > i && tree.rel(c) === 'acl' && toMarked(tree, c));
}

/** Whether every word of `xs` is at or before `limit`. */
function allAtMost(xs: readonly number[], limit: number): boolean {
  return xs.every((s) => s <= limit);
}

/**
 * Every attribution of the document found on the tree. `skip(i)` marks tokens a cue may not be at
 * (inside a quotation).
 */
export function treeAttributions(tree: Tree, lex: QuoteLexicon, skip: (i: number) => boolean): TreeAttribution[] {
  const out: TreeAttribution[] = [];
  const according = lex.cuesByFirst.get('according')?.find((c) => c.phrase === 'according to');
  for (let i = 0; i < tree.size; i++) {
    if (skip(i)) continue;
    const w = lower(tree, i);
    if (w === 'according' && according && i + 1 < tree.size && lower(tree, i + 1) === 'to') {
      const r = accordingTo(tree, i);
      if (r) out.push({ cue: { cue: according, a: i, b: i + 1 }, ...r });
      continue;
    }
    const noun = lex.nounCues.get(w);
    if (noun && nounCueWord(tree, i)) {
      const content = new Set<number>();
      for (const c of tree.children(i)) {
        if (thatClause(tree, c)) subtree(tree, c, content);
      }
      if (!content.size) for (const x of thatAfter(tree, i)) content.add(x);
      // "his promise to cut taxes", "its plan to close the plant": an intention's infinitive
      if (!content.size) {
        let x = infinitiveAfter(tree, i);
        // …or hung on the verb whose object the noun is, right after the noun's phrase ("announced its
        // plan to close the plant" with "to close" an adverbial clause of "announced"), when the noun names
        // whose it is (a possessor, "by"/"from")
        const h = tree.head(i);
        if (x === undefined && h >= 0 && tree.rel(i) === 'obj' && nounSource(tree, i) >= 0) {
          const next = tree.subtreeRange(i)[1] + 1;
          x = tree.children(h).find((c) => (tree.rel(c) === 'advcl' || tree.rel(c) === 'xcomp') && toMarked(tree, c) && tree.subtreeRange(c)[0] === next);
        }
        if (x !== undefined) subtree(tree, x, content);
      }
      if (content.size) {
        const s = nounSource(tree, i);
        const cue: Cue = { phrase: noun, words: [w], indirect: true, thought: false, object: false, infinitive: false };
        const c = finish(tree, content);
        out.push({ cue: { cue, a: i, b: i }, sources: s >= 0 ? tree.coordinated(s) : [], content: c, intent: infinitival(tree, c) });
      }
      continue;
    }
    const m = verbCueAt(tree, lex, i);
    if (!m) continue;
    // an imperative reports nobody's words: the reader is told to imagine, feel, see or write ("Imagine
    // you are …", "Please write me …", "Don't worry if …")
    if (tree.isImperative(i)) {
      i = m.b;
      continue;
    }
    // a question put to the reader or the one interviewed reports nobody's words either: "Do you think
    // …?", "Why do I say …?", "has anyone considered that …?"; no one is said to hold the content. A question
    // about a third party's stance ("has he called for …?", "why would the mayor want …?") is kept
    if (tree.asksQuestion(i) && ASKED.has(lower(tree, tree.ownSubjects(i)[0]))) {
      i = m.b;
      continue;
    }
    // "a project called X", "the donor called him": a naming verb that gives its object no predicate,
    // as a participle on a noun or with a pronoun object, reports nothing; its other objects are left to
    // the caller ("called the police" against "called the hearing")
    let called: number | undefined;
    if (m.cue.predicate && !givesPredicate(tree, i)) {
      const obj = tree.child(i, 'obj');
      if (namingParticiple(tree, i) || obj < 0 || tree.upos[obj] === 'PRON') {
        i = m.b;
        continue;
      }
      called = obj;
    }
    // a reduced passive on a noun frames nothing: "The bill, supported by both parties, passed …", "the
    // book, written by a former member" (the agent supports or wrote the noun; no words are reported)
    if (tree.rel(i) === 'acl' && tree.child(i, 'obl:agent') >= 0 && !/ing$/.test(lower(tree, i))) {
      i = m.b;
      continue;
    }
    const set = verbContent(tree, lex, i, m.cue, m.b);
    pruneFrames(tree, lex, set, i);
    // an opening "In a statement announcing …," phrase: the participle's content ends at the phrase's
    // comma; the main clause's cues leave the phrase out, and take no source inside it
    const opening = openingNounFrame(tree, lex, i);
    if (opening) for (const x of set) if (i < opening.comma ? x <= m.b || x >= opening.comma : x <= opening.comma) set.delete(x);
    const content = m.cue.addressee ? withoutAddressee(tree, i, m.b, finish(tree, set)) : finish(tree, set);
    if (!content.length) {
      // the tree gave the cue nothing: a frame set off by commas may still be read off the words
      const framed = PARENTHETICAL.has(m.cue.phrase) && !/ing$/.test(lower(tree, i)) ? commaFrame(tree, lex, i, m.b, skip) : null;
      if (framed) {
        const own = verbSources(tree, lex, i, skip).filter((x) => x >= framed.speaker.a && x <= framed.speaker.b);
        out.push({ cue: m, sources: own.length ? own : [tree.spanHead(framed.speaker.a, framed.speaker.b + 1)], content: framed.content });
      }
      i = m.b;
      continue;
    }
    const whole = interruptingFrame(tree, lex, i, m, content, skip);
    if (whole) {
      content.splice(0, content.length, ...whole);
    }
    // a raising passive with no by-agent names no source (not the subject of a clause it is joined to)
    let sources = m.cue.raising && passive(tree, i) && tree.agent(i) < 0 ? [] : verbSources(tree, lex, i, skip);
    if (opening && i > opening.comma && sources.length && allAtMost(sources, opening.comma)) sources = tree.coordinated(opening.subject).filter((c) => nominal(tree, c));
    out.push({ cue: m, sources, content, intent: infinitival(tree, content), ...(called === undefined ? {} : { called }) });
    i = m.b;
  }
  return out;
}

/**
 * A frame set off by commas inside the sentence it reports ("If the plant closes, she added, the town
 * loses its largest employer"; "Even if the venture fails, Lee said, the work is done") whose content
 * the parser left on one side of it (the clause before the frame hung on the cue as a subordinate
 * clause or a fragment of its complement): the whole sentence without the frame, as read off the words,
 * when that reading holds every token of the tree's content; null otherwise.
 */
function interruptingFrame(tree: Tree, lex: QuoteLexicon, v: number, m: TreeAttribution['cue'], content: number[], skip: (i: number) => boolean): number[] | null {
  if (!PARENTHETICAL.has(m.cue.phrase) || /ing$/.test(lower(tree, v)) || !content.length) return null;
  const framed = commaFrame(tree, lex, v, m.b, skip);
  // the speaker before the cue: after it ("…, said Ann Lee, a fellow at …") the words after the comma are hers
  if (!framed || framed.speaker.b >= v) return null;
  const before = framed.content.filter((x) => x < framed.speaker.a);
  const after = framed.content.filter((x) => x > m.b);
  if (!before.some((x) => tree.upos[x] === 'VERB' || tree.upos[x] === 'AUX') || !after.length) return null;
  // what follows the frame is the reported clause or the host the frame interrupts, not the cue's own
  // adverbial or participle ("…, the ministry said, without naming anyone", "…, they said, adding that …")
  for (const x of after) {
    let c = x;
    while (tree.head(c) >= 0 && tree.head(c) !== v) c = tree.head(c);
    if (tree.head(c) === v && !COMPLEMENT.has(tree.rel(c)) && !continuedClause(tree, v, c)) return null;
  }
  const next = after[0];
  if (tree.upos[next] === 'VERB' && /ing$/.test(lower(tree, next)) && !tree.hasOwnSubject(next)) return null;
  // the tree's content on one side only, and all of it in the sentence's reading
  const oneSide = content.every((x) => x < v) || content.every((x) => x > v);
  const all = new Set(framed.content);
  if (!oneSide || !content.every((x) => all.has(x)) || framed.content.length <= content.length) return null;
  // a quotation after the frame is its own attribution ("The time had come, he said, “to heal …”")
  if (after.some((x) => skip(x))) return null;
  // a condition opening the sentence keeps its "if" (trimmed as a complementizer off a bare content)
  const [s0] = sentenceRange(tree, v);
  if (framed.content[0] === s0 + 1 && /^(if|whether)$/.test(lower(tree, s0))) return [s0, ...framed.content];
  return framed.content;
}

/** Words of a speaker phrase in a frame set off by commas ("a spokesperson for the ministry", "a union official at the table"). */
const FRAME_SPEAKER = new Set(['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM', 'ADP', 'PART']);
/** Words that may follow a frame's cue before its closing comma or the sentence end ("on Friday", "in an interview"). */
const FRAME_TAIL = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ', 'PRON']);
/** Most words of a comma frame's speaker phrase, and of the adverbials after its cue. */
const MAX_FRAME_WORDS = 8;
/** Cues that frame a whole sentence from between commas or at its end ("…, she said.", "…, he added, …"). */
const PARENTHETICAL = new Set(['say', 'tell', 'add', 'write', 'note', 'explain', 'argue', 'insist', 'claim', 'warn', 'recall', 'predict', 'report', 'state', 'acknowledge', 'concede', 'suggest', 'contend', 'maintain', 'testify', 'tweet']);
/** Prepositions of the adverbials a frame's cue may take before its closing comma ("on Friday", "in an interview", "to reporters"). */
const FRAME_ADP = new Set(['on', 'in', 'at', 'during', 'to', 'after', 'before', 'from', 'late', 'earlier']);

/**
 * A reporting frame set off by commas, read off the words for a cue the parser gave no content (the
 * frame's clause hung elsewhere, its words read as the cue's modifiers): "CLAUSE, police said.",
 * "CLAUSE, said a union official at the table.", "Too often, she said, CLAUSE." — the speaker phrase (nominal
 * words only) between the comma and the cue or right after a cue that follows the comma, then nothing but
 * adverbials up to a closing comma or the sentence end. The content is the rest of the sentence, which
 * must hold a verb; null when the words do not fit.
 */
function commaFrame(tree: Tree, lex: QuoteLexicon, v: number, b: number, skip: (i: number) => boolean): { speaker: { a: number; b: number }; content: number[] } | null {
  const [s0, s1] = sentenceRange(tree, v);
  let e = s1;
  while (e > s0 && tree.upos[e] === 'PUNCT' && !isQuote(tree, e)) e--;
  const words = (a: number, z: number, ok: Set<string>) => {
    for (let k = a; k <= z; k++) if (!ok.has(tree.upos[k]) || skip(k)) return false;
    return true;
  };
  let comma: number;
  let speaker: { a: number; b: number };
  let k: number;
  if (v - 1 > s0 && tree.tokens[v - 1].text === ',') {
    // "…, said a union official at the table"
    comma = v - 1;
    k = b + 1;
    while (k <= e && k - b <= MAX_FRAME_WORDS && FRAME_SPEAKER.has(tree.upos[k]) && !skip(k)) k++;
    if (k === b + 1 || tree.upos[k - 1] === 'ADP' || tree.upos[k - 1] === 'DET') return null;
    speaker = { a: b + 1, b: k - 1 };
  } else {
    // "…, police said", "…, a spokesperson for the ministry also said"
    let z = v - 1;
    while (z > s0 && (tree.upos[z] === 'ADV' || tree.upos[z] === 'AUX')) z--;
    let a = z;
    while (a > s0 && tree.tokens[a - 1].text !== ',' && z - a < MAX_FRAME_WORDS) a--;
    if (a <= s0 + 1 || tree.tokens[a - 1].text !== ',' || !words(a, z, FRAME_SPEAKER) || !nominal(tree, tree.spanHead(a, z + 1))) return null;
    comma = a - 1;
    speaker = { a, b: z };
    k = b + 1;
  }
  let close = k;
  while (close <= e && tree.tokens[close].text !== ',' && close - k < MAX_FRAME_WORDS) close++;
  if (close <= e && tree.tokens[close].text !== ',') return null;
  const tail = Math.min(close, e + 1) - 1;
  if (!words(k, tail, FRAME_TAIL)) return null;
  // after the cue only adverbs, time words and adverbial phrases ("on Friday", "in an interview"); the
  // addressee of "told" ("told reporters on Friday")
  let nominalOk = lower(tree, v) === 'told' || lower(tree, v) === 'tells' || lower(tree, v) === 'tell';
  for (let x = k; x <= tail; x++) {
    const u = tree.upos[x];
    if (u === 'ADP') nominalOk = FRAME_ADP.has(lower(tree, x));
    else if (u !== 'ADV' && u !== 'NUM' && !TEMPORAL.test(lower(tree, x)) && !nominalOk && !(u === 'DET' && x < tail && TEMPORAL.test(lower(tree, x + 1)))) return null;
    if (u === 'ADP' && !nominalOk) return null;
  }
  // a passive is said of its subject, not by it ("… was being told by X")
  if (passive(tree, v) || /^(be|been|being|is|was|were|are)$/.test(lower(tree, v - 1))) return null;
  // a subordinate clause alone before the frame is not what was said ("When he sold the mine, Ann Lee said.")
  if (close > e && /^(when|if|after|before|as|while|because|although|though|since|once|until|unless)$/.test(lower(tree, s0))) return null;
  // "…, he said, adding that …": a speech participle after the frame's comma is a second frame, not content
  const participle = close + 1 <= e && tree.upos[close + 1] === 'VERB' && /ing$/.test(lower(tree, close + 1)) && !tree.hasOwnSubject(close + 1) && verbCueAt(tree, lex, close + 1) !== null;
  const trimmed = finish(tree, new Set([...range(s0, comma - 1), ...(close <= e && !participle ? range(close + 1, e) : [])]));
  if (trimmed.length < 3 || !trimmed.some((x) => tree.upos[x] === 'VERB' || tree.upos[x] === 'AUX')) return null;
  return { speaker, content: trimmed };
}

/** Words that may stand between the preposition and the noun of an opening noun-cue phrase ("in a joint statement"). */
const OPENING_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/**
 * "In a statement announcing its choice, the guild called …", "In a letter explaining the decision, the
 * council told …": a sentence-opening phrase of a noun cue with a participle right after the noun,
 * closed by a comma before the main clause (a subject, then a verb). The parser often reads the
 * participle as the sentence's predicate and the main clause as its object's modifier or its
 * complement. For token i of such a sentence: the participle, the comma and the main clause's subject
 * (the head of the words between the comma and the first verb after it), or null.
 */
function openingNounFrame(tree: Tree, lex: QuoteLexicon, i: number): { participle: number; comma: number; subject: number } | null {
  const [s0, s1] = sentenceRange(tree, i);
  let a = s0;
  while (a < s1 && tree.upos[a] === 'PUNCT') a++;
  if (!/^(in|through|via)$/.test(lower(tree, a))) return null;
  let n = a + 1;
  while (n <= s1 && n <= a + 5 && !lex.nounCues.has(lower(tree, n))) {
    if (!OPENING_WORDS.has(tree.upos[n])) return null;
    n++;
  }
  const p = n + 1;
  if (n > a + 5 || p > s1 || tree.upos[n] !== 'NOUN' || tree.upos[p] !== 'VERB' || !/(ing|ed)$/.test(lower(tree, p))) return null;
  let comma = p + 1;
  while (comma <= s1 && tree.tokens[comma].text !== ',') comma++;
  let verb = comma + 1;
  while (verb <= s1 && tree.upos[verb] !== 'VERB' && tree.upos[verb] !== 'AUX' && tree.tokens[verb].text !== ',') verb++;
  if (verb > s1 || verb === comma + 1 || tree.tokens[verb].text === ',') return null;
  const subject = tree.spanHead(comma + 1, verb);
  return subject >= 0 && nominal(tree, subject) ? { participle: p, comma, subject } : null;
}

/** "According to X, CLAUSE" / "CLAUSE, according to X": X is the source, its clause the content. */
function accordingTo(tree: Tree, i: number): Omit<TreeAttribution, 'cue'> | null {
  let n = tree.rel(i) === 'case' || tree.rel(i) === 'mark' ? tree.head(i) : -1;
  if (n < 0) n = tree.children(i).find((c) => c > i + 1 && nominal(tree, c)) ?? -1;
  if (n < 0) return null;
  // a role read as a modifier of the name after it: the name ("according to the firm's spokesman Ana
  // Lopes" with "according" hung on "spokesman"); the name's phrase ends at its core (the parser may hang
  // the clause after it on the name)
  const named = phraseHead(tree, n);
  const lifted = named !== n;
  n = named;
  const h = tree.head(n);
  if (h === i) return null;
  const sources = tree.coordinated(n).filter((c) => nominal(tree, c));
  // set off at the edge of its sentence, the phrase attributes the whole rest of the sentence, however
  // the parser hung it: "According to X, CLAUSE." / "CLAUSE, according to X."
  const [s0, s1] = sentenceRange(tree, i);
  const [, nHi] = lifted ? tree.coreRange(n) : tree.subtreeRange(n);
  let a = s0;
  while (a < i && (tree.upos[a] === 'PUNCT' || tree.rel(a) === 'cc')) a++;
  if (a === i && nHi + 2 <= s1 && BREAK.test(tree.tokens[nHi + 1].text)) {
    const content = finish(tree, new Set(range(nHi + 2, s1)));
    return content.length >= 3 ? { sources, content } : null;
  }
  if (i - 1 > s0 && BREAK.test(tree.tokens[i - 1].text)) {
    const content = finish(tree, new Set(range(s0, i - 2)));
    return content.length >= 3 ? { sources, content } : null;
  }
  let set: Set<number>;
  if (h < 0) {
    // the source read as the sentence's root, the clause hung under it ("According to X, Y …")
    set = new Set<number>();
    for (const c of tree.children(n)) if (c > i + 1 && tree.isPredicate(c) && tree.upos[c] !== 'ADP') subtree(tree, c, set);
  } else set = without(tree, tree.isPredicate(h) ? h : tree.clause(h), lifted || n === tree.head(i) ? n : i);
  const content = finish(tree, set);
  if (content.length < 3) return null;
  return { sources, content };
}
