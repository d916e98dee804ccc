// What a pipeline component is: a named, pure transformation of a Doc that declares the layers it
// reads (`requires`) and the layers it fills (`assigns`), like a spaCy pipe.
import type { Doc, LayerName } from '../doc/types.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';

export interface Component {
  name: string;
  requires: LayerName[];
  assigns: LayerName[];
  /** Fills `assigns` on the doc. Non-fatal problems go to doc.messages; only broken invariants throw. */
  process(doc: Doc): void;
}

/** Builds a component from the loaded knowledge (immutable, shared by all docs of a pipeline). */
export type ComponentFactory = (knowledge: Knowledge) => Component;
