import { describe, expect, it } from 'vitest';
import { mentionActor, run } from './helpers.ts';

// Leaders, armed groups and parties of the 2001–2008 conflicts (knowledge/actors/people-2000s.yaml and
// the block of organisations.yaml), and the sect adjectives of sectors.yaml: invented sentences.
describe('actors of the 2000s conflicts', () => {
  it('gives a leader of those years the office the article date falls in, and none after it', () => {
    const doc = run('Musharraf met Karzai in Kabul, and Sharon spoke to Powell by telephone.', '2004-10-16');
    for (const [name, id, country] of [
      ['Musharraf', 'person:pervez-musharraf', 'PAK'], ['Karzai', 'person:hamid-karzai', 'AFG'],
      ['Sharon', 'person:ariel-sharon', 'ISR'],
    ] as const) {
      const a = mentionActor(doc, name);
      expect(a?.id).toBe(id);
      expect(a?.country).toBe(country);
      expect(a?.sector).toBe('GOV');
    }
    const later = run('Saddam Hussein stood trial in Baghdad.', '2006-07-01');
    expect(mentionActor(later, 'Saddam Hussein')?.id).toBe('person:saddam-hussein');
    expect(mentionActor(later, 'Saddam Hussein')?.country).toBe('IRQ');
    expect(mentionActor(later, 'Saddam Hussein')?.sector ?? null).toBeNull();
  });

  it('knows the armed groups, their spellings and their home countries', () => {
    const doc = run('The Tamil Tigers rejected the offer, and Hizbullah fighters fired rockets while the ISI watched.', '2004-11-19');
    expect(mentionActor(doc, 'The Tamil Tigers')?.id).toBe('org:ltte');
    expect(mentionActor(doc, 'The Tamil Tigers')?.country).toBe('LKA');
    expect(mentionActor(doc, 'The Tamil Tigers')?.sector).toBe('REB');
    expect(mentionActor(doc, 'Hizbullah')?.id).toBe('org:hezbollah');
    expect(mentionActor(doc, 'the ISI')?.country).toBe('PAK');
    const leader = run('Osama bin Laden released a new tape.', '2004-10-29');
    expect(mentionActor(leader, 'Osama bin Laden')?.sector).toBe('REB');
  });

  it('reads a sect adjective as no organisation and a holy place as no leader', () => {
    const doc = run('Sunni insurgents attacked Shia mosques in the north of the country.', '2005-01-21');
    expect(mentionActor(doc, 'Sunni')).toBeUndefined();
    expect(mentionActor(doc, 'Shia')).toBeUndefined();
    const hajj = run('Pilgrims gathered on the Plains of Arafat on Thursday.', '2006-01-12');
    expect(mentionActor(hajj, 'Arafat')?.id ?? null).not.toBe('person:yasser-arafat');
  });
});
