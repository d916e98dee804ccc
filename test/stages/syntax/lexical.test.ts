// The lexical values of a sentence are the same whether each word's values are computed for the
// sentence or read from the rows remembered by word id (the document's lexical pass), with and without
// word clusters, and after the vocabulary starts afresh.
import { describe, expect, it } from 'vitest';
import { lexical, type Lexical } from '../../../src/stages/syntax/lexical.ts';
import { WordClusters } from '../../../src/stages/syntax/clusters.ts';
import { intern, makeRoom, startAfresh } from '../../../src/doc/vocabulary.ts';

const FIELDS = ['word', 'form', 'suf1', 'suf2', 'suf3', 'suf4', 'pre1', 'pre2', 'pre3', 'shape', 'hint', 'fine', 'coarse'] as const;
const plain = (lx: Lexical) => Object.fromEntries(FIELDS.map((f) => [f, Array.from(lx[f])]));
const idsOf = (forms: string[]) => {
  makeRoom(forms.length);
  return Int32Array.from(forms, intern);
};

describe('lexical values by word id', () => {
  const forms = ['The', 'ferry', 'to', 'Tromsø', 'left', 'at', '07:45', ',', 'the', 'Ferry', 'didn’t'];
  const clusters = WordClusters.fromWords(['the', 'ferry', "didn't"], [3, 8, 2], [0, 1, 1]);

  it('equal the values computed for the sentence', () => {
    for (const c of [null, clusters]) {
      const hints = forms.map(() => 'NOUN');
      expect(plain(lexical(forms, hints, c, idsOf(forms)))).toEqual(plain(lexical(forms, hints, c)));
      // a second sentence reads the remembered rows
      expect(plain(lexical(forms, hints, c, idsOf(forms)))).toEqual(plain(lexical(forms, hints, c)));
    }
  });

  it('are made again when the vocabulary starts afresh (ids then name other words)', () => {
    lexical(forms, undefined, clusters, idsOf(forms));
    startAfresh();
    const other = ['Snow', 'closed', 'the', 'pass'];
    expect(plain(lexical(other, undefined, clusters, idsOf(other)))).toEqual(plain(lexical(other, undefined, clusters)));
  });
});
