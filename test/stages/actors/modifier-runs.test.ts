import { describe, expect, it } from 'vitest';
import { entities, runParsed } from './syntax-helpers.ts';

const names = (text: string) => entities(runParsed(text)).map((e) => e[0]);

describe('capitalised runs that modify a noun as adjectives', () => {
  it('makes no organisation of a regional adjective before a noun', () => {
    expect(names('West African leaders met in the capital on Monday to discuss the crisis.')).not.toContain('West African');
    expect(names('The talks drew East Asian diplomats to the port.')).not.toContain('East Asian');
  });

  it('keeps a capitalised run that heads its own phrase', () => {
    expect(names('Zorvek Quannit opened a new plant near the river.')).toContain('Zorvek Quannit');
  });
});
