import { describe, expect, it } from 'vitest';
import { runParsed } from './syntax-helpers.ts';

/** The actor of the mention spanning exactly `text` at its `nth` occurrence (0-based) in the doc. */
function actorAt(text: string, doc: ReturnType<typeof runParsed>, nth = 1): string | null {
  let from = -1;
  for (let i = 0; i <= nth; i++) from = doc.text.indexOf(text, from + 1);
  const m = doc.layers.mentions!.find((x) => x.start === from && x.end === from + text.length);
  return m?.actor ?? null;
}

describe("short forms of an organisation's name the article gave in full", () => {
  it('takes the name without a closing body noun as that body', () => {
    const doc = runParsed('Pelican Airlines cancelled forty flights on Sunday. A passenger said Pelican gave no reason for the delay.');
    expect(actorAt('Pelican', doc)).toBe(actorAt('Pelican Airlines', doc, 0));
    expect(actorAt('Pelican', doc)).not.toBeNull();
  });

  it('takes the name without the university noun as that university', () => {
    const doc = runParsed('Ohio Valley University will host the debate in May. A spokeswoman said Ohio Valley expects large crowds.');
    expect(actorAt('Ohio Valley', doc)).toBe('org:ohio-valley-university');
  });

  it('takes the name without a party noun as no body ("Democratic" is an adjective)', () => {
    const doc = runParsed('The Green Party won two seats in the vote. Several Green voters said they were pleased.');
    expect(actorAt('Green', doc)).toBeNull();
  });

  it('reads no short form that a longer name or an of-phrase continues', () => {
    const doc = runParsed('Pelican Airlines cancelled forty flights on Sunday. Pelican Queen sailed on.');
    expect(actorAt('Pelican Queen', doc, 0)).not.toBe('org:pelican-airlines');
  });

  it('takes a place-opened name without its place inside a sentence, though the text writes the word in lower case', () => {
    const doc = runParsed('A Chicago Courier article praised the mayor, and a courier brought it to her. Last week the Courier wrote that the budget was short.');
    expect(actorAt('Courier', doc)).toBe(actorAt('Chicago Courier', doc, 0));
    expect(actorAt('Courier', doc)).not.toBeNull();
  });
});

describe("a one-word organisation's name again (echoes)", () => {
  it('links the name again where the tagger left it alone', () => {
    const doc = runParsed('The union Velmar called a strike. Managers met Velmar on Friday and the talks with Velmar failed.');
    expect(actorAt('Velmar', doc, 0)).toBe('org:velmar');
    expect(actorAt('Velmar', doc, 1)).toBe('org:velmar');
    expect(actorAt('Velmar', doc, 2)).toBe('org:velmar');
  });

  it('links no echo that a capitalised word continues (a model)', () => {
    const doc = runParsed('Norvex said sales rose in March. Buyers of the Norvex X5 waited for weeks.');
    expect(actorAt('Norvex', doc, 0)).not.toBeNull();
    expect(actorAt('Norvex', doc, 1)).toBeNull();
  });
});
