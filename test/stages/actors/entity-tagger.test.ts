import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { allowed, docContext, EntityTagger, spansOf, TAGS, tagsOf, tagSentences, type TagSentence } from '../../../src/stages/actors/entity-tagger.ts';
import { entityModelFromBytes, saveEntityModel } from '../../../src/stages/actors/entity-model.ts';
import type { Perceptron } from '../../../src/stages/syntax/perceptron.ts';
import { readFileSync } from 'node:fs';

// Invented sentences: an untrained-on-the-world tagger learns names from their shape and context.
function sentence(text: string): TagSentence {
  const forms = text.split(' ');
  return {
    forms,
    upos: forms.map((f) => (/^\p{Lu}/u.test(f) ? 'PROPN' : /^[.,]$/.test(f) ? 'PUNCT' : 'NOUN')),
    heads: forms.map(() => -1),
    deprels: forms.map(() => 'dep'),
    glued: forms.map(() => false),
  };
}

const TRAIN: [string, { a: number; b: number; type: 'PER' | 'LOC' | 'ORG' }[]][] = [
  ['yesterday Marta Olvensk said the plan works .', [{ a: 1, b: 3, type: 'PER' }]],
  ['the board of Quarnex Holdings met in Talvora .', [{ a: 3, b: 5, type: 'ORG' }, { a: 7, b: 8, type: 'LOC' }]],
  ['we drove to Brelmont and then to Osvik .', [{ a: 3, b: 4, type: 'LOC' }, { a: 7, b: 8, type: 'LOC' }]],
  ['Tomas Verhoel said prices rose .', [{ a: 0, b: 2, type: 'PER' }]],
  ['shares of Lindqvar Holdings fell .', [{ a: 2, b: 4, type: 'ORG' }]],
  ['she moved to Ravensholm last year .', [{ a: 3, b: 4, type: 'LOC' }]],
  ['yesterday Anke Dorval said the talks failed .', [{ a: 1, b: 3, type: 'PER' }]],
  ['then Piet Salomar said nothing .', [{ a: 1, b: 3, type: 'PER' }]],
  ['yesterday Jonna Brisk said it rained .', [{ a: 1, b: 3, type: 'PER' }]],
];

describe('BILOU tags', () => {
  it('round-trips spans and forbids broken sequences', () => {
    const spans = [{ a: 1, b: 3, type: 'PER' as const }, { a: 4, b: 5, type: 'LOC' as const }];
    expect(spansOf(tagsOf(6, spans))).toEqual(spans);
    const B_PER = TAGS.indexOf('B-PER');
    expect(allowed(B_PER, TAGS.indexOf('L-PER'))).toBe(true);
    expect(allowed(B_PER, TAGS.indexOf('L-ORG'))).toBe(false);
    expect(allowed(B_PER, 0)).toBe(false);
    expect(allowed(-1, TAGS.indexOf('I-LOC'))).toBe(false);
  });
});

describe('entity tagger', () => {
  const train = () => {
    const t = new EntityTagger();
    for (let e = 0; e < 8; e++) for (const [s, spans] of TRAIN) t.tag(sentence(s), tagsOf(s.split(' ').length, spans));
    return t;
  };

  it('learns names from shape and context', () => {
    const t = new EntityTagger((train().model as Perceptron).finish());
    const spans = t.spans(sentence('yesterday Ilse Marrow said the plan works .'));
    expect(spans.map((x) => x.type)).toEqual(['PER']);
    expect(spans[0].a).toBe(1);
    expect(t.spans(sentence('we drove to Kelmarsh and then to Osvik .')).map((x) => x.type)).toEqual(['LOC', 'LOC']);
  });

  it('is deterministic and survives the model file', () => {
    const a = (train().model as Perceptron).finish();
    const b = (train().model as Perceptron).finish();
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'entities-'));
    try {
      const path = join(dir, 'm.bin');
      saveEntityModel({ first: a, second: b }, path);
      const m = entityModelFromBytes(readFileSync(path));
      const s = sentence('Tomas Osvik said prices rose .');
      expect(new EntityTagger(m.first).spans(s)).toEqual(new EntityTagger(a).spans(s));
      expect(m.second?.featureCount).toBe(b.featureCount);
      expect(() => entityModelFromBytes(Buffer.from('nothing here'))).toThrow(/not an eventline entity model/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('counts a document\'s first-pass names per word form for the second pass', () => {
    const s1 = sentence('Marta Olvensk said so .');
    const s2 = sentence('later Olvensk left .');
    const ctx = docContext([
      { forms: s1.forms, first: tagsOf(5, [{ a: 0, b: 2, type: 'PER' }]) },
      { forms: s2.forms, first: tagsOf(4, [{ a: 1, b: 2, type: 'PER' }]) },
    ]);
    const c = ctx.byForm.get('Olvensk')!;
    expect(c[0]).toBe(2); // twice inside a person name
    expect(c[3]).toBe(1); // once alone
    expect(c[6]).toBe(1); // once last of a multi-word person name
    expect(ctx.lower.has('later')).toBe(false); // first word of its sentence
    expect(ctx.lower.has('left')).toBe(true);
    const t = new EntityTagger((train().model as Perceptron).finish());
    expect(tagSentences(t, null, [s1, s2])).toHaveLength(2);
  });
});

describe('entity tagger: the article-like words that open a looked-up run', () => {
  it('reads the/al/el as the case-blind expression does, by character codes', async () => {
    const { articleLike } = await import('../../../src/stages/actors/entity-tagger.ts');
    // every word of up to three characters over the three words' letters and their capitals, two signs
    // one bit from a letter's code ('@', '`'), and letters beyond ASCII that upper-case or fold to Latin
    // ones (long s, dotted I, the Kelvin sign, é)
    const alphabet = ['t', 'T', 'h', 'H', 'e', 'E', 'a', 'A', 'l', 'L', '@', '`', '\u017f', '\u0130', '\u212a', '\u00e9'];
    let words = [''];
    const all: string[] = [];
    for (let len = 1; len <= 3; len++) {
      words = words.flatMap((w) => alphabet.map((c) => w + c));
      all.push(...words);
    }
    const re = /^(the|al|el)$/i;
    for (const w of all) expect(articleLike(w), w).toBe(re.test(w));
    expect(all.filter((w) => articleLike(w)).length).toBe(8 + 4 + 4);
  });
});
