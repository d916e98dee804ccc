import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { BUNDLED_KNOWLEDGE_DIR, Knowledge } from '../../../src/knowledge/knowledge.ts';
import { DataFileError } from '../../../src/knowledge/data-file.ts';
import { actorIndex, loadActorIndex, nameKey } from '../../../src/stages/actors/registry.ts';
import { actorsPipeline, mentionActor, run } from './helpers.ts';

function userDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'eventline-actors-'));
  mkdirSync(join(dir, 'actors'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

describe('nameKey', () => {
  it('lower-cases, straightens apostrophes and collapses or trims white space, whether a name needs cleaning or not', () => {
    expect(nameKey('Ana Lopes')).toBe('ana lopes');
    expect(nameKey('MINISTRY')).toBe('ministry');
    expect(nameKey('O’Neill')).toBe("o'neill");
    expect(nameKey('O`Neill')).toBe("o'neill");
    expect(nameKey('Ana  Lopes')).toBe('ana lopes');
    expect(nameKey('Ana\nLopes')).toBe('ana lopes');
    expect(nameKey('Ana\u00a0Lopes')).toBe('ana lopes');
    expect(nameKey(' Ana Lopes ')).toBe('ana lopes');
    expect(nameKey('Ana Lopes ')).toBe('ana lopes');
  });
});

describe('actor registry', () => {
  it('loads countries from world-countries with names, alternative spellings and demonyms', () => {
    const ix = loadActorIndex([BUNDLED_KNOWLEDGE_DIR]);
    expect(ix.actors.get('country:POL')?.name).toBe('Poland');
    expect(ix.names.get('republic of poland')?.[0].actor).toBe('country:POL');
    expect(ix.names.get('polish')?.[0]).toMatchObject({ actor: 'country:POL', label: 'NORP' });
    expect(ix.names.get('dutch')?.map((h) => h.actor)).toEqual(['country:NLD']);
    expect(ix.names.get('the kremlin')?.[0].actor).toBe('group:RUS:GOV');
    expect(ix.roleHolders.get('foreign-minister')!.length).toBeGreaterThan(20);
  });

  it('reports schema errors with file and line', () => {
    const dir = userDir({
      'actors/mine.yaml': 'people:\n  - name: Jan Kowalski\n    country: POL\n  - name: Anna Nowak\n    gender: x\n',
    });
    expect(() => loadActorIndex([dir])).toThrow(DataFileError);
    expect(() => loadActorIndex([dir])).toThrow(/mine\.yaml:4: field "gender"/);
  });

  it('reports an unknown role and an unknown country code with their lines', () => {
    const roles = userDir({
      'actors/titles.yaml': 'titles:\n  - {role: head-of-state, title: President, words: [president]}\n',
      'actors/people.yaml': 'people:\n  - {name: A B, roles: [{role: head-of-state}]}\n  - {name: C D, roles: [{role: chief-wizard}]}\n',
    });
    expect(() => loadActorIndex([roles])).toThrow(/people\.yaml:3: person "C D": unknown role "chief-wizard"/);
    const country = userDir({ 'actors/countries.yaml': 'countries:\n  - code: GBR\n  - code: XYZ\n' });
    expect(() => loadActorIndex([country])).toThrow(/countries\.yaml:3: unknown country code "XYZ"/);
    const key = userDir({ 'actors/odd.yaml': 'persons:\n  - name: X\n' });
    expect(() => loadActorIndex([key])).toThrow(/odd\.yaml:1: unknown top-level key "persons"/);
  });

  it('rejects a bad date, an unknown country code and a duplicate id with file, line and reason', () => {
    const date = userDir({ 'actors/people.yaml': 'people:\n  - {name: Ana Lima, country: BRA}\n  - {name: Rui Costa, roles: [{role: foreign-minister, from: 2021-02-30}]}\n' });
    expect(() => loadActorIndex([BUNDLED_KNOWLEDGE_DIR, date])).toThrow(/people\.yaml:3: field "roles\.0\.from": not a calendar date/);
    const month = userDir({ 'actors/people.yaml': 'people:\n  - {name: Rui Costa, roles: [{role: foreign-minister, to: "2021-13-01"}]}\n' });
    expect(() => loadActorIndex([BUNDLED_KNOWLEDGE_DIR, month])).toThrow(/people\.yaml:2: .*not a calendar date/);
    const code = userDir({ 'actors/people.yaml': 'people:\n  - {name: Ana Lima, country: BRA}\n  - {name: Rui Costa, country: QQQ}\n' });
    expect(() => loadActorIndex([BUNDLED_KNOWLEDGE_DIR, code])).toThrow(/people\.yaml:3: person "Rui Costa": unknown country code "QQQ"/);
    const dup = userDir({
      'actors/a.yaml': 'people:\n  - {name: Ana Lima, country: BRA}\n',
      'actors/b.yaml': 'organisations:\n  - {id: org:acme, name: Acme, kind: org}\npeople:\n  - {id: person:ana-lima, name: Ana M. Lima}\n',
    });
    expect(() => loadActorIndex([BUNDLED_KNOWLEDGE_DIR, dup])).toThrow(/b\.yaml:4: duplicate id "person:ana-lima" \(already defined at a\.yaml:2\)/);
    // Nothing half-loaded: the failed index is not cached, and asking again reports the same error.
    const k = new Knowledge([BUNDLED_KNOWLEDGE_DIR, dup]);
    expect(() => actorIndex(k)).toThrow(DataFileError);
    expect(() => actorIndex(k)).toThrow(/duplicate id/);
  });

  it('lets a user folder add people and override a bundled record', () => {
    const dir = userDir({
      'actors/people-local.yaml': [
        'people:',
        '  - {name: Jana Dvorakova, gender: f, country: CZE, roles: [{role: foreign-minister, from: 2021-01-01, to: 2021-12-31}]}',
        '  - {id: person:liz-truss, name: Liz Truss, gender: f, country: GBR, sector: OPP}',
      ].join('\n'),
    });
    const p = actorsPipeline(new Knowledge([BUNDLED_KNOWLEDGE_DIR, dir]));
    const doc = run('The Czech foreign minister met Liz Truss.', '2021-06-01', p);
    expect(mentionActor(doc, 'The Czech foreign minister')?.id).toBe('person:jana-dvorakova');
    // The override replaced the bundled roles: no Foreign Secretary role, the user's sector.
    expect(mentionActor(doc, 'Liz Truss')).toMatchObject({ sector: 'OPP', roles: [] });
  });
});
