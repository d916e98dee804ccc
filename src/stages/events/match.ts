// Matching compiled patterns against the chunked token layer: finds triggers by lemma, walks the
// template after them, fills SOURCE and TARGET from the clause (subject, object, passive "by", noun
// possessor or light verb) and returns candidate events with their evidence and mode.
import type { Doc, EventParty, Quote, Span, Token } from '../../doc/types.ts';
import { byAgent, isVerb, npsFrom, sentenceRange, subjectOf, type Analysis, type NP, type VerbGroup } from './chunks.ts';
import { groupMode, type BaseMode } from './mode.ts';
import { partyOf, partyOfActor, possessorOf, resolveNP, type PartyIndex, type Resolved } from './parties.ts';
import type { Pattern, PatternIndex, Step } from './patterns.ts';

export interface Candidate {
  pattern: Pattern;
  source: EventParty;
  target: EventParty;
  trigger: Span & { text: string };
  triggerToken: number;
  sentence: number;
  baseMode: BaseMode;
  quote: number | null;
  /** When the source/target comes from a rule resolved after matching ("accuser"). */
  pendingTarget?: 'accuser';
}

interface Bindings {
  S?: NP[];
  T?: NP[];
  end?: number;
}

const STOP = new Set(['.', ';', ':', '?', '!']);

