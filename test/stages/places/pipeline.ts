// Test helper: the pipeline up to the places stage (tokens → actors → places), so the places tests do
// not depend on the later stages.
import { assemble, type Pipeline } from '../../../src/pipeline/pipeline.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { actorsComponent } from '../../../src/stages/actors/index.ts';
import { placesComponent } from '../../../src/stages/places/index.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Doc, Entity } from '../../../src/doc/types.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';

/** Components that must run before places, wrapped so the places layer can be tested on its own. */
export function placesPipeline(): Pipeline {
  const k = bundledKnowledge();
  return assemble([tokensComponent(k), actorsComponent(k), placesComponent(k)]);
}

/** The places stage alone over the tokens of `text` (no entities or mentions): the gazetteer's own reading. */
export function placesOnly(text: string): Doc {
  return placesWith(text, []);
}

/** The places stage alone over the tokens of `text` with the given tagger entities (no mentions). */
export function placesWith(text: string, entities: Entity[]): Doc {
  const doc = createDoc({ date: '2022-05-02', text });
  Object.assign(doc.layers, tokenize(text));
  doc.layers.entities = entities;
  doc.layers.mentions = [];
  placesComponent(bundledKnowledge()).process(doc);
  return doc;
}
