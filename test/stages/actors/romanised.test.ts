// Chinese and Korean given names of two syllables written with a hyphen and the second in lower case
// ("Chan Tai-man"): the syllables the lexicon makes them of, the whole name read as one person, its
// second syllable a word of the name in the tree, and words glued to a place or prize left alone.
import { describe, expect, it } from 'vitest';
import { bundledKnowledge } from '../../../src/knowledge/knowledge.ts';
import { actorIndex } from '../../../src/stages/actors/registry.ts';
import { givenNameTail, modelForms, romanisedSyllable } from '../../../src/stages/actors/romanised.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { entities, runParsed } from './syntax-helpers.ts';

const lex = actorIndex(bundledKnowledge()).lexicon;
const ents = (text: string) => entities(runParsed(text));
const names = (text: string) => ents(text).map((e) => e[0]);

describe('romanised syllables', () => {
  it('reads an onset and a rhyme of the lexicon as one syllable', () => {
    for (const w of ['chung', 'jae', 'in', 'hyun', 'kwok', 'yeung', 'tai', 'hoon', 'xiao', 'hsien']) expect(romanisedSyllable(w, lex), w).toBe(true);
  });

  it('reads no English word of a compound as one', () => {
    for (const w of ['based', 'led', 'trained', 'winner', 'style', 'owned', 'era', 'wide']) expect(romanisedSyllable(w, lex), w).toBe(false);
  });

  it('finds the second syllable after a family name and a capitalised first syllable only', () => {
    const at = (text: string, word: string) => {
      const { tokens } = tokenize(text);
      return givenNameTail(tokens, tokens.findIndex((t) => t.text === word), lex);
    };
    expect(at('The envoy met Chan Tai-man on Monday.', 'man')).toBe(true);
    expect(at('The envoy met Tai-man on Monday.', 'man')).toBe(false);
    expect(at('A New York-based firm hired her.', 'based')).toBe(false);
    expect(at('Officials praised the Golden Globe-nominated actor.', 'nominated')).toBe(false);
  });

  it('hands the models the syllable capitalised and leaves the tokens as written', () => {
    const { tokens } = tokenize('Chan Tai-man left.');
    expect(modelForms(tokens, 0, tokens.length, lex)).toEqual(['Chan', 'Tai', '-', 'Man', 'left', '.']);
    expect(tokens[3].text).toBe('man');
    expect(modelForms(tokens, 0, tokens.length, null)[3]).toBe('man');
  });
});

describe('a hyphenated given name in the actors stage', () => {
  it('reads the whole name as one person', () => {
    const e = ents('Tsang Wing-kei met Ho Man-tat in Kowloon on Monday.');
    expect(e).toContainEqual(['Tsang Wing-kei', 'PERSON', 'person:tsang-wing-kei']);
    expect(e).toContainEqual(['Ho Man-tat', 'PERSON', 'person:ho-man-tat']);
  });

  it('ends the name before "of" and its body', () => {
    const n = names('Other winners were Tong Ka-wai of Civic Hope and Fok Ka-ho of the Labour Party.');
    expect(n).toContain('Tong Ka-wai');
    expect(n).toContain('Fok Ka-ho');
    expect(n.some((x) => x.includes(' of '))).toBe(false);
  });

  it('keeps the name apart from a possessor coordinated after it', () => {
    const n = names('The seats went to Chow Wai-kin and Dragonfly\'s Yau Man-chung last week.');
    expect(n).toContain('Chow Wai-kin');
    expect(n).toContain('Yau Man-chung');
    expect(n.some((x) => x.includes(' and '))).toBe(false);
  });
});

describe('a hyphenated given name as a sure person', () => {
  it('types a cue-less name coordinated with it as a person (its own lower-case syllable is no common word)', () => {
    expect(ents('Nonpartisan Dell Tse and Chow Wai-kin of the Transport Union kept their seats on Sunday.')).toContainEqual(['Nonpartisan Dell Tse', 'PERSON', 'person:nonpartisan-dell-tse']);
  });
});

describe('a hyphenated given name in the tree', () => {
  it('is a word of the name, not a subject of its own', () => {
    const doc = runParsed('Tsang Wing-kei met the mayor on Monday.');
    const t = doc.layers.tokens!;
    const s = doc.layers.syntax!;
    const kei = t.findIndex((x) => x.text === 'kei');
    expect(s.upos[kei]).toBe('PROPN');
    expect(s.deprels[kei]).toBe('flat');
    expect(t[s.heads[kei]].text).toBe('Tsang');
  });
});
