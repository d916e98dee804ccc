// Quoted subheads: a short quoted line standing alone as a paragraph, without closing punctuation
// ('Not satisfied', 'We will rebuild it'), is a heading that lifts words from a quote further down,
// not a statement framed by the paragraph after it. It takes the speaker of the later quote that holds
// its words, and no speaker when none does.
import type { Quote, Span } from '../../doc/types.ts';

/** Most words a quoted subhead has. */
const MAX_WORDS = 10;
const EDGE_MARKS = /^["'\u201C\u201D\u2018\u2019\u00AB\u00BB\s]+|["'\u201C\u201D\u2018\u2019\u00AB\u00BB\s]+$/g;

type Draftish = Pick<Quote, 'start' | 'end' | 'text' | 'kind' | 'speaker' | 'cue' | 'scare' | 'date'> & { outlet: string | null };

const norm = (s: string) => s.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/** Whether the quote is the whole of its paragraph, short and unpunctuated at its end. */
export function isQuotedSubhead(text: string, paras: Span[], q: Pick<Quote, 'start' | 'end' | 'text'>): boolean {
  const para = paras.find((p) => p.start <= q.start && p.end >= q.end);
  if (!para) return false;
  const whole = text.slice(para.start, para.end);
  if (!/^["'\u201C\u2018\u00AB]/.test(whole) || whole.replace(EDGE_MARKS, '') !== q.text.trim()) return false;
  const words = q.text.trim().split(/\s+/);
  return words.length <= MAX_WORDS && !/[.?!,;:\u2026]$/.test(q.text.trim()) && !q.text.includes('\n');
}

/** Re-attributes each direct quote that is a quoted subhead (see the header); returns how many changed. */
export function attributeSubheads(text: string, paras: Span[], quotes: Draftish[]): number {
  let n = 0;
  for (const q of quotes) {
    if (q.kind !== 'direct' || q.scare || !isQuotedSubhead(text, paras, q)) continue;
    const words = norm(q.text);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
    const source = quotes.find((x) => x !== q && x.start >= q.end && !x.scare && x.speaker && re.test(norm(x.text)));
    if (source) {
      q.speaker = source.speaker;
      q.cue = source.cue;
      q.outlet = source.outlet;
      if (source.date) q.date = source.date;
    } else {
      q.speaker = null;
      q.cue = null;
      q.outlet = null;
    }
    n++;
  }
  return n;
}
