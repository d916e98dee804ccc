// What the syntax model scores at run time (docs/syntax.md, 2026-12-05): label candidates under a share
// of their (dependent tag, head tag, direction) left out, a tag dictionary, tag classes (a word seen in
// training is scored only for the tags it takes), and arc labeler templates left out. Invented data.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCandidates, candidateKey } from '../../../src/stages/syntax/labeler.ts';
import { Tagger, UPOS_ID, buildTagClasses, buildTagdict } from '../../../src/stages/syntax/tagger.ts';
import { ArcLabeler } from '../../../src/stages/syntax/arc-labeler.ts';
import { Parser } from '../../../src/stages/syntax/parser.ts';
import { FrozenPerceptron } from '../../../src/stages/syntax/frozen.ts';
import { key1 } from '../../../src/stages/syntax/hash.ts';
import { lexical } from '../../../src/stages/syntax/lexical.ts';
import { bundledModel, loadModel, saveModel, SyntaxModel } from '../../../src/stages/syntax/model.ts';

const tag = (t: string) => UPOS_ID.get(t)!;

describe('label candidates', () => {
  // 1,000 arcs of a NOUN on a VERB to its right: nsubj 990 times, obl 9, vocative once
  const labels = ['nsubj', 'obl', 'root', 'vocative'];
  const T = Int32Array.from([tag('NOUN') + 1, tag('VERB') + 1, 0]);
  const trees = [...Array(990).fill(0), ...Array(9).fill(1), 3].map((l) => ({ heads: Int32Array.from([1, 2]), labels: Int32Array.from([l, 2]), T }));
  const key = candidateKey(T[0], T[1], 1);

  it('keeps every label seen by default', () => {
    expect([...buildCandidates(trees, 2).get(key)!]).toEqual([0, 1, 3]);
  });

  it('leaves out the labels under the share of their triple, never the most frequent', () => {
    expect([...buildCandidates(trees, 2, 0.005).get(key)!]).toEqual([0, 1]);
    expect([...buildCandidates(trees, 2, 0.5).get(key)!]).toEqual([0]);
    expect([...buildCandidates(trees, 2, 0.999).get(key)!]).toEqual([0]);
  });
});

describe('tag dictionary and tag classes', () => {
  // "run" 60 times: VERB 50, NOUN 10; "the" 100 times DET; "zorp" twice NOUN; "pen" 4 times NOUN, once VERB
  const sent = (w: string, t: string) => ({ w: lexical([w]).word, t: Uint8Array.from([tag(t)]) });
  const data = [
    ...Array(50).fill(['run', 'VERB']), ...Array(10).fill(['run', 'NOUN']), ...Array(100).fill(['the', 'DET']),
    ...Array(2).fill(['zorp', 'NOUN']), ...Array(4).fill(['pen', 'NOUN']), ['pen', 'VERB'],
  ].map(([w, t]) => sent(w, t));
  const words = data.map((d) => d.w), tags = data.map((d) => d.t);
  const hash = (w: string) => lexical([w]).word[0];

  it('the dictionary takes words seen often enough with one tag', () => {
    const d = buildTagdict(words, tags, 3, 0.99);
    expect(d.get(hash('the'))).toBe(tag('DET'));
    expect(d.has(hash('run'))).toBe(false);
    expect(d.has(hash('zorp'))).toBe(false);
  });

  it('a class lists the tags a word takes at least the share of the time; one tag makes no class', () => {
    const c = buildTagClasses(words, tags, 3, 0.01);
    expect([...c.get(hash('run'))!]).toEqual([tag('NOUN'), tag('VERB')].sort((a, b) => a - b));
    expect([...c.get(hash('pen'))!]).toEqual([tag('NOUN'), tag('VERB')].sort((a, b) => a - b));
    expect(c.has(hash('the'))).toBe(false);
    expect(c.has(hash('zorp'))).toBe(false);
    expect(buildTagClasses(words, tags, 3, 0.25).has(hash('pen'))).toBe(false);
  });

  it('the tagger picks the best tag of the class, not the best of all tags', () => {
    // a model of one feature, the tagger's bias (template 1): ADJ 10, VERB 5, NOUN 1
    const row = new Int8Array(17);
    row[tag('ADJ')] = 10; row[tag('VERB')] = 5; row[tag('NOUN')] = 1;
    const frozen = new FrozenPerceptron(17, Int32Array.from([key1(1, 0)]), row, 1);
    const lx = lexical(['run']);
    const free = new Tagger(frozen);
    expect(free.tag(lx)[0]).toBe(tag('ADJ'));
    const classes = new Map([[lx.word[0], Int32Array.from([tag('NOUN'), tag('VERB')].sort((a, b) => a - b))]]);
    const bound = new Tagger(frozen, new Map(), classes);
    expect(bound.tag(lx)[0]).toBe(tag('VERB'));
    // and without the form cache the same
    expect(new Tagger(frozen, new Map(), classes).withoutFormCache().tag(lx)[0]).toBe(tag('VERB'));
    // a capitalised word inside the sentence may be a name: scored on every tag, the dictionary skipped too
    const capital = new Tagger(frozen, new Map([[lx.word[0], tag('NOUN')]]), classes);
    expect(capital.tag(lexical(['Run', 'Run']))[1]).toBe(tag('ADJ'));
    expect(capital.tag(lexical(['Run', 'run']))[1]).toBe(tag('NOUN'));
    expect(capital.tag(lexical(['Run']))[0]).toBe(tag('NOUN'));
    // a word the classes do not list is scored on every tag
    expect(bound.tag(lexical(['walk']))[0]).toBe(free.tag(lexical(['walk']))[0]);
  });
});

