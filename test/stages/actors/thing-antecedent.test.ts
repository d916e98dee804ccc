// An "it" that stands for a thing named just before is no actor (coref.ts unnamedSubjectBefore).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorAt = (doc: ReturnType<typeof runParsed>, text: string, nth = 0) =>
  doc.layers.mentions!.filter((m) => m.text === text)[nth]?.actor;

describe('actors stage: an "it" standing for a thing', () => {
  it('leaves an object "it" after a thing object of its sentence unresolved', () => {
    const doc = runParsed('The president of Kenya received a carved chair from Ghana and placed it in the state house.');
    expect(actorAt(doc, 'it')).toBeUndefined();
  });

  it('still resolves an "it" that is the subject of a small clause', () => {
    const doc = runParsed('New tariffs cut the income of Iceland and made it look for other markets.');
    expect(actorAt(doc, 'it')).toBe('country:ISL');
  });

  it('leaves a subject "It" after a sentence whose subject is a thing unresolved', () => {
    const doc = runParsed('Greenland signed a fishing pact with Norway in May. The pact is worth four million euros a year. It covers cod and herring.');
    expect(actorAt(doc, 'It')).toBeUndefined();
  });

  it('resolves a subject "It" when a clause of the sentence before has an actor as its subject', () => {
    const doc = runParsed('The new levy hurts fishermen, and Norway wants talks. It sent a letter to Brussels on Monday.');
    expect(actorAt(doc, 'It')).toBe('country:NOR');
  });

  it('resolves a subject "It" after a "there is" sentence', () => {
    const doc = runParsed('According to Norway, there is a risk of delays at the border. It said the crossing would reopen in June.');
    expect(actorAt(doc, 'It')).toBe('country:NOR');
  });

  it('leaves an "it" after a name that only modifies a thing in its sentence unresolved', () => {
    const doc = runParsed('Ms Berg said she was against the blockade of Qatar because it hurt trade.');
    expect(actorAt(doc, 'it')).toBeUndefined();
  });
});
