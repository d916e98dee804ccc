// PLACEHOLDER (scaffolding while the places stage is written): assigns empty layers so the pipeline runs.
import type { ComponentFactory } from '../../pipeline/component.ts';

export const placesComponent: ComponentFactory = () => ({
  name: 'places',
  requires: ['tokens','sentences','entities','mentions'],
  assigns: ['places'],
  process(doc) {
    doc.layers.places = [];
  },
});
