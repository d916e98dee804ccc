// eventline parse: readable trees and CoNLL-U of an article (offsets into the text), and the CoNLL-U
// evaluation mode that keeps every column but UPOS, HEAD and DEPREL.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli.ts';
import { SAMPLE_CONLLU_LINES } from '../helpers/conllu-sample.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const article = join(dir, 'a.txt');
const TEXT = 'The convoy was attacked by rebels on Sunday. Officials said the talks had failed.';
writeFileSync(article, `date 2026-03-01\n${TEXT}\n`);

describe('eventline parse', () => {
  it('prints one indented tree per sentence', () => {
    const r = runCli(['parse', article], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# 1: The convoy was attacked by rebels on Sunday.');
    expect(r.stdout).toMatch(/^attacked {2}VERB {2}root$/m);
    expect(r.stdout).toMatch(/rebels {2}NOUN {2}obl:agent/);
    expect(r.stdout).toContain('# 2: Officials said the talks had failed.');
  });

  it('prints CoNLL-U whose TokenRange offsets point into the text', () => {
    const r = runCli(['parse', '--format', 'conllu', '--sentence', '2', article], dir);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\d+\t/.test(l)).map((l) => l.split('\t'));
    expect(rows.length).toBe(7);
    for (const row of rows) {
      expect(row).toHaveLength(10);
      const [, start, end] = /TokenRange=(\d+):(\d+)/.exec(row[9])!;
      expect(TEXT.slice(Number(start), Number(end))).toBe(row[1]);
    }
    expect(rows.filter((row) => row[6] === '0')).toHaveLength(1);
  });

  it('--conllu replaces columns 4, 7 and 8 only and keeps multiword-token and comment lines', () => {
    const gold = join(dir, 'gold.conllu');
    const lines = SAMPLE_CONLLU_LINES;
    writeFileSync(gold, `${lines.join('\n')}\n\n`);
    const out = join(dir, 'pred.conllu');
    const r = runCli(['parse', '--conllu', gold, '--out', out, '--score'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/5 words, UPOS [\d.]+, UAS [\d.]+, LAS [\d.]+/);
    const pred = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(pred).toHaveLength(lines.length);
    pred.forEach((line, i) => {
      const a = line.split('\t');
      const b = lines[i].split('\t');
      if (b.length < 10 || !/^\d+$/.test(b[0])) return expect(line).toBe(lines[i]);
      for (const c of [0, 1, 2, 4, 5, 8, 9]) expect(a[c]).toBe(b[c]);
      expect(Number.isInteger(Number(a[6]))).toBe(true);
    });
  });

  it('reads the --knowledge folders extract reads: the same trees with an extra folder, its errors as file:line', () => {
    const extra = join(dir, 'extra');
    mkdirSync(join(extra, 'actors'), { recursive: true });
    writeFileSync(join(extra, 'actors', 'lexicon.yaml'), 'lexicon:\n  - {class: given-name, words: [zorvan]}\n');
    expect(runCli(['parse', '--knowledge', extra, article], dir).stdout).toBe(runCli(['parse', article], dir).stdout);
    writeFileSync(join(extra, 'actors', 'lexicon.yaml'), 'lexicon:\n  - {class: no-such-class, words: [zorvan]}\n');
    const bad = runCli(['parse', '--knowledge', extra, article], dir);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/lexicon\.yaml:2: field "class"/);
    const missing = runCli(['parse', '--knowledge', join(dir, 'no-folder'), article], dir);
    expect(missing.stderr).toMatch(/--knowledge .*no-folder: no such folder/);
  });

  it('names a missing CoNLL-U file in one line', () => {
    const r = runCli(['parse', '--conllu', join(dir, 'nope.conllu')], dir);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('nope.conllu');
  });
});
