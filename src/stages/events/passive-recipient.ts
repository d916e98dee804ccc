// The passive of a template whose target is a prepositional phrase after the thing acted on: "return ...
// to T", "send ... aid to T", "impose ... sanctions on T". In the active the gap holds the thing ("Italy
// returned the statue to Greece"); in the passive the thing is the subject and the by-phrase names the
// doer ("the statue was returned by Italy to Greece", "food aid was sent to Haiti by Germany"). A
// template whose first step is its target slot ("return T") reads the passive by swapping roles; this one
// keeps its target where it is written and takes the by-agent as source.
import type { Step } from './patterns.ts';

/**
 * The steps to match after a passive verb for template `steps`, or null when the template has no such
 * reading: words written right after the verb (particles: "hand over"), one gap, then the words that
 * name the thing moved (checked against the passive subject's head words `things`, and dropped), then the
 * preposition and the target slot. The gap stays before the preposition so that a by-phrase may stand
 * between the verb and the target ("was returned by Italy to Greece"). A template with a source slot or
 * with no target slot after its gap has none.
 */
export function passiveRecipientSteps(steps: Step[], things: { lemma: string; text: string }[]): Step[] | null {
  if (steps.some((s) => s.kind === 'slot' && s.role === 'S')) return null;
  const t = steps.findIndex((s) => s.kind === 'slot' && s.role === 'T');
  const gap = steps.findIndex((s) => s.kind === 'gap');
  if (t < 0 || gap < 0 || gap > t) return null;
  // Before the gap only the particles written after the verb; one gap in all before the target.
  if (steps.slice(0, gap).some((s) => s.kind !== 'word')) return null;
  const between = steps.slice(gap + 1, t);
  if (!between.length || between.some((s) => s.kind !== 'word')) return null;
  const prep = between[between.length - 1];
  const objectWords = between.slice(0, -1) as Extract<Step, { kind: 'word' }>[];
  if (objectWords.length) {
    // "sanctions were imposed on Iran" reads "impose ... sanctions on T": the subject's head is the
    // template's thing (its last object word, the head of a phrase like "green light").
    const last = objectWords[objectWords.length - 1];
    if (!things.some((t) => last.alts.includes(t.lemma) || last.alts.includes(t.text.toLowerCase()))) return null;
  }
  return [...steps.slice(0, gap + 1), prep, ...steps.slice(t)];
}
