import { describe, expect, it } from 'vitest';
import { actorOf, runParsed } from './syntax-helpers.ts';

const actor = actorOf;

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

describe('an office named with its country after it, and a holder the registry does not know', () => {
  const mentions = (text: string, date: string) => runParsed(text, date).layers.mentions!.map((m) => `${m.text}=${m.actor}`);

  it('reads the country of an of-phrase after the title', () => {
    expect(mentions('The delegation was received by the Prime Minister of Canada at the airport.', '2020-10-17')).toContain('the Prime Minister=person:justin-trudeau');
  });

  it('gives a later bare title to the holder an apposition introduced', () => {
    const text = 'The ship was welcomed by the Prime Minister of Tuvalu, Mr. Sione Teleke, at the harbour. In his speech, the Prime Minister thanked the crew.';
    const ms = mentions(text, '2021-03-02');
    expect(ms.filter((m) => m === 'the Prime Minister=person:sione-teleke')).toHaveLength(2);
    expect(runParsed(text, '2021-03-02').layers.actors!.find((a) => a.id === 'person:sione-teleke')?.country).toBe('TUV');
  });

  it("takes no registry holder of a country the article has not placed anyone in", () => {
    const ms = mentions('Tuvalu opened a new harbour. In his speech, the Prime Minister thanked the crew.', '2007-10-17');
    expect(ms.some((m) => m.startsWith('the Prime Minister=person:'))).toBe(false);
  });
});

describe("a body's sector from two words of its name, and a crown's adjective before the country", () => {
  it('reads Air Force as military, and the country after Royal', () => {
    const a = actor('The Royal Australian Air Force bought five tankers.', 'org:royal-australian-air-force');
    expect(a?.sector).toBe('MIL');
    expect(a?.country).toBe('AUS');
    expect(actor('The Royal Thai Navy rescued two men.', 'org:royal-thai-navy')?.country).toBe('THA');
  });
});

describe('an organisation whose name closes with a country or an of-phrase naming a place', () => {
  it('takes the country of a closing country name', () => {
    expect(actor('Rowing Norway announced the new coach on Friday.', 'org:rowing-norway')?.country).toBe('NOR');
    expect(actor('The charity Harbour Trust UK opened two shelters.', 'org:harbour-trust-uk')?.country).toBe('GBR');
  });

  it('takes the country of a country, region or large city after the last "of"', () => {
    expect(actor('The Beekeepers League of Portugal warned of a poor season.', 'org:beekeepers-league-of-portugal')?.country).toBe('PRT');
    expect(actor('The Wrongful Conviction Project of Ohio filed the appeal.', 'org:wrongful-conviction-project-of-ohio')?.country).toBe('USA');
  });

  it('reads no country in a larger region or in a nationality', () => {
    expect(actor('Veltra North America hired 200 engineers.', 'org:veltra-north-america')?.country ?? null).toBeNull();
  });
});

describe('a private body opening with a region of the country the document names most, named after it', () => {
  it('takes that country once the whole document is read', () => {
    const text = 'The Nebraska Beekeepers Guild said hives were lost. President Joe Biden promised aid to American farmers.';
    expect(actor(text, 'org:nebraska-beekeepers-guild')?.country).toBe('USA');
  });

  it('takes none where the document is another country\'s', () => {
    const text = 'The Nebraska Beekeepers Guild said hives were lost. Prime Minister Justin Trudeau promised aid to Canadian farmers.';
    expect(actor(text, 'org:nebraska-beekeepers-guild')?.country ?? null).toBeNull();
  });
});
