// Parties the registry does not know keep the sector their words tell (issue 15): "seven people"
// arrested are civilians, also where the target falls back to the doer's own country (the `self:
// fallback` senses, "cracked down on its own people"). Full pipeline, own sentences.
import { describe, expect, it } from 'vitest';
import { defaultPipeline } from '../../../src/pipeline/default.ts';
import { createDoc } from '../../../src/doc/doc.ts';

const pipeline = defaultPipeline();

const LEAD = 'A bomb went off near a bus stop in Ankara on Monday. Officials in Turkey said the blast wounded nine. ';
const events = (text: string) =>
  (pipeline.run(createDoc({ date: '2022-03-10', text: LEAD + text })).layers.events ?? []).map(
    (e) => `${e.type} ${e.source.country ?? '-'}/${e.source.sector ?? '-'} > ${e.target.country ?? '-'}/${e.target.sector ?? '-'} "${e.target.text ?? ''}"`,
  );

describe('unnamed people acted upon at home', () => {
  it('keeps the civilian sector of people the police arrested', () => {
    expect(events('Seven people were arrested after the blast.')).toContain('COERCE TUR/COP > TUR/CVL "Seven people"');
    expect(events('Police arrested several people near the stop.').some((e) => e.startsWith('COERCE') && e.endsWith('TUR/CVL "several people"'))).toBe(true);
  });
});

/** Every party of the events of `text`, as 'SECTOR "text"'. */
const parties = (text: string) =>
  (pipeline.run(createDoc({ date: '2022-03-10', text })).layers.events ?? []).flatMap((e) => [e.source, e.target]).map((p) => `${p.sector ?? '-'} "${p.text ?? ''}"`);
const US = 'The Senate passed the energy bill in Washington on Tuesday. The White House said it would sign it. ';

describe('group nouns of knowledge/sectors.yaml', () => {
  it('gives trade and advocacy groups, lenders, regulators and crowds their sectors', () => {
    expect(parties(US + 'Several industry groups sued the Energy Department over the bill.')).toContain('BUS "Several industry groups"');
    expect(parties(US + 'Environmental groups criticised the Energy Department for the delay.')).toContain('NGO "Environmental groups"');
    // (a crowd asked or addressed is an audience, no party to a stance: audience.ts; police acting on one keep it)
    expect(parties(US + 'Police dispersed the crowd outside the Capitol.')).toContain('CVL "the crowd"');
    expect(parties(US + 'The senator asked the crowd to support the bill.')).not.toContain('CVL "the crowd"');
  });
});

describe('local governments (lexicon set local-government)', () => {
  it('reads a city or cities acting as a party as government', () => {
    expect(parties(US + 'The city of Denver sued the Energy Department over the bill.')).toContain('GOV "The city of Denver"');
    expect(parties(US + 'Several cities criticised the Energy Department for the delay.')).toContain('GOV "Several cities"');
  });
});

describe('sector words read as written for a nominal adjective', () => {
  it('reads "the crowd" as people but not "crowded" through its lemma', () => {
    const doc = pipeline.run(createDoc({ date: '2022-03-10', text: 'During the holiday the old market in Cairo gets crowded. On Friday the families crowded round the stalls. The mayor thanked the crowd.' }));
    expect(doc.layers.entities?.find((e) => e.text === 'the crowd')).toMatchObject({ sector: 'CVL' });
    expect(doc.layers.entities?.some((e) => e.text.includes('crowded'))).toBe(false);
  });
});

describe('people whose words tell a sector', () => {
  it('sets them where the article is set, also when the agent-noun list does not know the head', () => {
    expect(events("A student, Tomas Vell, was among the wounded. Tomas Vell's relatives asked the police to release the video.")).toContain(
      'REQUEST TUR/CVL > TUR/COP "the police"',
    );
  });
});

describe('people named by their part in public life (agent-noun list)', () => {
  const US = 'The Senate passed the energy bill in Washington on Tuesday. The White House said it would sign it. ';
  it('keeps experts, campaigners, organisers and volunteers as doers in an article', () => {
    const coded = (text: string) => (pipeline.run(createDoc({ date: '2022-03-10', text: US + text })).layers.events ?? []).map((e) => `${e.type} "${e.source.text ?? ''}" > "${e.target.text ?? ''}"`);
    expect(coded('Two energy experts urged the senator to delay the vote.')).toContain('REQUEST "Two energy experts" > "the senator"');
    expect(coded('Organisers of the march thanked the governor for her help.').some((e) => e.startsWith('SUPPORT "Organisers'))).toBe(true);
    expect(coded('Campaigners accused the senator of lying about the bill.').some((e) => e.startsWith('ACCUSE "Campaigners"'))).toBe(true);
  });
});
