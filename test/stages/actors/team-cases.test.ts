// Team-written cases for the actors stage: demonyms, organisations named after places, metonyms,
// possessives, all-caps headlines, a bare body's country from its own sentence, and the
// registry/unresolved distinction the CLI uses.
import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { isRegistryActor } from '../../../src/stages/actors/registry.ts';
import { mentionActor, run } from './helpers.ts';

describe('actors stage: team cases', () => {
  it('turns demonyms into countries and demonym + sector phrases into national groups', () => {
    const doc = run('Hungarian officials said Kenyan runners and Dutch troops would attend.', '2023-05-02');
    expect(mentionActor(doc, 'Hungarian officials')).toMatchObject({ country: 'HUN', sector: 'GOV' });
    expect(mentionActor(doc, 'Dutch troops')).toMatchObject({ country: 'NLD', sector: 'MIL' });
  });

  it('does not make organisations named after places into the country', () => {
    const doc = run('Paris Saint-Germain beat Lyon on Sunday, and the Bank of England left rates unchanged.', '2023-05-02');
    const psg = doc.layers.mentions!.filter((m) => m.start < 22);
    expect(psg.every((m) => m.actor !== 'country:FRA')).toBe(true);
    expect(doc.layers.mentions!.some((m) => m.actor === 'country:GBR')).toBe(false);
    expect(doc.layers.entities!.some((e) => e.text.endsWith('Bank of England') && e.label === 'ORG')).toBe(true);
  });

  it('reads "the Kyiv government" as Ukraine\'s government', () => {
    const doc = run('The Kyiv government rejected the proposal on Tuesday.', '2023-05-02');
    expect(mentionActor(doc, 'government')).toMatchObject({ country: 'UKR', sector: 'GOV' });
    expect(doc.layers.mentions!.some((m) => m.actor === 'country:UKR' && m.text === 'Kyiv')).toBe(false);
  });

  it('resolves possessives: "Russia’s ambassador" is a Russian government role', () => {
    const doc = run('Russia’s ambassador to Poland was summoned on Monday.', '2023-05-02');
    const m = doc.layers.mentions!.find((x) => /ambassador/.test(x.text));
    const a = m ? doc.layers.actors!.find((x) => x.id === m.actor) : undefined;
    expect(a).toMatchObject({ country: 'RUS', sector: 'GOV' });
  });

  it('finds names in an all-caps headline', () => {
    const doc = run('PUTIN WARNS BELARUS OVER GAS\nMoscow said supplies would fall.', '2022-03-01');
    const ids = doc.layers.mentions!.filter((m) => m.end < 30).map((m) => m.actor);
    expect(ids).toContain('person:vladimir-putin');
    expect(ids).toContain('country:BLR');
  });

  it('gives a bare body the country its own sentence locates the event in', () => {
    const text =
      'Belarus said on Monday it would send more guards, and Belarus accused its neighbour of provocations. ' +
      'Police said a car was found abandoned in Lithuanian forest near the frontier.';
    const doc = run(text, '2021-11-20');
    expect(mentionActor(doc, 'Police')).toMatchObject({ country: 'LTU', sector: 'COP' });
  });

  it('tells registry actors from document-local ones', () => {
    const k = new Knowledge();
    const doc = run('Tomasz Wiktorowicz, a farmer, met Emmanuel Macron in Paris.', '2023-05-02');
    const ids = doc.layers.actors!.map((a) => a.id);
    const local = ids.filter((id) => !isRegistryActor(k, id));
    expect(isRegistryActor(k, 'person:emmanuel-macron')).toBe(true);
    expect(isRegistryActor(k, 'country:POL')).toBe(true);
    expect(local).toContain('person:tomasz-wiktorowicz');
  });

  it('knows Turkey by its English name and "Philippine" as a demonym', () => {
    const doc = run('Turkey expelled two diplomats after the Philippine navy seized a ship.', '2023-05-02');
    expect(mentionActor(doc, 'Turkey')).toMatchObject({ id: 'country:TUR' });
    expect(doc.layers.mentions!.some((m) => m.actor === 'country:PHL')).toBe(true);
  });

  it('gives a role noun the country of its "of X" phrase, not the sentence context', () => {
    const doc = run('Kenya said the ambassador of Egypt and the envoys of Nigeria met in Paris.', '2023-05-02');
    expect(mentionActor(doc, 'the ambassador')).toMatchObject({ country: 'EGY', sector: 'GOV' });
    expect(mentionActor(doc, 'the envoys')).toMatchObject({ country: 'NGA', sector: 'GOV' });
  });
});