describe('counting without names, more evidence for open classes', () => {
  const hash = (w: string) => lexical([w]).word[0];
  // "bureau" opening a sentence once, inside one 4 times as a name ("the Weather Bureau"), lower-case 3 times
  const sents: [string[], string[]][] = [
    [['Bureau', 'staff', 'left'], ['NOUN', 'NOUN', 'VERB']],
    ...Array(4).fill([['the', 'Weather', 'Bureau'], ['DET', 'PROPN', 'PROPN']]),
    ...Array(3).fill([['the', 'bureau', 'closed'], ['DET', 'NOUN', 'VERB']]),
  ];
  const forms = sents.map(([f]) => f);
  const words = forms.map((f) => lexical(f).word);
  const tags = sents.map(([, t]) => Uint8Array.from(t.map(tag)));

  it('counts a word capitalised inside a sentence for neither the dictionary nor the classes', () => {
    expect(buildTagdict(words, tags, 3, 0.99).has(hash('bureau'))).toBe(false);
    expect([...buildTagClasses(words, tags, 3, 0.01).get(hash('bureau'))!]).toEqual([tag('NOUN'), tag('PROPN')]);
    expect(buildTagdict(words, tags, 3, 0.99, forms).get(hash('bureau'))).toBe(tag('NOUN'));
    expect(buildTagClasses(words, tags, 3, 0.01, forms).has(hash('bureau'))).toBe(false);
  });

  it('asks more evidence of a word of an open class', () => {
    // "offers" 5 times a verb, "whom" 5 times a pronoun, "file" 5 times a noun and twice a verb
    const data: [string, string][] = [...Array(5).fill(['offers', 'VERB']), ...Array(5).fill(['whom', 'PRON']), ...Array(5).fill(['file', 'NOUN']), ['file', 'VERB'], ['file', 'VERB']];
    const w = data.map(([f]) => lexical([f]).word), t = data.map(([, g]) => Uint8Array.from([tag(g)]));
    expect(buildTagdict(w, t, 3, 0.99).get(hash('offers'))).toBe(tag('VERB'));
    expect(buildTagdict(w, t, 3, 0.99, undefined, 20).has(hash('offers'))).toBe(false);
    expect(buildTagdict(w, t, 3, 0.99, undefined, 20).get(hash('whom'))).toBe(tag('PRON'));
    expect(buildTagClasses(w, t, 3, 0.01).has(hash('file'))).toBe(true);
    expect(buildTagClasses(w, t, 3, 0.01, undefined, 20).has(hash('file'))).toBe(false);
    expect(buildTagClasses(w, t, 3, 0.01, undefined, 7).has(hash('file'))).toBe(true);
  });
});

describe('arc labeler templates left out', () => {
  it('a dropped template adds no feature', () => {
    const labels = ['nsubj', 'obj', 'root'];
    const all = new ArcLabeler(labels, undefined, new Map());
    const fewer = new ArcLabeler(labels, undefined, new Map(), 1, [2, 9]);
    const count = (al: ArcLabeler) => {
      const st = { n: 2, l1: Int32Array.from([-1, -1, -1]), l2: Int32Array.from([-1, -1, -1]), r1: Int32Array.from([-1, -1, -1]), r2: Int32Array.from([-1, -1, -1]), nl: new Int32Array(3), nr: new Int32Array(3), lab: new Int32Array(3), setL0: new Int32Array(3), setL1: new Int32Array(3), setR0: new Int32Array(3), setR1: new Int32Array(3) };
      return (al as unknown as { features: (...a: unknown[]) => number }).features(st, 0, 1, Int32Array.from([11, 12, 13]), Int32Array.from([8, 16, 99]), null);
    };
    expect(count(all) - count(fewer)).toBe(2);
  });
});

describe('model file', () => {
  it('keeps the tag classes and the arc labeler templates left out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-classes-'));
    try {
      const m = bundledModel();
      const al = m.parser.arcLabeler!;
      const word = lexical(['plan']).word[0];
      const classes = new Map([[word, Int32Array.from([tag('NOUN'), tag('VERB')])]]);
      const parser = new Parser(m.parser.model, new ArcLabeler(m.labeler.labels, al.model, al.candidates, al.featureSet, [9, 29]), m.parser.dropped, m.parser.beam);
      const copy = new SyntaxModel(new Tagger(m.tagger.model, m.tagger.tagdict, classes), parser, m.labeler, new Tagger(m.retagger!.model, m.tagger.tagdict, classes), m.hints, m.clusters, m.clauseVerbs);
      const file = join(dir, 'm.bin');
      saveModel(copy, file);
      const back = loadModel(file);
      expect([...back.tagger.classes.get(word)!]).toEqual([tag('NOUN'), tag('VERB')]);
      expect([...back.retagger!.classes.get(word)!]).toEqual([tag('NOUN'), tag('VERB')]);
      expect(back.parser.arcLabeler!.dropped).toEqual([9, 29]);
      const forms = ['The', 'city', 'will', 'plan', 'a', 'new', 'park', '.'];
      expect(back.parse(forms)).toEqual(copy.parse(forms));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
