// An object's apposition set off by commas ("charged two local developers, Ana Ruiz and Tom Berg, with
// fraud"): where the clause goes on after it. The parser hangs the verb's "with/of/for" phrase on the
// apposition, and the chunker may read the names as more of a list, so a template word after the object
// is looked for after the comma that closes the apposition, when the tree reads the phrase between the
// commas as the object's apposition.
import type { Tree } from '../../doc/tree.ts';
import { npsFrom, type Analysis, type NP } from './chunks.ts';

/** The object phrases before the apposition, and the token after its closing comma. */
export interface ApposedObject {
  objects: NP[];
  /** The apposition's phrases ("Ana Ruiz", "Tom Berg"). */
  names: NP[];
  after: number;
}

/** `nps` (the phrases read as the object) followed by the apposition of their last phrase, or holding it
 * after a comma ("developers, Ana Ruiz and Tom Berg"), then a comma; null when the tree sees none. */
export function apposedObject(a: Analysis, tree: Tree, nps: NP[], end: number): ApposedObject | null {
  const { tokens } = a;
  // The tree's apposition, or a name set off after a common noun that the tree does not coordinate with
  // it: the parser may hang such a name anywhere ("developers, Ana Ruiz and …, with fraud"
  // read as the subject of a clause under the full stop); the template word after the closing comma
  // is the rest of the evidence.
  const named = (obj: NP, app: NP) => tree.upos[obj.head] === 'NOUN' && tree.upos[app.head] === 'PROPN' && !(tree.rel(app.head) === 'conj' && tree.head(app.head) === obj.head);
  const apposes = (obj: NP, app: NP) => tokens[obj.end]?.text === ',' && (tree.appositions(obj.head).some((x) => x >= app.start && x < app.end) || named(obj, app));
  const k = nps.findIndex((np, j) => j > 0 && apposes(nps[j - 1], np));
  let objects = nps;
  let names: NP[];
  if (k > 0) {
    objects = nps.slice(0, k);
    names = nps.slice(k);
  } else {
    const last = nps[nps.length - 1];
    if (last.end >= end || tokens[last.end].text !== ',') return null;
    names = npsFrom(a, last.end + 1, end);
    if (!names.length || !apposes(last, names[0])) return null;
  }
  const close = names[names.length - 1].end;
  return close < end && tokens[close].text === ',' ? { objects, names, after: close + 1 } : null;
}
