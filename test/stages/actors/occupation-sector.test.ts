// An occupation beside a name tells that one person's sector (lexicon class occupation-sector).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe('an occupation beside a name', () => {
  it('gives the person its sector where no body is named', () => {
    const doc = runParsed('According to conservative talk radio host Tom Berrick, the move shows fear. The hearing heard from pediatrician Ines Varga on Monday. Steel magnate Tomas Kell Ruhl gave money.', '2016-09-10');
    expect(mentionActor(doc, 'Tom Berrick')?.sector).toBe('MED');
    expect(mentionActor(doc, 'Ines Varga')?.sector).toBe('HLH');
    expect(mentionActor(doc, 'Tomas Kell Ruhl')?.sector).toBe('BUS');
  });

  it('reads an owner beside a name as business ("X, a bakery owner")', () => {
    const doc = runParsed('Ida Brenn, a bakery owner in Harlow, praised the plan. The plan was backed by hotel owner Piet Varnum.', '2016-09-10');
    expect(mentionActor(doc, 'Ida Brenn')?.sector).toBe('BUS');
    expect(mentionActor(doc, 'Piet Varnum')?.sector).toBe('BUS');
  });

  it('makes no group of a bare occupation ("the host")', () => {
    const doc = runParsed('The host thanked the guests. The anchor read the news.', '2016-09-10');
    expect(doc.layers.mentions!.some((m) => m.text === 'The host' || m.text === 'host')).toBe(false);
  });

  it('gives the person the occupation\'s sector when the of/at phrase names a field or a body with no sector', () => {
    const doc = runParsed('Kira Dahlgren, assistant professor of sculpture, urged the council to act. Lina Marsk, an associate professor at Westbrook University School of Law, praised the bill.', '2026-03-02');
    expect(mentionActor(doc, 'Kira Dahlgren')?.sector).toBe('EDU');
    expect(mentionActor(doc, 'Lina Marsk')?.sector).toBe('EDU');
    // a role that is no occupation of the class still says nothing by its word ("president of …")
    const president = runParsed('Tomas Ekwall, president of the riverside fishing club, said little.', '2026-03-02');
    expect(mentionActor(president, 'Tomas Ekwall')?.sector ?? null).not.toBe('GOV');
  });

  it('reads the apposition the parser hung above the name ("moderator X, the anchor of …")', () => {
    const doc = runParsed('The debate was guided by moderator Paolo Brandlin, the anchor of KXR\'s "Evening Report."', '2026-03-02');
    expect(mentionActor(doc, 'Paolo Brandlin')?.sector).toBe('MED');
  });
});
