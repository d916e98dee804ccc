// MEANTIME (NewsReader, English Wikinews) evaluation of the time stage: takes each article's text and
// TIMEX3 markables from meantime-xml ('sentences' layout) and scores extents and values with the TE3
// scorer. The DCT and its dateline mention are not scored, nor the unannotated remainder of each article
// (MEANTIME annotates only its first sentences).
import { join } from 'node:path';
import type { Span } from '../doc/types.ts';
import { meantimeDirs, parseMeantimeXml, readMeantimeFiles } from './meantime-xml.ts';
import type { EvalSet } from './types.ts';
import { evaluateTimeDocs, type GoldTimex, type TimeDoc } from './te3.ts';

const spanOf = (tokens: Span[]): Span => ({ start: Math.min(...tokens.map((t) => t.start)), end: Math.max(...tokens.map((t) => t.end)) });

/** Parse one MEANTIME document: text (sentences separated by blank lines), gold TIMEX3s, DCT. */
export function parseMeantime(name: string, xml: string): TimeDoc {
  const m = parseMeantimeXml(xml, 'sentences');
  // Some files mark no CREATION_TIME: the dateline (first full date in the second sentence) is the DCT.
  const dctTimex = m.creationTime ?? m.timexes.find((t) => t.tokens[0]?.sentence === 1 && /^\d{4}-\d{2}-\d{2}$/.test(t.value));
  const dct = dctTimex ? dctTimex.value.slice(0, 10) : '';
  const ignore: Span[] = dctTimex?.tokens.length ? [spanOf(dctTimex.tokens)] : [];
  const gold: GoldTimex[] = [];
  for (const t of m.timexes) {
    if (t === dctTimex || !t.tokens.length) continue;
    const { start, end } = spanOf(t.tokens);
    gold.push({ start, end, text: m.text.slice(start, end), type: t.type, value: t.value });
  }
  gold.sort((a, b) => a.start - b.start);
  // Leave out the text after the last sentence that carries any markable (entity, event or timex).
  const firstUnannotated = m.tokens.find((t) => t.sentence > m.lastAnnotatedSentence);
  if (firstUnannotated) ignore.push({ start: firstUnannotated.start, end: m.text.length });
  return { name, dct, text: m.text, gold, ignore };
}

export function loadMeantime(dataDir: string): TimeDoc[] {
  return readMeantimeFiles(dataDir).map((f) => parseMeantime(f.file.replace(/\.xml$/, ''), f.xml));
}

export const meantimeTimeSet: EvalSet = {
  name: 'meantime',
  missing(ctx) {
    return meantimeDirs(ctx.dataDir).length ? null : `${join(ctx.dataDir, 'meantime')} has no corpus_* folders`;
  },
  run(ctx) {
    const docs = loadMeantime(ctx.dataDir).filter((d) => d.dct);
    return evaluateTimeDocs('meantime', docs, ctx);
  },
};
