// The event pattern language: YAML records mapping a verb or noun trigger and a small template of what
// follows it ("accuse T of", "deploy ... to T", "sanction on|against T") to a CAMEO code. Compiled once
// and indexed by trigger lemma (see docs/patterns.md for the language).
import { z } from 'zod';
import { basename } from 'node:path';
import { DataFileError, knowledgeFiles, readRecords } from '../../knowledge/data-file.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import type { Plover } from '../../doc/types.ts';
import { cameoOf, type CameoCode } from './cameo.ts';

/** One element of a compiled template, matched left to right from the token after the trigger. */
export type Step =
  | { kind: 'word'; alts: string[]; optional: boolean }
  | { kind: 'slot'; role: 'S' | 'T'; heads?: string[] }
  | { kind: 'gap'; max: number }
  | { kind: 'verb'; base?: boolean };

export const PatternSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'ids are lower-case words joined by "." or "-"').optional(),
    verb: z.string().min(1).optional(),
    noun: z.string().min(1).optional(),
    /** An adjective after a copula: "is willing to VB T", "is opposed to T" (source = the clause subject). */
    adj: z.string().min(1).optional(),
    cameo: z.string().regex(/^\d{2,4}$/, 'a CAMEO code is 2 to 4 digits'),
    /** speaker: the quote's speaker accuses/threatens… the clause subject (source = speaker, target = subject). */
    frame: z.enum(['speaker']).optional(),
    /** accuser: the target is whoever last accused the source in this document (deny the allegations);
     * optional: a template without T codes a source-only event (target actor and country null: "the minister resigned");
     * named: the target must name an actor or a country ("left the country", not "left the area", "left a bag");
     * own: as named, and the country is the phrase's own, not the article's ("spoke to Germany's minister",
     * not "spoke to students", "spoke to a veterans' group": an audience addressed is no meeting);
     * agent: the target must be an actor, a country or people/an organisation, never a thing ("held the
     * suspect", not "held a summit"; "helped the refugees", not "helped swing the vote");
     * person: as agent, and the phrase's own head names someone, not a thing through its of/by phrase or
     * modifier ("received the president", not "received the backing of …", "receives a state grant");
     * place: the target must be a country or a place ("left the country", not "left the army");
     * party: the target must not be a phrase naming a thing and no actor or country — a thing or a
     * practice acted against ("arrested seven people", "seized Crimea", "raided the offices at city hall",
     * not "cracked down on trafficking", "banned travel", "seized drugs"). */
    target: z.enum(['accuser', 'optional', 'named', 'own', 'agent', 'person', 'place', 'party']).optional(),
    /** thing: the template applies only when the verb's direct object (in the tree) names no people: a
     * prepositional target stands for the one acted upon only when the object is a thing or a bare count
     * ("killed 12 in Kabul", "released a statement from Kyiv"), not people ("killed three soldiers in
     * Kabul", "released the pastor from jail": the object is the target, read by the plain template);
     * unnamed: the verb's object names no actor ("killed a worker in Somalia" reads the place, "killed two
     * Ukrainian soldiers in Kharkiv" the soldiers); given: the verb has a direct object in the tree
     * ("returned the ships to Ukraine", not "returned to the stage": going back is no return of anything);
     * concrete: the object acted on is no abstract thing (the lexicon's `abstract-object`: a position,
     * a number, a stage, a moment — "occupied the town", not "occupies a key position"; "hit the
     * village", not "hit the four-year number"). */
    object: z.enum(['thing', 'unnamed', 'given', 'concrete']).optional(),
    /** politician: the sense of a verb between persons in public life: the source a person the registry
     * gives a civilian role (government, legislature, party, opposition, courts, media…; not the forces,
     * rebels or criminals) and the target a person ("the senator attacked the governor over the budget" is
     * criticism, "troops attacked the town" or "the gunman attacked the officer" are not);
     * state: the source holds state power — a country, an international organisation, or a group or person
     * in a government, military, police, judicial or legislative role — as in a permit granted by an
     * authority ("the junta allowed aid convoys in", not "the new software allows developers to …");
     * provider: as state, or an aid organisation — an NGO or an international organisation — as for help
     * given ("the Red Cross helped the flood victims", not "former members helped him leave the church");
     * giver: as provider, or an organisation of no known sector (an agency the registry lacks: "USAID
     * provided shelter materials to …"), as for a thing given by the plain giving verbs (donate, hand over,
     * provide): never a firm, a private person or a group of no state role ("a businessman donated a mine to
     * the state", "citizens donate to the Red Cross", "its foreign workers provide tankers");
     * states: both parties hold state power, as for a view shared between governments ("France agreed
     * with Germany", not "the judge agreed with the plaintiff", "voters do not agree with the senator"). */
    parties: z.enum(['politician', 'state', 'provider', 'giver', 'states']).optional(),
    /** Allow source and target to be the same actor; "fallback" also uses the source's country when the target names no actor (crackdown on domestic protests). */
    self: z.union([z.boolean(), z.literal('fallback')]).optional(),
    /** Passive voice: swap (default: subject → target, by-agent → source), source (the subject is the source's own forces), none. */
    passive: z.enum(['swap', 'source', 'none']).optional(),
    /** "X and Y met": with a coordinated subject and no target, code each pair both ways. */
    reciprocal: z.boolean().optional(),
    /** An agentless passive of this sense is an act of the state where the article sets it, as for the
     * lexicon's `state-act` verbs ("she was arrested"), for a sense whose verb is not one of them ("was held
     * on two counts", "was taken into custody"): police → its police (COP), court → its prosecutors and
     * courts (JUD), state → the state with no sector. */
    agentless: z.enum(['police', 'court', 'state']).optional(),
    note: z.string().optional(),
    examples: z.array(z.string()).optional(),
  })
  .strict()
  .refine((p) => (p.verb ? 1 : 0) + (p.noun ? 1 : 0) + (p.adj ? 1 : 0) === 1, { message: 'give exactly one of "verb", "noun" or "adj"' });

