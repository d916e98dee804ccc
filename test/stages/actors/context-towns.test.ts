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

describe('the article country where no country is named', () => {
  const countryOf = (text: string, words: string): string | null => {
    const doc = runParsed(text);
    const m = doc.layers.mentions!.find((x) => x.text === words);
    return m ? doc.layers.actors!.find((a) => a.id === m.actor)?.country ?? null : null;
  };
  const HIKER = 'A hiker from Fresno went missing near Sacramento, California, on Sunday. Police said a search would resume at dawn.';
  it('is the country of the towns and regions when at least two lie in it', () => {
    expect(countryOf(HIKER + ' Volunteers brought food and blankets.', 'Police')).toBe('USA');
  });
  it('is none in a text of fewer than three sentences: it tells too little', () => {
    expect(countryOf(HIKER, 'Police')).toBe(null);
  });
  it('is none when the towns of two countries tie', () => {
    const doc = runParsed('A cyclist from Leeds was hurt in Toronto on Sunday. Police said the driver did not stop. Witnesses called an ambulance.');
    expect(doc.layers.mentions!.some((x) => x.text === 'Police')).toBe(false);
  });
  it('is not taken from the towns for an army', () => {
    const doc = runParsed('Shelling hit Kharkiv and Kherson overnight. Fires burned in Mariupol. The army said its troops had taken two villages.');
    expect(doc.layers.mentions!.some((x) => x.text === 'The army')).toBe(false);
  });
});

describe('a town or region before a national body', () => {
  it('gives the body its country, whatever other country the sentence names', () => {
    const doc = runParsed('Ana Ruiz, who grew up in Peru, was handed to New Haven police on Monday after a week in hiding.');
    const m = doc.layers.mentions!.find((x) => x.text === 'police');
    expect(doc.layers.actors!.find((a) => a.id === m?.actor)?.country).toBe('USA');
  });
});
