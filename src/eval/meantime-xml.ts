// MEANTIME token-level XML (../shared/eval/meantime/corpus_*/*.xml, never copied): the one parser behind
// the entity, time and participant-pair evals. Rebuilds an article's text from its tokens (each token
// keeps its character offsets) and reads the markables those evals score: entity mentions with the types
// of the entities they refer to, TIMEX3s with type, value and anchors, event mentions and their
// HAS_PARTICIPANT links, plus the creation date and the last sentence that carries any markable.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Span } from '../doc/types.ts';
import { decodeEntity } from './te3.ts';

export interface MeantimeToken extends Span {
  id: string;
  sentence: number;
  number: number;
  /** The token as written into the text (entities decoded). */
  text: string;
}

/** A markable and the tokens it is anchored on (anchors naming no token are dropped). */
interface Anchored {
  id: string;
  tokens: MeantimeToken[];
}

export interface MeantimeEntityMention extends Anchored {
  syntacticType: string;
  /** ent_type (PER, ORG, LOC, PRO, …; '' when unknown) of every entity it REFERS_TO, in file order. */
  refersTo: string[];
}

export interface MeantimeTimex extends Anchored {
  type: string;
  value: string;
  functionInDocument: string;
}

export interface MeantimeEventMention extends Anchored {
  pred: string;
}

/** One HAS_PARTICIPANT link: an event mention, an entity mention and the semantic role (Arg0, Arg1, …). */
export interface MeantimeParticipant {
  event: string;
  entity: string;
  role: string;
}

export interface MeantimeXml {
  tokens: MeantimeToken[];
  text: string;
  /** yyyy-mm-dd of the CREATION_TIME TIMEX3, or '' when the file marks none (or no full date). */
  date: string;
  creationTime?: MeantimeTimex;
  /** The last sentence with a token anchoring any markable: MEANTIME annotates only the first sentences. */
  lastAnnotatedSentence: number;
  entityMentions: MeantimeEntityMention[];
  timexes: MeantimeTimex[];
  eventMentions: MeantimeEventMention[];
  participants: MeantimeParticipant[];
}

/**
 * How tokens are joined into text. 'headline' (entity and participant evals): the title and the dateline
 * as paragraphs of their own, the body sentences run together. 'sentences' (time eval): every sentence a
 * paragraph, `` and '' as curly quotes, no space inside a pair of straight double quotes. Each eval keeps
 * the layout its figures were measured on.
 */
export type MeantimeLayout = 'headline' | 'sentences';

