// "John Smith, 26, of Toronto, was arrested", "Daniel Roe, 19, a member of the church all his life, was
// arrested": local news brackets a subject's age, home town or description between commas before the
// verb. Word order (the chunker) then takes the last phrase before the verb — the age "26" or the
// apposition — for the subject, and a number names no one, so the event was lost. The tree hangs those
// phrases on the subject's head (appos, nummod, amod, nmod); where the chunker's pick lies inside such an
// appendage of the tree's subject, the tree's subject is the subject.
import type { Tree } from '../../doc/tree.ts';
import type { Analysis, NP } from './chunks.ts';

const APPENDAGE = new Set(['appos', 'nummod', 'amod', 'nmod']);
const HOME = new Set(['of', 'from']);

/** Whether token `c` lies inside a comma-bracketed appendage (age, apposition, of-phrase) of the subject
 * phrase spanning tokens `start`…`end - 1`. */
export function appendedToSubject(tree: Tree, start: number, end: number, c: number): boolean {
  if (c < end) return false;
  const inSubject = (h: number) => h >= start && h < end;
  // Climb from c to the node whose head is in the subject phrase.
  let x = c;
  let guard = 0;
  while (x >= 0 && !inSubject(tree.head(x)) && guard++ < 50) x = tree.head(x);
  if (x < 0 || !inSubject(tree.head(x)) || !APPENDAGE.has(tree.baseRel(x))) return false;
  // A home town ("of Toronto", "from Sydney"), not a list of members ("unions, including X and Y, endorsed":
  // the members named are the doers word order reads).
  if (tree.baseRel(x) === 'nmod' && !HOME.has(tree.caseOf(x))) return false;
  // Bracketed: a comma opens the appendage (the parser may hang it inside the appendage's subtree).
  const [lo] = tree.subtreeRange(x);
  return lo >= end && (tree.tokens[lo].text === ',' || tree.tokens[lo - 1]?.text === ',');
}

/**
 * Without the tree's subject ("Police say John Smith, 26, of Toronto, was arrested", where the parser
 * makes the name the object of "say"): a word-order subject that is a lone number bracketed by commas
 * right after a name is that person's age; the name's phrase is the subject.
 */
export function ageOfName(a: Analysis, nps: NP[] | undefined): NP[] | undefined {
  if (nps?.length !== 1) return nps;
  const np = nps[0];
  const t = a.tokens;
  if (np.end - np.start !== 1 || t[np.start].pos !== 'NUM' || np.start < 2) return nps;
  if (t[np.start - 1].text !== ',' || t[np.end]?.text !== ',') return nps;
  const before = a.npOf[np.start - 2];
  if (before < 0) return nps;
  const name = a.nps[before];
  return t[name.head].pos === 'PROPN' && t[name.head].sentence === t[np.start].sentence ? [name] : nps;
}
