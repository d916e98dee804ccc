// PLACEHOLDER (scaffolding while the quotes stage is written): assigns empty layers so the pipeline runs.
import type { ComponentFactory } from '../../pipeline/component.ts';

export const quotesComponent: ComponentFactory = () => ({
  name: 'quotes',
  requires: ['tokens','sentences','entities','actors','mentions','timexes'],
  assigns: ['quotes'],
  process(doc) {
    doc.layers.quotes = [];
  },
});
