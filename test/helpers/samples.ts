// The bundled sample articles (samples/) as raw documents, each with its origin: `samples/NN-….txt`
// for the dated-text files (sorted by name), `samples/articles.jsonl:N` for line N of the JSON Lines file.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDateLine } from '../../src/ingest/date-line.ts';
import type { RawDoc } from '../../src/doc/types.ts';
import { PROJECT_ROOT } from '../../src/eval/data-dir.ts';

export const SAMPLES = resolve(PROJECT_ROOT, 'samples');

export function sampleDocs(): RawDoc[] {
  const out: RawDoc[] = [];
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort()) {
    const dated = parseDateLine(readFileSync(resolve(SAMPLES, f), 'utf8'));
    if (!dated) throw new Error(`${f} does not open with a date line`);
    out.push({ date: dated.date, text: dated.text, origin: `samples/${f}` });
  }
  readFileSync(resolve(SAMPLES, 'articles.jsonl'), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim()) out.push({ ...(JSON.parse(line) as RawDoc), origin: `samples/articles.jsonl:${i + 1}` });
    });
  return out;
}
