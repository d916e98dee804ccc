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

  it('makes no group of a bare occupation ("the host")', () => {
    const doc = runParsed('The host thanked the guests. The anchor read the news.', '2016-09-10');
    expect(doc.layers.mentions!.some((m) => m.text === 'The host' || m.text === 'host')).toBe(false);
  });
});
