import { describe, expect, it } from 'vitest';
import { mentionActor, run } from './helpers.ts';

// "the French", "the British", "the Irish" name a people; before a title or a body word the demonym is an
// adjective and the phrase is that office or body.
describe('a people name before a title or sector word', () => {
  it('reads "the French president" as the office, not the French people', () => {
    const doc = run('The Kenyan minister met the French president in Nairobi on Tuesday.');
    expect(mentionActor(doc, 'the French president')).toMatchObject({ country: 'FRA', sector: 'GOV' });
    expect(doc.layers.mentions!.some((m) => m.text === 'the French')).toBe(false);
  });

  it('reads "the Irish government" and "the British prime minister" as their country\'s government', () => {
    const doc = run('A loan from the Irish government was welcomed by the British prime minister.');
    expect(mentionActor(doc, 'the Irish government')).toMatchObject({ country: 'IRL', sector: 'GOV' });
    expect(mentionActor(doc, 'the British prime minister')?.country).toBe('GBR');
  });

  it('keeps "the French" a people where no title or body word follows', () => {
    const doc = run('The French voted on Sunday, and polls say the British will vote in May.');
    expect(mentionActor(doc, 'The French')).toMatchObject({ id: 'group:FRA:CVL' });
    expect(mentionActor(doc, 'the British')).toMatchObject({ id: 'group:GBR:CVL' });
  });
});
