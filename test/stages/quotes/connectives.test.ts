import { describe, expect, it } from 'vitest';
import { makeDoc, quotesOf, quoteStarting } from './helpers.ts';
import { inConnective, loadQuoteLexicon, quoteLexicon } from '../../../src/stages/quotes/lexicon.ts';
import { cueAt } from '../../../src/stages/quotes/syntax.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { BUNDLED_KNOWLEDGE_DIR, bundledKnowledge } from '../../../src/knowledge/knowledge.ts';

// "That said, …" opens a sentence as a concessive connective (knowledge/quotes/connectives.yaml): its "said"
// reports nobody's words. Invented sentences.
describe('a sentence-opening connective holds no cue', () => {
  const text = 'Our members live in many countries. That said, the club is small and meets only twice a year.';

  it('makes no record of the clause after "That said," (tree reading)', () => {
    const quotes = quotesOf(makeDoc(text));
    expect(quotes.filter((q) => q.cue === 'said')).toEqual([]);
  });

  it('gives the word-order reading no cue there either', () => {
    const lex = quoteLexicon(bundledKnowledge());
    const { tokens } = tokenize(text);
    const said = tokens.findIndex((t) => t.text === 'said');
    expect(cueAt(tokens, said, lex)).toBeNull();
    const frame = tokenize('The club is small, its founder said.').tokens;
    expect(cueAt(frame, frame.findIndex((t) => t.text === 'said'), lex)?.cue.phrase).toBe('say');
  });

  it('keeps a real frame after the connective and "that said" used as subject and verb', () => {
    const after = quotesOf(makeDoc('Prices rose again. That said, demand is still strong, analysts said.'));
    expect(quoteStarting(after, 'That said, demand').speaker?.text).toBe('analysts');
    const verb = quotesOf(makeDoc('The mayor read the letter aloud. That said the budget would be cut by a third.'));
    expect(quoteStarting(verb, 'the budget would be cut').cue).toBe('said');
  });

  it('matches only at a sentence start and before a comma', () => {
    const lex = loadQuoteLexicon([BUNDLED_KNOWLEDGE_DIR]);
    const check = (words: string[], i: number, sentence: number[] = words.map(() => 0)) =>
      inConnective(lex, i, words.length, (k) => words[k], (k) => sentence[k], (k) => /^[,.“"]$/.test(words[k]));
    expect(check(['that', 'said', ',', 'we', 'won'], 1)).toBe(true);
    expect(check(['“', 'that', 'said', ',', 'we', 'won'], 2)).toBe(true);
    expect(check(['that', 'said', 'we', 'won'], 1)).toBe(false);
    expect(check(['all', 'that', 'said', ',', 'we', 'won'], 2)).toBe(false);
    expect(check(['it', 'ended', '.', 'that', 'said', ',', 'we', 'won'], 4, [0, 0, 0, 1, 1, 1, 1, 1])).toBe(true);
  });
});

// An imperative tells the reader to imagine, feel, note or write: nobody's words are reported (reported.ts,
// Tree.isImperative). Invented sentences.
describe('an imperative cue reports nothing', () => {
  it('makes no record of "Imagine …", "Now imagine that …", "Please note …" or "Don\'t worry if …"', () => {
    const doc = makeDoc('Sit down and breathe slowly. Imagine you are resting on a quiet beach. Now imagine that the waves carry your worries away. Please note the class meets on Fridays. Don\'t worry if your mind wanders.');
    expect(quotesOf(doc).filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('keeps a cue with its subject and a headline verb with its subject', () => {
    const quotes = quotesOf(makeDoc('The coach imagines the team will win the cup. Leaders vow to respond firmly to the test.'));
    expect(quoteStarting(quotes, 'the team will win').speaker?.text).toBe('The coach');
    expect(quoteStarting(quotes, 'to respond firmly').speaker?.text).toBe('Leaders');
  });
});
