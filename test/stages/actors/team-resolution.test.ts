// Team-written cases for three resolution rules of the actors stage: organisation names that contain
// a place ("the OSCE Mission to Moldova") stay one organisation; "his Iranian counterpart" is the
// holder of the antecedent's role in Iran on the document's date; "its" before a state's own noun
// ("its crackdown") prefers the country the clause acts on.
import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../src/doc/types.ts';
import { mentionActor, run } from './helpers.ts';

const mentionsOf = (doc: Doc, actor: string) => doc.layers.mentions!.filter((m) => m.actor === actor);

describe('actors stage: organisation names containing a place', () => {
  it('keeps "the OSCE Mission to Moldova" one IGO mention without a Moldova mention', () => {
    const doc = run('Staff of the OSCE Mission to Moldova travelled north on Monday.', '2023-05-02');
    expect(doc.layers.entities!.filter((e) => e.label === 'ORG').map((e) => e.text)).toContain('OSCE Mission to Moldova');
    expect(mentionActor(doc, 'OSCE Mission to Moldova')).toMatchObject({ kind: 'igo', country: 'OSCE', sector: 'IGO' });
    expect(mentionsOf(doc, 'country:MDA')).toEqual([]);
    expect(mentionsOf(doc, 'igo:OSCE')).toEqual([]);
  });

  it('keeps "the EU Border Assistance Mission in Rafah" one EU mission', () => {
    const doc = run('The EU Border Assistance Mission in Rafah said the gate stayed shut.', '2023-05-02');
    expect(mentionActor(doc, 'EU Border Assistance Mission in Rafah')).toMatchObject({ country: 'EU', sector: 'IGO' });
    expect(doc.layers.mentions!.filter((m) => m.start > 0).map((m) => m.text)).toEqual(['EU Border Assistance Mission in Rafah']);
  });

  it('finds a registry mission behind a sentence-initial "The UN"', () => {
    const doc = run('The UN Support Mission in Libya called for calm in the capital.', '2023-05-02');
    expect(mentionActor(doc, 'UN Support Mission in Libya')).toMatchObject({ id: 'igo:UNSMIL', country: 'UN', sector: 'IGO' });
    expect(mentionsOf(doc, 'country:LBY')).toEqual([]);
  });

  it('keeps an unknown capitalised mission name with its place, but not a registry body with its seat', () => {
    const doc = run('The Joint Verification Mission to Georgia published a report.', '2023-05-02');
    expect(doc.layers.entities!.some((e) => e.text === 'Joint Verification Mission to Georgia' && e.label === 'ORG')).toBe(true);
    expect(mentionsOf(doc, 'country:GEO')).toEqual([]);
    const seat = run('Officials at the European Commission in Brussels proposed new rules.', '2023-05-02');
    expect(seat.layers.entities!.some((e) => /European Commission$/.test(e.text) && e.actor === 'igo:EC')).toBe(true);
  });
});

describe('actors stage: "his Iranian counterpart"', () => {
  it('is the holder of the same role in the adjective\'s country on the article date', () => {
    const text = 'Antony Blinken telephoned his Iranian counterpart on Thursday.';
    expect(mentionActor(run(text, '2022-03-01'), 'Iranian counterpart')?.id).toBe('person:hossein-amir-abdollahian');
    expect(mentionActor(run(text, '2024-10-01'), 'Iranian counterpart')?.id).toBe('person:abbas-araghchi');
    // The possessor is still "his", but no longer the counterpart.
    expect(mentionActor(run(text, '2022-03-01'), 'his')?.id).toBe('person:antony-blinken');
  });

  it('works for "her French counterpart" and for "the Turkish counterpart" after a title', () => {
    const her = run('Liz Truss greeted her French counterpart at the airport.', '2022-03-01');
    expect(mentionActor(her, 'French counterpart')?.id).toBe('person:jean-yves-le-drian');
    const the = run('The US secretary of state phoned the Turkish counterpart late on Friday.', '2022-03-01');
    expect(mentionActor(the, 'the Turkish counterpart')?.id).toBe('person:mevlut-cavusoglu');
  });

  it('reads the role of a person the registry does not know from the title', () => {
    const doc = run('Foreign Minister Marta Wisniewska met her Iranian counterpart in Vienna.', '2022-03-01');
    expect(mentionActor(doc, 'Iranian counterpart')?.id).toBe('person:hossein-amir-abdollahian');
  });

  it('is a government role of that country, not the possessor, when no holder is registered', () => {
    // No Iranian foreign minister is in the registry between May and August 2024.
    const doc = run('Antony Blinken telephoned his Iranian counterpart on Thursday.', '2024-06-15');
    const a = mentionActor(doc, 'Iranian counterpart');
    expect(a).toMatchObject({ kind: 'group', country: 'IRN', sector: 'GOV' });
    expect(a?.id.startsWith('person:')).toBe(false);
  });

  it('is the person named in apposition, placed in that country', () => {
    const doc = run('Marta Wisniewska, the foreign minister, met her Iranian counterpart, Dariush Tehrani, in Vienna.', '2022-03-01');
    expect(mentionActor(doc, 'Iranian counterpart')).toMatchObject({ id: 'person:dariush-tehrani', kind: 'person', country: 'IRN' });
  });
});

describe('actors stage: "its" before a state\'s own noun', () => {
  it('prefers the object country for "its crackdown"', () => {
    const doc = run('The EU accused Belarus of rigging the vote and condemned its crackdown on students.', '2021-11-14');
    expect(mentionActor(doc, 'its')?.id).toBe('country:BLR');
  });

  it('keeps the subject for other nouns and when no country is the object', () => {
    const envoy = run('Lithuania accused Belarus of provocations and recalled its ambassador.', '2021-11-14');
    expect(mentionActor(envoy, 'its')?.id).toBe('country:LTU');
    const own = run('Poland reinforced its border on Sunday.', '2021-11-14');
    expect(mentionActor(own, 'its')?.id).toBe('country:POL');
  });
});
