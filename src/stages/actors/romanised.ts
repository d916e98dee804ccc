// Chinese and Korean given names of two syllables written with a hyphen and the second syllable in
// lower case ("Chan Tai-man", "Moon Jae-in", "Lee Teng-hui"). The tokens stage splits them into
// `Tai` `-` `man`; the second syllable is a lower-case word that ended a name run and that the tagger
// reads as a common noun. The syllables are read from the lexicon classes `syllable-onset` and
// `syllable-rhyme` (knowledge/actors/lexicon.yaml).
import type { Token } from '../../doc/types.ts';
import { hyphenJoined } from '../../doc/doc.ts';
import type { Lexicon } from './registry.ts';

/** The lexicon's syllable classes, which is all these functions read of it. */
export type Syllables = Pick<Lexicon, 'syllableOnset' | 'syllableRhyme'>;

/** Whether the lower-case `w` is one romanised syllable: an onset of the lexicon (or none) and a rhyme. */
export function romanisedSyllable(w: string, lex: Syllables): boolean {
  if (w.length === 0 || w.length > 6) return false;
  for (let k = 0; k <= 3 && k < w.length; k++) {
    if (k > 0 && !lex.syllableOnset.has(w.slice(0, k))) continue;
    if (lex.syllableRhyme.has(w.slice(k))) return true;
  }
  return false;
}

/**
 * Whether token j is the lower-case second syllable of a hyphenated given name after a family name
 * ("Cheng Chung-tai": `tai`): glued by a hyphen to a capitalised syllable, which follows a capitalised
 * word after a space in the same sentence; both syllables romanised, and no further hyphen glued on
 * ("a Kung-fu-style …" is no name).
 */
export function givenNameTail(tokens: readonly Token[], j: number, lex: Syllables): boolean {
  if (j < 3 || !hyphenJoined(tokens, j - 2)) return false;
  const tail = tokens[j];
  const head = tokens[j - 2];
  const family = tokens[j - 3];
  if (!/^\p{Ll}+$/u.test(tail.text) || !/^\p{Lu}\p{Ll}*$/u.test(head.text) || !/^\p{Lu}\p{Ll}+$/u.test(family.text)) return false;
  if (family.sentence !== tail.sentence || family.end === head.start) return false;
  if (j + 1 < tokens.length && tokens[j + 1].text === '-' && tokens[j + 1].start === tail.end) return false;
  return romanisedSyllable(tail.text, lex) && romanisedSyllable(head.text.toLowerCase(), lex);
}

/**
 * The word forms the trained models (the tagger and parser, the entity tagger) read for tokens [s, e):
 * the tokens' texts, with such a second syllable capitalised ("Chung-Tai"), as they saw in training the
 * names whose every part is capitalised ("Kim Min-Woo"); the tokens themselves keep the text.
 */
export function modelForms(tokens: readonly Token[], s: number, e: number, lex: Syllables | null): string[] {
  const forms = new Array<string>(e - s);
  for (let k = s; k < e; k++) {
    const w = tokens[k].text;
    forms[k - s] = lex && k >= s + 3 && w.charCodeAt(0) >= 97 && givenNameTail(tokens, k, lex) ? w[0].toUpperCase() + w.slice(1) : w;
  }
  return forms;
}
