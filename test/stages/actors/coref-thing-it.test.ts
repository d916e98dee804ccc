// "it"/"its" for a thing, not an actor (docs/entities.md, twenty-seventh session): an object "it" that would
// go to its own clause's subject, and a sentence-opening "Its" or "It" after a main clause whose subject is
// a thing, get no actor.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actorAt = (doc: ReturnType<typeof runParsed>, text: string, nth = 0) => doc.layers.mentions!.filter((m) => m.text === text)[nth]?.actor;

describe('actors stage: coreference of "it" for a thing', () => {
  it(`never gives an object "it" its own clause's subject, and keeps another actor for it`, () => {
    const thing = runParsed('Veltrix Industries sold an old drill press for years. Veltrix has replaced it with two newer models.');
    expect(actorAt(thing, 'it')).toBeUndefined();
    const other = runParsed('Chad accused Niger of smuggling on Monday. Chad then sanctioned it with new tariffs.');
    expect(actorAt(other, 'it')).toBe('country:NER');
  });

  it('keeps the antecedent of "it" as the subject of a small clause', () => {
    const doc = runParsed('Chad lies on a fault line, making it prone to earthquakes.');
    expect(actorAt(doc, 'it')).toBe('country:TCD');
  });

  it('leaves a sentence-opening "Its" after a main clause whose subject is a thing unresolved', () => {
    const thing = runParsed('Veltrix Industries built a new tractor. The first prototype was shown in Lyon in May. Its serial number is 001.');
    expect(actorAt(thing, 'Its')).toBeUndefined();
    const firm = runParsed('Veltrix Industries built a new tractor in Lyon in May. Its engineers worked for two years on the design.');
    expect(actorAt(firm, 'Its')).toBe('org:veltrix-industries');
  });

  it('leaves "it"/"its" in a relative clause whose pronoun stands for a thing unresolved, unless an actor is named between', () => {
    const pub = runParsed('Veltrix Industries bought a bakery in Lyon, a cafe that was meant to give its profit to a school until it closed in May.');
    expect(actorAt(pub, 'its')).toBeUndefined();
    expect(actorAt(pub, 'it')).toBeUndefined();
    const named = runParsed('Chad hosted the summit. A report that praised Chad and its efforts was published on Monday.');
    expect(actorAt(named, 'its')).toBe('country:TCD');
  });

  it('gives no actor to "it" the passive subject of a participle for a made or scheduled thing', () => {
    const built = runParsed('Veltrix Industries showed a new tractor in Lyon on Monday. It was built in a plant near Paris.');
    expect(actorAt(built, 'It')).toBeUndefined();
    const founded = runParsed('Veltrix Industries showed a new tractor in Lyon on Monday. It was founded in Paris in 1990.');
    expect(actorAt(founded, 'It')).toBe('org:veltrix-industries');
  });

  it('lets a named subject of a subordinate clause not keep "It" from the thing that is the main subject', () => {
    const doc = runParsed('Veltrix Industries aired a new advert on Monday. The advert shows a flooded street while Chad was at war. It also mentions the price of bread.');
    expect(actorAt(doc, 'It')).toBeUndefined();
    const named = runParsed('Veltrix Industries aired a new advert on Monday. Veltrix Industries shows a flooded street while the town was at war. It also mentions the price of bread.');
    expect(actorAt(named, 'It')).toBe('org:veltrix-industries');
  });
});
