import { describe, expect, it } from 'vitest';
import { documentAcronyms, isAcronym } from '../../../src/stages/actors/acronyms.ts';
import { run } from './helpers.ts';

const ids = (doc: ReturnType<typeof run>, text: string) => doc.layers.entities!.filter((e) => e.text === text).map((e) => e.actor);

describe('acronyms read from the document', () => {
  it('recognises acronym shapes', () => {
    expect(isAcronym('RSF')).toBe(true);
    expect(isAcronym('G7')).toBe(true);
    expect(isAcronym('It')).toBe(false);
    expect(isAcronym('A')).toBe(false);
  });

  it('finds a bracketed definition either way round, and a name spelled out elsewhere', () => {
    const doc = run('The Vellan Mining Company (VMC) opened a pit. Yesterday TLB (the Tarsk Labour Board) objected. Officials of the Orsa River Authority met. ORA rejected it.');
    const acr = documentAcronyms(doc.layers.tokens!);
    const spell = (k: string) => {
      const e = acr.get(k)!;
      return doc.text.slice(doc.layers.tokens![e.a].start, doc.layers.tokens![e.b - 1].end);
    };
    expect(spell('VMC')).toBe('Vellan Mining Company');
    expect(spell('TLB')).toBe('Tarsk Labour Board');
    expect(spell('ORA')).toBe('Orsa River Authority');
  });

  it('resolves an acronym to the body its document expansion names, before the registry', () => {
    // The registry knows "RSF" as Reporters Without Borders; this article spells out another body.
    const doc = run('The Rapid Support Forces (RSF) shelled the market on Sunday. Residents said the RSF had blocked the roads.');
    const [first, ...rest] = ids(doc, 'RSF');
    expect(first).toBe(ids(doc, 'The Rapid Support Forces')[0]);
    expect(rest.every((x) => x === first)).toBe(true);
    expect(first).not.toBe('org:rsf');
    // Spelled out without brackets, in another sentence.
    const doc2 = run('Fighters of the Rapid Support Forces entered the town. A spokesman for the RSF denied any looting.');
    expect(ids(doc2, 'RSF')[0]).toBe(ids(doc2, 'the Rapid Support Forces')[0]);
    // Without an expansion in the article, the registry reading stays.
    const doc3 = run('RSF said two reporters were detained in the capital.');
    expect(ids(doc3, 'RSF')[0]).toBe('org:rsf');
  });

  it('gives the same local actor to a new organisation and its acronym', () => {
    const doc = run('The Vellan Mining Company (VMC) opened a second pit. VMC said output would double.');
    const [a, b] = ids(doc, 'VMC');
    expect(a).toBe('org:vellan-mining-company');
    expect(b).toBe(a);
  });

  it('makes one organisation of a bracket-defined name whose words no candidate spans', () => {
    const doc = run('Thousands joined a march led by the Alliance to Reclaim Our Parks (AROP) on Sunday. AROP said the city had sold three parks.');
    expect(doc.layers.entities!.filter((e) => e.label === 'ORG').map((e) => e.text)).toEqual(['Alliance to Reclaim Our Parks', 'AROP', 'AROP']);
    expect(ids(doc, 'AROP')).toEqual(['org:alliance-to-reclaim-our-parks', 'org:alliance-to-reclaim-our-parks']);
  });

  it('makes no entity of an acronym that abbreviates a common phrase', () => {
    const doc = run('Pupils with reading delay syndrome (RDS) fall behind. Schools see RDS in one pupil in ten.');
    expect(doc.layers.entities!.some((e) => e.text === 'RDS')).toBe(false);
  });
});
