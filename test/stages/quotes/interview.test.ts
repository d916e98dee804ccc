// Printed interviews: "I" in an answer paragraph is the one person the title names as interviewed; the
// interviewer's questions, titles without an interview word and titles naming two people are left alone.
import { describe, expect, it } from 'vitest';
import { makeDoc, person, quotesOf } from './helpers.ts';
import { answerParagraphs } from '../../../src/stages/quotes/interview.ts';
import { paragraphs } from '../../../src/doc/layout.ts';

const lines = (title: string) =>
  [
    title,
    '',
    'Background',
    '',
    'Tova Rennick has kept bees on the coast for thirty years.',
    '',
    'Why did you start keeping bees?',
    '',
    'My grandmother had hives. I think that bees teach patience better than any school.',
    '',
    'The hives',
    '',
    'I believe you lost a colony last winter. What happened?',
    '',
    'The cold came early. I suspect that the queen had died before the frost.',
  ].join('\n');

const quoteOf = (text: string, cue: string, title: string, actors = [person('person:tova-rennick', 'Tova Rennick', 'NZL')]) => {
  const doc = makeDoc(text, actors, actors.map((a) => ({ text: a.name, actor: a.id })));
  return quotesOf(doc).find((q) => q.cue === cue && q.speaker?.text === 'I') ?? (() => { throw new Error(`no "${cue}" quote: ${title}`); })();
};

describe('interview answers', () => {
  it('reads answer paragraphs: after a question, up to the next heading or question', () => {
    const text = lines('The Gazette interviews beekeeper Tova Rennick');
    const answers = answerParagraphs(text, paragraphs(text)).map((p) => text.slice(p.start, p.end));
    expect(answers).toHaveLength(2);
    expect(answers[0]).toMatch(/^My grandmother/);
    expect(answers[1]).toMatch(/^The cold came early/);
  });

  it('gives "I" in an answer to the person the title names', () => {
    const text = lines('The Gazette interviews beekeeper Tova Rennick');
    expect(quoteOf(text, 'think', 'interviews').speaker?.actor).toBe('person:tova-rennick');
    expect(quoteOf(text, 'suspect', 'interviews').speaker?.actor).toBe('person:tova-rennick');
    const other = lines('Interview with beekeeper Tova Rennick');
    expect(quoteOf(other, 'think', 'Interview with').speaker?.actor).toBe('person:tova-rennick');
  });

  it("leaves the interviewer's question alone", () => {
    const text = lines('The Gazette interviews beekeeper Tova Rennick');
    expect(quoteOf(text, 'believe', 'question').speaker?.actor ?? null).toBeNull();
  });

  it('needs an interview word and exactly one person in the title', () => {
    const plain = lines('Beekeeper Tova Rennick on a hard winter');
    expect(quoteOf(plain, 'think', 'no interview word').speaker?.actor ?? null).toBeNull();
    const two = [person('person:tova-rennick', 'Tova Rennick', 'NZL'), person('person:ari-walsh', 'Ari Walsh', 'NZL')];
    const both = lines('The Gazette interviews Tova Rennick and Ari Walsh').replace('thirty years.', 'thirty years with Ari Walsh.');
    expect(quoteOf(both, 'think', 'two people', two).speaker?.actor ?? null).toBeNull();
  });
});
