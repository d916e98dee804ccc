// Attribution frames: the cue and speaker phrase that attribute a quote — after it ("…," he said /
// said Mr X), before it (X said: "…", nearest cue for a partial quote), or "according to X".
import type { Token } from '../../doc/types.ts';
import type { QuoteLexicon } from './lexicon.ts';
import { clauseSubject, cueAt, npAfter, npBefore, isQuoteMark, type CueMatch, type TokRange } from './syntax.ts';
import type { View } from './units.ts';
import { Tree } from '../../doc/tree.ts';

export interface Frame {
  cue: CueMatch | null;
  speaker: TokRange | null;
  /** Unit (sentence) index holding the frame: where outlets and dates are looked for. */
  unit: number;
  /** The medium that reported the speaker's words, when the frame itself names it ("X quoted Y as saying"). */
  outlet?: TokRange;
}

const SKIPPABLE_LEAD = /^[,\u2014\u2013\u2015\-:;]$/;
const SKIP_BETWEEN = new Set(['ADV', 'AUX', 'PART']);
/** Most tokens of an apposition between a speaker's name and the cue after a quote. */
const MAX_APPOSITION = 24;

export function masked(v: View, i: number): boolean {
  return v.inQuote[i] >= 0;
}

export function cueIn(v: View, lex: QuoteLexicon, i: number): CueMatch | null {
  const tree = Tree.of(v.doc);
  return cueAt(v.tokens, i, lex, (k) => masked(v, k) || v.inName[k] === 1 || (tree !== null && determinedNoun(tree, k)));
}

/**
 * A cue word the parser read as a noun with a determiner or possessor of its own ("posted the following
 * comment:", "his call") or as a noun modifying the next one: a noun, not a cue verb, whatever the
 * word-order tagger said.
 */
function determinedNoun(tree: Tree, i: number): boolean {
  if (tree.upos[i] !== 'NOUN') return false;
  // …or a noun modifying the noun after it ("the education and support group")
  if (tree.rel(i) === 'compound' && tree.head(i) > i) return true;
  return tree.children(i).some((c) => c < i && (tree.rel(c) === 'det' || tree.rel(c) === 'nmod:poss'));
}

function ok(v: View, r: TokRange | null): r is TokRange {
  if (!r) return false;
  for (let i = r.a; i <= r.b; i++) if (masked(v, i)) return false;
  return true;
}

/** Speaker of a cue found at `c` in tokens [floor, ceil]. */
export function speakerOfCue(v: View, c: CueMatch, floor: number, ceil: number, unitStart: number): TokRange | null {
  const t = v.tokens;
  if (c.cue.phrase === 'according to') {
    const np = npAfter(t, c.b + 1, ceil);
    return ok(v, np) ? np : null;
  }
  // a passive cue ("was praised by Lee as …", "is claimed to be …"): the agent after "by", never the
  // subject, which is what was said or said of
  if (passiveCue(t, c, floor)) {
    let k = c.b + 1;
    while (k <= ceil && t[k].pos === 'ADV') k++;
    if (k > ceil || t[k].text.toLowerCase() !== 'by') return null;
    const agent = npAfter(t, k + 1, ceil);
    return ok(v, agent) ? agent : null;
  }
  let np = npBefore(t, c.a, floor);
  // "Protesters marching through the streets chanted", "A survey published in early May found": the
  // phrase right before the cue is a preposition's object; the subject is the phrase before the
  // participle that the preposition follows
  if (ok(v, np) && np.a - 2 >= floor && t[np.a - 1].pos === 'ADP' && t[np.a - 2].pos === 'VERB' && /(ing|ed)$/i.test(t[np.a - 2].text)) {
    const subj = npBefore(t, np.a - 2, floor);
    if (ok(v, subj) && t[subj.b].pos !== 'PRON') np = subj;
  }
  let j = c.a - 1;
  while (j >= floor && SKIP_BETWEEN.has(t[j].pos)) j--;
  const before = t[j];
  // "Dana Reyes, the campaign's press secretary, noted …": the name before the appositive
  if (!ok(v, np) && before?.text === ',' && j > floor) {
    for (let k = j - 1; k >= Math.max(floor, j - 14); k--) {
      if (masked(v, k)) break;
      if (t[k].text === ',') {
        const head = npBefore(t, k, floor);
        // an apposition holding a comma of its own ("Ann Lee, keeper of prints at the state college,
        // Ridgeford, said"): the name that opens the clause before it, when one does
        if (ok(v, head) && head.a > floor) {
          const opening = openingName(v, floor, head.a, j - MAX_APPOSITION);
          if (opening) return opening;
        }
        if (ok(v, head) && t.slice(head.a, head.b + 1).some((x) => x.pos === 'PROPN')) return head;
        // "the governor's spokesman, Tom Reyes, said": a role, then the name set off as its apposition
        const name = npBefore(t, j, k + 1);
        if (ok(v, head) && ok(v, name) && name.a === k + 1 && t.slice(name.a, name.b + 1).some((x) => x.pos === 'PROPN')) return name;
        break;
      }
    }
  }
  const participle = /ing$/i.test(t[c.a].text) && (!before || before.text === ',');
  if (!ok(v, np) && (!before || before.pos === 'CCONJ' || participle)) {
    np = clauseSubject(t, unitStart, c.a, (k) => masked(v, k));
    if (np && np.b >= c.a) np = null;
  }
  return ok(v, np) ? np : null;
}

