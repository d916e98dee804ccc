// Names a coordination joins: a capitalised run "A and B" is two names when the tree coordinates B with
// the run's head ("Quebec City and Halifax", "the Transportation Department and NHTSA", "Ana Lopes and
// Tomas Berg"), and one name when the coordination lies inside it, under its head ("the Securities and
// Exchange Commission": "Exchange" is a conjunct of "Securities"), or follows a lower-case word ("the
// Department of Health and Human Services", "the Institute of Business and Law"), whatever the parser
// hung it on. "&" joins the names of one firm ("Procter & Gamble") and is left alone.
// The tagger's spans are cut there; a rules' guess is cut when its first conjunct ends on an
// organisation or place word (the recogniser ran on through "and" for that word), each piece read again
// by the recogniser; a piece it finds no type for keeps the whole's.
import type { Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import type { ActorIndex } from './registry.ts';
import type { Cand, Recognizer } from './recognize.ts';
import type { TaggedSpan } from './entity-tagger.ts';
import { givenNameTail, type Syllables } from './romanised.ts';
import { orgOrPlaceWord } from './word-class.ts';

/** An organisation or place word of the lexicon ("commission", "city"). */
const nameWord = (ix: ActorIndex) => (w: string) => orgOrPlaceWord(ix.lexicon, w);

const isGuess = (c: Cand) => c.type === 'unknown' && !c.alias && !c.parent;

/** Where tokens [a, b) split at a coordinating "and"/"or" between two names: the conjunction's index, or -1. */
export function coordinationSplit(tree: Tree, tokens: Token[], a: number, b: number, closesName: (word: string) => boolean, syllables: Syllables | null = null): number {
  const head = tree.spanHead(a, b);
  for (let k = a + 1; k < b - 1; k++) {
    if (!/^(?:and|or)$/.test(tokens[k].text)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(tokens[k + 1].text)) continue;
    // (a given name's second syllable in lower case is a name's word: "Chan Tai-man and Ana Lopes")
    if (tokens.slice(a, k).some((t, i) => /^\p{Ll}/u.test(t.text) && !(syllables && givenNameTail(tokens, a + i, syllables)))) return -1;
    const left = tree.spanHead(a, k);
    let right = tree.spanHead(k + 1, b);
    // "A and B's C": B the possessor of a conjunct of A after the span, which reads as that conjunct
    if (tree.rel(right) === 'nmod:poss' && tree.head(right) >= b) right = tree.head(right);
    // B a conjunct of A, or both conjuncts of an earlier name ("C, A and B": UD hangs both on C)
    if (left !== head || tree.baseRel(right) !== 'conj') continue;
    if (tree.head(right) !== left && !(tree.baseRel(left) === 'conj' && tree.head(right) === tree.head(left))) continue;
    // one word before the conjunction and an organisation or place word closing the run: that word
    // names the whole ("the Securities and Exchange Commission", "the Food and Drug Administration")
    if (k === a + 1 && closesName(tokens[b - 1].text.toLowerCase())) return -1;
    return k;
  }
  return -1;
}

/** The tagger's spans cut at the coordinations of two names, each piece with the span's type and
 * margin; a one-word piece with margin 0 ("Nano and Shuffle", a name's last word "Clinton and …"): it
 * keeps the rules' guesses under it from being dropped as unseen, and adds or changes nothing. */
export function cutTagged(tree: Tree | null, tokens: Token[], spans: TaggedSpan[], ix: ActorIndex): TaggedSpan[] {
  if (!tree) return spans;
  const closesName = nameWord(ix);
  const out: TaggedSpan[] = [];
  const cut = (x: TaggedSpan, piece: boolean) => {
    const k = coordinationSplit(tree, tokens, x.a, x.b, closesName, ix.lexicon);
    if (k >= 0) {
      cut(Object.assign({}, x, { b: k }), true);
      cut(Object.assign({}, x, { a: k + 1 }), true);
    } else out.push(!piece || x.b - x.a > 1 ? x : Object.assign({}, x, { margin: 0 }));
  };
  for (const x of spans) cut(x, false);
  return out;
}

/**
 * The candidates with every guessed name that runs through a coordination after an organisation or
 * place word cut into its conjuncts (a new list, in order).
 */
export function splitCoordinated(tree: Tree | null, text: string, tokens: Token[], cands: Cand[], recognizer: Recognizer, ix: ActorIndex): Cand[] {
  if (!tree) return cands;
  const out: Cand[] = [];
  const closesName = nameWord(ix);
  for (const c of cands) {
    const k = isGuess(c) ? coordinationSplit(tree, tokens, c.a, c.b, closesName) : -1;
    if (k < 0 || !closesName(tokens[k - 1].text.toLowerCase())) {
      out.push(c);
      continue;
    }
    for (const [a, b] of [[c.a, k], [k + 1, c.b]]) {
      // the recogniser's reading of the piece when it reads it whole with a type, else the whole's
      const own = recognizer.sentence(text, tokens, a, b);
      const whole: Cand = Object.assign({}, c, { a, b });
      const piece = own.length === 1 && own[0].a === a && own[0].b === b && own[0].label !== 'ROLE' && (own[0].type !== 'unknown' || own[0].guess !== undefined) ? own[0] : whole;
      out.push(...splitCoordinated(tree, text, tokens, [piece], recognizer, ix));
    }
  }
  return out;
}
