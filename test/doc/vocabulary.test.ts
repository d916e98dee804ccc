import { describe, expect, it } from 'vitest';
import { intern, makeRoom, startAfresh, vocabularyEpoch, wordOf, WordTable } from '../../src/doc/vocabulary.ts';

describe('the word vocabulary', () => {
  it('gives a word form one id and reads the form back', () => {
    makeRoom(3);
    const a = intern('Harbour');
    const b = intern('harbour');
    expect(a).not.toBe(b);
    expect(intern('Harbour')).toBe(a);
    expect(wordOf(a)).toBe('Harbour');
    expect(wordOf(b)).toBe('harbour');
  });

  it('remembers a table value per id and computes it once', () => {
    let calls = 0;
    const length = new WordTable((w) => (calls++, w.length));
    makeRoom(2);
    const id = intern('lighthouse');
    expect(length.of(id)).toBe(10);
    expect(length.of(id)).toBe(10);
    expect(calls).toBe(1);
    expect(length.of(intern('pier'))).toBe(4);
    expect(calls).toBe(2);
  });

  it('forgets every id and table value when it starts afresh', () => {
    const upper = new WordTable((w) => (/^[A-Z]/.test(w) ? 1 : 0));
    makeRoom(1);
    const before = intern('Ferry');
    expect(upper.of(before)).toBe(1);
    const epoch = vocabularyEpoch();
    startAfresh();
    expect(vocabularyEpoch()).toBe(epoch + 1);
    makeRoom(2);
    // the first id of the new epoch is a different word: the table computes it again
    const id = intern('ferry');
    expect(id).toBe(0);
    expect(upper.of(id)).toBe(0);
    expect(intern('Ferry')).toBe(1);
    expect(upper.of(1)).toBe(1);
  });
});
