// Criticism in reported speech: "X said the states were exaggerating the rule's reach", "Y called the
// test a reckless provocation": the speaker of a quote or an indirect attribution ACCUSEs the actor whom
// its content judges with a word of the lexicon's `criticism` set — the subject of the clause holding the
// word (each conjunct of it; the doer of a passive: "were misled by Z"), or the possessor of that word or
// of that subject ("Z's reckless actions", "Z's regime is corrupt"); a claim it calls false ("Z's claims
// were false", "baseless allegations") is a denial, not criticism of the claim's subject, and codes
// nothing here. The structure comes from the dependency tree; the speaker from the quotes stage.
import type { Tree } from '../../doc/tree.ts';
import type { EventParty } from '../../doc/types.ts';
import { inQuoteContent } from '../../doc/doc.ts';
import type { Candidate, MatchContext } from './match.ts';
import { placedInArticle, triggerSpan } from './match.ts';
import type { Lexicon } from './lexicon.ts';
import type { Pattern } from './patterns.ts';
import { inSaidQuote, resolveNP, saidQuotes, speakerAt } from './parties.ts';
import { nodeNP } from './tree-args.ts';
import { sameParty } from './same-party.ts';
import { pastStems } from './participle-verbs.ts';

export const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our', 'myself', 'ourselves']);
export const THING_PRONOUNS = new Set(['it', 'this', 'that', 'these', 'those', 'which', 'what']);
const JUDGING_POS = new Set(['ADJ', 'NOUN', 'VERB', 'ADV']);

// Relations that keep a word part of its clause's own predication ("reckless and dangerous", "a deeply
// corrupt regime"); an oblique or nominal modifier brings in other participants ("condemned X for
// abuses", "his work on corruption") and breaks the path, and an object judges the subject only under a
// verb of the `criticism-carrier` set ("spread lies", "displayed complete disregard"; not "faced abuse",
// "deter aggression").
const MODIFIER = new Set(['amod', 'advmod', 'conj', 'compound', 'flat']);

/** Whether the criticism word at w qualifies the predication of its clause p (see MODIFIER). */
function qualifiesClause(tree: Tree, lex: Lexicon, w: number, p: number): boolean {
  for (let k = w; k !== p; k = tree.head(k)) {
    if (k < 0) return false;
    const rel = tree.baseRel(k);
    if (MODIFIER.has(rel)) continue;
    if (rel === 'obj' && tree.head(k) === p && lex.has('criticism-carrier', tree.lemma(p))) continue;
    return false;
  }
  return true;
}

/** The nodes that may name whom the word at w judges, nearest first. */
function judgedNodes(tree: Tree, lex: Lexicon, w: number): number[] {
  const out: number[] = [];
  const poss = phrasePossessor(tree, w);
  if (poss >= 0) out.push(poss);
  const p = tree.clause(w);
  if (!qualifiesClause(tree, lex, w, p)) return out;
  // A passive verb judges its doer, not the subject it was done to ("were misled by Z" judges Z).
  // (The parser reads some progressives as passives, "was spreading lies": an -ing verb keeps its subject.)
  const passive = (tree.isPassive(p) || tree.sharesPassive(p)) && !/ing$/i.test(tree.tokens[p].text);
  const s = passive ? tree.sharedAgent(p) : tree.subject(p);
  if (s >= 0) {
    out.push(s);
    const poss = tree.possessor(s);
    if (poss >= 0) out.push(poss);
  }
  return out;
}

/**
 * The possessor of the phrase the word belongs to: of the word itself ("Z's provocation") or of the noun
 * it qualifies ("Z's reckless actions"); -1 when none.
 */
function phrasePossessor(tree: Tree, w: number): number {
  if (tree.upos[w] === 'NOUN') return tree.possessor(w);
  if (tree.upos[w] === 'ADJ' && tree.baseRel(w) === 'amod') return tree.possessor(tree.head(w));
  return -1;
}

/**
 * The claim a criticism word judges false ("the reports were false", "baseless allegations"): the word's
 * noun or its clause's subject when that is a `claim-noun`, else -1.
 */
