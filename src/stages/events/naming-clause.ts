// Naming and convening clauses of a naming verb (the lexicon's `naming-verb`: call, dub, name …), read
// from the tree: where the verb names or describes something, or its participle tells who convened a
// noun, it is no phone call, meeting or summons, and a template that is only "verb T" does not apply.
//  * a passive or a participle on a noun with a bare nominal or adjectival complement (xcomp): "a group
//    called the Night Riders", "the device is called a tracker" (an active verb with an xcomp and no
//    object is more often a parse of "called President Ali Musa" with the name as xcomp: a phone call);
//  * two objects: "they call her their lucky star";
//  * an object followed straight away (no comma) by a name in apposition, when the object is a thing:
//    "calls their orchard Sunny Acres" (not "called his cousin Tom", who may be phoned);
//  * a past participle modifying a noun with a by-agent or a name for object: "a walkout called by the
//    dockers' union" (the walkout is the event, the union its organiser), "a shop called Green Leaf".
import type { Tree } from '../../doc/tree.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM']);

/** Whether naming verb i names, describes or convenes rather than calls (see above); `thing(o)`: object o is a thing. */
export function namingClause(tree: Tree, i: number, thing: (o: number) => boolean): boolean {
  const bare = (c: number) => !tree.children(c).some((k) => ['mark', 'cop', 'case'].includes(tree.baseRel(k)));
  const participle = tree.rel(i) === 'acl' && !/ing$/i.test(tree.tokens[i].text) && !tree.hasOwnSubject(i);
  if ((participle || tree.isPassive(i)) && tree.children(i, 'xcomp').some((c) => NOMINAL.has(tree.upos[c]) && bare(c))) return true;
  const objects = tree.children(i, new Set(['obj', 'iobj']));
  if (objects.length >= 2) return true;
  const o = tree.object(i);
  if (o >= 0 && thing(o)) {
    // the name's first word right after the object's last word
    const appos = tree.children(o, 'appos').find((n) => tree.upos[n] === 'PROPN');
    if (appos !== undefined && appos > o && !tree.tokens.slice(o + 1, appos).some((t) => /^\W+$/.test(t.text))) return true;
  }
  if (participle) {
    if (tree.child(i, 'obl:agent') >= 0) return true;
    if (o >= 0 && tree.upos[o] === 'PROPN') return true;
  }
  return false;
}
