// Three readings that are no town of the name's: a currency sign after a country's letters ("US$"),
// an abbreviation known only in capitals written as an ordinary word ("Act", "Us"), and a state's
// office after a state named like its town ("New York Gov."). Own invented sentences.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { resolveToponym } from '../../../src/stages/places/analyze.ts';
import { isCurrencyPrefix } from '../../../src/stages/places/recognize.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const placesOf = (text: string) => pipeline.run(createDoc({ date: '2023-03-02', text })).layers.places ?? [];

describe('places: currencies, abbreviations in capitals, state offices', () => {
  it('makes no place of the letters before a currency sign', () => {
    const ps = placesOf('The tablet sells for US$ 450 in Ohio, or NZ $ 700 and US $450 elsewhere.');
    expect(ps.some((p) => /^(US|NZ)$/.test(p.text))).toBe(false);
    expect(ps.some((p) => p.text === 'Ohio')).toBe(true);
    expect(placesOf('Exports to the US fell.').some((p) => p.text === 'US')).toBe(true);
  });
  it('finds the sign as the last character, right after the name or after one space, and nowhere else', () => {
    const at = (text: string, name: string) => {
      const start = text.indexOf(name);
      return isCurrencyPrefix(text, { start, end: start + name.length });
    };
    expect(at('priced at US$ 9', 'US$')).toBe(true);
    expect(at('priced at US$ 9', 'US')).toBe(true);
    expect(at('priced at NZ € 9', 'NZ')).toBe(true);
    expect(at('priced at the UK£9', 'the UK')).toBe(true);
    expect(at('priced at JP ¥9', 'JP')).toBe(true);
    expect(at('priced at US  $9', 'US')).toBe(false);
    expect(at('priced at US 9', 'US')).toBe(false);
    expect(at('sold in Ohio $9', 'Ohio')).toBe(false);
    expect(at('from US$', 'US$')).toBe(true);
    expect(at('to US', 'US')).toBe(false);
  });
  it('matches an abbreviation in capitals only when the text writes it so', () => {
    expect(placesOf('The Clean Water Act was amended by the council in Ohio.').some((p) => p.text === 'Act')).toBe(false);
    expect(placesOf('Schools in the ACT reopen in February.').find((p) => p.text === 'ACT')).toEqual(expect.objectContaining({ country: 'AUS' }));
    expect(placesOf('Tell Us What You Think about Ohio.').some((p) => p.text === 'Us')).toBe(false);
  });
  it('reads a given span as the running text does: its case, the country before a currency sign', () => {
    const given = (text: string, name: string) => {
      const doc = pipeline.run(createDoc({ date: '2023-03-02', text }));
      const start = text.indexOf(name);
      return resolveToponym(doc, { start, end: start + name.length });
    };
    expect(given('The tablet sells for US$ 450 in Ohio.', 'US')).toEqual(expect.objectContaining({ country: 'USA', name: 'United States' }));
    expect(given('The Clean Water Act was amended by the council in Ohio.', 'Water Act')?.country).not.toBe('AUS');
    expect(given('Schools in the ACT reopen in February.', 'ACT')).toEqual(expect.objectContaining({ country: 'AUS' }));
  });
  it('reads a state named like its town as the state before its office', () => {
    const text = 'The mayor flew to New York on Monday. The New York Gov. Jane Roe signed the bill, and a Washington senator praised it.';
    const ps = placesOf(text);
    const ny = ps.filter((p) => p.text === 'New York');
    expect(ny.map((p) => p.name)).toEqual(['New York City', 'New York State']);
    expect(ps.find((p) => p.text === 'Washington')).toEqual(expect.objectContaining({ name: 'Washington State' }));
  });
  it('reads a state-wide phrase before the name as the state', () => {
    const ps = placesOf('She won two Senate races in New York before the debate in New York City.');
    expect(ps.find((p) => p.text === 'New York')).toEqual(expect.objectContaining({ name: 'New York State' }));
  });
});
