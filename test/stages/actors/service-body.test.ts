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

describe('a role a copula predicates of the name', () => {
  it('takes the sector of the body it serves ("X is the director of the Y Foundation")', () => {
    const doc = runParsed('Tomas Kell Ruhl is the director of the Halden Policy Foundation. He spoke on Monday.', '2016-09-10');
    expect(mentionActor(doc, 'Tomas Kell Ruhl')?.sector).toBe('NGO');
  });

  it('takes no civilian sector from a describing predicate ("X is a city boy")', () => {
    const doc = runParsed('Tomas Kell Ruhl is a city boy. On Monday farm director Tomas Kell Ruhl opened the market.', '2016-09-10');
    expect(mentionActor(doc, 'Tomas Kell Ruhl')?.sector ?? null).not.toBe('CVL');
  });
});

describe('a body named by its seat', () => {
  it('gives the person in apposition its country ("X, the State Department Spokesperson")', () => {
    const doc = runParsed('Dara Venn Kell, the State Department Spokesperson, said the talks would go on.', '2016-09-10');
    expect(mentionActor(doc, 'Dara Venn Kell')).toMatchObject({ country: 'USA', sector: 'GOV' });
  });
});
