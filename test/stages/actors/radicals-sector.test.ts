// "Radicals" and "extremists" as people heads (knowledge/sectors.yaml, REB): a demonym before them makes the
// armed group of that country, not the country alone; the adjective "extremist" names no one.
import { describe, expect, it } from 'vitest';
import { entity, mentionActor, run } from './helpers.ts';

describe('radicals and extremists are rebels', () => {
  it('reads a demonym and the plural head as the country\'s armed group', () => {
    const doc = run('Officials said Somali radicals crossed the border overnight and attacked a police post.');
    expect(mentionActor(doc, 'Somali radicals')?.id).toBe('group:SOM:REB');
  });

  it('gives a bare "extremists" the rebel sector', () => {
    const doc = run('The ministry said extremists had planned to disrupt the vote in the capital.');
    const e = entity(doc, 'extremists');
    expect(e?.sector ?? doc.layers.actors!.find((a) => a.id === e?.actor)?.sector).toBe('REB');
  });

  it('leaves the adjectives alone: "extremist" before a name makes no person, "radical reforms" no group', () => {
    const doc = run('The report named the extremist Tavora Brotherhood and called for radical reforms of the courts.');
    expect(doc.layers.actors!.some((a) => a.kind === 'person' && /tavora/i.test(a.id))).toBe(false);
    expect(doc.layers.entities!.some((e) => /radical/.test(e.text) && (e.sector === 'REB' || /:REB$/.test(e.actor ?? '')))).toBe(false);
  });
});
