// A person's name before the head of a building's, street's or body's name names that place or body,
// not the person it is named for (knowledge/actors/lexicon.yaml, class named-for-head). Our own sentences.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const persons = (doc: ReturnType<typeof runParsed>) => doc.layers.actors!.filter((a) => a.kind === 'person').map((a) => a.id);
const label = (doc: ReturnType<typeof runParsed>, text: string) => doc.layers.entities!.find((e) => e.text.endsWith(text))?.label;

describe('names of places and bodies named for a person', () => {
  it('a registry person before a building head is the building, a body; before a place word, a place', () => {
    const doc = runParsed('Hundreds of delegates met at the Ronald Reagan Building on Friday.', '2026-03-02');
    expect(persons(doc)).not.toContain('person:ronald-reagan');
    expect(label(doc, 'Ronald Reagan Building')).toBe('ORG');
    const road = runParsed('The parade went down Ronald Reagan Boulevard on Friday.', '2026-03-02');
    expect(persons(road)).toEqual([]);
    expect(label(road, 'Ronald Reagan Boulevard')).toBe('LOC');
  });

  it('the registry person alone is still the person', () => {
    const doc = runParsed('Ronald Reagan visited Berlin in June.', '2026-03-02');
    expect(persons(doc)).toContain('person:ronald-reagan');
  });

  it('a title and a name before a street or university head are the street or the university', () => {
    const street = runParsed('Crews will shut Mill Road between King Edward Street and the bridge on Monday.', '2026-03-02');
    expect(persons(street)).toEqual([]);
    expect(label(street, 'King Edward Street')).toBe('LOC');
    const uni = runParsed('Ana Lopes, who runs the King Juan Carlos University in Madrid, denied the claim. She resigned later.', '2026-03-02');
    expect(label(uni, 'King Juan Carlos University')).toBe('ORG');
    expect(persons(uni)).toEqual(['person:ana-lopes']);
  });

  it('a titled person without such a head is still the person', () => {
    const doc = runParsed('King Edward Morrow opened the fair on Monday.', '2026-03-02');
    expect(persons(doc)).toHaveLength(1);
  });
});