const LAYOUTS = {
  headline: {
    breakBefore: (sentence: number) => sentence <= 2,
    noSpaceBefore: /^([.,;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m|”)$/i,
    noSpaceAfter: /^[([{$“]$/,
    quotes: false,
  },
  sentences: {
    breakBefore: () => true,
    noSpaceBefore: /^(?:[.,;:!?%)\]}”]|'s|'re|'ve|'ll|'d|'m|n't|’s)$/i,
    noSpaceAfter: /^[([{$£€“]$/,
    quotes: true,
  },
};

function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of s.matchAll(/([\w.:-]+)="([^"]*)"/g)) out[a[1]] ??= a[2];
  return out;
}

const decode = (s: string) => s.replace(/&[#A-Za-z0-9]+;/g, decodeEntity);
const section = (xml: string, tag: string) => new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml)?.[1] ?? '';

function layOut(xml: string, layout: MeantimeLayout): { tokens: MeantimeToken[]; text: string } {
  const rules = LAYOUTS[layout];
  const tokens: MeantimeToken[] = [];
  let text = '';
  let quoteOpen = false;
  let prev: MeantimeToken | undefined;
  for (const m of xml.matchAll(/<token ([^>]*)>([^<]*)<\/token>/g)) {
    const a = attrs(m[1]);
    const sentence = Number(a.sentence);
    let word = decode(m[2]);
    if (rules.quotes) word = word.replace(/^``$/, '“').replace(/^''$/, '”');
    const newSentence = !prev || sentence !== prev.sentence;
    if (prev) {
      if (newSentence && rules.breakBefore(sentence)) text += '\n\n';
      else if (rules.quotes && word === '"') text += quoteOpen ? '' : ' ';
      else if (!rules.noSpaceBefore.test(word) && !rules.noSpaceAfter.test(prev.text) && !(rules.quotes && prev.text === '"' && quoteOpen)) text += ' ';
    }
    if (newSentence) quoteOpen = word === '"';
    else if (word === '"') quoteOpen = !quoteOpen;
    const start = text.length;
    text += word;
    prev = { id: a.t_id, sentence, number: Number(a.number), text: word, start, end: text.length };
    tokens.push(prev);
  }
  return { tokens, text };
}

/** Parse one MEANTIME file: its text laid out as `layout` says, token offsets and markables. */
export function parseMeantimeXml(xml: string, layout: MeantimeLayout): MeantimeXml {
  const { tokens, text } = layOut(xml, layout);
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const markables = section(xml, 'Markables');
  const anchored = (body: string) => [...body.matchAll(/t_id="([^"]+)"/g)].flatMap((x) => byId.get(x[1]) ?? []);

  const entType = new Map<string, string>();
  const targetsOf = new Map<string, string[]>();
  const participants: MeantimeParticipant[] = [];
  for (const m of section(xml, 'Relations').matchAll(/<(REFERS_TO|HAS_PARTICIPANT)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
    const sources = [...m[3].matchAll(/<source m_id="([^"]+)"/g)].map((x) => x[1]);
    const target = /<target m_id="([^"]+)"/.exec(m[3])?.[1];
    if (!target) continue;
    if (m[1] === 'HAS_PARTICIPANT') {
      if (sources.length) participants.push({ event: sources[0], entity: target, role: attrs(m[2]).sem_role ?? '' });
      continue;
    }
    for (const s of sources) targetsOf.set(s, [...(targetsOf.get(s) ?? []), target]);
  }

  const entityMentions: MeantimeEntityMention[] = [];
  const timexes: MeantimeTimex[] = [];
  const eventMentions: MeantimeEventMention[] = [];
  for (const m of markables.matchAll(/<([A-Z][A-Z0-9_]*)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g)) {
    const a = attrs(m[2]);
    const base = { id: a.m_id ?? '', tokens: anchored(m[3] ?? '') };
    if (m[1] === 'ENTITY') entType.set(base.id, a.ent_type ?? '');
    else if (m[1] === 'ENTITY_MENTION') entityMentions.push({ ...base, syntacticType: a.syntactic_type ?? '', refersTo: [] });
    else if (m[1] === 'EVENT_MENTION') eventMentions.push({ ...base, pred: a.pred ?? '' });
    else if (m[1] === 'TIMEX3') {
      timexes.push({ ...base, type: a.type ?? '', value: a.value ?? '', functionInDocument: a.functionInDocument ?? '' });
    }
  }
  for (const e of entityMentions) e.refersTo = (targetsOf.get(e.id) ?? []).map((t) => entType.get(t) ?? '');

  const creationTime = timexes.find((t) => t.functionInDocument === 'CREATION_TIME');
  const date = /^\d{4}-\d{2}-\d{2}/.exec(creationTime?.value ?? '')?.[0] ?? '';
  let lastAnnotatedSentence = -1;
  for (const a of markables.matchAll(/<token_anchor t_id="([^"]+)"/g)) lastAnnotatedSentence = Math.max(lastAnnotatedSentence, byId.get(a[1])?.sentence ?? -1);
  return { tokens, text, date, creationTime, lastAnnotatedSentence, entityMentions, timexes, eventMentions, participants };
}

/** The corpus_* folders under <dataDir>/meantime, sorted ([] when absent). */
export function meantimeDirs(dataDir: string): string[] {
  const root = join(dataDir, 'meantime');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => d.startsWith('corpus_'))
    .sort()
    .map((d) => join(root, d));
}

/** Every MEANTIME file, by folder then name: its folder name (corpus_…), file name and XML. */
export function readMeantimeFiles(dataDir: string): { dir: string; file: string; xml: string }[] {
  return meantimeDirs(dataDir).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((file) => ({ dir: basename(dir), file, xml: readFileSync(join(dir, file), 'utf8') })),
  );
}
