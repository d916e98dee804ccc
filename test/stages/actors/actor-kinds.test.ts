import { describe, expect, it } from 'vitest';
import { run } from './helpers.ts';
import { runParsed } from './syntax-helpers.ts';

const ids = (text: string) => run(text).layers.actors!.map((a) => a.id);

describe('actor ids name persons, organisations and places, not products, places or common words', () => {
  it('reads a cue-less name opening with a known given name as a person', () => {
    expect(ids('Thibaut Morvane told reporters the count was close.')).toContain('person:thibaut-morvane');
    expect(ids('Yesterday Ivanka Dorrell opened the new wing.')).toContain('person:ivanka-dorrell');
    expect(ids('The audit was led by J. Marvin Quellet of the state office.')).toContain('person:j-marvin-quellet');
  });

  it('strips a title glued before a person\'s name, which keeps it as role', () => {
    const doc = run('Lethbridge MLA Sandra Okoye said the budget fell short.');
    const person = doc.layers.actors!.find((a) => a.id === 'person:sandra-okoye');
    expect(person?.kind).toBe('person');
    expect(doc.layers.actors!.some((a) => a.id.startsWith('org:'))).toBe(false);
  });

  it('reads a model code as a product, no actor', () => {
    const found = ids('The first A350 landed at noon, and the Q400 stayed in the hangar.');
    expect(found.some((id) => /a350|q400/.test(id))).toBe(false);
  });

  it('reads a name ending in a place word, with no organisation word, as a place, not an organisation', () => {
    const doc = runParsed('Police closed Church Street after the crash.');
    expect(doc.layers.actors!.map((a) => a.id)).not.toContain('org:church-street');
    expect(doc.layers.entities!.find((e) => e.text === 'Church Street')?.label).toBe('LOC');
  });

  it('reads a capitalised concept the article also writes in lower case as no actor, nor a lone legal suffix', () => {
    expect(ids('Leaders met to discuss Gender Equity. Delegates said gender equity was overdue.')).not.toContain('org:gender-equity');
    expect(ids('Varlow Holdings said the LLC would repay its debts.')).not.toContain('org:llc');
  });
});
