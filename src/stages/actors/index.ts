// PLACEHOLDER (scaffolding while the actors stage is written): assigns empty layers so the pipeline runs.
import type { ComponentFactory } from '../../pipeline/component.ts';

export const actorsComponent: ComponentFactory = () => ({
  name: 'actors',
  requires: ['tokens','sentences'],
  assigns: ['entities','actors','mentions'],
  process(doc) {
    doc.layers.entities = [];
    doc.layers.actors = [];
    doc.layers.mentions = [];
  },
});
