// A news outlet named as the speaker with no actor of its own ("the Harbin Daily commented", "Ash-Sharq
// al-Awsat reports", "Vantor newspaper mentioned") gets a document-local organisation actor of sector MED,
// with the country the media lexicon gives a known outlet; a glued Arabic article joins the span. A
// lower-case medium ("the blog"), an adjective before it ("Popular Website") and "state TV" get none.
import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';

const TEXT = [
  'The Harbin Daily commented that the border talks were a good start.',
  'Ash-Sharq al-Awsat reports that the market stayed shut on Monday.',
  'Vantor newspaper mentioned that the bridge will reopen soon.',
  'The blog claims that the river is rising fast.',
  'Popular Website Shows That Readers Want Shorter Stories, state TV said.',
].join('\n\n');

describe('outlets as speakers', () => {
  const doc = makeDoc(TEXT, [], []);
  const quotes = quotesOf(doc);
  const actorOf = (id: string | null | undefined) => (doc.layers.actors ?? []).find((a) => a.id === id);

  it('gives a named medium an outlet actor', () => {
    const daily = quoteStarting(quotes, 'the border talks').speaker;
    expect(actorOf(daily?.actor)).toMatchObject({ kind: 'org', sector: 'MED' });
    const paper = quoteStarting(quotes, 'the bridge').speaker;
    expect(paper?.text).toBe('Vantor newspaper');
    expect(actorOf(paper?.actor)).toMatchObject({ kind: 'org', sector: 'MED', country: null });
  });

  it('joins the Arabic article and reads a known outlet its country', () => {
    const sharq = quoteStarting(quotes, 'the market').speaker;
    expect(sharq?.text).toBe('Ash-Sharq al-Awsat');
    expect(actorOf(sharq?.actor)).toMatchObject({ sector: 'MED', country: 'SAU' });
  });

  it('leaves a lower-case medium and an adjective-led title alone', () => {
    expect(quoteStarting(quotes, 'the river').speaker?.actor ?? null).toBeNull();
    const others = quotes.filter((q) => /Popular|state TV/.test(q.speaker?.text ?? ''));
    for (const q of others) expect(q.speaker?.actor ?? null).toBeNull();
    expect((doc.layers.actors ?? []).filter((a) => a.sector === 'MED')).toHaveLength(3);
  });
});
