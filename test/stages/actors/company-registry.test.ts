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

describe('campaign staff and public figures in no office', () => {
  it('take the sector the registry gives them', () => {
    const doc = run('Robby Mook said the campaign would win Ohio, and Mark Cuban agreed.', '2016-09-20');
    expect(mentionActor(doc, 'Robby Mook')).toMatchObject({ country: 'USA', sector: 'PTY' });
    expect(mentionActor(doc, 'Mark Cuban')).toMatchObject({ country: 'USA', sector: 'BUS' });
  });
});
