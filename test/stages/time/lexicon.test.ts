import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Knowledge, BUNDLED_KNOWLEDGE_DIR } from '../../../src/knowledge/knowledge.ts';
import { isModal, loadTimeLexicon } from '../../../src/stages/time/lexicon.ts';
import { timeComponent } from '../../../src/stages/time/index.ts';
import { tokensComponent } from '../../../src/stages/tokens/tokens.ts';
import { assemble } from '../../../src/pipeline/pipeline.ts';
import { createDoc } from '../../../src/doc/doc.ts';

function userDir(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'time-lex-'));
  mkdirSync(join(dir, 'time'));
  writeFileSync(join(dir, 'time', 'extra.yaml'), content);
  return dir;
}

describe('time lexicon', () => {
  it('holds one list of modal auxiliaries for every reading of the stage', () => {
    const lex = loadTimeLexicon(new Knowledge([BUNDLED_KNOWLEDGE_DIR]));
    for (const w of ['could', 'Would', "'ll", '’ll', "'d", 'ought', 'wo', 'ca']) expect(isModal(lex, w), w).toBe(true);
    for (const w of ['has', 'did', 'to', 'be']) expect(isModal(lex, w), w).toBe(false);
  });

  it('reports a bad user entry with file and line', () => {
    const k = new Knowledge([BUNDLED_KNOWLEDGE_DIR, userDir('- {kind: holiday, value: 05-09, words: [Victory Day]}\n- {kind: nonsense, words: [x]}\n')]);
    expect(() => loadTimeLexicon(k)).toThrow(/extra\.yaml:2: field "kind"/);
  });

  it('lets a user folder add holidays', () => {
    const k = new Knowledge([BUNDLED_KNOWLEDGE_DIR, userDir('- {kind: holiday, value: 05-09, words: [Victory Day]}\n')]);
    const p = assemble([tokensComponent(k), timeComponent(k)]);
    const doc = p.run(createDoc({ date: '2021-06-01', text: 'Veterans marched on Victory Day in Minsk.' }));
    expect(doc.layers.timexes!.map((t) => [t.text, t.value])).toEqual([['Victory Day', '2021-05-09']]);
  });
});
