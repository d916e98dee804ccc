// GUM entities (../shared/eval/ud/en_gum-open-dev.conllu): GUM's entity layer, bracketed spans over
// syntactic words in the MISC column ("Entity=(12-person-new-…" opens, "12)" closes), scored on the
// named person / place / organization mentions, named meaning that the mention's syntactic head (its
// word whose head lies outside the span) is a proper noun. The documents are rebuilt as plain text
// (SpaceAfter=No respected, paragraphs as blank lines, dated by meta::dateCreated) and run through the
// pipeline; P/R/F1 as for MEANTIME (exact, overlap, typed, ANY = untyped), compromise beside them, and
// both fixed halves of the documents.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConllu } from '../stages/syntax/conllu.ts';
import { halves } from './halves.ts';
import { compromiseSpans, halfMetrics, MEANTIME_TYPES, pipelineSpans, scoreSpans, type MeantimeType, type TypedSpan } from './meantime-entities.ts';
import type { EvalSet } from './types.ts';

export const GUM_DEV_FILE = join('ud', 'en_gum-open-dev.conllu');
export const GUM_TRAIN_FILE = join('ud', 'en_gum-open-train.conllu');

const TYPE_OF: Record<string, MeantimeType> = { person: 'PERSON', place: 'LOCATION', organization: 'ORGANIZATION' };

export interface GumMention {
  start: number;
  end: number;
  /** GUM's entity type (person, place, organization, abstract, …). */
  etype: string;
  /** GUM's entity id (the number after the bracket), unique within the document: mentions sharing it corefer. */
  entity: string;
  /** UPOS of the mention's syntactic head. */
  headUpos: string;
  /** Character span of that head word. */
  headStart: number;
  headEnd: number;
  text: string;
}

export interface GumDoc {
  id: string;
  date: string;
  text: string;
  mentions: GumMention[];
  /** The named person/place/organization mentions, typed as MEANTIME's. */
  gold: TypedSpan[];
}

/** The opens and closes of one MISC Entity value, in order: "(3-abstract-…(4-person-…)" , "66)65)". */
export function parseEntityField(v: string): { open?: { id: string; etype: string; closed: boolean }; close?: string }[] {
  const out: { open?: { id: string; etype: string; closed: boolean }; close?: string }[] = [];
  const re = /\((\d+)-([a-z]+)[^()]*(\))?|(\d+)\)/g;
  for (const m of v.matchAll(re)) {
    if (m[1]) out.push({ open: { id: m[1], etype: m[2], closed: !!m[3] } });
    else out.push({ close: m[4] });
  }
  return out;
}

/**
 * Reads GUM's bracketed Entity annotations word by word (the MISC column of each word in turn) and
 * reports every mention, nested ones included, when it closes: `add(firstWord, lastWord, etype, entityId)`.
 */
export function entityBrackets(add: (start: number, end: number, etype: string, entity: string) => void): (word: number, misc: string) => void {
  const open = new Map<string, { start: number; etype: string }[]>();
  return (word, misc) => {
    const ent = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
    if (!ent) return;
    for (const x of parseEntityField(ent)) {
      if (x.open) {
        if (x.open.closed) add(word, word, x.open.etype, x.open.id);
        else {
          const stack = open.get(x.open.id) ?? [];
          stack.push({ start: word, etype: x.open.etype });
          open.set(x.open.id, stack);
        }
      } else if (x.close) {
        const m = open.get(x.close)?.pop();
        if (m) add(m.start, word, m.etype, x.close);
      }
    }
  };
}

