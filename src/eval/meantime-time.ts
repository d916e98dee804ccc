// MEANTIME (NewsReader, English Wikinews) evaluation of the time stage: rebuilds each article's text from
// its token-level XML in ../shared (never copied), maps TIMEX3 markables to character spans and scores
// extents and values with the TE3 scorer. The DCT and its dateline mention are not scored, nor the
// unannotated remainder of each article (MEANTIME annotates only its first sentences).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../doc/types.ts';
import type { EvalSet } from './types.ts';
import { decodeEntity, evaluateTimeDocs, type GoldTimex, type TimeDoc } from './te3.ts';

const decode = (s: string) =>
  s.replace(/&[#A-Za-z0-9]+;/g, decodeEntity).replace(/^``$/, '“').replace(/^''$/, '”');

const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”]|'s|'re|'ve|'ll|'d|'m|n't|’s)$/i;
const NO_SPACE_AFTER = /^[([{$£€“]$/;

/** Parse one MEANTIME document: text (sentences separated by blank lines), gold TIMEX3s, DCT. */
export function parseMeantime(name: string, xml: string): TimeDoc {
  const tokens: { id: string; sentence: number; text: string; start: number; end: number }[] = [];
  const tokRe = /<token\b[^>]*\bsentence="(\d+)"[^>]*\bt_id="([^"]+)"[^>]*>([^<]*)<\/token>/g;
  let m: RegExpExecArray | null;
  let text = '';
  let prevSentence = -1;
  let prevText = '';
  let quoteOpen = false;
  while ((m = tokRe.exec(xml))) {
    const sentence = +m[1];
    const t = decode(m[3]);
    if (prevSentence >= 0) {
      if (sentence !== prevSentence) text += '\n\n';
      else if (t === '"') text += quoteOpen ? '' : ' ';
      else if (!NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(prevText) && !(prevText === '"' && quoteOpen)) text += ' ';
    }
    if (t === '"') quoteOpen = !quoteOpen;
    if (sentence !== prevSentence) quoteOpen = t === '"';
    const start = text.length;
    text += t;
    tokens.push({ id: m[2], sentence, text: t, start, end: text.length });
    prevSentence = sentence;
    prevText = t;
  }
  const byId = new Map(tokens.map((t) => [t.id, t]));
  const timexes: { attrs: string; spans: Span[]; sentence: number }[] = [];
  const txRe = /<TIMEX3\b([^>]*?)(?:\/>|>([\s\S]*?)<\/TIMEX3>)/g;
  while ((m = txRe.exec(xml))) {
    const anchors = [...(m[2] ?? '').matchAll(/t_id="([^"]+)"/g)].map((a) => byId.get(a[1])).filter((t) => !!t);
    timexes.push({
      attrs: m[1],
      spans: anchors.map((t) => ({ start: t.start, end: t.end })),
      sentence: anchors[0]?.sentence ?? -1,
    });
  }
  const attr = (attrs: string, k: string) => new RegExp(`\\b${k}="([^"]*)"`).exec(attrs)?.[1] ?? '';
  let dctTimex = timexes.find((t) => attr(t.attrs, 'functionInDocument') === 'CREATION_TIME');
  // Some files mark no CREATION_TIME: the dateline (first full date in the second sentence) is the DCT.
  dctTimex ??= timexes.find((t) => t.sentence === 1 && /^\d{4}-\d{2}-\d{2}$/.test(attr(t.attrs, 'value')));
  const dct = dctTimex ? attr(dctTimex.attrs, 'value').slice(0, 10) : '';
  const ignore: Span[] = [];
  if (dctTimex?.spans.length) {
    ignore.push({ start: Math.min(...dctTimex.spans.map((s) => s.start)), end: Math.max(...dctTimex.spans.map((s) => s.end)) });
  }
  const gold: GoldTimex[] = [];
  for (const t of timexes) {
    if (t === dctTimex || !t.spans.length) continue;
    const start = Math.min(...t.spans.map((s) => s.start));
    const end = Math.max(...t.spans.map((s) => s.end));
    gold.push({ start, end, text: text.slice(start, end), type: attr(t.attrs, 'type'), value: attr(t.attrs, 'value') });
  }
  gold.sort((a, b) => a.start - b.start);
  // Only the first sentences of each article are annotated: leave out text after the last sentence that
  // carries any markable (entity, event or timex).
  let lastAnnotated = -1;
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  for (const a of markables.matchAll(/<token_anchor t_id="([^"]+)"/g)) {
    const t = byId.get(a[1]);
    if (t && t.sentence > lastAnnotated) lastAnnotated = t.sentence;
  }
  const firstUnannotated = tokens.find((t) => t.sentence > lastAnnotated);
  if (firstUnannotated) ignore.push({ start: firstUnannotated.start, end: text.length });
  return { name, dct, text, gold, ignore };
}

export function meantimeDirs(dataDir: string): string[] {
  const root = join(dataDir, 'meantime');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((d) => d.startsWith('corpus_'))
    .sort()
    .map((d) => join(root, d));
}

export function loadMeantime(dataDir: string): TimeDoc[] {
  return meantimeDirs(dataDir).flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.xml'))
      .sort()
      .map((f) => parseMeantime(f.replace(/\.xml$/, ''), readFileSync(join(dir, f), 'utf8'))),
  );
}

export const meantimeTimeSet: EvalSet = {
  name: 'meantime',
  missing(ctx) {
    return meantimeDirs(ctx.dataDir).length ? null : `${join(ctx.dataDir, 'meantime')} has no corpus_* folders`;
  },
  run(ctx) {
    const docs = loadMeantime(ctx.dataDir).filter((d) => d.dct);
    return [evaluateTimeDocs('meantime', docs, ctx)];
  },
};
