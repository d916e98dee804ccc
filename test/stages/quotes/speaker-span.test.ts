// A speaker is a nominal phrase (speaker-span.ts): a web address cut at its dot joined again, a time
// phrase at an edge of the span left out, an adverbial "by contrast" between commas giving way to the
// subject before it, a partitive "one of the …" kept whole.
import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';
import type { Doc } from '../../../src/doc/types.ts';

/** Marks each listed phrase as a time expression (makeDoc leaves the layer empty). */
function withTimexes(doc: Doc, phrases: string[]): Doc {
  doc.layers.timexes = phrases.map((p) => {
    const start = doc.text.indexOf(p);
    return { start, end: start + p.length, text: p, type: 'DATE', value: 'XXXX' } as NonNullable<Doc['layers']['timexes']>[number];
  });
  return doc;
}

describe('speakers made nominal phrases', () => {
  it('joins a web address the tokenizer cut at its dot ("com" alone is no speaker)', () => {
    const qs = quotesOf(makeDoc('"We will not sell the plant," Example.com reported on Monday.'));
    for (const q of qs) expect(q.speaker?.text).toBe('Example.com');
    expect(quoteStarting(qs, 'We will not sell', 'partial').speaker?.text).toBe('Example.com');
    // as the medium of "X quoted Y as saying" it is the quote's outlet, whole (issue 15)
    const quoted = quotesOf(makeDoc('"We will not sell the plant," Example.com quoted Okafor as saying.'));
    expect(quoteStarting(quoted, 'We will not sell', 'partial')).toMatchObject({ speaker: { text: 'Okafor' }, outlet: 'Example.com' });
  });

  it('leaves out a time phrase between the subject and its cue', () => {
    const doc = withTimexes(makeDoc('The ministry on Tuesday said the bridge would reopen.'), ['Tuesday']);
    expect(quoteStarting(quotesOf(doc), 'the bridge would reopen', 'indirect').speaker?.text).toBe('The ministry');
  });

  it('takes the subject before an adverbial set off by commas, not its object', () => {
    const qs = quotesOf(makeDoc('Acme, by contrast, believes passengers will want to fly direct between smaller airports.'));
    expect(quoteStarting(qs, 'passengers will want', 'indirect').speaker?.text).toBe('Acme');
  });
});

describe('a role and the name right after it are one speaker', () => {
  it('takes the name a role was read as a modifier of ("according to Boeing spokeswoman Rita …")', () => {
    const [q] = quotesOf(makeDoc('The fault has been fixed, according to Boeing spokeswoman Rita Alvarez-Moreno.'));
    expect(q.speaker?.text).toBe('Boeing spokeswoman Rita Alvarez-Moreno');
    expect(q.text).toBe('The fault has been fixed');
  });

  it('takes the whole name of a body whose first words were read as a compound', () => {
    const qs = quotesOf(makeDoc("About one in 900 adults carry the gene, according to Bristol's Wellcome Genome Centre for Rare Disease, which runs the register."));
    expect(quoteStarting(qs, 'About one in 900', 'indirect').speaker?.text).toBe("Bristol's Wellcome Genome Centre for Rare Disease");
  });

  it('takes a name the parser hung on the role before it as an apposition, no comma between', () => {
    const qs = quotesOf(makeDoc('His mother Fatima Al-Rashid Ahmed said the family would fly home on Sunday.'));
    expect(quoteStarting(qs, 'the family would', 'indirect').speaker?.text).toBe('His mother Fatima Al-Rashid Ahmed');
  });
});
