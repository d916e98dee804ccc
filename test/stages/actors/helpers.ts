// Test helper for the actors stage: run tokens + actors over an invented sentence on a given date.
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc } from '../../../src/doc/types.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { assemble, type Pipeline } from '../../../src/pipeline/pipeline.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { actorsComponent } from '../../../src/stages/actors/index.ts';

let shared: Pipeline | null = null;
export function actorsPipeline(knowledge = new Knowledge()): Pipeline {
  return assemble([tokensComponent(knowledge), actorsComponent(knowledge)]);
}

export function run(text: string, date = '2021-11-14', pipeline?: Pipeline): Doc {
  shared ??= actorsPipeline();
  return (pipeline ?? shared).run(createDoc({ date, text }));
}

/** The entity whose text is exactly `text` (first occurrence). */
export function entity(doc: Doc, text: string) {
  return doc.layers.entities!.find((e) => e.text === text);
}

/** The actor of the longest mention whose text is `text`, searching from offset `from`. */
export function mentionActor(doc: Doc, text: string, from = 0) {
  const m = doc.layers.mentions!.find((x) => x.text === text && x.start >= from);
  return m ? doc.layers.actors!.find((a) => a.id === m.actor) : undefined;
}
