// Test helper: tokens → syntax → actors, for the actors rules that read the dependency tree.
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc } from '../../../src/doc/types.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { assemble, type Pipeline } from '../../../src/pipeline/pipeline.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { syntaxComponent } from '../../../src/stages/syntax/index.ts';
import { actorsComponent } from '../../../src/stages/actors/index.ts';

let shared: Pipeline | null = null;

export function runParsed(text: string, date = '2024-05-01'): Doc {
  const k = bundledKnowledge();
  shared ??= assemble([tokensComponent(k), syntaxComponent(k), actorsComponent(k)]);
  return shared.run(createDoc({ date, text }));
}

/** [text, label, actor] of every entity. */
export const entities = (doc: Doc) => doc.layers.entities!.map((e) => [e.text, e.label, e.actor] as const);

/** The actor `id` the tree-reading actors stage makes of `text`, or undefined. */
export const actorOf = (text: string, id: string) => runParsed(text).layers.actors!.find((a) => a.id === id);
