// PLACEHOLDER (scaffolding while the events stage is written): assigns empty layers so the pipeline runs.
import type { ComponentFactory } from '../../pipeline/component.ts';

export const eventsComponent: ComponentFactory = () => ({
  name: 'events',
  requires: ['tokens','sentences','entities','actors','mentions','timexes','quotes'],
  assigns: ['events'],
  process(doc) {
    doc.layers.events = [];
  },
});
