// Assembles components into a pipeline, checking at build time that every layer a component requires
// is assigned by an earlier one; runs documents through it, turning a component crash into a message.
import type { Doc, LayerName } from '../doc/types.ts';
import type { Knowledge } from '../knowledge/knowledge.ts';
import type { Component } from './component.ts';
import type { ComponentRegistry } from './registry.ts';

export class PipelineError extends Error {}

export interface Pipeline {
  readonly components: readonly Component[];
  run(doc: Doc): Doc;
}

export function assemble(components: Component[]): Pipeline {
  const available = new Set<LayerName>();
  for (const c of components) {
    const missing = c.requires.filter((l) => !available.has(l));
    if (missing.length) {
      throw new PipelineError(
        `component "${c.name}" requires ${missing.join(', ')}, which no earlier component assigns`,
      );
    }
    for (const l of c.assigns) available.add(l);
  }
  return {
    components,
    run(doc: Doc): Doc {
      for (const c of components) {
        try {
          c.process(doc);
        } catch (err) {
          doc.messages.push({
            severity: 'error',
            source: c.name,
            text: `component failed: ${(err as Error).message}`,
          });
          for (const l of c.assigns) doc.layers[l] ??= [] as never;
        }
      }
      return doc;
    },
  };
}

export function createPipeline(names: string[], registry: ComponentRegistry, knowledge: Knowledge): Pipeline {
  return assemble(names.map((n) => registry.get(n)(knowledge)));
}
