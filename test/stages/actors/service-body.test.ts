// The body an apposition's role noun serves gives a person its sector (service-sector.ts).
import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';
import { mentionActor } from './helpers.ts';

describe('a role in an apposition', () => {
  it('takes the sector of the body after the role noun, wherever the parser hangs it', () => {
    const doc = runParsed('Tomas Kell Ruhl, president of the NAACP, said the vote mattered.', '2016-09-10');
    const p = mentionActor(doc, 'Tomas Kell Ruhl');
    expect(p?.sector).toBe('NGO');
    expect(p?.country).toBe('USA');
  });

  it('takes the sector of a sector word before a generic head ("the county police chief")', () => {
    const doc = runParsed('Dara Venn, the Halden County police chief, said officers were ready.', '2016-09-10');
    expect(mentionActor(doc, 'Dara Venn')?.sector).toBe('COP');
  });
});