function matchSteps(a: Analysis, steps: Step[], si: number, pos: number, end: number, b: Bindings): Bindings | null {
  if (si === steps.length) return { ...b, end: pos };
  const step = steps[si];
  const { tokens } = a;
  // Adverbs may sit anywhere between template words ("accused Poland publicly of").
  const skipAdv = (p: number) => {
    while (p < end && tokens[p].pos === 'ADV' && tokens[p].lemma !== 'not') p++;
    return p;
  };
  switch (step.kind) {
    case 'word': {
      const p = step.alts.includes('-') ? pos : skipAdv(pos);
      if (p < end && (step.alts.includes(tokens[p].lemma) || step.alts.includes(tokens[p].text.toLowerCase()))) {
        const r = matchSteps(a, steps, si + 1, p + 1, end, b);
        if (r) return r;
      }
      return step.optional ? matchSteps(a, steps, si + 1, pos, end, b) : null;
    }
    case 'verb': {
      const p = skipAdv(pos);
      return p < end && isVerb(tokens[p]) ? matchSteps(a, steps, si + 1, p + 1, end, b) : null;
    }
    case 'slot': {
      let p = skipAdv(pos);
      if (p < end && /^[“"‘]$/.test(tokens[p].text) && a.npOf[p] < 0) p++;
      const nps = npsFrom(a, p, end);
      if (!nps.length) return null;
      return matchSteps(a, steps, si + 1, nps[nps.length - 1].end, end, { ...b, [step.role]: nps });
    }
    case 'gap': {
      for (let n = 0; n <= step.max && pos + n <= end; n++) {
        if (n > 0) {
          const t = tokens[pos + n - 1];
          if (STOP.has(t.text) || t.pos === 'SCONJ' || (t.text.toLowerCase() === 'that' && t.pos !== 'DET')) break;
        }
        const r = matchSteps(a, steps, si + 1, pos + n, end, b);
        if (r) return r;
      }
      return null;
    }
  }
}

export interface MatchContext {
  doc: Doc;
  a: Analysis;
  idx: PartyIndex;
  patterns: PatternIndex;
  quotes: Quote[];
}

/** The quote whose content span contains `pos`, as an index, or -1. */
export function quoteAt(quotes: Quote[], pos: number): number {
  let best = -1;
  for (let q = 0; q < quotes.length; q++) {
    const x = quotes[q];
    if (x.start <= pos && pos < x.end && (best < 0 || x.end - x.start < quotes[best].end - quotes[best].start)) best = q;
  }
  return best;
}

function resolveAll(ctx: MatchContext, nps: NP[] | undefined): Resolved[] {
  if (!nps) return [];
  const out: Resolved[] = [];
  for (const np of nps) {
    const r = resolveNP(ctx.a, ctx.idx, np);
    if (r) out.push(r);
  }
  return out;
}

function npText(ctx: MatchContext, nps: NP[] | undefined): { text: string; start: number; end: number } | null {
  if (!nps?.length) return null;
  const t = ctx.a.tokens;
  const start = t[nps[0].start].start;
  const end = t[nps[nps.length - 1].end - 1].end;
  return { start, end, text: ctx.doc.text.slice(start, end) };
}

function sameActor(x: EventParty, y: EventParty): boolean {
  if (x.actor && y.actor) return x.actor === y.actor;
  return false;
}

/** Find every candidate event in the document, in text order. */
export function findCandidates(ctx: MatchContext): Candidate[] {
  const out: Candidate[] = [];
  const { a, patterns } = ctx;
  const { tokens } = a;
  const words = new Map<number, Set<string>>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const list = patterns.byLemma.get(t.lemma) ?? patterns.byLemma.get(t.text.toLowerCase());
    if (!list) continue;
    const isV = t.pos === 'VERB';
    const isN = t.pos === 'NOUN' || t.pos === 'PROPN';
    if (!isV && !isN) continue;
    for (const p of list) {
      if ((p.kind === 'verb') !== isV) continue;
      if (p.kind === 'verb' && !hasRequiredWords(a, p, t.sentence, words)) continue;
      const found = p.kind === 'verb' ? matchVerb(ctx, p, i) : matchNoun(ctx, p, i);
      if (found.length) {
        out.push(...found);
        break;
      }
    }
  }
  return out;
}

/** Cheap prefilter: every required template word occurs somewhere in the sentence. */
function hasRequiredWords(a: Analysis, p: Pattern, sentence: number, cache: Map<number, Set<string>>): boolean {
  if (!p.required.length) return true;
  let set = cache.get(sentence);
  if (!set) {
    set = new Set();
    for (let k = a.sentStart[sentence]; k < a.sentEnd[sentence]; k++) {
      set.add(a.tokens[k].lemma);
      set.add(a.tokens[k].text.toLowerCase());
    }
    cache.set(sentence, set);
  }
  for (const alts of p.required) if (!alts.some((w) => set!.has(w))) return false;
  return true;
}

function triggerSpan(ctx: MatchContext, i: number, end: number): Span & { text: string } {
  const t = ctx.a.tokens;
  // The trigger covers the trigger word and any particle written right after it in the template.
  const start = t[i].start;
  const stop = t[Math.max(i, end)].end;
  return { start, end: stop, text: ctx.doc.text.slice(start, stop) };
}

/** Index of the last token of the template's words written right after the trigger ("called on", "build-up"). */
function particleEnd(a: Analysis, p: Pattern, i: number): number {
  let k = i;
  for (const s of p.steps) {
    if (s.kind !== 'word' || s.optional) break;
    const n = k + 1;
    if (n >= a.tokens.length) break;
    if (!(s.alts.includes(a.tokens[n].lemma) || s.alts.includes(a.tokens[n].text.toLowerCase()))) break;
    k = n;
  }
  return k;
}

function matchVerb(ctx: MatchContext, p: Pattern, i: number): Candidate[] {
  const { a } = ctx;
  const g = a.groupAt.get(i);
  if (!g) return [];
  const [, end] = sentenceRange(a, i);
  let steps = p.steps;
  const passive = g.passive && p.passive !== 'none';
  if (g.passive && p.passive === 'none') return [];
  if (passive && p.passive === 'swap') {
    if (!p.objectIsTarget) return [];
    steps = steps.slice(1);
  }
  const b = matchSteps(a, steps, 0, i + 1, end, {});
  if (!b) return [];
  const subj = subjectOf(a, g).subject;
  let sourceNPs: NP[] | undefined;
  let targetNPs: NP[] | undefined;
  if (passive) {
    const agent = byAgent(a, i + 1, end);
    if (p.passive === 'swap') {
      sourceNPs = agent.length ? agent : b.S;
      targetNPs = subj?.nps;
    } else {
      sourceNPs = agent.length ? agent : subj?.nps;
      targetNPs = b.T;
    }
  } else if (p.frame === 'speaker') {
    targetNPs = subj?.nps;
  } else if (p.hasS && !p.hasT) {
    sourceNPs = b.S;
    targetNPs = subj?.nps;
  } else {
    sourceNPs = b.S ?? subj?.nps;
    targetNPs = b.T;
  }
  const mode = groupMode(a, g);
  const trig = triggerSpan(ctx, i, particleEnd(a, p, i));
  return build(ctx, p, i, trig, sourceNPs, targetNPs, mode, g);
}

/** The verb group whose object (possibly after one preposition: "called for") is the NP at `npStart`. */
function governingGroup(a: Analysis, npStart: number, sentStart: number): { g: VerbGroup; viaPrep: boolean } | null {
  let k = npStart - 1;
  let viaPrep = false;
  if (k >= sentStart && a.tokens[k].pos === 'ADP') {
    viaPrep = true;
    k--;
  }
  while (k >= sentStart && (a.tokens[k].pos === 'ADV' || a.tokens[k].pos === 'PART')) k--;
  const g = k >= sentStart ? a.groupAt.get(k) : undefined;
  return g ? { g, viaPrep } : null;
}

function matchNoun(ctx: MatchContext, p: Pattern, i: number): Candidate[] {
  const { a, idx } = ctx;
  const [sentStart, end] = sentenceRange(a, i);
  const npIdx = a.npOf[i];
  const npStart = npIdx >= 0 ? a.nps[npIdx].start : i;
  const receiver = governingGroup(a, npStart, sentStart);
  const receives = !!receiver && !receiver.viaPrep && a.lex.has('receive-verb', a.tokens[receiver.g.verb].lemma);
  // "Iran faces sanctions from the EU": with a receive verb the target is its subject, so the template's
  // target slot may be absent.
  const b = matchSteps(a, p.steps, 0, i + 1, end, {}) ?? (receives ? { end: i + 1 } : null);
  if (!b) return [];
  const np = npIdx >= 0 ? a.nps[npIdx] : { start: i, end: i + 1, head: i };
  let source: Resolved[] = [];
  let targetNPs = b.T;
  let extraTarget: Resolved[] = [];
  const agent = byAgent(a, np.end, Math.min(end, np.end + 3));
  if (agent.length) source = resolveAll(ctx, agent);
  let mode: BaseMode = 'asserted';
  const gov = governingGroup(a, np.start, sentStart);
  if (gov) {
    const lemma = a.tokens[gov.g.verb].lemma;
    const gm = groupMode(a, gov.g);
    if (a.lex.has('denial', lemma) && !gov.viaPrep) mode = 'negated';
    else if (a.lex.has('irrealis-governor', lemma) && !a.lex.has('give-verb', lemma)) mode = 'hypothetical';
    else if (!gov.viaPrep) mode = gm;
    // Under a preposition ("retaliate against the bloc's sanctions") the noun event is presupposed: asserted.
    if (a.lex.has('receive-verb', lemma) && !gov.viaPrep) {
      // "Iran faces sanctions from the EU": the subject is the target; the source comes after "from/by".
      const subj = subjectOf(a, gov.g).subject;
      if (!b.T && subj) extraTarget = resolveAll(ctx, subj.nps);
      if (!source.length) {
        for (let k = np.end; k < end && k < np.end + 4; k++) {
          if (a.tokens[k].text.toLowerCase() === 'from' && a.npOf[k + 1] >= 0) {
            source = resolveAll(ctx, npsFrom(a, k + 1, end));
            break;
          }
        }
      }
      if (!source.length) return [];
    }
  }
  if (!source.length) {
    const poss = possessorOf(a, idx, np, i);
    const viaPronoun = poss.pronoun || poss.resolved?.mention.via === 'pronoun';
    if (poss.resolved && !viaPronoun) source = [poss.resolved];
    else if (viaPronoun) {
      // "Putin warned Belarus over its threats": an unresolved possessive pronoun refers back to the
      // nearest actor named before it in the sentence.
      for (let k = np.start - 1; k >= sentStart; k--) {
        if (a.npOf[k] < 0) continue;
        const r = resolveNP(a, idx, a.nps[a.npOf[k]]);
        if (r) {
          source = [r];
          break;
        }
        k = a.nps[a.npOf[k]].start;
      }
      if (!source.length && poss.resolved) source = [poss.resolved];
    }
  }
  if (!source.length && gov && !gov.viaPrep && a.lex.has('give-verb', a.tokens[gov.g.verb].lemma)) {
    const subj = subjectOf(a, gov.g).subject;
    if (subj) source = resolveAll(ctx, subj.nps);
  }
  if (!source.length) return [];
  const trig = triggerSpan(ctx, i, particleEnd(a, p, i));
  const targets = extraTarget.length ? extraTarget : null;
  return buildResolved(ctx, p, i, trig, source, targets, targetNPs, mode);
}

function build(
  ctx: MatchContext,
  p: Pattern,
  i: number,
  trig: Span & { text: string },
  sourceNPs: NP[] | undefined,
  targetNPs: NP[] | undefined,
  mode: BaseMode,
  g: VerbGroup,
): Candidate[] {
  let sources: Resolved[];
  const q = quoteAt(ctx.quotes, trig.start);
  if (p.frame === 'speaker') {
    if (q < 0) return [];
    const party = partyOfActor(ctx.idx, ctx.quotes[q].speaker?.actor ?? null);
    if (!party) return [];
    const sp = ctx.quotes[q].speaker!;
    party.start = sp.start;
    party.end = sp.end;
    party.text = sp.text;
    sources = [{ party, mention: { start: sp.start ?? 0, end: sp.end ?? 0, text: sp.text, actor: party.actor!, confidence: 1, via: 'name' } }];
    // The accusation is the speech act; only a negated description ("he is not using …") cancels it.
    mode = g.negated ? 'negated' : 'asserted';
  } else {
    sources = resolveAll(ctx, sourceNPs);
  }
  if (!sources.length) return [];
  return buildResolved(ctx, p, i, trig, sources, null, targetNPs, mode);
}

function buildResolved(
  ctx: MatchContext,
  p: Pattern,
  i: number,
  trig: Span & { text: string },
  sources: Resolved[],
  presetTargets: Resolved[] | null,
  targetNPs: NP[] | undefined,
  mode: BaseMode,
): Candidate[] {
  const tok: Token = ctx.a.tokens[i];
  const q = quoteAt(ctx.quotes, trig.start);
  const out: Candidate[] = [];
  let targets: (EventParty | null)[] = [];
  if (presetTargets) targets = presetTargets.map((r) => r.party);
  else if (p.target === 'accuser') targets = [null];
  else {
    targets = resolveAll(ctx, targetNPs).map((r) => r.party);
    if (!targets.length && p.self === 'fallback' && targetNPs?.length) {
      const span = npText(ctx, targetNPs)!;
      if (targetNPs.some((np) => ctx.a.tokens.slice(np.start, np.end).some((t) => ctx.a.lex.has('domestic', t.lemma)))) {
        targets = sources.map((s) => ({ actor: null, country: s.party.country, sector: null, ...span }));
      }
    }
  }
  if (!targets.length) return out;
  for (const s of sources) {
    for (const t of targets) {
      if (t && sameActor(s.party, t) && !p.self) continue;
      out.push({
        pattern: p,
        source: s.party,
        target: t ?? { actor: null, country: null, sector: null },
        trigger: trig,
        triggerToken: i,
        sentence: tok.sentence,
        baseMode: mode,
        quote: q >= 0 ? q : null,
        pendingTarget: t ? undefined : 'accuser',
      });
    }
  }
  return out;
}

export { partyOf };
