import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import { runParsed } from './syntax-helpers.ts';

describe('products and units are no organisation mentions', () => {
  it('reads a capitalised word with no cue before a noun of weapons or machines as a model, no actor', () => {
    const doc = runParsed('Dunmore will send four Korvan launchers, twelve Maral tanks and more Hamas rockets were found.');
    const names = doc.layers.entities!.map((e) => e.text);
    expect(names).not.toContain('Korvan');
    expect(names).not.toContain('Maral');
    expect(names).toContain('Hamas');
  });

  it('reads a maker followed by a model number as a product', () => {
    const doc = run('The carrier ordered ten Airbus A321 jets and two Boeing 777 freighters. Boeing said deliveries start soon.');
    const orgs = doc.layers.entities!.filter((e) => e.label === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['Boeing']);
    expect(orgs[0].start).toBeGreaterThan(doc.text.indexOf('freighters'));
  });

  it('reads capitals glued to a number as a unit', () => {
    const doc = run('The cheaper model comes with 128GB of storage.');
    expect(doc.layers.entities!.some((e) => e.text === 'GB')).toBe(false);
  });

  it('reads a name after a ship prefix in capitals as a vessel, no actor', () => {
    const doc = run('The frigate HMS Quannel and the destroyer USS Varrow sailed past the Lorvian coast guard.');
    expect(doc.layers.entities!.filter((e) => /Quannel|Varrow/.test(e.text))).toEqual([]);
  });
});
