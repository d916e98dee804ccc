// Every entity the actors stage makes covers at least one token (addEntity): a title read before a name
// that starts where its candidate starts makes no empty ROLE entity. Found by the pipeline fuzzer on a
// run of a repeated title glued to a word; the text here is our own.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

describe('entity spans', () => {
  it('are never empty, even after a long run of a repeated title', () => {
    const run = 'the President of '.repeat(119);
    const text = `Heavy rain hit the districts of Ostrava, the last city in Vell still held by the army, on Monday. The army's commander, Gen Tomas Rell, accused the rebels of blocking convoys from reac${run}Francehing North Vell.`;
    const doc = runParsed(text, '2026-03-02');
    const empty = doc.layers.entities!.filter((e) => !(e.start < e.end));
    expect(empty).toEqual([]);
    // the person the name gives is still made
    expect(doc.layers.actors!.length).toBeGreaterThan(0);
  });
});