export type PatternRecord = z.infer<typeof PatternSchema>;

export interface Pattern {
  id: string;
  kind: 'verb' | 'noun' | 'adj';
  /** Trigger lemmas (alternatives). */
  triggers: string[];
  steps: Step[];
  /** Alternatives of every non-optional template word (a sentence lacking one cannot match). */
  required: string[][];
  /** Where the template puts the roles; `implicitTarget` when T was not written and follows the trigger. */
  hasS: boolean;
  hasT: boolean;
  /** The first step is the target slot (a direct object), so the passive subject takes the target role. */
  objectIsTarget: boolean;
  cameo: CameoCode;
  type: Plover;
  frame: 'speaker' | null;
  target: 'accuser' | 'optional' | 'named' | 'own' | 'agent' | 'person' | 'place' | 'party' | null;
  /** `thing`: the verb's tree object must name no people (a person, a group, a pronoun); `given`: the verb must have one. */
  object: 'thing' | 'unnamed' | 'given' | 'concrete' | null;
  /** `politician`: source a person in a civilian public role, target a person; `state`: source with state power; `provider`: state power or an aid organisation; `giver`: as provider, or an organisation of no known sector; `states`: source and target with state power. */
  parties: 'politician' | 'state' | 'provider' | 'giver' | 'states' | null;
  self: boolean | 'fallback';
  passive: 'swap' | 'source' | 'none';
  reciprocal: boolean;
  /** Whose act an agentless passive of this sense is (see the schema), or null: the lexicon's state-act sets decide. */
  agentless: 'police' | 'court' | 'state' | null;
  /** For reciprocal patterns: the steps without the T slot ("X and Y met", "X and Y signed a deal"). */
  reciprocalSteps: Step[] | null;
  /** The steps without the T slot and its preposition, for nouns whose target is elsewhere ("Iran faces sanctions"). */
  untargetedSteps: Step[];
  /** The steps without an "of T" target too, for a disapproval noun whose critic a receive verb names after
   * "from" ("the senator drew criticism from the governor"; only ACCUSE nouns: see match.ts). */
  receivedSteps: Step[];
  source: string;
}

export interface PatternIndex {
  byLemma: Map<string, Pattern[]>;
  all: Pattern[];
  /** The CAMEO table the patterns were compiled against. */
  cameo: Map<string, CameoCode>;
}

const GAP_MAX = 6;

