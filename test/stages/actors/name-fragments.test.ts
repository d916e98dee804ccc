import { describe, expect, it } from 'vitest';
import { entities, runParsed } from './syntax-helpers.ts';

const ents = (text: string) => entities(runParsed(text));
const actorsOf = (text: string) => runParsed(text).layers.mentions!.map((m) => [m.text, m.actor] as const);

describe('party-and-state tags after a legislator', () => {
  it('reads the tag as the party, not as an organisation of its own', () => {
    const e = ents('Sen. Ana Lopes (D-Mass.) and Rep. Tom Berg, R-Tex., wrote to the agency on Friday.');
    expect(e).toContainEqual(['D-Mass.', 'ORG', 'org:democratic-party']);
    expect(e).toContainEqual(['R-Tex.', 'ORG', 'org:republican-party']);
    expect(e.map((x) => x[2])).not.toContain('org:d-mass');
  });

  it('keeps a two-letter state whole and lets no pronoun refer to the tag', () => {
    const m = actorsOf('Rep. Mia Chen (D-N.Y.) said the plan was sound. It would cut costs, she added.');
    expect(m).toContainEqual(['D-N.Y.', 'org:democratic-party']);
    expect(m.filter(([t]) => t === 'It').map(([, a]) => a)).not.toContain('org:democratic-party');
  });
});

describe('a sentence-opening word glued to a name', () => {
  it('cuts a common first word off a known person', () => {
    const e = ents('Neither Clinton nor her aides were charged, the report said.');
    expect(e).toContainEqual(['Clinton', 'PERSON', 'person:hillary-clinton']);
    expect(e.map((x) => x[0])).not.toContain('Neither Clinton');
  });

  it('makes no name of a day after such a word', () => {
    expect(ents('Late Sunday night, the town lifted its curfew after the protests.').map((x) => x[0])).not.toContain('Late Sunday');
  });

  it('keeps a title before the person', () => {
    const e = ents('The candidate spoke twice. Candidate Trump should publish his returns, the paper wrote.');
    expect(e).toContainEqual(['Candidate', 'ROLE', 'person:donald-trump']);
  });
});

describe('wars and numerals', () => {
  it('makes no organisation of a war', () => {
    const e = ents('The island changed hands twice during World War II and again after the Iraq War.');
    expect(e.filter((x) => x[1] === 'ORG')).toEqual([]);
  });
});

describe('a person named with where they are from', () => {
  it('cuts the name before "of" and finds the body on its own', () => {
    const e = ents('The debate was chaired by Chris Wallace of Fox News on Sunday evening.');
    expect(e).toContainEqual(['Chris Wallace', 'PERSON', 'person:chris-wallace']);
    expect(e).toContainEqual(['Fox News', 'ORG', 'org:fox-news']);
  });

  it('keeps a person whose family name is a thing word', () => {
    expect(ents('Nathan Law spoke to the crowd outside the council building.')).toContainEqual(['Nathan Law', 'PERSON', 'person:nathan-law']);
  });
});

describe('title-case headlines with clitics', () => {
  it("makes no actor of a cue-less run on a headline with a possessive or a contraction", () => {
    const doc = runParsed("Senator Says 'Quiet Anger' Grows if Voters Don't Hear Plan.\n\nThe senator spoke in Ohio on Monday.");
    expect(doc.layers.actors!.map((a) => a.id)).not.toContain('org:quiet-anger');
  });
});

describe('a title-case headline run cut at its common words', () => {
  it('makes no person of a given name glued to a verb and the words after it', () => {
    const doc = runParsed('Ana Lopes: Maria Urging Panel To Check Trump Shows Nerves.\n\nAna Lopes spoke on the radio on Monday. She said the panel was urging restraint and would check the nerves of the campaign.');
    const m = doc.layers.mentions!.map((x) => [x.text, x.actor] as const);
    expect(m).toContainEqual(['Trump', 'person:donald-trump']);
    expect(m.map(([t]) => t).join('|')).not.toMatch(/Maria Urging/);
  });

  it('finds a registry name inside a run of capitalised common words', () => {
    const m = actorsOf('Rich Donors Quit Republican Party for Hillary Clinton.\n\nSeveral rich donors said on Tuesday that they would quit the party.').map(([t, a]) => `${t}=${a}`);
    expect(m).toContain('Hillary Clinton=person:hillary-clinton');
    expect(m).toContain('Republican Party=org:republican-party');
  });

  it('keeps an organisation named with common words whole', () => {
    const e = ents('What Is Good Harvest Farming?\n\nGood Harvest Farming is a small group that helps growers share good tools and farming tips.');
    expect(e.map((x) => x[0])).toContain('Good Harvest Farming');
  });
});
