// A sector word read only after a country's word (`qualified: true` in knowledge/sectors.yaml): a
// country's "intelligence" is its intelligence service (COP); the bare word, or one before a noun, is none.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { entity } from './helpers.ts';

const actorOf = (doc: ReturnType<typeof runParsed>, text: string) => entity(doc, text)?.actor ?? null;

describe("a country's intelligence", () => {
  it('is the intelligence service after a nationality or a possessive country', () => {
    const doc = runParsed('Danish intelligence faced questions in parliament after the raid. The smugglers had asked Peru\'s intelligence for protection.', '2026-03-02');
    expect(actorOf(doc, 'Danish intelligence')).toBe('group:DNK:COP');
    expect(actorOf(doc, "Peru's intelligence")).toBe('group:PER:COP');
  });

  it('is shared by coordinated nationalities', () => {
    const doc = runParsed('The suspects kept ties to Chilean and Bolivian intelligence for years.', '2026-03-02');
    const ids = doc.layers.mentions!.map((m) => m.actor);
    expect(ids).toContain('group:CHL:COP');
    expect(ids).toContain('group:BOL:COP');
  });

  it('is no body standing bare or before a noun', () => {
    const doc = runParsed('Norway shared intelligence with Sweden. The ministry bypassed Danish intelligence channels in the spring.', '2026-03-02');
    expect(doc.layers.actors!.some((a) => a.sector === 'COP')).toBe(false);
    for (const e of doc.layers.entities!) {
      if (/intelligence/.test(e.text)) expect(e.sector ?? null).toBeNull();
    }
  });
});
