// Interviews printed as questions and answers ("Outlet interviews X", "Interview with X"): the answers
// are the interviewee's words, so "I" speaking in an answer paragraph is that person.
import type { Doc, Quote, Span } from '../../doc/types.ts';
import { personIds } from '../actors/lookup.ts';

const FIRST_PERSON = /^(i|me|my|myself)$/i;
/** A paragraph that closes a sentence (an answer or a question, not a heading). */
const CLOSED = /[.!?…:;"'”’)\]]$/;

/**
 * The one person the document's title names as interviewed: the first paragraph holds an interview word
 * (the media lexicon's `interview` kind) and mentions exactly one person actor by name. Null otherwise
 * (no such word, no person, or several: "X and Y of Z", "experts").
 */
export function interviewee(doc: Doc, title: Span, interviewWord: (w: string) => boolean): string | null {
  const words = doc.text.slice(title.start, title.end).toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  if (!words.some(interviewWord)) return null;
  const persons = personIds(doc);
  const named = new Set(
    (doc.layers.mentions ?? []).filter((m) => m.start >= title.start && m.end <= title.end && m.via !== 'pronoun' && persons.has(m.actor)).map((m) => m.actor),
  );
  return named.size === 1 ? [...named][0] : null;
}

/**
 * Answer paragraphs: those after a paragraph that ends with a question mark, up to the next question or
 * heading (a short paragraph that closes no sentence: "On NATO", "Interview"). The question paragraphs
 * themselves are the interviewer's.
 */
export function answerParagraphs(text: string, paras: readonly Span[]): Span[] {
  const out: Span[] = [];
  let answering = false;
  for (const p of paras.slice(1)) {
    const s = text.slice(p.start, p.end).trim();
    if (!s) continue;
    if (s.endsWith('?')) answering = true;
    else if (!CLOSED.test(s)) answering = false;
    else if (answering) out.push(p);
  }
  return out;
}

/**
 * A first-person speaker with no actor in an answer paragraph of an interview is the interviewee
 * (outside quotation marks: an answer may quote someone else's "I").
 */
export function interviewAnswers(doc: Doc, paras: readonly Span[], quotes: Pick<Quote, 'speaker'>[], quoted: readonly Span[], interviewWord: (w: string) => boolean): void {
  if (paras.length < 3) return;
  const who = interviewee(doc, paras[0], interviewWord);
  if (!who) return;
  const answers = answerParagraphs(doc.text, paras);
  if (!answers.length) return;
  for (const q of quotes) {
    const sp = q.speaker;
    if (!sp || sp.actor || sp.start === undefined || sp.end === undefined || !FIRST_PERSON.test(sp.text.trim())) continue;
    const at = sp.start;
    if (!answers.some((p) => p.start <= at && at < p.end)) continue;
    if (quoted.some((s) => s.start <= at && at < s.end)) continue;
    q.speaker = { ...sp, actor: who };
  }
}
