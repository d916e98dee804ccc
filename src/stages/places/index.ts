// The places stage: toponyms recognised in the text (own gazetteer matching plus GPE/LOC entities),
// resolved offline to a country and coordinates; relative border descriptions become border points.
import type { ComponentFactory } from '../../pipeline/component.ts';
import { analyzePlaces } from './analyze.ts';
import { gazetteer } from './gazetteer.ts';

export { resolveToponym, analyzePlaces } from './analyze.ts';
export { gazetteer, buildGazetteer } from './gazetteer.ts';

export const placesComponent: ComponentFactory = (knowledge) => ({
  name: 'places',
  requires: ['tokens', 'sentences', 'entities', 'mentions'],
  assigns: ['places'],
  process(doc) {
    gazetteer(knowledge);
    doc.layers.places = analyzePlaces(doc, knowledge).places;
  },
});
