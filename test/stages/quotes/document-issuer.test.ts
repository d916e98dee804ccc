// A quote framed by a speech participle on a document ("released a statement saying “…”", "resigned in a
// letter to the board stating, “…”", "issued a statement … and calling on X to “…”") is the words of the
// document's issuer, not of the document or of a noun inside the document's phrase (documentIssuers).
import { describe, expect, it } from 'vitest';
import { makeDoc, org, person, quotesOf, quoteStarting } from './helpers.ts';

describe('the issuer of a document that frames a quote', () => {
  it('gives "X released a statement saying “…”" to X', () => {
    const mayors = [org('org:harbour-council', 'Harbour Council', 'GBR')];
    const doc = makeDoc('The Harbour Council released a joint statement saying “We will fight this ruling in every court we can.”', mayors, [{ text: 'Harbour Council', actor: 'org:harbour-council' }]);
    const q = quoteStarting(quotesOf(doc), 'We will fight', 'direct');
    expect(q.speaker?.text).toBe('The Harbour Council');
    expect(q.speaker?.actor).toBe('org:harbour-council');
  });

  it('gives "X resigned in a letter to the board stating, “…”" to X, not the board', () => {
    const alder = [person('person:kim-alder', 'Kim Alder', 'USA'), org('org:lumen', 'Lumen', 'USA')];
    const doc = makeDoc('Kim Alder resigned in a letter to the Lumen board of directors stating, “I always said I would step aside when the time came.”', alder, [
      { text: 'Kim Alder', actor: 'person:kim-alder' },
      { text: 'Lumen', actor: 'org:lumen' },
    ]);
    const q = quoteStarting(quotesOf(doc), 'I always said', 'direct');
    expect(q.speaker?.actor).toBe('person:kim-alder');
  });

  it('gives the second of two participles on an issued statement to the issuer', () => {
    const office = [org('org:premier-office', "the premier's office", 'CAN')];
    const doc = makeDoc("The premier's office issued a statement on Friday voicing sorrow and calling on agencies to “spare nothing for the flooded towns.”", office, [
      { text: "premier's office", actor: 'org:premier-office' },
    ]);
    for (const q of quotesOf(doc).filter((x) => x.cue === 'calling on')) expect(q.speaker?.actor).toBe('org:premier-office');
  });

  it('leaves a statement no one is said to issue as its own speaker', () => {
    const q = quoteStarting(quotesOf(makeDoc('A statement arrived on Monday saying “Nothing has changed in the port since the storm.”')), 'Nothing has changed');
    expect(q.speaker?.text).toBe('A statement');
  });
});
