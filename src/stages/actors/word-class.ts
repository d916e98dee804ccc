// Looking words up in the word classes of the actors lexicon, one way for every rule that asks: a noun
// under the word and, where it carries a plural -s the lemma did not take off ("Advisers" opening a
// sentence, "aides" left as it is), its singular; the nouns that name a person by what they are to
// others (person, role and staff nouns: the staff rule, the quotes stage's owners of a speaker); and an
// organisation's or place's word, which makes a capitalised run a body's or a place's name.
import { PERSON_NOUNS } from './person-context.ts';
import type { Lexicon } from './registry.ts';

/** A word class: a set of lower-case words, or anything that answers `has`. */
export interface WordClass {
  has(word: string): boolean;
}

/** Whether lower-case `word`, or its singular when it ends in -s, is in the class ("aide", "aides"). */
export function singularIn(words: WordClass, word: string): boolean {
  return words.has(word) || (word.endsWith('s') && words.has(word.slice(0, -1)));
}

/** Nouns that name a person by role, kin, occupation, post or service ("doctor", "member", "aide"): lemmas. */
export function personNouns(lex: Lexicon): WordClass {
  return { has: (w) => PERSON_NOUNS.has(w) || lex.roleNoun.has(w) || lex.staffNoun.has(w) };
}

/** An organisation's or place's word of the lexicon, in any case ("Commission", "party", "City", "river"). */
export function orgOrPlaceWord(lex: Lexicon, word: string): boolean {
  const w = word.toLowerCase();
  return lex.orgWord.has(w) || lex.locWord.has(w);
}
