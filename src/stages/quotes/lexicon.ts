// The quotes stage's word lists: speech cues (verbs and nouns) and media/audience/proxy words, loaded
// from knowledge/quotes/*.yaml (bundled plus users' folders) and cached on the Knowledge object.
import { z } from 'zod';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { knowledgeFiles, readRecords } from '../../knowledge/data-file.ts';

const CueSchema = z.object({
  phrase: z.string().min(1),
  forms: z.array(z.string().min(1)).optional(),
  indirect: z.boolean().default(true),
  thought: z.boolean().default(false),
  object: z.boolean().default(false),
  infinitive: z.boolean().default(false),
  addressee: z.boolean().default(false),
  predicate: z.boolean().default(false),
  raising: z.boolean().default(false),
  wordObject: z.boolean().default(false),
  comparison: z.boolean().default(false),
});

const NounCueSchema = z.object({
  word: z.string().min(1),
  forms: z.array(z.string().min(1)).optional(),
});

const ConnectiveSchema = z.object({
  phrase: z.string().min(1),
});

const MediaSchema = z.object({
  word: z.string().min(1),
  kind: z.enum(['medium', 'platform', 'outlet', 'audience', 'proxy', 'interview']),
  /** For an outlet: the country it is published in, when the name alone tells it. */
  country: z.string().length(3).optional(),
});

export interface Cue {
  phrase: string;
  /** Lower-case surface words of one form, e.g. ["called", "on"]. */
  words: string[];
  indirect: boolean;
  thought: boolean;
  /** The verb's direct object may be the content ("denied the report", "announced a plan"). */
  object: boolean;
  /** A to-infinitive complement is the content ("agreed to talk", "vowed to retaliate"). */
  infinitive: boolean;
  /** The person told stands right after the active verb, before its content ("told reporters the …"). */
  addressee?: boolean;
  /** The verb reports words only with a predicate given its object ("called the plan a disaster", "what
   * they call a crisis"); with an object alone it is another sense ("called the police", "a tool called X"). */
  predicate?: boolean;
  /** Its passive with a to-infinitive reports its subject's predicate, with no source unless a by-agent
   * ("the soldiers were said to be on leave", "the deal is believed to be worth $2 billion"). */
  raising?: boolean;
  /** Its object is the content only when it is a word noun of attribution-nouns.yaml ("offered a
   * proposal", "offered a comment"); any other object is a thing given ("offers flights to Boston"). */
  wordObject?: boolean;
  /** The object is compared with what a to/with phrase after it names, and that phrase is part of the
   * content ("likened the plan to a tax", "compared X with Y"); read on the dependency tree only. */
  comparison?: boolean;
}

export type MediaKind = z.infer<typeof MediaSchema>['kind'];

export interface QuoteLexicon {
  /** Cue forms grouped by their first word (longest forms first). */
  cuesByFirst: Map<string, Cue[]>;
  /** Noun cues by lower-case surface form ("statement", "claims") → base word. */
  nounCues: Map<string, string>;
  /** Media words by kind; multi-word entries are space-joined lower-case. */
  media: Map<string, MediaKind>;
  /** Countries of the outlets that give one (lower-case name → ISO alpha-3). */
  outletCountry: Map<string, string>;
  /** Longest media entry in words (for phrase lookup). */
  maxMediaWords: number;
  /** Sentence-opening connectives that hold a cue word ("that said"), as lower-case words. */
  connectives: string[][];
}

export function loadQuoteLexicon(dirs: readonly string[]): QuoteLexicon {
  const cuesByFirst = new Map<string, Cue[]>();
  for (const file of knowledgeFiles(dirs, 'quotes')) {
    const name = file.split('/').pop() ?? '';
    if (!/cue/i.test(name) || /noun/i.test(name) || /connective/i.test(name)) continue;
    for (const { value } of readRecords(file, CueSchema, 'cues')) {
      for (const form of value.forms ?? [value.phrase]) {
        const words = form.toLowerCase().split(/\s+/).filter(Boolean);
        const cue: Cue = { phrase: value.phrase, words, indirect: value.indirect, thought: value.thought, object: value.object, infinitive: value.infinitive, addressee: value.addressee, predicate: value.predicate, raising: value.raising, wordObject: value.wordObject, comparison: value.comparison };
        const list = cuesByFirst.get(words[0]) ?? [];
        list.push(cue);
        list.sort((a, b) => b.words.length - a.words.length);
        cuesByFirst.set(words[0], list);
      }
    }
  }
  const nounCues = new Map<string, string>();
  for (const file of knowledgeFiles(dirs, 'quotes')) {
    if (!/noun/i.test(file.split('/').pop() ?? '')) continue;
    for (const { value } of readRecords(file, NounCueSchema, 'nouns')) {
      for (const form of value.forms ?? [value.word]) nounCues.set(form.toLowerCase(), value.word);
    }
  }
  const media = new Map<string, MediaKind>();
  const outletCountry = new Map<string, string>();
  let maxMediaWords = 1;
  for (const file of knowledgeFiles(dirs, 'quotes')) {
    if (!/media/i.test(file.split('/').pop() ?? '')) continue;
    for (const { value } of readRecords(file, MediaSchema, 'media')) {
      const key = value.word.toLowerCase().trim().replace(/\s+/g, ' ');
      media.set(key, value.kind);
      if (value.country) outletCountry.set(key, value.country);
      // (in tokens at most: "people's daily" is three, "sharq al-awsat" four)
      maxMediaWords = Math.max(maxMediaWords, key.split(/[\s-]/).length * 2);
    }
  }
  const connectives: string[][] = [];
  for (const file of knowledgeFiles(dirs, 'quotes')) {
    if (!/connective/i.test(file.split('/').pop() ?? '')) continue;
    for (const { value } of readRecords(file, ConnectiveSchema, 'connectives')) connectives.push(value.phrase.toLowerCase().split(/\s+/).filter(Boolean));
  }
  return { cuesByFirst, nounCues, media, outletCountry, maxMediaWords, connectives };
}

/**
 * Whether token i lies inside a connective of the lexicon that opens its sentence and is followed by a
 * comma ("That said, …"): such a cue word reports nobody's words. `lowerAt(k)` is token k's lower-case
 * text, `sentenceOf(k)` its sentence, `punctAt(k)` whether it is punctuation.
 */
export function inConnective(lex: QuoteLexicon, i: number, size: number, lowerAt: (k: number) => string, sentenceOf: (k: number) => number, punctAt: (k: number) => boolean): boolean {
  const word = lowerAt(i);
  for (const words of lex.connectives) {
    for (let p = 0; p < words.length; p++) {
      if (words[p] !== word) continue;
      const a = i - p;
      const b = a + words.length;
      if (a < 0 || b >= size || lowerAt(b) !== ',' || sentenceOf(b) !== sentenceOf(i)) continue;
      if (!words.every((w, k) => lowerAt(a + k) === w && sentenceOf(a + k) === sentenceOf(i))) continue;
      let k = a - 1;
      while (k >= 0 && sentenceOf(k) === sentenceOf(a) && punctAt(k)) k--;
      if (k < 0 || sentenceOf(k) !== sentenceOf(a)) return true;
    }
  }
  return false;
}

export function quoteLexicon(knowledge: Knowledge): QuoteLexicon {
  return knowledge.get('quotes:lexicon', loadQuoteLexicon);
}