function judgedClaim(tree: Tree, lex: Lexicon, w: number): number {
  if (tree.baseRel(w) === 'amod' && lex.has('claim-noun', tree.lemma(tree.head(w)))) return tree.head(w);
  const p = tree.clause(w);
  const s = tree.subject(p);
  return s >= 0 && lex.has('claim-noun', tree.lemma(s)) && qualifiesClause(tree, lex, w, p) ? s : -1;
}

/** A criticism word, also as a past participle the tagger left unlemmatised ("exaggerated", "misled"). */
export function isCriticism(lex: Lexicon, lemma: string, text: string): boolean {
  return lex.has('criticism', lemma) || pastStems(text).some((s) => lex.has('criticism', s));
}

/**
 * The candidate "the speaker of quote q judges target" at word w (ACCUSE for criticism, SUPPORT for
 * praise), asserted: the judgement is said, whatever it is about. Once per quote and target (`seen`).
 */
export function addSpokenJudgement(ctx: MatchContext, out: Candidate[], seen: Set<string>, pattern: Pattern, q: number, source: EventParty, target: EventParty, w: number): void {
  const key = `${q}|${target.actor ?? target.country}`;
  if (seen.has(key)) return;
  seen.add(key);
  out.push({ pattern, source: placedInArticle(ctx, { ...source }), target: placedInArticle(ctx, target), trigger: triggerSpan(ctx, w, w), triggerToken: w, sentence: ctx.a.tokens[w].sentence, baseMode: 'asserted', quote: null });
}

/** ACCUSE candidates, source the speaker, for the criticism words inside attributed speech. */
export function criticismCandidates(ctx: MatchContext, pattern: Pattern): Candidate[] {
  const { a, tree, quotes, idx } = ctx;
  if (!tree) return [];
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const said = saidQuotes(quotes);
  if (!said.length) return out;
  for (let w = 0; w < a.tokens.length; w++) {
    const t = a.tokens[w];
    if (!JUDGING_POS.has(t.pos) || !inSaidQuote(said, t.start) || !isCriticism(a.lex, t.lemma, t.text)) continue;
    const spoken = speakerAt(idx, quotes, t.start, ctx.doc.layers.sentences![t.sentence]);
    if (!spoken) continue;
    const { q, party: source } = spoken;
    const quote = quotes[q];
    const p = tree.clause(w);
    // "not reckless", also through a degree word ("no more biased than others", "not so corrupt").
    if (tree.isNegated(p) || tree.isNegated(w) || tree.children(w, 'advmod').some((c) => tree.isNegated(c))) continue;
    // A claim called false is denied, not its subject accused (the REJECT of its author was tried and
    // measured: one firing in 283 real-news articles, with the wrong speaker).
    if (judgedClaim(tree, a.lex, w) >= 0) continue;
    const own = phrasePossessor(tree, w);
    for (const n of judgedNodes(tree, a.lex, w)) {
      // A partial quote may open inside the judged phrase ('X's latest "provocation …"', 'what Y called
      // X's "reckless" actions'): the phrase's own possessor is judged though the quote leaves it out.
      if (!inQuoteContent(quote, a.tokens[n].start) && !(n === own && a.tokens[n].sentence === t.sentence)) continue;
      if (FIRST_PERSON.has(a.tokens[n].text.toLowerCase())) break;
      // "calling it dangerous": a thing pronoun mostly stands for the act judged, not for an actor.
      if (THING_PRONOUNS.has(a.tokens[n].text.toLowerCase())) break;
      // "X and Y were reckless" judges both: one record per conjunct of a judged subject.
      const targets: EventParty[] = [];
      for (const c of tree.isSubject(n) ? tree.coordinated(n) : [n]) {
        const r = resolveNP(a, idx, nodeNP(a, tree, c));
        if (r && (r.party.actor || r.party.country) && !(r.party.actor && sameParty(r.party, source, a.tokens, tree))) targets.push(r.party);
      }
      if (!targets.length) {
        const r = resolveNP(a, idx, nodeNP(a, tree, n));
        if (r?.party.actor && sameParty(r.party, source, a.tokens, tree)) break;
        continue;
      }
      for (const target of targets) addSpokenJudgement(ctx, out, seen, pattern, q, source, target, w);
      break;
    }
  }
  return out;
}
