// The seed gold annotation (../shared/seed/*.gold.json): its types and loading. The article is read
// from ../shared only, never copied into the project.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { parseDateLine } from '../../ingest/date-line.ts';
import { join, resolve } from 'node:path';

export interface SeedGold {
  document: { file: string; date: string };
  actors: { canonical: string; country: string; sector?: string; accept_sector?: string[]; role?: string; mentions: string[] }[];
  dates: { text: string; value: string; context: string }[];
  places: { text: string; country: string; note?: string }[];
  quotes: { text: string; speaker: string; kind: string; cue?: string; outlet?: string }[];
  indirect_quotes: { speaker: string; cue: string; content_starts: string }[];
  events: {
    required: SeedEvent[];
    acceptable: SeedEvent[];
    must_not: SeedEvent[];
  };
}

export interface SeedEvent {
  id?: string;
  type: string;
  accept?: string[];
  cameo?: string;
  source: string;
  target: string;
  date?: string;
  trigger?: string;
  evidence: string;
}

export interface SeedCase {
  gold: SeedGold;
  /** The article file content (first line `date YYYY-MM-DD`). */
  raw: string;
  /** Article text after the date line, and its date. */
  text: string;
  date: string;
}

/** The seed folder beside an eval data dir (../shared/eval → ../shared/seed). */
export function seedDir(dataDir: string): string {
  return resolve(dataDir, '..', 'seed');
}

/** Every *.gold.json in the seed folder with its article, or [] if absent. */
export function loadSeedCases(dataDir: string): SeedCase[] {
  const dir = seedDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as SeedGold;
      const raw = readFileSync(join(dir, gold.document.file), 'utf8');
      const dated = parseDateLine(raw);
      return { gold, raw, text: dated?.text ?? raw, date: dated?.date ?? gold.document.date };
    });
}

