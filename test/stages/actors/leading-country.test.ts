import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

const actor = (text: string, id: string) => runParsed(text).layers.actors!.find((a) => a.id === id);

describe('a public body named after its country, region or city', () => {
  it('takes the country a nationality or country name opens the name with', () => {
    expect(actor('The Greek Ministry of Tourism approved the new ferry routes on Monday.', 'org:greek-ministry-of-tourism')?.country).toBe('GRC');
    expect(actor('Officials at the U.S. Department of Energy declined to comment on the report.', 'org:u-s-department-of-energy')?.country).toBe('USA');
  });

  it("takes the country of a region or city that opens the name, keeping the body's own name", () => {
    const a = actor('The Tulsa Police Department said two officers were hurt in the crash.', 'org:tulsa-police-department');
    expect(a?.country).toBe('USA');
    expect(a?.sector).toBe('COP');
    expect(actor('The Queensland Police Service closed the highway after the flood.', 'org:queensland-police-service')?.country).toBe('AUS');
  });

  it('reads no small town in a word that opens a national body', () => {
    expect(actor('The Federal Board of Audits opened an inquiry into the contract.', 'org:federal-board-of-audits')?.country ?? null).toBeNull();
  });
});

describe('a private body named after its country, region or city', () => {
  it('takes a country or nationality that opens the name', () => {
    expect(actor('Kenya Coffee Growers reported a smaller harvest this season.', 'org:kenya-coffee-growers')?.country).toBe('KEN');
  });

  it('takes a city that opens the name only when the article has already placed someone in its country', () => {
    const text = 'President Joe Biden signed the bill on Monday. The Denver Daily Tribune called the law a gamble.';
    expect(actor(text, 'org:denver-daily-tribune')?.country).toBe('USA');
    expect(actor('The Denver Daily Tribune called the law a gamble.', 'org:denver-daily-tribune')?.country ?? null).toBeNull();
  });

  it("gives a person the country of the body an apposition says they serve", () => {
    const doc = runParsed('President Joe Biden signed the bill on Monday. Dana Whitfield, director of the Denver Institute for Civic Research, criticised it.');
    const person = doc.layers.actors!.find((a) => a.id === 'person:dana-whitfield');
    expect(person?.country).toBe('USA');
    expect(person?.sector).toBe('NGO');
  });
});
