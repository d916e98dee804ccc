// A word of the sector list that counts only standing bare (`bare: true` in knowledge/sectors.yaml):
// a lone "officer" is a police officer; a title or a noun before it, or a name after it, is another reading.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { entity } from './helpers.ts';

const sectorOf = (doc: ReturnType<typeof runParsed>, text: string) => {
  const e = entity(doc, text);
  if (!e) return undefined;
  return e.sector ?? doc.layers.actors!.find((a) => a.id === e.actor)?.sector ?? null;
};

describe('a bare officer', () => {
  it('is police after a determiner, a number or plain adjectives', () => {
    const doc = runParsed('Near the depot a young officer fired at a driver whose van had stopped. The blast left one officer dead and two bystanders hurt.', '2026-03-02');
    expect(sectorOf(doc, 'a young officer')).toBe('COP');
    expect(sectorOf(doc, 'one officer')).toBe('COP');
  });

  it('is no police officer after a title or a noun, nor before a name', () => {
    const doc = runParsed('The bakery chain said its chief financial officer had resigned. Mara Olin, a communications officer at the museum, answered questions. Parks officer Jon Tabb closed the trail.', '2026-03-02');
    for (const e of doc.layers.entities!) {
      if (/officer/.test(e.text)) expect(e.sector ?? null).not.toBe('COP');
    }
    expect(doc.layers.actors!.some((a) => a.sector === 'COP')).toBe(false);
  });
});
