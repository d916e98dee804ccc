// A named organisation's people ("Gazprom officials") and organisations the registry knows by sector.
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor, run } from './helpers.ts';

describe("a known organisation's name compounded before a generic people word", () => {
  it('makes them its own people, of its sector, not a national body', () => {
    const doc = runParsed('Gazprom officials told the Ukrainian side that deliveries would stop on Monday.', '2024-02-01');
    expect(mentionActor(doc, 'officials')?.id).toBe('org:gazprom');
  });

  it('leaves a country before the word a national body', () => {
    const doc = runParsed('Polish officials said the border would reopen.', '2024-02-01');
    expect(mentionActor(doc, 'Polish officials')?.id).toBe('group:POL:GOV');
  });
});

describe('registry organisations with country and sector', () => {
  it('knows advocacy groups, companies and public bodies by name', () => {
    const doc = run('The NAACP, Uber and Health Canada issued statements on Tuesday.');
    expect(mentionActor(doc, 'The NAACP')).toMatchObject({ country: 'USA', sector: 'NGO' });
    expect(mentionActor(doc, 'Uber')).toMatchObject({ country: 'USA', sector: 'BUS' });
    expect(mentionActor(doc, 'Health Canada')).toMatchObject({ country: 'CAN', sector: 'GOV' });
  });

  it('knows a bank, an advocacy group, a union, a federal agency and a state broadcaster by name', () => {
    const doc = run('Wells Fargo, the Sierra Club, United Mine Workers of America, the IRS and RT America issued statements on Tuesday.');
    expect(mentionActor(doc, 'Wells Fargo')).toMatchObject({ country: 'USA', sector: 'BUS' });
    expect(mentionActor(doc, 'the Sierra Club')).toMatchObject({ country: 'USA', sector: 'NGO' });
    expect(mentionActor(doc, 'United Mine Workers of America')).toMatchObject({ country: 'USA', sector: 'LAB' });
    expect(mentionActor(doc, 'the IRS')).toMatchObject({ country: 'USA', sector: 'GOV' });
    expect(mentionActor(doc, 'RT America')).toMatchObject({ country: 'RUS', sector: 'MED' });
  });

  it('knows wire services, fact-checkers, airlines and platforms by name (no person "Aeroflot" or "PolitiFact")', () => {
    const doc = run('PolitiFact, Yonhap and Deutsche Welle reported the claim, while Aeroflot and Qantas cancelled flights and Instagram removed the posts.');
    expect(mentionActor(doc, 'PolitiFact')).toMatchObject({ country: 'USA', sector: 'MED', kind: 'org' });
    expect(mentionActor(doc, 'Yonhap')).toMatchObject({ country: 'KOR', sector: 'MED' });
    expect(mentionActor(doc, 'Deutsche Welle')).toMatchObject({ country: 'DEU', sector: 'MED' });
    expect(mentionActor(doc, 'Aeroflot')).toMatchObject({ country: 'RUS', sector: 'BUS', kind: 'org' });
    expect(mentionActor(doc, 'Qantas')).toMatchObject({ country: 'AUS', sector: 'BUS' });
    expect(mentionActor(doc, 'Instagram')).toMatchObject({ country: 'USA', sector: 'BUS' });
  });

  it('reads a council or municipality as local government and a legislative council as a legislature', () => {
    const doc = run('Harlow Council and the Municipality of Vesta rejected the plan, and the Legislative Council debated it.');
    expect(mentionActor(doc, 'Harlow Council')?.sector).toBe('GOV');
    expect(mentionActor(doc, 'the Municipality of Vesta')?.sector).toBe('GOV');
    expect(mentionActor(doc, 'the Legislative Council')?.sector).toBe('LEG');
  });
});

describe("a generic people word's of/for/at phrase names the body it serves", () => {
  const entity = (doc: ReturnType<typeof runParsed>, text: string) => doc.layers.entities!.find((e) => e.text === text);
  const sectorOf = (doc: ReturnType<typeof runParsed>, text: string) => {
    const e = entity(doc, text);
    return e?.actor ? doc.layers.actors!.find((a) => a.id === e.actor)?.sector : e?.sector;
  };

  it('takes the sector of a sector word, a possessor or a person there, not the government', () => {
    const doc = runParsed('The Halden mill will close, Norway said. A spokesperson for the company said the plant was old. A spokesman for the attorney general\'s office declined to comment. Officials at the hospital said two patients died. A spokeswoman for the Halden police said no one was hurt.', '2026-03-02');
    expect(sectorOf(doc, 'A spokesperson')).toBe('BUS');
    expect(sectorOf(doc, 'A spokesman')).toBe('JUD');
    expect(sectorOf(doc, 'Officials')).toBe('HLH');
    expect(sectorOf(doc, 'A spokeswoman')).toBe('COP');
    // a body outside the state's offices is placed by its own words only: no country from the article
    expect(entity(doc, 'A spokesperson')?.actor ?? null).toBeNull();
  });

  it('keeps the government where the phrase names no body, or a crowd', () => {
    const doc = runParsed('Norway closed the mill. Officials said the road was closed. A spokesman for the residents said they were angry.', '2026-03-02');
    expect(sectorOf(doc, 'Officials')).toBe('GOV');
    expect(sectorOf(doc, 'A spokesman')).toBe('GOV');
  });
});
