// Closed-class word sets (negators, modals, light verbs, …) the event matcher uses, loaded from
// knowledge/patterns/lexicon/*.yaml so users can extend them.
import { z } from 'zod';
import { knowledgeFiles, readRecords } from '../../knowledge/data-file.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';

const WordSetSchema = z.object({
  set: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
});

export type WordSetName =
  | 'negator' | 'modal' | 'future' | 'condition' | 'irrealis-governor' | 'future-governor' | 'denial' | 'cessation-verb' | 'span-adverb'
  | 'give-verb' | 'receive-verb' | 'judge-verb' | 'answer-verb' | 'by-preposition' | 'pass-through-noun' | 'relative' | 'complementizer' | 'clause-subordinator' | 'inclusion-word'
  | 'speech-verb' | 'coordinator' | 'domestic' | 'non-party' | 'agent-noun' | 'intent-governor' | 'refusal-governor' | 'allegation'
  | 'state-act' | 'police-act' | 'court-act' | 'message-noun' | 'body-noun' | 'threat-governor' | 'vow-governor' | 'naming-verb' | 'quantity-preposition' | 'number-noun'
  | 'expressive-act' | 'implicative-governor' | 'object-control' | 'addressee-control' | 'criticism' | 'criticism-carrier' | 'claim-noun' | 'public-noun' | 'aid-purpose' | 'aid-thing' | 'transfer-verb' | 'person-noun' | 'public-affair'
  | 'participation' | 'ending-verb' | 'win-verb' | 'permission-noun' | 'office-title' | 'resignation' | 'question-verb' | 'audience-noun'
  | 'name-particle' | 'region-word' | 'praise' | 'describing-verb' | 'abstract-object' | 'post-noun' | 'intent-noun'
  | 'relation-noun' | 'staff-noun' | 'kin-noun' | 'follower-noun' | 'ally-noun' | 'owner-participle' | 'backer-participle' | 'electorate-noun'
  | 'local-government' | 'rule-noun' | 'warning-verb' | 'occurrence-verb' | 'supposition-verb' | 'pair-state-noun' | 'pair-person-noun';

export interface Lexicon {
  has(set: WordSetName, lemma: string): boolean;
}

export function loadLexicon(dirs: readonly string[]): Lexicon {
  const sets = new Map<string, Set<string>>();
  for (const file of knowledgeFiles(dirs, 'patterns/lexicon')) {
    for (const { value } of readRecords(file, WordSetSchema)) {
      let s = sets.get(value.set);
      if (!s) sets.set(value.set, (s = new Set()));
      for (const w of value.words) s.add(w.toLowerCase());
    }
  }
  const empty = new Set<string>();
  return { has: (set, lemma) => (sets.get(set) ?? empty).has(lemma) };
}

export function lexiconOf(knowledge: Knowledge): Lexicon {
  return knowledge.get('events:lexicon', loadLexicon);
}
