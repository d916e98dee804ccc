// Factuality of an event trigger: negated ("did not attack", "denies attacking"), hypothetical (modals,
// conditionals, infinitival complements, "hope … will"), future ("will meet", "plans to"), else asserted;
// quotes and indirect speech make an asserted event reported.
import type { EventMode } from '../../doc/types.ts';
import { subjectOf, type Analysis, type VerbGroup } from './chunks.ts';

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
  if (g.negated) return 'negated';
  if (gov && info.governorKind !== 'infinitive' && lex.has('denial', gov)) return 'negated';
  if (g.modal || info.conditional) return 'hypothetical';
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

/** Combine a base mode with being inside a quote or reported speech. */
export function finalMode(base: BaseMode, inQuote: boolean): EventMode {
  if (base !== 'asserted') return base;
  return inQuote ? 'reported' : 'asserted';
}

/** Modes counted as real events by default. */
export function countsByDefault(mode: EventMode): boolean {
  return mode === 'asserted' || mode === 'reported';
}
