// Events the trained type model (type-model.ts) codes where no template matched: in a sentence with no
// asserted candidate of the pattern files, the verb whose best type clears the model's margin over NONE
// and the runner-up (the best such verb whose parties hold) is coded with that type's root CAMEO code,
// unless a template's words matched that verb and its argument class or a gate refused that type there
// (match.ts refuse: "released the text of an email", refused by `release T`, which wants an agent, is not
// coded YIELD by the model either; "the site provides video", no aid, is not coded AID),
// when the act is asserted and both parties are named. Its parties come from the tree as a template's do
// (match.ts build): the doer (the by-agent of a passive, else the subject with control and coordination
// resolved), the one acted upon (the object, the subject of a passive, else the object of a controlled
// complement: "threatened to shell Haifa"), else a party in an oblique ("talks with Iran").
import type { Plover } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import { subjectOf } from './chunks.ts';
import { appositions, build, named, pickSubject, triggerSpan, type Candidate, type MatchContext } from './match.ts';
import { groupMode } from './mode.ts';
import type { Pattern, PatternIndex } from './patterns.ts';
import { treeAgents, treeObjects, treeObliques, treeSubjects } from './tree-args.ts';
import { isTypePredicate } from './type-features.ts';
import { predicateType, type TypeModel } from './type-model.ts';

const OBLIQUE_PREPS = ['with', 'against', 'on', 'to', 'into', 'at', 'for', 'from'];

/** The pattern record standing for the model's type `cls` (its root CAMEO code), or null when the table has none. */
export function modelPattern(patterns: PatternIndex, cls: string): Pattern | null {
  // The PLV data merge CONCEDE and RETREAT as YIELD: CAMEO 08 (yield) stands for both.
  const type = (cls === 'YIELD' ? 'CONCEDE' : cls) as Plover;
  let best: Pattern['cameo'] | null = null;
  for (const c of patterns.cameo.values()) {
    if (c.plover !== type) continue;
    if (!best || c.code.length < best.code.length || (c.code.length === best.code.length && c.code < best.code)) best = c;
  }
  if (!best) return null;
  return {
    id: `model.${cls.toLowerCase()}`, kind: 'verb', triggers: [], steps: [], required: [], hasS: false, hasT: false, objectIsTarget: true,
    cameo: best, type, frame: null, target: 'optional', object: null, parties: null, self: false, passive: 'none', reciprocal: false, agentless: null,
    reciprocalSteps: null, untargetedSteps: [], receivedSteps: [], source: 'built-in: the trained event-type model (models/event-types-en.json)',
  };
}

/** The model's candidates for the sentences where `found` (the templates' candidates) has none. */
export function typedCandidates(ctx: MatchContext, model: TypeModel, found: Candidate[]): Candidate[] {
  const { a, tree } = ctx;
  if (!tree) return [];
  // A sentence whose templates only found what is planned, hoped or denied is still open to the model.
  const covered = new Set(found.filter((c) => c.baseMode === 'asserted').map((c) => c.sentence));
  const guesses = new Map<number, { i: number; type: string; margin: number }[]>();
  for (let i = 0; i < a.tokens.length; i++) {
    const s = a.tokens[i].sentence;
    if (covered.has(s) || !isTypePredicate(tree, i) || !a.groupAt.get(i) || tree.rel(i) === 'amod') continue;
    const g = predicateType(model, tree, i);
    if (g.margin <= model.threshold || refusedHere(ctx, i, g.type)) continue;
    guesses.set(s, [...(guesses.get(s) ?? []), { i, type: g.type, margin: g.margin }]);
  }
  const out: Candidate[] = [];
  for (const list of guesses.values()) {
    list.sort((x, y) => y.margin - x.margin || x.i - y.i);
    for (const { i, type } of list) {
      const got = verbCandidates(ctx, tree, i, type);
      if (!got.length) continue;
      out.push(...got);
      break;
    }
  }
  return out;
}

/** Whether a template refused the model's type `cls` at verb i (YIELD stands for CONCEDE and RETREAT). */
function refusedHere(ctx: MatchContext, i: number, cls: string): boolean {
  const types = ctx.refused?.get(i);
  return !!types && (cls === 'YIELD' ? types.has('CONCEDE') || types.has('RETREAT') : types.has(cls as Plover));
}

/** The candidates of verb i coded with the model's type: parties from the tree (see the header). */
function verbCandidates(ctx: MatchContext, tree: Tree, i: number, type: string): Candidate[] {
  const { a } = ctx;
  const p = modelPattern(ctx.patterns, type);
  const g = a.groupAt.get(i)!;
  if (!p) return [];
  const passive = tree.isPassive(i);
  let sources = passive ? treeAgents(a, tree, i) ?? undefined : pickSubject(treeSubjects(a, tree, i), subjectOf(a, g).subject?.nps, i, tree);
  let targets = (passive ? treeSubjects(a, tree, i) : treeObjects(a, tree, i)) ?? undefined;
  for (const x of tree.children(i, 'xcomp')) targets ??= treeObjects(a, tree, x) ?? undefined;
  targets ??= treeObliques(a, tree, i, OBLIQUE_PREPS) ?? undefined;
  sources = appositions(ctx, tree, sources);
  targets = appositions(ctx, tree, targets);
  // A guess from the model, not a template: only an asserted act between two parties the text names
  // (an actor, or a country of their own, not one guessed from the article).
  return build(ctx, p, i, triggerSpan(ctx, i, i), sources, targets, groupMode(a, g), g).filter((c) => c.baseMode === 'asserted' && named(c.source) && named(c.target));
}
