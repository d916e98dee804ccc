// Names across a line break that only wraps a line of hard-wrapped text (doc/layout.ts): one name, as
// on one line, with its actor's name on one line; in text that is not hard-wrapped a line break still
// ends a name (a headline, a dateline). Invented text.
import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';

const WRAPPED = [
  'Farmers in the northern valley have asked the regional council to delay the new water',
  '    charges, which they say would double the cost of keeping a herd through the winter.',
  '    The growers were not alone, as on Tuesday the Marrow Valley Association of Dairy',
  '    Farmers also called on the minister to meet the growers before the charges take effect,',
  '    while the town\'s newly elected mayor, who chairs the council\'s finance board, Tobias',
  '    Grenwick, said the council would hear the growers at a public meeting next month.',
].join('\n');

const names = (text: string) => run(text).layers.entities!.map((e) => e.text.replace(/\s+/g, ' '));

describe('names across a wrapped line', () => {
  it('reads an organisation name wrapped onto the next line as one name, its actor named on one line', () => {
    const doc = run(WRAPPED);
    expect(names(WRAPPED)).toContain('Marrow Valley Association of Dairy Farmers');
    expect(doc.layers.actors!.map((a) => a.name)).toContain('Marrow Valley Association of Dairy Farmers');
  });

  it('reads a person name wrapped after the given name as one name', () => {
    expect(names(WRAPPED)).toContain('Tobias Grenwick');
  });

  it('does not join a headline to the first line of the body', () => {
    const text = 'Kelso Council Votes\n\nGreta Holm said the council would meet again.';
    expect(names(text)).not.toContain('Kelso Council Votes Greta Holm');
  });
});
