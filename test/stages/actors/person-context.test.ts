import { describe, expect, it } from 'vitest';
import { entities, runParsed } from './syntax-helpers.ts';

// Invented names that no lexicon knows: only the context can type them.
const label = (text: string, name = 'Zorvek Quannit') => entities(runParsed(text)).find((e) => e[0] === name)?.[1];

describe('persons typed from context read from the tree', () => {
  it('reads an apposition with a person noun', () => {
    expect(label('Zorvek Quannit, the head of the Lorvian trade board, resigned.')).toBe('PERSON');
  });

  it('reads an apposition the parser hangs on the comma before it', () => {
    // the parse: "Zorvek" ← appos of the comma after "president"
    expect(label("Lorvia's president, Zorvek Quannit, who chairs the bloc, said that no option was excluded.")).toBe('PERSON');
  });

  it('reads a person noun qualifying the name', () => {
    expect(label('The interview was with meteorologist Zorvek Quannit on Monday.')).toBe('PERSON');
    expect(label('A girl named Zorvek Quannit joined the band.')).toBe('PERSON');
  });

  it('reads the subject of a verb only people do', () => {
    expect(label('Zorvek Quannit died in 1880 at the corner of two streets.')).toBe('PERSON');
  });

  it('keeps the guess without such context', () => {
    expect(label('Zorvek Quannit opened a new plant near the river.')).not.toBe('PERSON');
    // an organisation word in the name is stronger than the context
    expect(label('Zorvek Holdings, the owner of the mine, sold it.', 'Zorvek Holdings')).toBe('ORG');
  });
});
