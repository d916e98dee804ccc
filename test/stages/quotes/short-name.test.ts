// A speaker that is a short form of an organisation the document named in full ("Granite State said" after
// "Granite State University"), or the organisation's whole name read as a place where it speaks, takes that
// organisation (shortNameActor, the quotes stage's last lookup after familyNameActor).
import { describe, expect, it } from 'vitest';
import { makeDoc, org, quoteStarting, quotesOf } from './helpers.ts';
import { shortNameActor } from '../../../src/stages/quotes/speaker.ts';

const uni = [org('org:granite-state-university', 'Granite State University', 'USA')];
const lookup = (doc: ReturnType<typeof makeDoc>, words: string) => {
  const at = doc.text.lastIndexOf(words);
  return shortNameActor(doc, { start: at, end: at + words.length });
};

describe('a short form of an organisation named in full', () => {
  it('gives the leading words of the full name named before it that organisation', () => {
    const doc = makeDoc('Granite State University cancelled the talk. Granite State said the speaker was not invited.', uni, [{ text: 'Granite State University', actor: 'org:granite-state-university' }]);
    expect(lookup(doc, 'Granite State')).toBe('org:granite-state-university');
  });

  it('gives no organisation to a short form before the full name, to a lower-case phrase or to a place word', () => {
    const later = makeDoc('The program, called Granite, drew critics. Granite State University ran it.', uni, [{ text: 'Granite State University', actor: 'org:granite-state-university' }]);
    expect(lookup(later, 'Granite')).toBeNull();
    const doc = makeDoc('Granite State University cancelled the talk. The state said nothing.', uni, [{ text: 'Granite State University', actor: 'org:granite-state-university' }]);
    expect(lookup(doc, 'The state')).toBeNull();
    const place = makeDoc('Granite State University cancelled the talk. Granite said nothing.', uni, [{ text: 'Granite State University', actor: 'org:granite-state-university' }]);
    expect(lookup(place, 'Granite')).toBe('org:granite-state-university');
    const at = place.text.lastIndexOf('Granite');
    place.layers.entities = [{ start: at, end: at + 7, text: 'Granite', label: 'GPE', actor: null }];
    expect(lookup(place, 'Granite')).toBeNull();
  });

  it('takes the whole name wherever the organisation is named', () => {
    const doc = makeDoc('According to Granite State University, the hall will reopen. Granite State University thanked donors.', uni, [{ text: 'Granite State University', actor: 'org:granite-state-university', nth: 1 }]);
    expect(shortNameActor(doc, { start: 13, end: 37 })).toBe('org:granite-state-university');
  });

  it('reaches a speaker through the stage', () => {
    const doc = makeDoc('Granite State University cancelled the talk. Granite State said the speaker was never invited.', uni, [{ text: 'Granite State University', actor: 'org:granite-state-university' }]);
    const q = quoteStarting(quotesOf(doc, { familyLookup: (d, span) => shortNameActor(d, span) }), 'the speaker was never invited', 'indirect');
    expect(q.speaker?.actor).toBe('org:granite-state-university');
  });
});
