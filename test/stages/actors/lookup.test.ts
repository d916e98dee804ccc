import { describe, expect, it } from 'vitest';
import { actorById, actorForSpan, actorsById, personIds } from '../../../src/stages/actors/lookup.ts';
import { run } from './helpers.ts';
import { runParsed } from './syntax-helpers.ts';

describe('actors stage: lookup helpers', () => {
  it('prefers the longest mention inside a span, else the most overlapping one', () => {
    const text = 'Polish troops guarded the border.';
    const doc = run(text);
    expect(actorForSpan(doc, { start: 0, end: 13 })?.actor.id).toBe('group:POL:MIL');
    expect(actorForSpan(doc, { start: 0, end: 6 })?.actor.id).toBe('country:POL');
    expect(actorForSpan(doc, { start: 0, end: text.length })?.actor.id).toBe('group:POL:MIL');
    expect(actorForSpan(doc, { start: 3, end: 10 })?.actor.id).toBe('group:POL:MIL');
    expect(actorForSpan(doc, { start: 14, end: 21 })).toBeNull();
    expect(actorById(doc, 'country:POL')?.name).toBe('Poland');
    expect(actorById(doc, 'country:XYZ')).toBeNull();
    expect(actorsById(doc).get('country:POL')?.name).toBe('Poland');
    expect(personIds(doc).size).toBe(0);
  });

  it('with the tree, takes the mention that holds the phrase\'s head, not a longer one in its apposition', () => {
    const text = 'Rep. Dana Whitfield, the top Democrat on the Senate Energy Committee, called for new sanctions.';
    const doc = runParsed(text, '2016-09-08');
    const span = { start: 0, end: text.indexOf(', called') };
    expect(actorForSpan(doc, span)?.actor.id).toBe('person:dana-whitfield');
  });

  it('reads a name closing the phrase as its head, the place or body before it as a modifier', () => {
    const cases: [string, string, string][] = [
      ['The bridge stays shut, said London police Sgt. Mara Quill.', 'London police Sgt. Mara Quill', 'person:mara-quill'],
      ['Prices will fall, the head of the Growers Union and farm owner, Luis Otero, said.', 'the head of the Growers Union and farm owner, Luis Otero', 'person:luis-otero'],
    ];
    for (const [text, phrase, id] of cases) {
      const doc = runParsed(text, '2016-09-08');
      const start = text.indexOf(phrase);
      const mentions = doc.layers.mentions!.filter((m) => m.start >= start && m.end <= start + phrase.length);
      expect(mentions.some((m) => m.actor !== id)).toBe(true);
      expect(actorForSpan(doc, { start, end: start + phrase.length })?.actor.id).toBe(id);
    }
  });

  it('keeps the body when the name is the object of a preposition or a conjunct', () => {
    for (const text of ['Canadian police officers and Mara Quill declined to comment.', 'Canadian police officers with Mara Quill declined to comment.']) {
      const doc = runParsed(text, '2016-09-08');
      expect(actorForSpan(doc, { start: 0, end: text.indexOf(' declined') })?.actor.id).toBe('group:CAN:COP');
    }
  });
});