const BE = /^(?:is|are|was|were|be|been|being)$/i;

/** Whether the cue at `c` is a one-word past participle after a form of "be" (adverbs between): a passive. */
function passiveCue(t: Token[], c: CueMatch, floor: number): boolean {
  if (c.a !== c.b || !/(?:ed|en|wn|ld|id|ght)$/i.test(t[c.a].text) || /ing$/i.test(t[c.a].text)) return false;
  let k = c.a - 1;
  while (k >= floor && t[k].pos === 'ADV') k--;
  return k >= floor && BE.test(t[k].text);
}

/**
 * A name (a phrase ending in a proper noun) opening the clause at `floor` and closed by a comma before token
 * `end`, with no verb or quotation between that comma and `end`; the search goes back no further than `limit`.
 */
function openingName(v: View, floor: number, end: number, limit: number): TokRange | null {
  const t = v.tokens;
  for (let k = end - 1; k > floor && k >= limit; k--) {
    if (masked(v, k) || t[k].pos === 'VERB' || t[k].pos === 'AUX') return null;
    if (t[k].text !== ',') continue;
    const name = npBefore(t, k, floor);
    // a name, not a role ("the council's member for schools, Ann Lee, said" is Ann Lee's)
    if (ok(v, name) && name.a === floor && t[name.b].pos === 'PROPN') return name;
  }
  return null;
}

/** "…," he said / "…," said Mr X / "…", Ms Truss, the foreign secretary, wrote. Tokens [from, to]. */
export function afterFrame(v: View, lex: QuoteLexicon, from: number, to: number): Frame | null {
  return quotedAs(v, afterCue(v, lex, from, to));
}

function afterCue(v: View, lex: QuoteLexicon, from: number, to: number): Frame | null {
  const t = v.tokens;
  let k = from;
  while (k <= to && SKIPPABLE_LEAD.test(t[k].text)) k++;
  if (k > to || masked(v, k)) return null;
  const unit = v.unitOf[k];
  const cue = cueIn(v, lex, k);
  if (cue) {
    // "said the minister", "said Mr X"
    const np = npAfter(t, cue.b + 1, to);
    return ok(v, np) ? { cue, speaker: np, unit } : null;
  }
  const np = npAfter(t, k, to);
  if (!ok(v, np)) return null;
  // "“…” ― Pamela Padilla": a dash and a name closing the sentence
  if (k > from && /[\u2014\u2015\u2013-]$/.test(t[k - 1].text) && np.b >= to - 1 && t.slice(np.a, np.b + 1).some((x) => x.pos === 'PROPN')) {
    return { cue: null, speaker: np, unit };
  }
  let j = np.b + 1;
  let skipped = 0;
  while (j <= to && SKIP_BETWEEN.has(t[j].pos) && skipped < 3) {
    j++;
    skipped++;
  }
  if (j > to) return null;
  const c = cueIn(v, lex, j);
  if (c && c.cue.phrase !== 'according to') return { cue: c, speaker: np, unit };
  // appositive: "…," Ms Truss, the foreign secretary, wrote. — the cue right after the apposition's
  // closing comma; a cue inside it ("a lawyer who advised the firm") is passed over
  if (t[j].text === ',') {
    for (let m = j + 1; m <= Math.min(to, j + MAX_APPOSITION); m++) {
      if (masked(v, m)) break;
      const c2 = cueIn(v, lex, m);
      if (c2) {
        let p = m - 1;
        while (p > j && SKIP_BETWEEN.has(t[p].pos)) p--;
        if (t[p].text === ',') return { cue: c2, speaker: np, unit };
      }
    }
  }
  return null;
}

