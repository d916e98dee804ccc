// A "he"/"she" speaker the coreference gave to a person named inside reported words (contentPronouns):
// not someone named in its own fronted content ("…Mr Berg…, he said"), and not someone named in the
// content of a person speaking just before it ("…Ole Dahl…, according to Tom Eck. He said …"); the speaker
// before takes it along the chain, else it is left without an actor. Own sentences; actors and mentions
// filled by hand, the pronoun's mention standing for the coreference's wrong reading.
import { describe, expect, it } from 'vitest';
import { makeDoc, org, person, quotesOf, quoteStarting } from './helpers.ts';

const berg = person('person:jon-berg', 'Jon Berg', 'NOR');
const lind = person('person:per-lind', 'Per Lind', 'NOR');
const dahl = person('person:ole-dahl', 'Ole Dahl', 'NOR');
const eck = person('person:tom-eck', 'Tom Eck', 'NOR');
const post = org('org:daily-post', 'Daily Post', 'NOR');

describe('a pronoun speaker is not a person named inside reported words', () => {
  it('never names someone inside its own fronted content; the speaker before takes it', () => {
    const text = '“We ran out of the tent,” Dr Lind said. The storm threw Mr Berg against the fence, he said.';
    const qs = quotesOf(makeDoc(text, [berg, lind], [
      { text: 'Dr Lind', actor: lind.id },
      { text: 'Mr Berg', actor: berg.id },
      { text: 'he', actor: berg.id, via: 'pronoun' },
    ]));
    expect(quoteStarting(qs, 'The storm threw', 'indirect').speaker).toMatchObject({ text: 'he', actor: lind.id });
  });

  it('is left without an actor when no speaker before can take it', () => {
    const text = 'The wind was strong that night. The storm threw Mr Berg against the fence, he said.';
    const qs = quotesOf(makeDoc(text, [berg], [
      { text: 'Mr Berg', actor: berg.id },
      { text: 'he', actor: berg.id, via: 'pronoun' },
    ]));
    expect(quoteStarting(qs, 'The storm threw', 'indirect').speaker).toMatchObject({ text: 'he', actor: null });
  });

  it('goes to the person speaking just before, not to the one that person spoke of', () => {
    const text = 'His father, Ole Dahl, is now in a hospital in Bergen, according to Tom Eck. He said the pair come from Oslo.';
    const qs = quotesOf(makeDoc(text, [dahl, eck], [
      { text: 'Ole Dahl', actor: dahl.id },
      { text: 'Tom Eck', actor: eck.id },
      { text: 'He', actor: dahl.id, via: 'pronoun' },
    ]));
    expect(quoteStarting(qs, 'the pair come from Oslo', 'indirect').speaker).toMatchObject({ text: 'He', actor: eck.id });
  });

  it('keeps the person an organisation reported on', () => {
    const text = 'The Daily Post reported that Ole Dahl owns three farms. He said the farms are small.';
    const qs = quotesOf(makeDoc(text, [dahl, post], [
      { text: 'Daily Post', actor: post.id },
      { text: 'Ole Dahl', actor: dahl.id },
      { text: 'He', actor: dahl.id, via: 'pronoun' },
    ]));
    expect(quoteStarting(qs, 'the farms are small', 'indirect').speaker).toMatchObject({ text: 'He', actor: dahl.id });
  });

  it('keeps "he" when the person speaking before is a woman', () => {
    const text = 'His father, Ole Dahl, is now in a hospital in Bergen, according to Ms Eck. He said the pair come from Oslo.';
    const qs = quotesOf(makeDoc(text, [dahl, eck], [
      { text: 'Ole Dahl', actor: dahl.id },
      { text: 'Ms Eck', actor: eck.id },
      { text: 'He', actor: dahl.id, via: 'pronoun' },
    ]));
    expect(quoteStarting(qs, 'the pair come from Oslo', 'indirect').speaker).toMatchObject({ text: 'He', actor: dahl.id });
  });

  it('keeps a person named in its own content when the cue takes a complement of its own after it', () => {
    const text = 'In his first season Mr Berg not only showed up on time, he showed up early every week.';
    const qs = quotesOf(makeDoc(text, [berg], [
      { text: 'Mr Berg', actor: berg.id },
      { text: 'he', actor: berg.id, via: 'pronoun' },
    ]));
    const q = qs.find((x) => x.speaker?.text === 'he');
    expect(q?.speaker?.actor).toBe(berg.id);
  });
});
