// Training is deterministic (fixed seed): two runs over the same small slice of the UD training data
// write byte-identical model files. Reads ../shared/eval/ud; skips with a message when it is absent.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedDataDir, SHARED_MISSING } from '../../../src/eval/data-dir.ts';
import { trainSyntax, DEFAULT_TRAIN, foldSplit } from '../../../src/stages/syntax/train.ts';
import { saveModel, loadModel } from '../../../src/stages/syntax/model.ts';

const data = sharedDataDir();

describe.skipIf(!data)('train syntax', () => {
  if (!data) console.warn(SHARED_MISSING);
  it('is deterministic and its saved model loads and parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eventline-train-'));
    try {
      const slice = (file: string, n: number) => {
        const text = readFileSync(join(data!, 'ud', file), 'utf8').split('\n\n').slice(0, n).join('\n\n') + '\n\n';
        const out = join(dir, file);
        writeFileSync(out, text);
        return out;
      };
      const train = [slice('en_ewt-ud-train.conllu', 120)];
      const dev = [slice('en_ewt-ud-dev.conllu', 30)];
      // the plain model (no hints, clusters, arc labels or dropped templates; every label and tag scored
      // as before 2026-12-06); each option is added below
      const wideScoring = { labelMinShare: 0, tagdictMinCount: 20, tagdictShare: 0.995, tagClassMinCount: 0, tagCountsSkipNames: false, tagOpenMinCount: 0 };
      const settings = { ...DEFAULT_TRAIN, ...wideScoring, hints: false, arcLabels: false, parserDrop: [], int8: false, taggerEpochs: 1, parserEpochs: 2, labelerEpochs: 1, folds: 2, train, dev, log: () => {} };
      const a = join(dir, 'a.bin');
      const b = join(dir, 'b.bin');
      saveModel(trainSyntax(settings).model, a);
      saveModel(trainSyntax(settings).model, b);
      expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
      const p = loadModel(a).parse(['The', 'talks', 'failed', '.']);
      expect(p.heads.filter((h) => h < 0)).toHaveLength(1);
      expect(loadModel(a).hints).toBe(false);
      // a loaded model saves to the same bytes (its keys and weights are read from the file again)
      const a2 = join(dir, 'a2.bin');
      saveModel(loadModel(a), a2);
      expect(readFileSync(a2).equals(readFileSync(a))).toBe(true);
      // --hints: the taggers read wink-nlp's tags; the file says so, and the loaded model asks wink
      const c = join(dir, 'c.bin');
      saveModel(trainSyntax({ ...settings, hints: true }).model, c);
      expect(readFileSync(c).equals(readFileSync(a))).toBe(false);
      const withHints = loadModel(c);
      expect(withHints.hints).toBe(true);
      const forms = ['The', 'talks', 'failed', '.'];
      expect(withHints.parse(forms)).toEqual(withHints.parse(forms, ['DET', 'NOUN', 'VERB', 'PUNCT']));
      // --clusters: the models read word clusters, which the file carries (the TSV is not read at load)
      const tsv = join(dir, 'clusters.tsv');
      writeFileSync(tsv, '# test clusters\nthe\t0\t0\ntalks\t1\t1\nfailed\t2\t1\n');
      const d = join(dir, 'd.bin');
      saveModel(trainSyntax({ ...settings, clusters: tsv }).model, d);
      const e = join(dir, 'e.bin');
      saveModel(trainSyntax({ ...settings, clusters: tsv }).model, e);
      expect(readFileSync(d).equals(readFileSync(e))).toBe(true);
      expect(readFileSync(d).equals(readFileSync(a))).toBe(false);
      rmSync(tsv);
      const withClusters = loadModel(d);
      expect(withClusters.clusters?.size).toBe(3);
      const d2 = join(dir, 'd2.bin');
      saveModel(withClusters, d2);
      expect(readFileSync(d2).equals(readFileSync(d))).toBe(true);
      expect(withClusters.parse(forms).heads.filter((h) => h < 0)).toHaveLength(1);
      // --arc-labels: the parser names its arcs as it makes them (and reads those names); deterministic,
      // and the file carries the arc labeler, so the loaded model labels without the final labeler
      const f = join(dir, 'f.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true }).model, f);
      const g = join(dir, 'g.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true }).model, g);
      expect(readFileSync(f).equals(readFileSync(g))).toBe(true);
      const withArcLabels = loadModel(f);
      expect(withArcLabels.parser.arcLabeler).not.toBeNull();
      expect(withArcLabels.labeler.model.nClasses).toBe(withArcLabels.labeler.labels.length);
      const parsed = withArcLabels.parse(['The', 'council', 'approved', 'the', 'plan', 'on', 'Monday', '.']);
      expect(parsed.heads.filter((h) => h < 0)).toHaveLength(1);
      expect(parsed.deprels[parsed.heads.indexOf(-1)]).toBe('root');
      expect(parsed.deprels.filter((l) => l === 'root')).toHaveLength(1);
      expect(parsed.deprels.every((l) => withArcLabels.labeler.labels.includes(l))).toBe(true);
      // --parser-drop: leaving out templates that a model without clusters never reads (the cluster
      // templates, 81–97) changes no weight; leaving out one it reads does, and the file records the ids
      const clusterIds = Array.from({ length: 17 }, (_, i) => 81 + i);
      const noClusters = trainSyntax({ ...settings, parserDrop: clusterIds }).model;
      const plain = loadModel(a);
      const parserOf = (m: typeof plain) => m.parser.model as unknown as { keys: Int32Array; weights: Int8Array };
      expect(Array.from(parserOf(noClusters).keys)).toEqual(Array.from(parserOf(plain).keys));
      expect(Array.from(parserOf(noClusters).weights)).toEqual(Array.from(parserOf(plain).weights));
      const i = join(dir, 'i.bin');
      saveModel(trainSyntax({ ...settings, parserDrop: [4, 13] }).model, i);
      expect(loadModel(i).parser.dropped).toEqual([4, 13]);
      expect(Array.from(parserOf(loadModel(i)).keys)).not.toEqual(Array.from(parserOf(plain).keys));
      // --beam: the parser trained globally with a beam; deterministic, and the file records the width
      const j = join(dir, 'j.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true, beam: 2 }).model, j);
      const j2 = join(dir, 'j2.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true, beam: 2 }).model, j2);
      expect(readFileSync(j).equals(readFileSync(j2))).toBe(true);
      expect(readFileSync(j).equals(readFileSync(f))).toBe(false);
      const withBeam = loadModel(j);
      expect(withBeam.parser.beam).toBe(2);
      expect(loadModel(f).parser.beam).toBe(1);
      expect(withBeam.parse(forms).heads.filter((x) => x < 0)).toHaveLength(1);
      expect(withBeam.parser.beamMargin).toBe(Infinity);
      withBeam.parser.beamMargin = 50;
      const k = join(dir, 'k.bin');
      saveModel(withBeam, k);
      expect(loadModel(k).parser.beamMargin).toBe(50);
      // --arc-label-features 2: the arc labeler reads more templates; the file records the set, so the
      // loaded model labels as the trained one did (and an older file loads with set 1)
      const m = join(dir, 'm.bin');
      const rich = trainSyntax({ ...settings, arcLabels: true, arcLabelFeatures: 2 }).model;
      saveModel(rich, m);
      expect(readFileSync(m).equals(readFileSync(f))).toBe(false);
      expect(loadModel(m).parser.arcLabeler?.featureSet).toBe(2);
      expect(loadModel(f).parser.arcLabeler?.featureSet).toBe(1);
      const sentence = ['The', 'council', 'gave', 'the', 'mayor', 'a', 'plan', 'on', 'Monday', '.'];
      expect(loadModel(m).parse(sentence)).toEqual(rich.parse(sentence));
      // --label-min-share, --tagdict-*, --tag-class-*: what is scored at run time; the weights stay the same
      const narrow = trainSyntax({ ...settings, arcLabels: true, labelMinShare: 0.05, tagdictMinCount: 3, tagdictShare: 0.99, tagClassMinCount: 3, tagClassShare: 0.01 }).model;
      const wide = loadModel(f);
      const rowsOf = (x: { model: unknown }) => Array.from((x.model as { weights: Int16Array }).weights);
      expect(rowsOf(narrow.parser)).toEqual(rowsOf(wide.parser));
      expect(rowsOf(narrow.parser.arcLabeler!)).toEqual(rowsOf(wide.parser.arcLabeler!));
      expect(rowsOf(narrow.tagger)).toEqual(rowsOf(wide.tagger));
      const candidateCount = (x: typeof wide) => [...x.labeler.candidates.values()].reduce((n, c) => n + c.length, 0);
      expect(candidateCount(narrow)).toBeLessThan(candidateCount(wide));
      expect(wide.tagger.classes.size).toBe(0);
      expect(narrow.tagger.classes.size).toBeGreaterThan(0);
      expect(narrow.tagger.tagdict.size).toBeGreaterThan(wide.tagger.tagdict.size);
      const p2 = join(dir, 'p.bin');
      saveModel(narrow, p2);
      expect(loadModel(p2).tagger.classes.size).toBe(narrow.tagger.classes.size);
      // --label-drop: the arc labeler's templates left out are recorded in the file
      const q = join(dir, 'q.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true, labelDrop: [9, 29] }).model, q);
      expect(loadModel(q).parser.arcLabeler!.dropped).toEqual([9, 29]);
      expect(rowsOf(loadModel(q).parser)).not.toEqual(rowsOf(wide.parser));
      // --parser-seed: the parser trains on another order of the sentences, the taggers are the same
      const r = join(dir, 'r.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true, parserSeed: 7 }).model, r);
      expect(readFileSync(r).equals(readFileSync(f))).toBe(false);
      const weightsOf = (x: { model: unknown }) => Array.from((x.model as { weights: Int16Array }).weights);
      expect(weightsOf(loadModel(r).tagger)).toEqual(weightsOf(loadModel(f).tagger));
      expect(weightsOf(loadModel(r).parser)).not.toEqual(weightsOf(loadModel(f).parser));
      // --jackknife-retag: the parser reads jackknifed second-pass tags; the taggers are the same
      const jk = join(dir, 'jk.bin');
      const jlogs: string[] = [];
      saveModel(trainSyntax({ ...settings, arcLabels: true, jackknifeRetag: true, log: (l) => jlogs.push(l) }).model, jk);
      expect(jlogs.some((l) => l.startsWith('jackknifed second-pass tag accuracy on train'))).toBe(true);
      expect(weightsOf(loadModel(jk).tagger)).toEqual(weightsOf(loadModel(f).tagger));
      expect(weightsOf(loadModel(jk).retagger!)).toEqual(weightsOf(loadModel(f).retagger!));
      expect(weightsOf(loadModel(jk).parser)).not.toEqual(weightsOf(loadModel(f).parser));
      // --tag-alternatives: the parser reads the taggers' runner-up tags, recorded in the file
      const ta = join(dir, 'ta.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true, tagAlternatives: true }).model, ta);
      expect(loadModel(ta).parser.readsAlt).toBe(true);
      expect(loadModel(f).parser.readsAlt).toBe(false);
      expect(weightsOf(loadModel(ta).tagger)).toEqual(weightsOf(loadModel(f).tagger));
      expect(loadModel(ta).parse(['The', 'talks', 'failed', '.']).heads.filter((h) => h < 0)).toHaveLength(1);
      // --fine-tags: the parser and arc labeler read fine (Penn) tags of a second small tagger, saved in the
      // file; the taggers are the same and the fine tagger's weights are deterministic
      const ft = join(dir, 'ft.bin');
      const ft2 = join(dir, 'ft2.bin');
      const flogs: string[] = [];
      saveModel(trainSyntax({ ...settings, arcLabels: true, fineTags: true, log: (l) => flogs.push(l) }).model, ft);
      saveModel(trainSyntax({ ...settings, arcLabels: true, fineTags: true }).model, ft2);
      expect(readFileSync(ft).equals(readFileSync(ft2))).toBe(true);
      expect(flogs.some((l) => /^fine tags: \d+; jackknifed fine-tag accuracy on train/.test(l))).toBe(true);
      const fineModel = loadModel(ft);
      expect(fineModel.parser.readsFine).toBe(true);
      expect(loadModel(f).parser.readsFine).toBe(false);
      expect(loadModel(f).fineTagger).toBeNull();
      expect(fineModel.fineTagger!.set.xpos).toEqual(expect.arrayContaining(['VBD', 'VBN', 'NN', 'NNS', 'IN', 'RP']));
      expect(weightsOf(fineModel.tagger)).toEqual(weightsOf(loadModel(f).tagger));
      expect(weightsOf(fineModel.parser)).not.toEqual(weightsOf(loadModel(f).parser));
      expect(fineModel.parse(['The', 'talks', 'failed', '.']).heads.filter((h) => h < 0)).toHaveLength(1);
      // the fine tagger's form cache changes no tag
      const { FineTagger } = await import('../../../src/stages/syntax/fine.ts');
      const { lexical } = await import('../../../src/stages/syntax/lexical.ts');
      const plainFine = new FineTagger(fineModel.fineTagger!.set, fineModel.fineTagger!.model).withoutFormCache();
      for (const words of [['The', 'board', 'has', 'cut', 'rates', 'and', 'rates', 'were', 'cut', 'again', '.'], ['She', 'looked', 'up', 'the', 'word', 'that', 'he', 'used', '.']]) {
        const lx = lexical(words);
        const tags = fineModel.tagger.tag(lx).slice();
        const once = fineModel.fineTagger!.tag(lx, tags);
        expect(fineModel.fineTagger!.tag(lx, tags)).toEqual(once);
        expect(plainFine.tag(lx, tags)).toEqual(once);
      }
      // --fine-in-retagger: no fine tagger; the second pass predicts (UPOS, fine) classes, the first pass is the same
      const fc = join(dir, 'fc.bin');
      const fc2 = join(dir, 'fc2.bin');
      saveModel(trainSyntax({ ...settings, arcLabels: true, fineTags: true, fineInRetagger: true }).model, fc);
      saveModel(trainSyntax({ ...settings, arcLabels: true, fineTags: true, fineInRetagger: true }).model, fc2);
      expect(readFileSync(fc).equals(readFileSync(fc2))).toBe(true);
      const comp = loadModel(fc);
      expect(comp.fineTagger).toBeNull();
      expect(comp.parser.readsFine).toBe(true);
      expect(comp.retagger!.composite!.size).toBeGreaterThan(30);
      expect(comp.retagger!.model.nClasses).toBe(comp.retagger!.composite!.size);
      expect(weightsOf(comp.tagger)).toEqual(weightsOf(loadModel(f).tagger));
      // the form cache changes no class; the UPOS tags returned are those of the fine tags' classes
      const { Tagger } = await import('../../../src/stages/syntax/tagger.ts');
      const plainRetagger = new Tagger(comp.retagger!.model, comp.retagger!.tagdict, comp.retagger!.classes, comp.retagger!.composite).withoutFormCache();
      for (const words of [['The', 'board', 'has', 'cut', 'rates', 'and', 'rates', 'were', 'cut', 'again', '.'], ['She', 'looked', 'up', 'the', 'word', 'that', 'he', 'used', '.']]) {
        const lx = lexical(words);
        const first = comp.tagger.tag(lx).slice();
        const fine = new Uint8Array(words.length);
        const tags = comp.retagger!.tag(lx, undefined, first, undefined, fine).slice();
        const fine2 = new Uint8Array(words.length);
        expect(plainRetagger.tag(lx, undefined, first, undefined, fine2)).toEqual(tags);
        expect(fine2).toEqual(fine);
        const c = comp.retagger!.composite!;
        tags.forEach((t, i) => expect(c.set.byUpos[t]).toContain(fine[i]));
      }
      expect(comp.parse(['The', 'talks', 'failed', '.']).heads.filter((h) => h < 0)).toHaveLength(1);
      // EVENTLINE_TAGGER_CACHE: the taggers and jackknifed tags of a first run are reused, same model
      const before = process.env.EVENTLINE_TAGGER_CACHE;
      process.env.EVENTLINE_TAGGER_CACHE = join(dir, 'cache');
      try {
        const h = join(dir, 'h.bin');
        const logs: string[] = [];
        // a run with combined classes caches the first pass alone: a plain run reads it, trains its second pass
        // (and adds it to the cache), the same model as without a cache
        const hc = join(dir, 'hc.bin');
        saveModel(trainSyntax({ ...settings, arcLabels: true, fineTags: true, fineInRetagger: true }).model, hc);
        saveModel(trainSyntax({ ...settings, arcLabels: true, log: (l) => logs.push(l) }).model, h);
        expect(logs.some((l) => l.startsWith('taggers and jackknifed tags from'))).toBe(true);
        expect(readFileSync(h).equals(readFileSync(f))).toBe(true);
        logs.length = 0;
        saveModel(trainSyntax({ ...settings, arcLabels: true, log: (l) => logs.push(l) }).model, h);
        expect(logs.some((l) => l.startsWith('taggers and jackknifed tags from'))).toBe(true);
        expect(readFileSync(h).equals(readFileSync(f))).toBe(true);
        // … and a run with combined classes reads the plain run's first pass: the same model as without a cache
        saveModel(trainSyntax({ ...settings, arcLabels: true, fineTags: true, fineInRetagger: true }).model, hc);
        expect(readFileSync(hc).equals(readFileSync(fc))).toBe(true);
      } finally {
        if (before === undefined) delete process.env.EVENTLINE_TAGGER_CACHE;
        else process.env.EVENTLINE_TAGGER_CACHE = before;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the jackknife folds', () => {
  it('hold each sentence out of exactly one fold, the same way every time', () => {
    const sentences = ['s0', 's1', 's2', 's3', 's4', 's5', 's6'];
    const folds = foldSplit(sentences, 3);
    expect(folds.map((f) => f.held)).toEqual([['s0', 's3', 's6'], ['s1', 's4'], ['s2', 's5']]);
    for (const { held, rest } of folds) {
      expect([...held, ...rest].sort()).toEqual(sentences);
      expect(held.some((s) => rest.includes(s))).toBe(false);
    }
    expect(foldSplit(sentences, 3)).toEqual(folds);
  });
  it('needs at least two folds', () => {
    expect(() => foldSplit(['a', 'b'], 1)).toThrow(/at least 2/);
  });
});
