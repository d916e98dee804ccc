// A legislator's party-and-state tag in brackets ("Sen. Ana Lopes (D-Mass.)") is an apposition naming
// the person's party: the person stays the party of the event (match.ts appositions).
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();
const run = (text: string) =>
  (pipeline.run(createDoc({ date: '2021-03-04', text })).layers.events ?? []).map((e) => `${e.type} ${e.source?.actor} ${e.trigger.text}`);

describe('a party tag after a legislator', () => {
  it('keeps the senator, not the party, as the doer', () => {
    expect(run('Sen. Mary Lindqvist (D-Ore.) criticized the Federal Reserve on Monday.')).toContain('ACCUSE person:mary-lindqvist criticized');
    expect(run('Rep. Tom Hale (R-Texas) accused the governor of lying.')).toContain('ACCUSE person:tom-hale accused');
  });
  it('still reads a bracketed acronym as the body it names', () => {
    expect(run('The European Union (EU) condemned the attack on the embassy.').some((e) => e.startsWith('ACCUSE igo:EU'))).toBe(true);
  });
});

describe('an "it" that stands for a thing', () => {
  it('is no target of an event in an article', () => {
    const lead = 'Kenya held its farm fair in Nairobi on Friday. Crowds came from across Kenya. ';
    expect(run(lead + 'The president blessed a goat from the Rift Valley, granting it a pardon.').filter((e) => e.startsWith('CONCEDE'))).toEqual([]);
    expect(run(lead + 'The president met a jailed general from the Rift Valley, granting him a pardon.').some((e) => e.startsWith('CONCEDE'))).toBe(true);
  });
});
