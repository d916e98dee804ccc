import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../src/eval/data-dir.ts';
import { parseAnn, polnearHalf, POLNEAR_DIR, runPolnear, surname, speakerCorrect } from '../../src/eval/polnear.ts';
import { defaultPipeline } from '../../src/pipeline/default.ts';
import type { Quote } from '../../src/doc/types.ts';

const dataDir = sharedDataDir();
const present = !!dataDir && existsSync(join(dataDir, POLNEAR_DIR, 'text'));

describe('polnear scorer pieces', () => {
  it('parses brat attributions with discontinuous spans and missing sources', () => {
    const ann = [
      'T1\tSource 0 9\tThe mayor',
      'T2\tCue 10 14\tsaid',
      'T3\tContent 15 30;35 40\t“We will build” it',
      'T4\tAttribution 10 14\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 50 60\tno source',
      'E2\tAttribution:T4 Content:T5',
    ].join('\n');
    const [a, b] = parseAnn(ann);
    expect(a.content).toEqual([{ start: 15, end: 30 }, { start: 35, end: 40 }]);
    expect(a.source).toEqual([{ start: 0, end: 9 }]);
    expect(a.direct).toBe(true);
    expect(b.source).toBeNull();
    expect(b.direct).toBe(false);
  });

  it('counts a speaker right by span overlap or by surname', () => {
    const g = { content: [{ start: 20, end: 40 }], contentText: 'x', source: [{ start: 0, end: 12 }], sourceText: 'Senator Kaine', direct: true };
    const q = (text: string, start: number): Quote => ({ start: 20, end: 40, text: 'x', kind: 'direct', cue: 'said', outlet: null, speaker: { text, actor: null, start, end: start + text.length } });
    expect(speakerCorrect(q('Kaine', 8), g, new Map())).toBe(true);
    expect(speakerCorrect(q('Tim Kaine', 100), g, new Map())).toBe(true);
    expect(speakerCorrect(q('Pence', 100), g, new Map())).toBe(false);
    expect(surname('Donald Trump’s')).toBe('trump');
  });

  it('compares the name of a gold source given with a parenthesis or an apposition', () => {
    const g = (sourceText: string) => ({ content: [{ start: 20, end: 40 }], contentText: 'x', source: [{ start: 0, end: 12 }], sourceText, direct: true });
    const q: Quote = { start: 20, end: 40, text: 'x', kind: 'direct', cue: 'said', outlet: null, speaker: { text: 'Perdue', actor: null, start: 100, end: 106 } };
    expect(speakerCorrect(q, g('Sen. David Perdue (R-Ga.)'), new Map())).toBe(true);
    expect(speakerCorrect(q, g('David Perdue, a senator from Georgia,'), new Map())).toBe(true);
    expect(speakerCorrect(q, g('Sen. Ann Lake (R-Ga.)'), new Map())).toBe(false);
  });

  it('splits documents into two fixed halves by file name', () => {
    const names = Array.from({ length: 40 }, (_, i) => `outlet_2016-01-01_story-${i}`);
    const halves = names.map(polnearHalf);
    expect(halves.filter((h) => h === 'A').length).toBeGreaterThan(8);
    expect(halves.filter((h) => h === 'B').length).toBeGreaterThan(8);
    expect(names.map(polnearHalf)).toEqual(halves);
  });
});

describe.skipIf(!present)('polnear-dev (full default pipeline)', () => {
  it('scores direct quotes and their speakers', () => {
    const [r, a, b] = runPolnear(dataDir!, defaultPipeline());
    expect(a.metrics.content_gold + b.metrics.content_gold).toBe(r.metrics.content_gold);
    console.log('polnear quotes:', JSON.stringify(r.metrics));
    expect(r.metrics.direct_recall).toBeGreaterThan(0.75);
    expect(r.metrics.direct_precision).toBeGreaterThan(0.93);
    expect(r.metrics.direct_speaker_accuracy).toBeGreaterThan(0.88);
  });
});
