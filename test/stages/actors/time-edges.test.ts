import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const entities = (text: string) => runParsed(text).layers.entities!.filter((e) => e.label !== 'ROLE').map((e) => e.text);

describe('trimTimeEdges', () => {
  it('cuts a day name off the end of a town or a park the tagger reads', () => {
    const names = entities('Soldiers pushed into the old quarter of Qaraband Wednesday, a spokesman said.');
    expect(names.some((n) => /Wednesday/.test(n))).toBe(false);
    const park = entities('Hundreds of marchers gathered in Lindley Park Saturday to demand new elections.');
    expect(park.some((n) => /Saturday/.test(n))).toBe(false);
  });

  it('keeps a one-word name and a day name inside a longer name', () => {
    expect(entities('The Good Friday Agreement was signed in Belfast.').join('|')).not.toMatch(/^Good\|/);
  });
});
