// The passive of a template whose target follows the thing moved (src/stages/events/passive-recipient.ts):
// the by-agent is the source and the template's prepositional phrase the target, not the thing.
import { describe, expect, it } from 'vitest';
import { COUNTRIES, brief } from './helpers.ts';
import { passiveRecipientSteps } from '../../../src/stages/events/passive-recipient.ts';
import type { Step } from '../../../src/stages/events/patterns.ts';

const C = COUNTRIES;
const w = (...alts: string[]): Step => ({ kind: 'word', alts, optional: false });
const gap: Step = { kind: 'gap', max: 6 };
const T: Step = { kind: 'slot', role: 'T' };

describe('passives with a recipient', () => {
  it('codes the by-agent acting on the phrase the template names, wherever the by-phrase stands', () => {
    expect(brief({ text: 'The stolen icon was returned to Poland by Germany on Monday.', actors: C, tree: true })).toEqual(['RETREAT DEU>POL asserted']);
    expect(brief({ text: 'A bronze helmet was returned by Germany to Poland last spring.', actors: C, tree: true })).toEqual(['RETREAT DEU>POL asserted']);
    expect(brief({ text: 'Medical aid was sent by France to Kenya after the floods.', actors: C, tree: true })).toContain('AID FRA>KEN asserted');
    expect(brief({ text: 'New sanctions were imposed on Iran by Britain.', actors: C, tree: true })).toContain('SANCTION GBR>IRN asserted');
  });
  it('needs a by-agent, and the template thing where it names one', () => {
    // No one said to have sent her: no event.
    expect(brief({ text: 'The nurse was sent to Kenya in May.', actors: C, tree: true })).toEqual([]);
    // "impose ... sanctions on T" does not read a passive whose subject is no sanction.
    expect(passiveRecipientSteps([gap, w('sanctions'), w('on'), T], [{ lemma: 'tariff', text: 'tariffs' }])).toBeNull();
    expect(passiveRecipientSteps([gap, w('sanctions'), w('on'), T], [{ lemma: 'sanction', text: 'sanctions' }])).toEqual([gap, w('on'), T]);
    // A template whose target is its object has the swapped reading instead.
    expect(passiveRecipientSteps([T, w('of'), gap], [])).toBeNull();
  });
  it('keeps the swapped reading of a person killed (a template for things has no passive recipient)', () => {
    expect(brief({ text: 'A Polish farmer was shot and killed by Russian soldiers in the middle of a field.', actors: C, tree: true })).toContain('ASSAULT RUS>POL asserted');
  });
  it('reads people evacuated from a place as aid to it, troops as a withdrawal', () => {
    expect(brief({ text: 'Germany evacuated 300 civilians from Syria on Friday.', actors: C, tree: true })).toContain('AID DEU>SYR asserted');
    expect(brief({ text: 'Germany evacuated its troops from Syria on Friday.', actors: C, tree: true })).toContain('RETREAT DEU>SYR asserted');
    expect(brief({ text: 'Hundreds of villagers were evacuated from Syria by Germany.', actors: C, tree: true })).toContain('AID DEU>SYR asserted');
  });
});
