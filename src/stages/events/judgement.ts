// Judgements of an actor stated without a speech act verb (issue 15, helper judge): praise or criticism
// told as a predicate rather than with "praise"/"criticise".
//
// 1. Naming and describing: "the senator called the court's ruling outrageous", "the union described
//    Senator Lopez as a tireless advocate", "she called the mayor a hero": a verb of the lexicon sets
//    `naming-verb` or `describing-verb` with an object and a second, predicative phrase (an xcomp, an "as"
//    phrase, or the second of two objects, wherever the parser hung it). A word of the `criticism` set in
//    that predicate (its head or a modifier of it) makes the verb's subject ACCUSE the object; a word of the
//    `praise` set makes it SUPPORT (criticism wins when both occur: "a proven liar"). The object stands for
//    its actor or, for a thing, its possessor ("the court's ruling" -> the court).
// 2. Praise in attributed speech: 'Smith said the minister is a proven negotiator', '"She is a champion of
//    our farmers," he said': a `praise` word that is (or modifies) the predicate of a copular clause inside
//    a quote or an indirect attribution whose speaker is an actor makes the speaker SUPPORT the clause's
//    subject or its possessor. (Criticism in attributed speech is criticism.ts's.)
// Both need the judged party to name a registry actor (a person, an organisation, a country): a general
// praise of no one ("the weather was great", "the deal was a success") codes nothing. A negated predicate
// or verb ("was not a hero", "did not call him a liar") codes nothing; so do a thing pronoun or a first
// person as the judged one and a judgement of the speaker's own actor.
import type { Tree } from '../../doc/tree.ts';
import type { EventParty } from '../../doc/types.ts';
import { inQuoteContent } from '../../doc/doc.ts';
import type { Candidate, MatchContext } from './match.ts';
import { placedInArticle, quoteAt, triggerSpan } from './match.ts';
import type { Lexicon } from './lexicon.ts';
import type { Pattern } from './patterns.ts';
import { inSaidQuote, resolveNP, saidQuotes, speakerAt } from './parties.ts';
import { nodeNP } from './tree-args.ts';
import { sameParty } from './same-party.ts';
import { groupMode, type BaseMode } from './mode.ts';
import { FIRST_PERSON, THING_PRONOUNS as SPOKEN_THING_PRONOUNS, addSpokenJudgement, isCriticism } from './criticism.ts';

