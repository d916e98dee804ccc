// An act under a verb of ceasing ("stop", "cease", "quit") goes on: "called on X to stop attacking Y"
// codes X's attacks as real (mode.ts, lexicon cessation-verb), whatever the mode of the call.
import { describe, expect, it } from 'vitest';
import { brief } from './helpers.ts';

const ACTORS = [
  { id: 'person:lena-haug', country: 'NOR', sector: 'GOV', kind: 'person' as const, say: ['Lena Haug'] },
  { id: 'person:ivo-marek', country: 'CZE', sector: 'GOV', kind: 'person' as const, say: ['Ivo Marek'] },
  { id: 'person:tomas-ruud', country: 'NOR', sector: 'LEG', kind: 'person' as const, say: ['Tomas Ruud'] },
];
const coded = (text: string) => brief({ text, actors: ACTORS, tree: true });

describe('an act someone is asked to stop', () => {
  it('is going on when the call is hypothetical', () => {
    const out = coded('Tomas Ruud called on Lena Haug to stop attacking Ivo Marek.');
    expect(out).toContain('REQUEST NOR>NOR asserted');
    expect(out).toContain('ACCUSE NOR>CZE asserted');
  });
  it('is going on under a modal too', () => {
    expect(coded('Lena Haug must stop criticizing Ivo Marek.')).toContain('ACCUSE NOR>CZE asserted');
  });
  it('leaves an act only asked for hypothetical', () => {
    expect(coded('Tomas Ruud called on Lena Haug to criticize Ivo Marek.')).toContain('ACCUSE NOR>CZE hypothetical');
  });
});