/** Compile a template string; throws an Error with the reason when it is malformed. */
export function compileTemplate(template: string): { triggers: string[]; steps: Step[] } {
  const parts = template.trim().split(/\s+/).flatMap(splitHyphen);
  if (!parts.length) throw new Error('empty template');
  const first = parts[0];
  if (/^(S|T|\.\.\.|VB)(:.*)?$/.test(first) || first.startsWith('[')) {
    throw new Error(`the template must start with the trigger word, not "${first}"`);
  }
  const triggers = first.toLowerCase().split('|');
  if (triggers.some((t) => !/^[a-z][a-z'.-]*$/.test(t))) throw new Error(`bad trigger word "${first}"`);
  const steps: Step[] = [];
  for (const p of parts.slice(1)) {
    const headed = /^([ST]):([a-z|-]+)$/.exec(p);
    if (p === 'S' || p === 'T' || headed) {
      const role = (headed ? headed[1] : p) as 'S' | 'T';
      if (steps.some((s) => s.kind === 'slot' && s.role === role)) throw new Error(`slot ${role} appears twice`);
      // "T:diplomat|inspector": the target phrase's head must be one of these lemmas.
      steps.push(headed ? { kind: 'slot', role, heads: headed[2].split('|') } : { kind: 'slot', role });
    } else if (p === '...') steps.push({ kind: 'gap', max: GAP_MAX });
    else if (p === 'VB') steps.push({ kind: 'verb' });
    // "insist that T VB:base": a bare base form with no auxiliary, the subjunctive of a demand ("insisted
    // that the army stop"), not a reported fact ("insisted that the army stopped", "… was there").
    else if (p === 'VB:base') steps.push({ kind: 'verb', base: true });
    else {
      const optional = p.startsWith('[') && p.endsWith(']');
      const body = optional ? p.slice(1, -1) : p;
      if (!body || /[[\]]/.test(body)) throw new Error(`bad word "${p}"`);
      const alts = body.toLowerCase().split('|');
      if (alts.some((a) => !a || /[A-Z]/.test(a))) throw new Error(`bad word "${p}"`);
      steps.push({ kind: 'word', alts, optional });
    }
  }
  return { triggers, steps };
}

/** "build-up" → "build", "-", "up" (the tokeniser splits hyphenated words). */
function splitHyphen(p: string): string[] {
  if (!/^[a-z]+(-[a-z]+)+$/i.test(p)) return [p];
  const out: string[] = [];
  p.split('-').forEach((w, i) => {
    if (i) out.push('-');
    out.push(w);
  });
  return out;
}

/** Prepositions, which no adjective template may open with (see compile). */
const PREPOSITIONS = new Set(['on', 'in', 'at', 'of', 'to', 'for', 'with', 'by', 'from', 'into', 'onto', 'under', 'over', 'near', 'along', 'against', 'about', 'after', 'before', 'between', 'through', 'without', 'within']);

function compile(rec: PatternRecord, file: string, line: number, cameo: Map<string, CameoCode>): Pattern {
  const template = (rec.verb ?? rec.noun ?? rec.adj)!;
  let compiled: { triggers: string[]; steps: Step[] };
  try {
    compiled = compileTemplate(template);
  } catch (e) {
    throw new DataFileError(file, line, `template "${template}": ${(e as Error).message}`);
  }
  // An adjective template fires on a predicate adjective after a copula ("is opposed to T"); a trigger
  // that is a preposition ("on alert …") never heads one, so such a pattern would silently never fire.
  const preposition = rec.adj ? compiled.triggers.find((t) => PREPOSITIONS.has(t)) : undefined;
  if (preposition) {
    throw new DataFileError(file, line, `adj template "${template}": its trigger "${preposition}" is a preposition, which never heads a predicate adjective; start with the adjective or write a verb template ("remain ... on alert")`);
  }
  const code = cameo.get(rec.cameo);
  if (!code) throw new DataFileError(file, line, `unknown CAMEO code "${rec.cameo}" (add it to cameo.yaml)`);
  if (!code.plover) throw new DataFileError(file, line, `CAMEO code ${rec.cameo} has no PLOVER category`);
  const kind = rec.verb ? 'verb' : rec.adj ? 'adj' : 'noun';
  let steps = compiled.steps;
  const hasS = steps.some((s) => s.kind === 'slot' && s.role === 'S');
  let hasT = steps.some((s) => s.kind === 'slot' && s.role === 'T');
  if (kind === 'noun' && !hasT && !rec.target && rec.self !== 'fallback') {
    throw new DataFileError(file, line, `noun template "${template}" needs a T slot (where the target is)`);
  }
  // `self: fallback` lets a target phrase stand for the source's country: a verb template with no T slot
  // has no such phrase (its target would be the object put before the template's words, which then
  // never match: "went on strike"); an act with no one acted on is `target: optional`.
  if (kind !== 'noun' && rec.self === 'fallback' && !hasT && !rec.target) {
    throw new DataFileError(file, line, `template "${template}": self: fallback needs a T slot; an act with no one acted on takes target: optional`);
  }
  // A verb template that names neither T nor S nor another target rule takes its target as the direct object.
  if (kind !== 'noun' && !hasT && !hasS && !rec.target && !rec.frame) {
    steps = [{ kind: 'slot', role: 'T' }, ...steps];
    hasT = true;
  }
  const id = rec.id ?? `${basename(file).replace(/\.(ya?ml|json)$/i, '')}.${compiled.triggers[0]}.${line}`;
  return {
    id,
    kind,
    triggers: compiled.triggers,
    steps,
    required: steps.flatMap((s) => (s.kind === 'word' && !s.optional ? [s.alts] : [])),
    hasS,
    hasT,
    objectIsTarget: steps[0]?.kind === 'slot' && steps[0].role === 'T',
    cameo: code,
    type: code.plover,
    frame: rec.frame ?? null,
    target: rec.target ?? null,
    object: rec.object ?? null,
    parties: rec.parties ?? null,
    self: rec.self ?? false,
    passive: rec.passive ?? 'swap',
    reciprocal: rec.reciprocal ?? false,
    agentless: rec.agentless ?? null,
    reciprocalSteps: rec.reciprocal ? withoutTarget(steps, RECIPROCAL_PREPS) : null,
    untargetedSteps: withoutTarget(steps, UNTARGETED_PREPS),
    receivedSteps: withoutTarget(steps, RECEIVED_PREPS),
    source: `${file}:${line}`,
  };
}

/** "meet T" → "meet", "sign ... agreement with T" → "sign ... agreement": the template minus its target
 * and the prepositions in `preps` that introduce it. */
function withoutTarget(steps: Step[], preps: ReadonlySet<string>): Step[] {
  const k = steps.findIndex((s) => s.kind === 'slot' && s.role === 'T');
  if (k < 0) return steps;
  let cut = k;
  // Drop the preposition(s) that introduce the target ("with T", "between T").
  while (cut > 0 && steps[cut - 1].kind === 'word') {
    const w = steps[cut - 1] as Extract<Step, { kind: 'word' }>;
    if (!w.alts.every((x) => preps.has(x))) break;
    cut--;
  }
  return [...steps.slice(0, cut), ...steps.slice(k + 1)];
}

const RECIPROCAL_PREPS = new Set(['with', 'between', 'to', 'against', 'on', 'and', 'among']);
// A noun event received ("Somalia received aid from Turkey", "drew praise from Y") drops its target slot
// whatever preposition introduces it, the beneficiary's "for" too ("aid|assistance to|for T").
const UNTARGETED_PREPS = new Set([...RECIPROCAL_PREPS, 'for']);
// A criticism received ("faced criticism from the UN"): "criticism of T" loses its "of" as well.
const RECEIVED_PREPS = new Set([...UNTARGETED_PREPS, 'of']);

/** Load and compile every pattern file (knowledge/patterns/*.yaml) across the knowledge dirs. */
export function loadPatterns(dirs: readonly string[], cameo: Map<string, CameoCode>): PatternIndex {
  const all: Pattern[] = [];
  const ids = new Map<string, string>();
  for (const file of knowledgeFiles(dirs, 'patterns')) {
    for (const { value, line } of readRecords(file, PatternSchema)) {
      const p = compile(value, file, line, cameo);
      const prev = ids.get(p.id);
      if (prev) throw new DataFileError(file, line, `pattern id "${p.id}" already defined at ${prev}`);
      ids.set(p.id, `${file}:${line}`);
      all.push(p);
    }
  }
  const byLemma = new Map<string, Pattern[]>();
  for (const p of all) {
    for (const t of p.triggers) {
      const list = byLemma.get(t) ?? [];
      list.push(p);
      byLemma.set(t, list);
    }
  }
  // Longer templates first: the most specific pattern for a trigger wins.
  for (const list of byLemma.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return { byLemma, all, cameo };
}

function specificity(p: Pattern): number {
  // A gap makes a template looser: "blame T for" is tried before "blame ... on T".
  return p.steps.reduce((n, s) => n + (s.kind === 'word' && !s.optional ? 2 : s.kind === 'slot' ? (s.heads ? 3 : 1) : s.kind === 'gap' ? -1 : 0), 0);
}

export function patternsOf(knowledge: Knowledge): PatternIndex {
  return knowledge.get('events:patterns', (dirs) => loadPatterns(dirs, cameoOf(knowledge)));
}
