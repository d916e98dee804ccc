// Factuality of an event trigger: negated ("did not attack", "denies attacking"), hypothetical (modals,
// conditionals, infinitival complements, "hope … will"), future ("will meet", "plans to"), else asserted;
// quotes and indirect speech make an asserted event reported.
import type { EventMode } from '../../doc/types.ts';
import { subjectOf, type Analysis, type VerbGroup } from './chunks.ts';
import { supposed } from './unreal-frame.ts';

export type BaseMode = 'asserted' | 'negated' | 'hypothetical' | 'future';

const memo = new WeakMap<VerbGroup, BaseMode>();

/** The mode of a verb group from its auxiliaries and the clause that governs it. */
export function groupMode(a: Analysis, g: VerbGroup, depth = 0): BaseMode {
  const hit = memo.get(g);
  if (hit) return hit;
  const m = computeGroupMode(a, g, depth);
  memo.set(g, m);
  return m;
}

function computeGroupMode(a: Analysis, g: VerbGroup, depth: number): BaseMode {
  const { lex } = a;
  const info = subjectOf(a, g);
  const gov = info.governor;
  if (g.negated || correlativeNegation(a, g.verb)) return 'negated';
  if (gov && info.governorKind !== 'infinitive' && lex.has('denial', gov)) return 'negated';
  // "called on X to stop attacking Y", "X must stop portraying Y as …": the act to be stopped is going on.
  if (info.governorKind === 'gerund' && gov && lex.has('cessation-verb', gov)) return 'asserted';
  if (g.modal || conditional(a, g)) return 'hypothetical';
  // "Say Y demanded that …", "Suppose X attacked Y": a supposition.
  if (supposed(a, g)) return 'hypothetical';
  if (alleged(a, g)) return 'hypothetical';
  if (info.governorKind === 'infinitive') {
    if (gov && lex.has('future-governor', gov)) {
      const up = info.governorGroup && depth < 5 ? groupMode(a, info.governorGroup, depth + 1) : 'asserted';
      return up === 'asserted' ? 'future' : up;
    }
    return 'hypothetical';
  }
  if (info.governorKind === 'complement' && gov && lex.has('irrealis-governor', gov)) return 'hypothetical';
  if (g.future) return 'future';
  if (info.governorGroup && depth < 5 && info.governorKind !== 'complement') {
    const up = groupMode(a, info.governorGroup, depth + 1);
    if (up !== 'asserted') return up;
  }
  return 'asserted';
}

/** Whether verb group g is in a clause opened by a condition word ("if", "unless", "whether"). Word order
 * reads the subordinator only right before the subject phrase, which a possessive splits ("is not saying
 * *if* X's charity broke any rules"); the tree hangs it on the clause's verb itself. */
export function conditional(a: Analysis, g: VerbGroup): boolean {
  if (subjectOf(a, g).conditional) return true;
  const tree = a.tree;
  return !!tree && g.verb < tree.size && tree.markedBy(g.verb, (w) => a.lex.has('condition', w));
}

/** "Neither the mayor nor his aides were charged", "met neither the envoy nor his deputy": a subject or
 * object opened by "neither" negates its verb (the tree hangs "neither" on the first conjunct); so does a
 * negative quantifier ("No country has condemned Y", "None of the allies criticised Y"). */
const NEG_HEAD = new Set(['neither', 'none', 'nobody', 'nothing']);

function correlativeNegation(a: Analysis, v: number): boolean {
  const tree = a.tree;
  if (!tree || v < 0 || v >= tree.size) return false;
  const core = tree.children(v).filter((c) => { const r = tree.baseRel(c); return r === 'nsubj' || r === 'obj'; });
  const word = (i: number) => a.tokens[i].text.toLowerCase();
  return core.some((c) => NEG_HEAD.has(word(c)) || tree.children(c).some((d) => word(d) === 'neither' || (tree.baseRel(d) === 'det' && word(d) === 'no')));
}

/** "accused Russia of attacking", "on suspicion of spying", "found guilty of murdering": an -ing clause
 * after "of" under an allegation word states what is alleged, not a fact (coded as hypothetical). */
function alleged(a: Analysis, g: VerbGroup): boolean {
  const { tokens, lex } = a;
  if (!g.gerund || g.start < 1 || tokens[g.start - 1].text.toLowerCase() !== 'of') return false;
  const sentence = tokens[g.start].sentence;
  for (let k = g.start - 2; k >= 0 && k >= g.start - 10 && tokens[k].sentence === sentence; k--) {
    if (lex.has('allegation', tokens[k].lemma) || lex.has('allegation', tokens[k].text.toLowerCase())) return true;
    if (tokens[k].text === ',' || tokens[k].text === ';') break;
  }
  return false;
}

/** Combine a base mode with being inside a quote or reported speech. */
export function finalMode(base: BaseMode, inQuote: boolean): EventMode {
  if (base !== 'asserted') return base;
  return inQuote ? 'reported' : 'asserted';
}

/** Modes counted as real events by default. */
export function countsByDefault(mode: EventMode): boolean {
  return mode === 'asserted' || mode === 'reported';
}
