// The transfer form of an annotated document (src/workers/transfer.ts): tokens travel packed, come back
// identical when read, and the writer can store the packed form without ever unpacking it.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/doc.ts';
import { createAnnotator } from '../../src/workers/pool.ts';
import { fromTransfer, packedTokensOf, toTransfer, tokenCount } from '../../src/workers/transfer.ts';
import { assignedLayers, packTokens } from '../../src/store/rows.ts';

const TEXT = 'Kenya’s army said on Friday it had sent troops to Somalia. “We will stay,” the defence ministry said.';

describe('document transfer form', () => {
  it('packs the tokens on the way and unpacks them, identical, on first read', async () => {
    const [doc] = await createAnnotator(0).annotate([createDoc({ date: '2023-03-10', text: TEXT })]);
    const tokens = structuredClone(doc.layers.tokens!);
    const layers = assignedLayers(doc);
    const { syntax, ...stored } = doc.layers;
    expect(syntax).toBeDefined();
    const before = JSON.parse(JSON.stringify({ ...doc, layers: stored })); // the parse is not sent back
    const sent = toTransfer(structuredClone(doc));
    expect(sent.doc.layers.syntax).toBeUndefined();
    expect(sent.doc.layers.tokens).toBeUndefined();
    expect(sent.count).toBe(tokens.length);
    const got = fromTransfer(structuredClone(sent)); // as postMessage would copy it
    expect(packedTokensOf(got)).toBe(packTokens(doc.text, tokens));
    expect(tokenCount(got)).toBe(tokens.length);
    expect(assignedLayers(got).sort()).toEqual([...layers].sort()); // without unpacking
    expect(packedTokensOf(got)).toBeDefined();
    expect(got.layers.tokens).toEqual(tokens); // the first read unpacks
    expect(packedTokensOf(got)).toBeUndefined(); // read tokens may have been changed: the writer packs them again
    expect(JSON.parse(JSON.stringify(got))).toEqual(before);
  });

  it('lets the tokens layer be replaced before it is read', () => {
    const doc = createDoc({ date: '2023-03-10', text: 'Hello world' });
    doc.layers.tokens = [{ start: 0, end: 5, text: 'Hello', pos: 'INTJ', lemma: 'hello', sentence: 0 }];
    const got = fromTransfer(toTransfer(doc));
    got.layers.tokens = [];
    expect(got.layers.tokens).toEqual([]);
    expect(packedTokensOf(got)).toBeUndefined();
    expect(tokenCount(got)).toBe(0);
    const none = fromTransfer(toTransfer(createDoc({ date: '2023-03-10', text: 'x' })));
    expect(none.layers.tokens).toBeUndefined();
    expect(tokenCount(none)).toBe(0);
  });
});
