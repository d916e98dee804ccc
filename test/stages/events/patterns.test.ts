// The pattern language and its loader: template compilation, coverage of all PLOVER types, CAMEO
// table consistency, and file:line errors for malformed user patterns.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLED_KNOWLEDGE_DIR, Knowledge } from '../../../src/knowledge/knowledge.ts';
import { compileTemplate, loadPatterns, patternsOf } from '../../../src/stages/events/patterns.ts';
import { loadCameo, PLOVER_TYPES } from '../../../src/stages/events/cameo.ts';

function userDir(patterns: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ev-patterns-'));
  mkdirSync(join(dir, 'patterns'));
  writeFileSync(join(dir, 'patterns', 'mine.yaml'), patterns);
  return dir;
}

const load = (yaml: string) => {
  const dirs = [BUNDLED_KNOWLEDGE_DIR, userDir(yaml)];
  return loadPatterns(dirs, loadCameo(dirs));
};

describe('template compilation', () => {
  it('compiles triggers, words, alternatives, optional words, slots, gaps and hyphenated words', () => {
    const c = compileTemplate('impose|slap ... sanctions|tariffs on T');
    expect(c.triggers).toEqual(['impose', 'slap']);
    expect(c.steps.map((s) => s.kind)).toEqual(['gap', 'word', 'word', 'slot']);
    expect(compileTemplate('build-up on T').steps[0]).toEqual({ kind: 'word', alts: ['-'], optional: false });
    expect(compileTemplate('call [publicly] on T').steps[0]).toMatchObject({ optional: true });
  });

  it('rejects malformed templates', () => {
    expect(() => compileTemplate('T accuse')).toThrow(/start with the trigger/);
    expect(() => compileTemplate('accuse T of T')).toThrow(/slot T appears twice/);
  });
});

describe('bundled patterns', () => {
  const idx = patternsOf(new Knowledge());
  it('has at least 400 patterns covering all 16 PLOVER types', () => {
    expect(idx.all.length).toBeGreaterThanOrEqual(400);
    const types = new Set(idx.all.map((p) => p.type));
    for (const t of PLOVER_TYPES) expect(types, t).toContain(t);
    expect(idx.all.some((p) => p.kind === 'noun')).toBe(true);
  });

  it('indexes patterns by trigger lemma, most specific first', () => {
    const call = idx.byLemma.get('call')!;
    expect(call[0].steps.length).toBeGreaterThanOrEqual(call[call.length - 1].steps.length);
  });

  it('derives quad classes and Goldstein values from the CAMEO table', () => {
    const cameo = loadCameo([BUNDLED_KNOWLEDGE_DIR]);
    expect(cameo.get('0874')).toMatchObject({ quad: 2, plover: 'RETREAT', goldstein: 10 });
    expect(cameo.get('112')).toMatchObject({ quad: 3, plover: 'ACCUSE' });
    expect(cameo.get('195')).toMatchObject({ quad: 4, plover: 'ASSAULT' });
    for (const p of idx.all) expect(p.cameo.plover).toBe(p.type);
  });
});

describe('loader errors name the file and line', () => {
  it('reports a missing trigger kind', () => {
    expect(() => load('- {cameo: "112"}\n')).toThrow(/mine\.yaml:1: .*exactly one of "verb", "noun" or "adj"/);
  });
  it('reports an unknown CAMEO code', () => {
    expect(() => load('- {verb: "accuse T of", cameo: "112"}\n- {verb: "berate T", cameo: "999"}\n')).toThrow(/mine\.yaml:2: unknown CAMEO code "999"/);
  });
  it('reports a bad template', () => {
    expect(() => load('\n- {verb: "T berate", cameo: "111"}\n')).toThrow(/mine\.yaml:2: template "T berate"/);
  });
  it('reports a noun pattern with no target slot', () => {
    expect(() => load('- {noun: "tirade", cameo: "111"}\n')).toThrow(/mine\.yaml:1: .*needs a T slot/);
  });
  it('reports a verb pattern with self: fallback and no target slot', () => {
    expect(() => load('- {verb: "go on ... walkout", cameo: "143", self: fallback}\n')).toThrow(/mine\.yaml:1: .*self: fallback needs a T slot/);
    expect(() => load('- {verb: "go on ... walkout", cameo: "143", target: optional}\n')).not.toThrow();
  });
  it('reports an adjective pattern whose trigger is a preposition (it could never fire)', () => {
    expect(() => load('- {adj: "on guard against T", cameo: "152"}\n')).toThrow(/mine\.yaml:1: adj template "on guard against T": its trigger "on" is a preposition/);
    expect(() => load('- {adj: "wary of T", cameo: "111"}\n')).not.toThrow();
  });
  it('reports unknown fields and duplicate ids', () => {
    expect(() => load('- {verb: "berate T", cameo: "111", colour: red}\n')).toThrow(/mine\.yaml:1:/);
    expect(() => load('- {id: x.one, verb: "berate T", cameo: "111"}\n- {id: x.one, verb: "scold T", cameo: "111"}\n')).toThrow(/mine\.yaml:2: pattern id "x.one" already defined/);
  });
  it('accepts user patterns that extend the bundled ones', () => {
    const idx = load('- {verb: "berate T", cameo: "111"}\n- {verb: "excoriate T", cameo: "111"}\n');
    expect(idx.byLemma.get('excoriate')?.[0].type).toBe('ACCUSE');
  });
});
