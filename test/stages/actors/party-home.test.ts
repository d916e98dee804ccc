// A party the registry does not know, whose name names no country, is the document's own country's
// ("the Green Party's candidate" in a report on a US election); one written with its country keeps it.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const DATE = '2016-11-25';

describe('actors stage: an unknown party in its own country', () => {
  it('gives a party with no country in its name the country the document speaks of', () => {
    const doc = runParsed('The Wisconsin recount began in the United States on Friday. The Green Party candidate Mara Lind asked American officials to count every vote again.', DATE);
    expect(doc.layers.actors!.find((a) => a.id === 'org:green-party')?.country).toBe('USA');
  });

  it('keeps the country a party is written with', () => {
    const doc = runParsed('American officials watched the vote. Germany\'s Green Party won seats in Berlin.', DATE);
    const green = doc.layers.actors!.find((a) => a.name.includes('Green Party'));
    expect(green?.country).toBe('DEU');
  });
});
