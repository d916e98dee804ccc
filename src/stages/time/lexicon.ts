// Loads the time vocabulary (knowledge/time/*.yaml: months, weekdays, numbers, units, cues…) into
// lookup maps and regex alternations, cached per Knowledge instance.
import { z } from 'zod';
import { knowledgeFiles, readRecords } from '../../knowledge/data-file.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';

const KINDS = [
  'month',
  'weekday',
  'number',
  'ordinal',
  'unit',
  'season',
  'part',
  'holiday',
  'holiday-season',
  'set-adverb',
  'present-ref',
  'past-ref',
  'future-ref',
  'future-cue',
  'past-cue',
  'name-follower',
  'reporting-verb',
  'content-verb',
  'scheduled-noun',
  'prospective-verb',
  'general-present-cue',
  'habit-cue',
  'span-premodifier',
  'modal',
  'wish-cue',
  'short-year-cue',
  'decade-word',
  'event-day-cue',
  'record-noun',
] as const;
export type LexKind = (typeof KINDS)[number];

const entrySchema = z.object({
  kind: z.enum(KINDS),
  value: z.union([z.string(), z.number()]).optional(),
  words: z.array(z.string().min(1)).min(1),
});

export interface TimeLexicon {
  /** lower-cased word/phrase → value, per kind. */
  maps: Record<LexKind, Map<string, string>>;
  /** Regex alternation (longest first, escaped, spaces as \s+) per kind. */
  alt: Record<LexKind, string>;
}

function escape(w: string): string {
  return w
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s+/g, '\\s+')
    .replace(/'/g, "['’]");
}

export function buildLexicon(entries: { kind: LexKind; value?: string | number; words: string[] }[]): TimeLexicon {
  const maps = Object.fromEntries(KINDS.map((k) => [k, new Map<string, string>()])) as TimeLexicon['maps'];
  for (const e of entries) {
    for (const w of e.words) maps[e.kind].set(normWord(w), e.value === undefined ? w : String(e.value));
  }
  const alt = Object.fromEntries(
    KINDS.map((k) => {
      const words = [...maps[k].keys()].sort((a, b) => b.length - a.length);
      return [k, words.length ? words.map(escape).join('|') : '(?!)'];
    }),
  ) as TimeLexicon['alt'];
  return { maps, alt };
}

/** Normal form used as a map key: lower case, single spaces, curly apostrophes straightened. */
export function normWord(w: string): string {
  return w.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Whether a word (an auxiliary's text) is a modal of the lexicon ("could", "'ll", "wo" of "won't"). */
export function isModal(lex: TimeLexicon, word: string): boolean {
  return lex.maps.modal.has(normWord(word));
}

export function loadTimeLexicon(knowledge: Knowledge): TimeLexicon {
  return knowledge.get('time:lexicon', (dirs) => {
    const entries = knowledgeFiles(dirs, 'time').flatMap((f) => readRecords(f, entrySchema).map((r) => r.value));
    return buildLexicon(entries);
  });
}
