// Major companies the registry knows get their country and sector (knowledge/actors/organisations.yaml).
import { describe, expect, it } from 'vitest';
import { run, mentionActor } from './helpers.ts';

describe('major companies', () => {
  it('are business actors of their home country', () => {
    const doc = run('Motorola and Cisco announced a joint product on Monday, while Nokia stayed silent.', '2008-03-01');
    expect(mentionActor(doc, 'Motorola')).toMatchObject({ country: 'USA', sector: 'BUS' });
    expect(mentionActor(doc, 'Cisco')).toMatchObject({ country: 'USA', sector: 'BUS' });
    expect(mentionActor(doc, 'Nokia')).toMatchObject({ country: 'FIN', sector: 'BUS' });
  });
});
