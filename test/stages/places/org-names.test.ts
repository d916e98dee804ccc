import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../src/doc/doc.ts';
import { placesPipeline } from './pipeline.ts';

const pipeline = placesPipeline();
const places = (text: string) => (pipeline.run(createDoc({ date: '2023-03-02', text })).layers.places ?? []).map((p) => text.slice(p.start, p.end));

describe('places: no toponym inside a longer organisation name', () => {
  it('reads no small town out of a word of an organisation name', () => {
    // "Justice" is also a small town in the USA.
    expect(places('Lawyers from Chicago argued the case before the International Court of Justice on Monday.')).not.toContain('Justice');
  });

  it('reads no country out of a nationality-qualified word of an organisation name', () => {
    const found = places('Delegates to the Organization of American States gathered in Quito for two days.');
    expect(found).not.toContain('States');
    expect(found).toContain('Quito');
  });

  it('keeps the country or city a body is named for', () => {
    expect(places('Economists at the Bank of England expect rates to stay high.')).toContain('England');
  });
});
