import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { gazetteer } from '../../../src/stages/places/gazetteer.ts';
import { nameOccurrences, townSenses } from '../../../src/stages/actors/town-senses.ts';
import { actorOf, runParsed } from './syntax-helpers.ts';

const gaz = gazetteer(new Knowledge());

describe("the article's own town of a name (town-senses)", () => {
  it('reads the region written after the name anywhere in the text, a dateline in capitals too', () => {
    expect(townSenses('LONDON, Ky. (TV5) - Two men were charged on Friday.', gaz)('London')).toBe('USA');
    expect(townSenses('The fire started in a barn near London, Ontario, on Sunday.', gaz)('London')).toBe('CAN');
    expect(townSenses('A teacher from Paris, Texas, won the prize.', gaz)('Paris')).toBe('USA');
  });

  it('leaves a name with no region after it, or a list of towns, unread', () => {
    expect(townSenses('Flights from London were cancelled.', gaz)('London')).toBeUndefined();
    expect(townSenses('The tour visits London, Paris and Rome.', gaz)('London')).toBeUndefined();
  });
});

describe('where a text writes a name (nameOccurrences)', () => {
  // the search it replaced: every case-blind match between non-letters, kept when written as is or in capitals
  const byExpression = (text: string, name: string): number[] => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    const out: number[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) if (m[0] === name || m[0] === name.toUpperCase()) out.push(m.index);
    return out;
  };

  it('finds the name as written and in capitals between non-letters, as the case-blind expression did', () => {
    const texts = [
      'DUNMORE, Pa. - Dunmore, a borough, voted; dunmore and Dunmores and 2Dunmore and Dunmore2 did not.',
      'Near Dunmore: the DUNMORE office (Dunmore-based) and éDunmore, Dunmoreé, \u{1d400}Dunmore, Dunmore\u{1d400}.',
      'Dunmore',
      'A \u212aelvin and Kelvin, KELVIN; kelvin.',
      'St. Louis, Mo., and ST. LOUIS; Saint Louis, St.Louis and New York, NY, New  York.',
      'Walla Walla Walla and WALLA WALLA walla; Walla WALLA Walla Walla; new YORK New York NEW YORK new york.',
      'Port Kelvin, PORT KELVIN, Port Kelvin Port Kelvin; Sark Sark Sark and sark SARK Sark.',
    ];
    const names = ['Dunmore', 'Kelvin', 'St. Louis', 'New York', 'Louis', 'Walla Walla', 'Port Kelvin', 'Sark Sark', 'New', 'Walla'];
    for (const text of texts) {
      for (const name of names) expect(nameOccurrences(text, name)).toEqual(byExpression(text, name));
    }
    expect(nameOccurrences('DUNMORE, Pa. - Dunmore, and dunmore.', 'Dunmore')).toEqual([0, 15]);
  });
});

describe('countries the actors take from a town the article places in another region', () => {
  it("gives a sector phrase the town's country, not the capital's", () => {
    const doc = runParsed('The state troopers closed the ramp on Friday. Police in London, Kentucky, arrested two men after the chase.');
    const m = doc.layers.mentions!.find((x) => x.text === 'Police');
    expect(m?.actor).toBe('group:USA:COP');
  });

  it("makes no government of a capital's name that the article placed elsewhere", () => {
    const doc = runParsed('LONDON, Ky. (TV5) - Two men were charged on Friday.\nLondon Police say the men stole three cars.');
    expect(doc.layers.mentions!.some((m) => m.actor === 'group:GBR:GOV')).toBe(false);
  });

  it("gives a town's police department the country of the region written after the town", () => {
    const text = 'GLASGOW, Ky. (TV5) - A man was hurt on Monday. The Glasgow Police Department said the road was closed.';
    expect(actorOf(text, 'org:glasgow-police-department')?.country).toBe('USA');
  });
});
