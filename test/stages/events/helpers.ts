// Test helper: builds a tokenised document with hand-filled actor mentions (and optional quotes and
// timexes), standing in for the actors/time/quotes stages so event coding is tested on its own.
import { createDoc } from '../../../src/doc/doc.ts';
import type { Actor, Doc, Mention, Quote, Timex } from '../../../src/doc/types.ts';
import { tokenize } from '../../../src/stages/tokens/tokens.ts';
import { codeEvents } from '../../../src/stages/events/index.ts';
import { patternsOf } from '../../../src/stages/events/patterns.ts';
import { lexiconOf } from '../../../src/stages/events/lexicon.ts';
import { Knowledge } from '../../../src/knowledge/knowledge.ts';
import { syntaxComponent } from '../../../src/stages/syntax/index.ts';

export interface ActorSpec {
  id: string;
  country: string | null;
  sector?: string | null;
  kind?: Actor['kind'];
  /** A registry person's roles on the date (present, even empty, for a person the registry knows). */
  roles?: Actor['roles'];
  /** Surface strings that mention this actor (every whole-word occurrence becomes a mention). */
  say: string[];
  /** An organisation the registry places in no one country (Actor.stateless). */
  stateless?: true;
}

export interface DocSpec {
  text: string;
  date?: string;
  actors: ActorSpec[];
  /** `words`: the speaker's words in the text (the quote's speaker span), when the test needs them. */
  quotes?: { text: string; speaker: string | null; kind?: Quote['kind']; words?: string }[];
  timexes?: { text: string; value: string; precision?: Timex['precision'] }[];
  /** Parse with the shipped syntax model, so the events stage reads its tree. */
  tree?: boolean;
}

const knowledge = new Knowledge();
const syntax = syntaxComponent(knowledge);

export function buildDoc(spec: DocSpec): Doc {
  const doc = createDoc({ date: spec.date ?? '2023-03-15', text: spec.text });
  const { tokens, sentences } = tokenize(spec.text);
  doc.layers.tokens = tokens;
  doc.layers.sentences = sentences;
  if (spec.tree) syntax.process(doc);
  doc.layers.actors = spec.actors.map((a) => ({ id: a.id, name: a.say[0], kind: a.kind ?? 'country', country: a.country, sector: a.sector ?? null, ...(a.roles ? { roles: a.roles } : {}), ...(a.stateless ? { stateless: true as const } : {}) }));
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const all = spec.actors.flatMap((a) => a.say.map((s) => ({ a, s }))).sort((x, y) => y.s.length - x.s.length);
  for (const { a, s } of all) {
    const re = new RegExp(`(?<![\\w])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w])`, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(spec.text))) {
      const start = m.index;
      const end = start + s.length;
      if (taken.some(([x, y]) => start < y && x < end)) continue;
      taken.push([start, end]);
      mentions.push({ start, end, text: s, actor: a.id, confidence: 1, via: 'name' });
    }
  }
  doc.layers.mentions = mentions.sort((x, y) => x.start - y.start);
  doc.layers.entities = [];
  doc.layers.quotes = (spec.quotes ?? []).map((q) => {
    const start = spec.text.indexOf(q.text);
    if (start < 0) throw new Error(`quote not in text: ${q.text}`);
    const at = q.words ? spec.text.indexOf(q.words) : -1;
    const span = at >= 0 ? { start: at, end: at + q.words!.length } : {};
    return { start, end: start + q.text.length, text: q.text, kind: q.kind ?? 'direct', speaker: q.speaker ? { text: q.words ?? q.speaker, actor: q.speaker, ...span } : null, cue: null, outlet: null };
  });
  doc.layers.timexes = (spec.timexes ?? []).map((t) => {
    const start = spec.text.indexOf(t.text);
    if (start < 0) throw new Error(`timex not in text: ${t.text}`);
    return { start, end: start + t.text.length, text: t.text, type: 'DATE', value: t.value, precision: t.precision ?? 'day' };
  });
  return doc;
}

export function events(spec: DocSpec) {
  const doc = buildDoc(spec);
  return codeEvents(doc, patternsOf(knowledge), lexiconOf(knowledge));
}

/** Compact view of events for assertions: "TYPE SRC>TGT mode". */
export function brief(spec: DocSpec): string[] {
  return events(spec).map((e) => `${e.type} ${e.source.country}>${e.target.country} ${e.mode}`);
}

export const COUNTRIES: ActorSpec[] = [
  { id: 'country:RUS', country: 'RUS', say: ['Russia', 'Moscow', 'Russian', 'the Kremlin', 'Kremlin'] },
  { id: 'country:UKR', country: 'UKR', say: ['Ukraine', 'Kyiv', 'Ukrainian'] },
  { id: 'country:BLR', country: 'BLR', say: ['Belarus', 'Minsk', 'Belarusian'] },
  { id: 'country:POL', country: 'POL', say: ['Poland', 'Warsaw', 'Polish'] },
  { id: 'country:GBR', country: 'GBR', say: ['Britain', 'the UK', 'UK', 'British', 'London'] },
  { id: 'country:USA', country: 'USA', say: ['the United States', 'Washington', 'US', 'American'] },
  { id: 'country:CHN', country: 'CHN', say: ['China', 'Beijing', 'Chinese'] },
  { id: 'country:IRN', country: 'IRN', say: ['Iran', 'Tehran', 'Iranian'] },
  { id: 'country:ISR', country: 'ISR', say: ['Israel', 'Israeli'] },
  { id: 'country:FRA', country: 'FRA', say: ['France', 'Paris', 'French'] },
  { id: 'country:DEU', country: 'DEU', say: ['Germany', 'Berlin', 'German'] },
  { id: 'country:TUR', country: 'TUR', say: ['Turkey', 'Ankara', 'Turkish'] },
  { id: 'country:SYR', country: 'SYR', say: ['Syria', 'Damascus', 'Syrian'] },
  { id: 'country:KEN', country: 'KEN', say: ['Kenya', 'Nairobi'] },
  { id: 'country:UGA', country: 'UGA', say: ['Uganda', 'Kampala'] },
  { id: 'igo:EU', country: 'EU', kind: 'igo', say: ['the European Union', 'The European Union', 'the EU', 'The EU', 'EU', 'Brussels', 'the bloc', 'The bloc'] },
  { id: 'igo:NATO', country: 'NATO', kind: 'igo', say: ['NATO', 'the alliance'] },
];
