// PLACEHOLDER (scaffolding while the time stage is written): assigns empty layers so the pipeline runs.
import type { ComponentFactory } from '../../pipeline/component.ts';

export const timeComponent: ComponentFactory = () => ({
  name: 'time',
  requires: ['tokens','sentences'],
  assigns: ['timexes'],
  process(doc) {
    doc.layers.timexes = [];
  },
});