/** Parse a GUM CoNLL-U file into documents with their text and entity mentions. */
export function parseGum(conllu: string): GumDoc[] {
  const docs: GumDoc[] = [];
  let doc: GumDoc | null = null;
  let text = '';
  let readEntities = entityBrackets(addMention);
  // words of the current document: character span, head (document word index or -1), UPOS
  let words: { start: number; end: number; head: number; upos: string }[] = [];
  const finish = () => {
    if (!doc) return;
    doc.text = text;
    doc.gold = doc.mentions.flatMap((m) => (TYPE_OF[m.etype] && m.headUpos === 'PROPN' ? [{ start: m.start, end: m.end, type: TYPE_OF[m.etype] }] : []));
    docs.push(doc);
  };
  for (const s of parseConllu(conllu)) {
    const comments = s.lines.filter((l) => l.startsWith('#'));
    const newdoc = comments.map((l) => /^# newdoc id = (.+)$/.exec(l)?.[1]).find(Boolean);
    if (newdoc) {
      finish();
      doc = { id: newdoc.trim(), date: '', text: '', mentions: [], gold: [] };
      text = '';
      readEntities = entityBrackets(addMention);
      words = [];
    }
    if (!doc) continue;
    const date = comments.map((l) => /^# meta::dateCreated = (\d{4}-\d\d-\d\d)/.exec(l)?.[1]).find(Boolean);
    if (date) doc.date = date;
    if (text) text += comments.some((l) => l === '# newpar' || l.startsWith('# newpar ')) ? '\n\n' : ' ';
    const base = words.length;
    // surface tokens: multiword-token lines give the span of the words they cover
    let mwtEnd = -1;
    let mwtSpan: [number, number] | null = null;
    let wi = 0;
    for (const line of s.lines) {
      if (line.startsWith('#')) continue;
      const cols = line.split('\t');
      const noSpace = /(^|\|)SpaceAfter=No(\||$)/.test(cols[9]);
      const range = /^(\d+)-(\d+)$/.exec(cols[0]);
      if (range) {
        const start = text.length;
        text += cols[1];
        mwtSpan = [start, text.length];
        mwtEnd = Number(range[2]);
        if (!noSpace) text += ' ';
        continue;
      }
      if (!/^\d+$/.test(cols[0])) continue;
      const id = Number(cols[0]);
      let span: [number, number];
      if (mwtSpan && id <= mwtEnd) span = mwtSpan;
      else {
        const start = text.length;
        text += cols[1];
        span = [start, text.length];
        if (!noSpace) text += ' ';
      }
      const w = s.words[wi++];
      words.push({ start: span[0], end: span[1], head: w.head > 0 ? base + w.head - 1 : -1, upos: w.upos });
      readEntities(words.length - 1, cols[9]);
    }
    text = text.replace(/ +$/, '');
  }
  function addMention(a: number, b: number, etype: string, entity: string) {
    if (!doc) return;
    let head = a;
    for (let k = a; k <= b; k++) {
      const h = words[k].head;
      if (h < a || h > b) {
        head = k;
        break;
      }
    }
    const start = words[a].start;
    const end = words[b].end;
    doc.mentions.push({ start, end, etype, entity, headUpos: words[head].upos, headStart: words[head].start, headEnd: words[head].end, text: '' });
  }
  finish();
  for (const d of docs) for (const m of d.mentions) m.text = d.text.slice(m.start, m.end);
  return docs;
}

/** GUM open dev (or, with `file`, another split such as GUM_TRAIN_FILE) from the data folder. */
export function loadGum(dataDir: string, file = GUM_DEV_FILE): GumDoc[] {
  return parseGum(readFileSync(join(dataDir, file), 'utf8'));
}

export const gumEntitiesSet: EvalSet = {
  name: 'gum',
  missing: (ctx) => (existsSync(join(ctx.dataDir, GUM_DEV_FILE)) ? null : `${join(ctx.dataDir, GUM_DEV_FILE)} not found`),
  run(ctx) {
    const docs = loadGum(ctx.dataDir);
    const asMeantime = (d: GumDoc) => ({ file: d.id, text: d.text, date: d.date || '2000-01-01', gold: d.gold, scoredEnd: d.text.length });
    const ours = docs.map((d) => ({ id: d.id, pred: pipelineSpans(ctx.pipeline, asMeantime(d)), gold: d.gold }));
    const base = docs.map((d) => ({ id: d.id, pred: compromiseSpans(d.text), gold: d.gold }));
    const metrics = { ...scoreSpans(ours), ...halfMetrics(ours) };
    const baseline = { ...scoreSpans(base), ...halfMetrics(base) };
    const of = halves(docs.map((d) => d.id));
    const inA = docs.filter((d) => of.get(d.id) === 'A').map((d) => d.id);
    const notes = [
      `${docs.length} documents (half A: ${inA.join(', ')}), ${docs.reduce((n, d) => n + d.gold.length, 0)} named person/place/organization gold mentions; ANY = found whatever the type, ALL = typed`,
      ...MEANTIME_TYPES.map((t) => `${t}: F1 overlap ${metrics[`${t}.overlap.f1`]} vs compromise ${baseline[`${t}.overlap.f1`]}`),
    ];
    return [{ set: 'gum', component: 'entities', metrics, baseline: { name: 'compromise', metrics: baseline }, notes }];
  },
};