/** The nearest cue before token `to` (inclusive) back to `from`, with its speaker. */
export function beforeFrame(v: View, lex: QuoteLexicon, from: number, to: number): Frame | null {
  return quotedAs(v, beforeCue(v, lex, from, to));
}

function beforeCue(v: View, lex: QuoteLexicon, from: number, to: number): Frame | null {
  // a passive cue with no agent ("it was labeled “…”") frames the quote with no speaker when no cue
  // before it names one
  let agentless: Frame | null = null;
  for (let i = to; i >= from; i--) {
    if (masked(v, i)) continue;
    const c = cueIn(v, lex, i);
    if (!c || c.b > to + 1) continue;
    const unitStart = v.units[v.unitOf[i]].a;
    const sp = speakerOfCue(v, c, Math.max(from, unitStart), to, unitStart);
    if (sp) return { cue: c, speaker: sp, unit: v.unitOf[i] };
    if (!agentless && passiveCue(v.tokens, c, Math.max(from, unitStart))) agentless = { cue: c, speaker: null, unit: v.unitOf[i] };
  }
  return agentless;
}

/** Words after "as" that make the phrase before it the one quoted ("quoted the minister as saying"). */
const QUOTED_AS = /^(?:saying|telling|stating|writing|having|adding|warning)$/i;

/**
 * "Detik.com quoted Djamal as saying", "the paper quotes an aide as saying:": the cue "quote" names the
 * medium as its subject and the speaker as its object; the frame's speaker becomes its outlet. Any other
 * frame is returned unchanged.
 */
function quotedAs(v: View, f: Frame | null): Frame | null {
  if (!f?.cue || f.cue.cue.phrase !== 'quote' || !/^quot/i.test(v.tokens[f.cue.a].text)) return f;
  const t = v.tokens;
  const end = v.units[f.unit].b;
  const np = npAfter(t, f.cue.b + 1, end);
  if (!ok(v, np) || np.b + 2 > end || t[np.b + 1].text.toLowerCase() !== 'as' || !QUOTED_AS.test(t[np.b + 2].text)) return f;
  return { cue: f.cue, speaker: np, unit: f.unit, ...(f.speaker ? { outlet: f.speaker } : {}) };
}

/** The first cue in tokens [from, to] with a speaker before or after it (partial quotes' later frame). */
export function laterFrame(v: View, lex: QuoteLexicon, from: number, to: number, unitStart: number): Frame | null {
  for (let i = from; i <= to; i++) {
    if (masked(v, i)) continue;
    const c = cueIn(v, lex, i);
    if (!c) continue;
    const sp = speakerOfCue(v, c, from, to, unitStart) ?? (ok(v, npAfter(v.tokens, c.b + 1, to)) ? npAfter(v.tokens, c.b + 1, to) : null);
    if (sp) return quotedAs(v, { cue: c, speaker: sp, unit: v.unitOf[i] });
  }
  return null;
}

/**
 * Headline style "Truss: “…”": a proper-noun phrase right before a colon, when it opens its clause (a
 * phrase after a verb is its object: "Mr Lee thanked the staff of the Royal Hospital: “…”" is Mr Lee's).
 */
export function colonFrame(v: View, colon: number, floor: number): Frame | null {
  const np = npBefore(v.tokens, colon, floor);
  const opens = (r: TokRange) => !v.tokens.slice(floor, r.a).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (ok(v, np) && opens(np) && v.tokens.slice(np.a, np.b + 1).some((x: Token) => x.pos === 'PROPN')) {
    return { cue: null, speaker: np, unit: v.unitOf[colon] };
  }
  // "Caddell continued:", "The president is rolling out a new message:" — the clause's subject
  const subj = clauseSubject(v.tokens, floor, colon, (k) => masked(v, k));
  if (ok(v, subj) && !/^(it|this|that|there)$/i.test(v.tokens[subj.b].text)) return { cue: null, speaker: subj, unit: v.unitOf[colon] };
  return null;
}

export function isPunct(t: Token): boolean {
  return t.pos === 'PUNCT' || isQuoteMark(t);
}
