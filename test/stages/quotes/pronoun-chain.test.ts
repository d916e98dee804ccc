// A pronoun speaker with no actor of its own speaks for the speaker of the attribution just before it
// (chainPronouns): across quoted paragraphs, not across a narrative sentence, never to a person of the
// other gender (by the person's pronouns and honorifics, else the gender the actors stage gives it), "it" only
// to an organisation. Own sentences; actors and mentions filled by hand, so the pronouns have no
// coreference of their own.
import { describe, expect, it } from 'vitest';
import { makeDoc, org, person, quotesOf, quoteStarting } from './helpers.ts';
import { quotesComponent } from '../../../src/stages/quotes/index.ts';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';

const rahid = person('person:omar-rahid', 'Omar Rahid', 'IDN');
const port = org('org:harbour-board', 'Harbour Board', 'IDN');

describe('pronoun speakers along the attribution chain', () => {
  it('gives "he went on to say" after a run of quoted paragraphs the speaker of those quotes', () => {
    const text = [
      '“Every airline will pay a fee for each plane it buys abroad,” said Rahid.',
      '“So we advise against buying planes abroad.',
      'As long as the ban stays, the fee will be charged.”',
      'However, he went on to say that an airline paying the fee itself would not be stopped.',
    ].join('\n\n');
    const qs = quotesOf(makeDoc(text, [rahid], [{ text: 'Rahid', actor: rahid.id, via: 'surname' }]));
    const later = qs.find((q) => q.kind === 'indirect' && q.speaker?.text === 'he');
    expect(later?.speaker?.actor).toBe(rahid.id);
  });

  it('does not reach over a sentence of narrative between the two speakers', () => {
    const text = '“The fee stays,” said Rahid. The harbour was quiet that morning. “We can hardly cope,” he said.';
    const qs = quotesOf(makeDoc(text, [rahid], [{ text: 'Rahid', actor: rahid.id, via: 'surname' }]));
    expect(quoteStarting(qs, 'We can hardly cope', 'direct').speaker).toMatchObject({ text: 'he', actor: null });
  });

  it('never gives "he" to a person the text calls Ms', () => {
    const lind = person('person:ada-lind', 'Ada Lind', 'SWE');
    const text = '“The fee stays,” said Ms Lind. “We can hardly cope,” he said.';
    const qs = quotesOf(makeDoc(text, [lind], [{ text: 'Ms Lind', actor: lind.id }]));
    expect(quoteStarting(qs, 'We can hardly cope', 'direct').speaker).toMatchObject({ text: 'he', actor: null });
  });

  it('never gives "he" to a person the actors stage reads as a woman', () => {
    const olsen = { ...person('person:mary-olsen', 'Mary Olsen', 'NOR'), gender: 'f' as const };
    const doc = makeDoc('“The fee stays,” said Mary Olsen. “We can hardly cope,” he said.', [olsen], [{ text: 'Mary Olsen', actor: olsen.id }]);
    quotesComponent(bundledKnowledge()).process(doc);
    expect(quoteStarting(doc.layers.quotes ?? [], 'We can hardly cope', 'direct').speaker).toMatchObject({ text: 'he', actor: null });
    // the same words with "she" go to her
    const doc2 = makeDoc('“The fee stays,” said Mary Olsen. “We can hardly cope,” she said.', [olsen], [{ text: 'Mary Olsen', actor: olsen.id }]);
    quotesComponent(bundledKnowledge()).process(doc2);
    expect(quoteStarting(doc2.layers.quotes ?? [], 'We can hardly cope', 'direct').speaker).toMatchObject({ text: 'she', actor: olsen.id });
  });

  it('gives "it" an organisation that spoke just before, and never a person', () => {
    const text = '“The quays will reopen,” the Harbour Board said. “Ships should expect delays,” it added.';
    const qs = quotesOf(makeDoc(text, [port], [{ text: 'Harbour Board', actor: port.id }]));
    expect(quoteStarting(qs, 'Ships should expect delays', 'direct').speaker).toMatchObject({ text: 'it', actor: port.id });
    const text2 = '“The quays will reopen,” said Rahid. “Ships should expect delays,” it added.';
    const qs2 = quotesOf(makeDoc(text2, [rahid], [{ text: 'Rahid', actor: rahid.id, via: 'surname' }]));
    expect(quoteStarting(qs2, 'Ships should expect delays', 'direct').speaker?.actor ?? null).toBeNull();
  });
});