// (criticism.ts's, and the indefinite ones a judgement may take: "called something brilliant")
const THING_PRONOUNS = new Set([...SPOKEN_THING_PRONOUNS, 'something', 'everything', 'nothing']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const JUDGING_POS = new Set(['ADJ', 'NOUN']);
// Relations of a naming verb's arguments: the object and the predicate the parser may hang either way
// ("called Haley/xcomp a champion/obj", "called the ruling/advcl outrageous/xcomp").
const ARG_RELS = new Set(['obj', 'iobj', 'xcomp', 'advcl', 'ccomp', 'obl']);
// What keeps a word part of a predicate phrase ("a tireless advocate", "reckless and dangerous", "world class").
const PHRASE_RELS = new Set(['amod', 'conj', 'compound']);

export type Polarity = 'praise' | 'criticism';

/** Whether the word at w is negated in its phrase: "not a hero", "no hero", "never honest". */
function negatedWord(tree: Tree, w: number): boolean {
  if (tree.isNegated(w)) return true;
  return tree.children(w).some((c) => {
    const t = tree.tokens[c].text.toLowerCase();
    return (tree.baseRel(c) === 'det' && t === 'no') || (tree.baseRel(c) === 'advmod' && (t === 'never' || tree.isNegated(c)));
  });
}

/** Whether a question mark follows token i in its sentence ("Is she qualified?", "Would you call him a hero?"). */
function asked(a: MatchContext['a'], i: number): boolean {
  for (let k = i + 1; k < a.sentEnd[a.tokens[i].sentence]; k++) if (a.tokens[k].text === '?') return true;
  return false;
}

/** The words of the predicate phrase headed by p: p, its adjectives and its conjuncts (with theirs). */
function predicateWords(tree: Tree, p: number): number[] {
  const out = [p];
  for (let i = 0; i < out.length && out.length < 12; i++) {
    for (const c of tree.children(out[i])) if (PHRASE_RELS.has(tree.baseRel(c)) && !out.includes(c)) out.push(c);
  }
  return out;
}

/** A praise word, also written as two words the parser compounds ("world class" for "world-class"). */
function isPraise(tree: Tree, lex: Lexicon, w: number): boolean {
  if (lex.has('praise', tree.lemma(w)) || lex.has('praise', tree.tokens[w].text.toLowerCase())) return true;
  return tree.children(w, 'compound').some((c) => c === w - 1 && lex.has('praise', `${tree.tokens[c].text}-${tree.tokens[w].text}`.toLowerCase()));
}

/** The polarity of a predicate phrase: criticism if any of its words is one, else praise, else null. */
export function polarityOf(tree: Tree, lex: Lexicon, p: number): Polarity | null {
  const words = predicateWords(tree, p).filter((w) => JUDGING_POS.has(tree.upos[w]));
  if (words.some((w) => negatedWord(tree, w))) return null;
  if (words.some((w) => isCriticism(lex, tree.lemma(w), tree.tokens[w].text))) return 'criticism';
  if (words.some((w) => isPraise(tree, lex, w))) return 'praise';
  return null;
}

/** The judged node and the predicate node of a naming verb v, or null. */
export function namingArguments(tree: Tree, v: number): { judged: number; predicate: number } | null {
  const args = tree.children(v).filter((c) => c > v && ARG_RELS.has(tree.baseRel(c)) && (tree.baseRel(c) !== 'obl' || ['as', ''].includes(tree.caseOf(c))));
  if (!args.length) return null;
  // "is describing as 'unhinged' a tweet by X": the "as" predicate before a later object.
  const obj = args.find((c) => tree.baseRel(c) === 'obj');
  if (tree.baseRel(args[0]) === 'obl' && obj !== undefined && NOMINAL.has(tree.upos[obj])) return { judged: obj, predicate: args[0] };
  const judged = args[0];
  if (!NOMINAL.has(tree.upos[judged]) || tree.baseRel(judged) === 'obl') return null;
  // The predicate: a later argument of the verb, else an xcomp, an "as" phrase or an apposition (a quoted
  // name: 'called Haley "a proven negotiator"') the parser hung on the object.
  const later = args.find((c) => c > judged && (tree.baseRel(c) !== 'ccomp'));
  const onObject = tree.children(judged).find((c) => c > judged && (tree.baseRel(c) === 'xcomp' || tree.baseRel(c) === 'appos' || (['nmod', 'obl', 'acl'].includes(tree.baseRel(c)) && tree.caseOf(c) === 'as')));
  const predicate = later ?? onObject ?? -1;
  if (predicate < 0) return null;
  if (tree.baseRel(predicate) === 'obl' && tree.caseOf(predicate) !== 'as') return null;
  return { judged, predicate };
}

/** The registry parties a judged node names: itself (each conjunct), else its possessor's. */
function judgedParties(ctx: MatchContext, tree: Tree, n: number): EventParty[] | null {
  const { a, idx } = ctx;
  const text = a.tokens[n].text.toLowerCase();
  if (FIRST_PERSON.has(text) || THING_PRONOUNS.has(text)) return null;
  const out: EventParty[] = [];
  for (const c of tree.coordinated(n)) {
    const r = resolveNP(a, idx, nodeNP(a, tree, c));
    if (r?.party.actor) out.push(r.party);
  }
  if (out.length) return out;
  const poss = tree.possessor(n);
  if (poss >= 0 && !FIRST_PERSON.has(a.tokens[poss].text.toLowerCase())) {
    const r = resolveNP(a, idx, nodeNP(a, tree, poss));
    if (r?.party.actor) return [r.party];
  }
  return null;
}

/** SUPPORT (praise) and ACCUSE (criticism) candidates of naming and describing verbs. */
function namingCandidates(ctx: MatchContext, praise: Pattern, criticism: Pattern | null): Candidate[] {
  const { a, tree, idx, quotes } = ctx;
  if (!tree) return [];
  const out: Candidate[] = [];
  for (let v = 0; v < a.tokens.length; v++) {
    const t = a.tokens[v];
    if (tree.upos[v] !== 'VERB' || !(a.lex.has('naming-verb', t.lemma) || a.lex.has('describing-verb', t.lemma))) continue;
    // A passive or a participle on a noun names ("a group called X", "is called a tracker"): no judge.
    if (tree.isPassive(v) || tree.sharesPassive(v) || tree.baseRel(v) === 'acl' || tree.baseRel(v) === 'amod') continue;
    if (tree.isNegated(v) || asked(a, v)) continue;
    const s = tree.subject(v);
    if (s < 0 || tree.baseRel(s) !== 'nsubj') continue;
    const args = namingArguments(tree, v);
    if (!args) continue;
    const polarity = polarityOf(tree, a.lex, args.predicate);
    const pattern = polarity === 'praise' ? praise : polarity === 'criticism' ? criticism : null;
    if (!pattern) continue;
    const sr = resolveNP(a, idx, nodeNP(a, tree, s));
    if (!sr?.party.actor || FIRST_PERSON.has(a.tokens[s].text.toLowerCase())) continue;
    const targets = judgedParties(ctx, tree, args.judged);
    if (!targets) continue;
    const g = a.groupAt.get(v);
    const mode: BaseMode = g ? groupMode(a, g) : 'asserted';
    if (mode === 'negated') continue;
    const q = quoteAt(quotes, t.start);
    for (const target of targets) {
      if (sameParty(target, sr.party, a.tokens, tree)) continue;
      out.push({ pattern, source: placedInArticle(ctx, { ...sr.party }), target: placedInArticle(ctx, target), trigger: triggerSpan(ctx, v, v), triggerToken: v, sentence: t.sentence, baseMode: mode, quote: q >= 0 ? q : null });
    }
  }
  return out;
}

/** SUPPORT candidates, source the speaker, for praise predicates inside attributed speech. */
function spokenPraise(ctx: MatchContext, praise: Pattern): Candidate[] {
  const { a, tree, quotes, idx } = ctx;
  if (!tree) return [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const said = saidQuotes(quotes);
  if (!said.length) return out;
  for (let w = 0; w < a.tokens.length; w++) {
    const t = a.tokens[w];
    if (!JUDGING_POS.has(tree.upos[w]) || !inSaidQuote(said, t.start) || !isPraise(tree, a.lex, w)) continue;
    // The word is the copular predicate or an adjective (conjunct) of it.
    let p = w;
    while (p >= 0 && PHRASE_RELS.has(tree.baseRel(p)) && !tree.isCopular(p)) p = tree.head(p);
    if (p < 0 || !tree.isCopular(p)) continue;
    if (polarityOf(tree, a.lex, p) !== 'praise' || tree.isNegated(p) || asked(a, w)) continue;
    const spoken = speakerAt(idx, quotes, t.start, ctx.doc.layers.sentences![t.sentence]);
    if (!spoken) continue;
    const { q: qi, party: source } = spoken;
    // "the envoy will be a superb mediator", "she would be a great governor": the praise is said now, whatever the
    // predicate's tense; not in a condition ("if he is honest") nor as advice ("would be wise to wait").
    const g = a.groupAt.get(p);
    const mode: BaseMode = g ? groupMode(a, g) : 'asserted';
    if (mode === 'negated') continue;
    // (a conditional or a question opens no judgement: "if he is honest", "whether she is qualified")
    if (tree.markedBy(p, (m) => a.lex.has('condition', m))) continue;
    if (mode !== 'asserted' && tree.children(w, 'xcomp').length) continue;
    const s = tree.subject(p);
    if (s < 0 || !inQuoteContent(quotes[qi], a.tokens[s].start)) continue;
    const targets = judgedParties(ctx, tree, s);
    if (!targets) continue;
    // (judgedParties gives parties with an actor only)
    for (const target of targets) if (!sameParty(target, source, a.tokens, tree)) addSpokenJudgement(ctx, out, seen, praise, qi, source, target, w);
  }
  return out;
}

/** Praise and criticism stated as judgements (see the header). */
export function judgementCandidates(ctx: MatchContext, praise: Pattern | null, criticism: Pattern | null): Candidate[] {
  if (!praise) return [];
  return [...namingCandidates(ctx, praise, criticism), ...spokenPraise(ctx, praise)];
}
