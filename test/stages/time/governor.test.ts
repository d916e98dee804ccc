import { describe, expect, it } from 'vitest';
import { sentenceTokens } from '../../../src/stages/time/governor.ts';
import { createDoc } from '../../../src/doc/doc.ts';
import type { Token } from '../../../src/doc/types.ts';

// Invented text; tokens split on spaces, a sentence closing at each full stop.
function docOf(text: string) {
  const tokens: Token[] = [];
  let sentence = 0;
  for (const m of text.matchAll(/\S+/g)) {
    tokens.push({ text: m[0], start: m.index!, end: m.index! + m[0].length, pos: 'X', lemma: m[0], sentence });
    if (m[0].endsWith('.')) sentence++;
  }
  const doc = createDoc({ id: 't', date: '2021-11-14', text });
  doc.layers.tokens = tokens;
  return doc;
}

describe('sentenceTokens', () => {
  it('gives the sentence of the first token ending after the span\'s start, at every offset', () => {
    const doc = docOf('Orla Venn left.  The board met  on Friday.\nIt  closed.   ');
    const tokens = doc.layers.tokens!;
    for (let pos = 0; pos <= doc.text.length + 1; pos++) {
      // the reading by a scan of every token
      const at = tokens.find((t) => t.end > pos);
      const want = at ? tokens.filter((t) => t.sentence === at.sentence) : [];
      expect(sentenceTokens(doc, { start: pos, end: pos + 1 })).toEqual(want);
    }
  });

  it('gives no tokens for a document without any', () => {
    const doc = createDoc({ id: 't', date: '2021-11-14', text: 'x' });
    expect(sentenceTokens(doc, { start: 0, end: 1 })).toEqual([]);
  });
});
