// Every entity the actors stage makes covers at least one token (addEntity): a title read before a name
// that starts where its candidate starts makes no empty ROLE entity. Found by the pipeline fuzzer on a
// run of a repeated title glued to a word; the text here is our own.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { addEntity, addMention, newState } from '../../../src/stages/actors/resolve.ts';
import type { ActorIndex } from '../../../src/stages/actors/registry.ts';

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

  it('are made for no empty token range, by addEntity or addMention', () => {
    const doc = runParsed('The mayor of Vell met the governor on Monday.', '2026-03-02');
    const st = newState(doc, {} as ActorIndex, doc.layers.tokens!);
    addEntity(st, 3, 3, 'GPE', null);
    addMention(st, 3, 3, 'country:XVL', 0.6, 'name');
    expect([st.entities.length, st.mentions.length, st.mentionTokens.length]).toEqual([0, 0, 0]);
    addMention(st, 3, 4, 'country:XVL', 0.6, 'name');
    expect(st.mentions.map((m) => m.text)).toEqual(['Vell']);
  });
});
