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

describe('a post in a body that is no person noun (lexicon class role-noun)', () => {
  it('takes the sector of the body named after "fellow", "administrator", "staffer"', () => {
    const fellow = runParsed('Karen Lindgren, a senior fellow at the Harrow Institute, said the plan would fail.', '2016-09-10');
    expect(mentionActor(fellow, 'Karen Lindgren')?.sector).toBe('NGO');
    const admin = runParsed('Brett Kanner, administrator of the Federal Rail Safety Administration, said the brakes failed.', '2016-09-10');
    expect(mentionActor(admin, 'Brett Kanner')?.sector).toBe('GOV');
    const staffer = runParsed('Lena Marsh, a staffer at the State Department, kept the files.', '2016-09-10');
    expect(mentionActor(staffer, 'Lena Marsh')?.sector).toBe('GOV');
    expect(mentionActor(staffer, 'Lena Marsh')?.country).toBe('USA');
  });

  it('reads a singular sector word in the apposition as the role, not a body\'s or a venue\'s word', () => {
    expect(mentionActor(runParsed('Dana Fowler, a congresswoman from Ohio, voted against the bill.', '2016-09-10'), 'Dana Fowler')?.sector).toBe('LEG');
    expect(mentionActor(runParsed('Dana Fowler, the county sheriff, said the road was closed.', '2016-09-10'), 'Dana Fowler')?.sector).toBe('COP');
    // "newspaper" names a body, not the person's post
    const paper = runParsed('Dana Fowler, a former student at the college, according to school newspaper The Lantern, spoke.', '2016-09-10');
    expect(mentionActor(paper, 'Dana Fowler')?.sector).not.toBe('MED');
  });

  it('gives no sector where no body follows ("a senior fellow")', () => {
    const doc = runParsed('Karen Lindgren, a senior fellow, said the plan would fail.', '2016-09-10');
    expect(mentionActor(doc, 'Karen Lindgren')?.sector ?? null).not.toBe('NGO');
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
