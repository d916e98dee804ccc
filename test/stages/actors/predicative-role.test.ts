// A title said of someone ("her tenure as secretary of state", "when she was governor",
// "replaced her as mayor") is that person's role, or no actor: never the title's holder on the
// article date. A title that names someone ("that was the president") keeps its holder.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import type { Doc } from '../../../src/doc/types.ts';

const DATE = '2016-09-30';
const roleActor = (doc: Doc, text: string) => doc.layers.entities!.find((e) => e.label === 'ROLE' && e.text === text)?.actor ?? null;
const ids = (doc: Doc) => doc.layers.mentions!.map((m) => m.actor);

describe('actors stage: titles said of someone', () => {
  it('gives an "as" title on a possessed noun to the possessor', () => {
    const doc = runParsed('Hillary Clinton spoke in Ohio on Friday. Critics again cited Clinton\'s tenure as secretary of state.', DATE);
    expect(roleActor(doc, 'secretary of state')).toBe('person:hillary-clinton');
    expect(ids(doc)).not.toContain('person:john-kerry');
  });

  it('gives a bare title under a copula to its subject, a pronoun once it is resolved', () => {
    const doc = runParsed('Hillary Clinton spoke in Ohio on Friday. She praised the trade pact when she was still secretary of state.', DATE);
    expect(roleActor(doc, 'secretary of state')).toBe('person:hillary-clinton');
    expect(ids(doc)).not.toContain('person:john-kerry');
  });

  it('leaves the bearer open when the verb acts on a person, and names no holder', () => {
    const doc = runParsed('The American party\'s old leader died on Friday. His brother Tomas, who then replaced him as president, read the news.', DATE);
    expect(roleActor(doc, 'president')).toBeNull();
    expect(ids(doc)).not.toContain('person:barack-obama');
  });

  it('keeps the holder of a title that names someone', () => {
    const named = runParsed('American voters heard the speech on Friday. That was the president speaking.', DATE);
    expect(roleActor(named, 'the president')).toBe('person:barack-obama');
    const rel = runParsed('Reporters asked John Kerry, who is now secretary of state, about the talks.', DATE);
    expect(roleActor(rel, 'secretary of state')).toBe('person:john-kerry');
  });
});
