import { describe, expect, it } from 'vitest';
import { assemble, createPipeline, PipelineError } from '../../src/pipeline/pipeline.ts';
import { ComponentRegistry } from '../../src/pipeline/registry.ts';
import { Knowledge } from '../../src/knowledge/knowledge.ts';
import { createDoc } from '../../src/doc/doc.ts';
import type { Component } from '../../src/pipeline/component.ts';

const tok: Component = { name: 'tok', requires: [], assigns: ['tokens', 'sentences'], process: (d) => {
  d.layers.tokens = []; d.layers.sentences = [{ start: 0, end: d.text.length }];
} };
const ents: Component = { name: 'ents', requires: ['tokens'], assigns: ['entities'], process: (d) => { d.layers.entities = []; } };
const boom: Component = { name: 'boom', requires: ['tokens'], assigns: ['quotes'], process: () => { throw new Error('kaput'); } };

describe('pipeline assembly', () => {
  it('rejects a component whose requirement no earlier component assigns, naming it', () => {
    expect(() => assemble([ents, tok])).toThrow(PipelineError);
    expect(() => assemble([ents, tok])).toThrow(/"ents" requires tokens/);
  });

  it('runs components in order and records a crash as a message, leaving the layer empty', () => {
    const p = assemble([tok, ents, boom]);
    const doc = p.run(createDoc({ date: '2021-11-14', text: 'Hello.' }));
    expect(doc.layers.sentences).toEqual([{ start: 0, end: 6 }]);
    expect(doc.layers.quotes).toEqual([]);
    expect(doc.messages).toEqual([{ severity: 'error', source: 'boom', text: 'component failed: kaput' }]);
  });

  it('builds from registered names and reports unknown ones', () => {
    const reg = new ComponentRegistry().register('tok', () => tok).register('ents', () => ents);
    expect(createPipeline(['tok', 'ents'], reg, new Knowledge()).components.map((c) => c.name)).toEqual(['tok', 'ents']);
    expect(() => createPipeline(['nope'], reg, new Knowledge())).toThrow(/unknown component "nope"/);
    expect(() => reg.register('tok', () => tok)).toThrow(/already registered/);
  });
});
