// The markup depth guard: linear in the input, close to the HTML parser's idea of nesting on real shapes
// (implied ends, void elements, self-closing only in svg/math, raw text), and the reader watchdog.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { markupDepth } from '../../src/ingest/markup-depth.ts';
import { readInputs, readTimeout } from '../../src/ingest/readers.ts';
import { walkInputs } from '../../src/ingest/walk.ts';
import { formatProblem } from '../../src/ingest/problem.ts';
import { growth } from '../helpers/growth.ts';

const dir = mkdtempSync(join(tmpdir(), 'eventline-depth-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('markupDepth', () => {
  it('follows implied ends, void elements, svg self-closing, comments and raw text', () => {
    expect(markupDepth('<html><body><p>a<p>b<p>c</body></html>')).toBe(3);
    expect(markupDepth('<ul><li>a<li>b<li>c</ul>')).toBe(2);
    expect(markupDepth('<table><tr><td>a<td>b<tr><td>c</table>')).toBe(3);
    expect(markupDepth('<div><br><img src=x><hr><input></div>')).toBe(2);
    expect(markupDepth(`<svg>${'<path d="M0 0"/>'.repeat(50)}</svg>`)).toBe(2);
    expect(markupDepth('<div/><div/><div/>')).toBe(3); // outside svg, `/>` does not close a div
    expect(markupDepth('<script>if (a<b) { x = "<div><div><div>"; }</script><div></div>')).toBe(1);
    expect(markupDepth('<!-- <div><div><div> --><p>x</p>')).toBe(1);
    expect(markupDepth('<div><span></div></span><div></div>')).toBe(2); // an end tag closes up to its element
    expect(markupDepth('<a title="x > y" href=\'<b>\'>t</a>')).toBe(1);
    expect(markupDepth('<x><y/><y/></x>', 100, true)).toBe(2); // XML: `/>` always closes
  });

  it('the test pages stay far below the limit', () => {
    const fixtures = resolve(import.meta.dirname, '../fixtures/html');
    for (const f of readdirSync(fixtures)) expect(markupDepth(readFileSync(join(fixtures, f), 'utf8'))).toBeLessThan(20);
  });

  it('is linear: 2 MB of hostile shapes, CPU time growing ~4x for 4x the input (a quadratic scan: 16x)', () => {
    const shapes: [string, number][] = [['<div>', 400_000], ['<a', 1_000_000], ['<a "', 500_000], ['<p>', 300_000], ['</span>', 300_000], ['<script>', 250_000]];
    for (const [unit, n] of shapes) {
      const inputs = new Map<number, string>();
      const input = (k: number) => inputs.get(k) ?? inputs.set(k, unit === '</span>' ? `<div>${unit.repeat(k)}` : unit.repeat(k)).get(k)!;
      expect(growth((k) => markupDepth(input(k), Infinity), n, 5), unit).toBeLessThan(10);
    }
  });
});

describe('the reader watchdog', () => {
  it('reports a document whose reading went over the budget, with its file and line', () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, `<html><head><meta name="date" content="2024-02-01"></head><body><article>${'<p>The harbour reopened on Tuesday after the storm, officials said.</p>'.repeat(400)}</article></body></html>`);
    const items = [...readInputs(walkInputs([page]).files, { readTimeoutMs: 1 })];
    expect(items.map((i) => ('problem' in i ? formatProblem(i.problem) : 'doc'))).toEqual([
      expect.stringMatching(new RegExp(`^skipped ${page.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: reading it took [\\d,]+ ms, over the 1 ms limit \\(EVENTLINE_READ_TIMEOUT_MS\\); check that the input is an article; raise the limit if it is$`)),
    ]);
    expect([...readInputs(walkInputs([page]).files)].map((i) => ('doc' in i ? 'doc' : 'problem'))).toEqual(['doc']);
  });

  it('EVENTLINE_READ_TIMEOUT_MS sets the budget; a bad value is one clear error', () => {
    expect(readTimeout({}, {})).toBe(10_000);
    expect(readTimeout({}, { EVENTLINE_READ_TIMEOUT_MS: '2500' })).toBe(2500);
    expect(() => readTimeout({}, { EVENTLINE_READ_TIMEOUT_MS: 'soon' })).toThrow('EVENTLINE_READ_TIMEOUT_MS="soon" must be a positive whole number');
  });
});
