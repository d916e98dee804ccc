// The transfer form of an annotated document (src/workers/transfer.ts): tokens travel packed and the record
// layers as store rows, come back identical when read, and the writer can store them without unpacking.
import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/doc/doc.ts';
import { createAnnotator } from '../../src/workers/pool.ts';
import { fromTransfer, layerRowsOf, packedTokensOf, sentencesJsonOf, toTransfer, tokenCount } from '../../src/workers/transfer.ts';
import { assignedLayers, layerRows, packTokens } from '../../src/store/rows.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Doc } from '../../src/doc/types.ts';

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
    // without unpacking; the tokens come last, as the transfer form before the rows had them
    expect(assignedLayers(got)).toEqual([...layers.filter((l) => l !== 'tokens'), 'tokens']);
    expect(layerRowsOf(got)).toEqual(layerRows(doc));
    expect(sentencesJsonOf(got)).toBe(JSON.stringify(doc.layers.sentences));
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

  it('gives the writer the rows only while no record layer was read, replaced, added or removed', async () => {
    const [doc] = await createAnnotator(0).annotate([createDoc({ date: '2023-03-10', text: TEXT })]);
    const arrive = () => fromTransfer(structuredClone(toTransfer(structuredClone(doc))));
    const changes: [string, (d: Doc) => void][] = [
      ['read', (d) => void d.layers.events],
      ['replaced', (d) => (d.layers.quotes = [])],
      ['removed', (d) => delete d.layers.places],
      ['renamed', (d) => (d.id = 'other')],
    ];
    for (const [what, change] of changes) {
      const got = arrive();
      change(got);
      expect(layerRowsOf(got), what).toBeUndefined();
      expect(packedTokensOf(got), what).toBeDefined(); // the other forms stay usable
    }
    const bare = fromTransfer(toTransfer(createDoc({ date: '2023-03-10', text: 'x' })));
    bare.layers.events = [];
    expect(layerRowsOf(bare)).toBeUndefined(); // a layer added after the transfer
    const read = arrive();
    expect(read.layers.events).toEqual(doc.layers.events); // parsed from the rows' JSON
    expect(sentencesJsonOf(read)).toBeDefined();
    void read.layers.sentences;
    expect(sentencesJsonOf(read)).toBeUndefined();
  });

  it('stores a transferred document as the document itself', async () => {
    const [doc] = await createAnnotator(0).annotate([createDoc({ date: '2023-03-10', text: TEXT })]);
    const stored = async (d: Doc) => {
      const store = await SqliteStore.open(':memory:');
      await store.saveDocs([d]);
      const back = await store.getDoc(d.id);
      await store.close();
      return back;
    };
    const direct = structuredClone(doc);
    delete direct.layers.syntax;
    const moved = fromTransfer(structuredClone(toTransfer(structuredClone(doc))));
    expect(await stored(moved)).toEqual(await stored(direct));
    expect(layerRowsOf(moved)).toBeDefined(); // saving read no layer
  });
});
