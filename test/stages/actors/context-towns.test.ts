// The article country a national body phrase falls back on: actor mentions, overruled by the towns and
// regions the article names when none of them lies in the country the actor mentions lead to.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const governmentOf = (text: string): string | null => {
  const doc = runParsed(text);
  const m = doc.layers.mentions!.find((x) => x.text.toLowerCase() === 'the government');
  return m ? doc.layers.actors!.find((a) => a.id === m.actor)?.country ?? null : null;
};

describe('the article country of an unnamed government', () => {
  const TAIL = ' The government should pay for more shelters, one breeder said.';
  it('follows the actor mentions where the article names no towns', () => {
    expect(governmentOf('Italian greyhounds and Italian mastiffs drew the biggest crowds at the dog show.' + TAIL)).toBe('ITA');
  });
  it('follows the towns the article names when none lies in that country', () => {
    expect(governmentOf('Italian greyhounds and Italian mastiffs drew the biggest crowds at the dog show in Toronto. Breeders from Vancouver and Calgary came too.' + TAIL)).toBe('CAN');
  });
  it('keeps the country of the actor mentions when one of the towns lies in it', () => {
    expect(governmentOf('Italian greyhounds and Italian mastiffs drew the biggest crowds at the dog show in Milan. Breeders from Vancouver and Calgary came too.' + TAIL)).toBe('ITA');
  });
});

describe('the article country of an unnamed army', () => {
  it('is never taken from the towns: an army fights on other countries\' ground', () => {
    const doc = runParsed('Russian officials said the offensive was going to plan. Shelling hit Kharkiv and Kherson overnight, and fires burned in Mariupol. The army said its troops had taken two villages.');
    const m = doc.layers.mentions!.find((x) => x.text === 'The army');
    expect(m?.actor).toBe('group:RUS:MIL');
  });
});
