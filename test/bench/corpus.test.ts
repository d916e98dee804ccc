// The benchmark corpus generator: reproducible bytes for a seed, and text that looks like dated news.
import { describe, expect, it } from 'vitest';
import { corpusHash, corpusToJsonl, generateCorpus, toDatedText } from '../../bench/corpus.ts';
import { Rng } from '../../bench/prng.ts';
import { isIsoDate, parseDateLine } from '../../src/ingest/date-line.ts';

describe('Rng', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const seq = (seed: number) => Array.from({ length: 5 }, ((r) => () => r.next())(new Rng(seed)));
    expect(seq(7)).toEqual(seq(7));
    expect(seq(7)).not.toEqual(seq(8));
    const r = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const x = r.int(3, 5);
      expect(x >= 3 && x <= 5 && Number.isInteger(x)).toBe(true);
    }
  });
});

describe('generateCorpus', () => {
  const size = 200_000;
  const a = generateCorpus(size, 42);

  it('produces the same bytes for the same seed, other bytes for another seed', () => {
    expect(corpusHash(generateCorpus(size, 42))).toBe(corpusHash(a));
    expect(corpusHash(generateCorpus(size, 43))).not.toBe(corpusHash(a));
  });

  it('reaches the requested size without overshooting by more than one article', () => {
    const bytes = a.reduce((n, x) => n + Buffer.byteLength(x.text), 0);
    expect(bytes).toBeGreaterThanOrEqual(size);
    expect(bytes - Buffer.byteLength(a[a.length - 1].text)).toBeLessThan(size);
  });

  it('writes dated articles of news length with paragraphs, quotes, outlets and relative dates', () => {
    const all = a.map((x) => x.text).join('\n');
    for (const x of a) {
      expect(isIsoDate(x.date)).toBe(true);
      const words = x.text.split(/\s+/).length;
      expect(words).toBeGreaterThan(150);
      expect(words).toBeLessThan(900);
      expect(x.text).toContain('\n\n');
      expect(x.text).not.toMatch(/\{[A-Za-z]+\}|undefined|NaN/);
    }
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length);
    expect(a.filter((x) => /“[^”]+,” .{3,60} (said|told)/.test(x.text)).length / a.length).toBeGreaterThan(0.5);
    expect(all).toMatch(/ on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/);
    expect(all).toMatch(/last week|earlier this month|days ago/);
    expect(all).toMatch(/told (the BBC|Reuters|the Associated Press|Al Jazeera|AFP|CNN|the Financial Times)/);
    expect(all).toMatch(/Writing in /);
    expect(all).toMatch(/according to /i);
    expect(all).toMatch(/could impose sanctions/);
    expect(all).toMatch(/had not attacked/);
  });

  it('names office holders only on dates inside their terms', () => {
    for (const x of a) {
      if (x.text.includes('Jens Stoltenberg')) expect(x.date <= '2024-09-30').toBe(true);
      if (x.text.includes('Olaf Scholz')) expect(x.date >= '2021-12-08').toBe(true);
      if (x.text.includes('Mateusz Morawiecki')) expect(x.date <= '2023-12-13').toBe(true);
      if (x.text.includes('Wang Yi')) expect(x.date >= '2023-07-25').toBe(true);
    }
  });

  it('writes articles as dated text that the date-line reader reads back', () => {
    for (const x of a.slice(0, 20)) {
      const parsed = parseDateLine(toDatedText(x));
      expect(parsed?.date).toBe(x.date);
      expect(parsed?.text.trimEnd()).toBe(x.text);
    }
  });

  it('serialises to one JSON object per line', () => {
    const lines = corpusToJsonl(a.slice(0, 3)).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(JSON.parse(lines[0])).toEqual(a[0]);
  });
});
