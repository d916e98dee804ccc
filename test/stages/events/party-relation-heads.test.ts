// A party phrase whose head is a relation noun or whose name sits in a hyphenated participle names the
// head, not the modifier (issue 15): "Varga supporters" are civilians of Varga's country, "its allies" of a
// state are other states, an "Acme-led consortium" is the consortium, a "Lorvia-owned airline" is in
// Lorvia, a "Lorvia-backed militia" is not. Invented names and sentences.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, events } from './helpers.ts';

const VARGA = { id: 'person:varga', kind: 'person' as const, country: 'HUN', sector: 'PTY', say: ['Varga'] };
const LORVIA = { id: 'country:LRV', kind: 'country' as const, country: 'LRV', say: ['Lorvia', 'Lorvian'] };
const ACME = { id: 'org:acme', kind: 'org' as const, country: 'DEU', sector: 'BUS', say: ['Acme'] };

describe.each([false, true])('events: relation and participle heads (tree %s)', (tree) => {
  it('gives supporters of a person the person\'s country as civilians, never the person', () => {
    for (const text of ['Varga supporters criticised France on Monday.', 'Varga\'s supporters criticised France on Monday.']) {
      const evs = events({ text, actors: [...COUNTRIES, VARGA], tree });
      expect(evs.length).toBeGreaterThan(0);
      for (const e of evs) {
        expect(e.source.actor).toBeNull();
        expect(e.source.country).toBe('HUN');
        expect(e.source.sector).toBe('CVL');
      }
    }
  });

  it('keeps a person\'s allies in the person\'s country but a state\'s allies in none', () => {
    const person = events({ text: 'Varga\'s allies criticised France on Monday.', actors: [...COUNTRIES, VARGA], tree });
    expect(person.some((e) => e.source.actor === null && e.source.country === 'HUN')).toBe(true);
    const state = events({ text: 'Lorvia and its allies condemned France on Monday.', actors: [...COUNTRIES, LORVIA], tree });
    expect(state.some((e) => e.source.actor === 'country:LRV')).toBe(true);
    expect(state.some((e) => e.source.text === 'its allies' && e.source.actor === null && e.source.country === null)).toBe(true);
  });

  it('reads an X-led or X-backed phrase as its head, with an owning state\'s country only', () => {
    const led = events({ text: 'An Acme-led consortium criticised France on Monday.', actors: [...COUNTRIES, ACME], tree });
    expect(led.length).toBeGreaterThan(0);
    for (const e of led) expect(e.source.actor).not.toBe('org:acme');
    const owned = events({ text: 'A Lorvia-owned airline criticised France on Monday.', actors: [...COUNTRIES, LORVIA], tree });
    expect(owned.some((e) => e.source.actor === null && e.source.country === 'LRV' && e.source.text === 'A Lorvia-owned airline')).toBe(true);
    const backed = events({ text: 'A Lorvian-backed militia attacked French troops on Monday.', actors: [...COUNTRIES, LORVIA], tree });
    expect(backed.length).toBeGreaterThan(0);
    for (const e of backed) {
      expect(e.source.actor).toBeNull();
      expect(e.source.country).not.toBe('LRV');
    }
  });

  it('still gives a plain modifier its actor', () => {
    const evs = events({ text: 'Lorvian troops attacked France on Monday.', actors: [...COUNTRIES, LORVIA], tree });
    expect(evs.some((e) => e.source.country === 'LRV')).toBe(true);
  });
});
