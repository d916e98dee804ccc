// A small town's name that is the title before a given name in a street's or building's name ("King
// Edward Street") names no town: the street is in the town the article places it in. Our own sentences.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/doc/types.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import { defaultPipeline } from '../../../src/pipeline/default.ts';

const pipeline = defaultPipeline();
const run = (text: string): Doc => pipeline.run(createDoc({ date: '2022-05-02', text }));
const names = (doc: Doc) => doc.layers.places!.map((p) => p.name);

describe('places: a title in a street named for a person', () => {
  it('reads no town from the title, and the streets stay in the article\'s town', () => {
    const text = 'A crash on Mill Road in Paris sent two people to hospital. Police closed Mill Road between King Edward Street and Highway 403 and Ash Road between Elm Road and Mile Hill for hours.';
    const doc = run(text);
    expect(names(doc)).not.toContain('King');
    expect(doc.layers.places!.find((p) => p.text === 'King Edward Street')?.name).toBe('Paris');
    expect(doc.layers.places!.find((p) => p.text === 'Elm Road')?.name).toBe('Paris');
  });
});
