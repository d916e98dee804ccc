// In-document coreference for pronouns and "the country": each pronoun goes to the best earlier actor
// mention of a compatible kind (gender from the registry, honorific or given name; persons for
// he/she, countries/organisations for it, groups for they), scored by sentence distance, subject
// position, salience and quotation: inside a quote, a third-person pronoun is not the quote's speaker;
// outside, mentions inside quotes are weaker antecedents. "its" before a noun naming what a state has
// or does to its own people (lexicon class state-possessed: crackdown, army, border) prefers a country
// that is the object in the same sentence. A "he"/"she" attributing a quotation ("…,” she said; "She
// added: “…") counts its distance over the narrative only, not the quoted sentences between, so it
// reaches who spoke before a long quotation; a pronoun antecedent of the other gender ("she" for "he")
// is never taken. The subject "it" of a reported clause prefers the reporting verb's subject ("X
// promised that it would …"). "The country" and "the group" resolved to an earlier actor are antecedents in turn.
// A pleonastic "it" ("it seems", "it is likely that", "found it hard to") gets none, nor one standing
// for a thing: after a thing subject, or the passive subject of a participle for a made thing. Looking back
// for that subject, one the pronoun cannot agree with (a person for "it", the other number) is passed
// over; a "their" whose clause's subject is a plural noun naming no actor is that noun's; inside a
// quotation that goes on, the quoted clause of the sentence before is its main clause. Results are
// Mentions with via 'pronoun'. A definite epithet that is a clause subject
// ("the New York businessman said", "the Republican nominee argued"; singular heads of lexicon class
// epithet-noun, whose gender they carry) takes the antecedent a pronoun would, from the narrative only,
// never a person the text names after another party's word; a title ("the mayor", lexicon class
// epithet-title, with any rank of class title-rank) only a person the text gave that title before, or,
// under a party word ("the GOP nominee"), one the registry gives a role held for that party on the
// document's date that the title names (a candidacy); a Mention with via 'definite'. A title or a gendered
// epithet may stand outside a subject too. "The <noun>" of a person the text described by that noun (the noun
// right before the name, or heading an apposition to it: "mother Ana Lopes", "Ana Lopes, an expert in …")
// is the most recent person so described, in any position (describedPerson). "The company", "the
// Church" (heads of lexicon class definite-org-head, with a sector) is the most recent organisation of
// that sector named before it, when no other of that sector competes in that mention's sentence. A "they"
// whose best antecedent is a coordination of actors ("Ana Lopes and Tomas Berg") stands for the group actor
// of the country and sector all conjuncts share, or for no actor, never one of the conjuncts. An argument
// reflexive ("turned himself in") is its clause's subject's, control and sharing resolved on the tree, or no
// actor's when that subject is a noun naming none; a country named only by a demonym adjective or compound
// modifier ("an Italian court") is no antecedent; a possessive prefers the subject of its own clause
// ("forced the firm to lower its prices") (measured on GUM's coreference: src/eval/gum-coref.ts). "The coalition"
// (a head of lexicon class name-head) is the one organisation the text named before by a name ending in that
// word ("the London Homeless Coalition"); none when two such names compete. A trained
// ranker (coref-ranker.ts), when EVENTLINE_COREF_MODEL names one, weighs each pronoun's chosen actor against
// no antecedent, or chooses among the candidate actors.
import type { MentionVia, Span, Token } from '../../doc/types.ts';
import { opensUpper } from '../../doc/letters.ts';
import { tokenIndexFrom } from '../../doc/doc.ts';
import { lowerTexts } from '../../doc/token-views.ts';
import type { DocActors } from './resolve.ts';
import { isPartyTag } from './name-fragments.ts';
import { partyOn, roleHolds } from './registry.ts';
import { groupActor, use } from './resolve.ts';
import { corefModel, corefRecorder, NULL_ACTOR, rankBest, type RankCandidate } from './coref-ranker.ts';
import type { Tree } from '../../doc/tree.ts';
import { PERSON_NOUNS } from './person-context.ts';

interface Ante {
  start: number;
  end: number;
  a: number;
  b: number;
  actor: string;
  sentence: number;
  subject: boolean;
  inQuote: number; // index of the quote region, or -1
  /** A demonym adjective that only modifies a noun outside it ("an American flag", "Canadian cities"): no antecedent. */
  modifier?: boolean;
  /** How the mention was found (a feature of the trained ranker). */
  via?: MentionVia;
}


/** Quote regions [start, end) from paired quotation marks within a paragraph. */
export function quoteRegions(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /“[^”\n]*”|"[^"\n]*"|«[^»\n]*»|''(?:[^'\n]|'(?!'))*''/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function regionOf(regions: { start: number; end: number }[], pos: number): number {
  for (let i = 0; i < regions.length; i++) if (regions[i].start <= pos && pos < regions[i].end) return i;
  return -1;
}

/** Whether the span [a, b) is a clause subject: a verb follows before any other noun phrase. */
function isSubject(tokens: Token[], a: number, b: number): boolean {
  const prev = tokens[a - 1];
  if (prev && prev.sentence === tokens[a].sentence && (prev.pos === 'ADP' || prev.pos === 'VERB')) return false;
  for (let k = b; k < tokens.length && k < b + 6; k++) {
    const t = tokens[k];
    if (t.sentence !== tokens[a].sentence) return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
    if (t.pos === 'ADV' || t.pos === 'PART') continue;
    if (t.pos === 'PUNCT' && t.text === ',') continue; // appositive "Mr X, the minister, said"
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'DET' || t.pos === 'ADJ') continue;
    return false;
  }
  return false;
}

const ARTICLES = new Set(['a', 'an', 'the', 'one', 'this', 'that']);

/**
 * Whether the noun at n ("team" of "the team") headed a phrase of its own since sentence `from`, before n:
 * the same noun with an article ("A robotics team from Herat arrived at the Kennedy Center … the team"),
 * not a possessor ("the company's"), a modifier ("company policy"), an apposition or one's head ("the
 * firm, Veltrix,"), nor possessed ("their company", "its parent company, EADS"), and in no mention nor naming an
 * organisation by a compound ("the Rotary organization"; "the Kenyan team" names none): "the team" goes back to that phrase, not to
 * the organisation named after it (read on the tree).
 */
function ownPhraseBefore(st: DocActors, n: number, from: number, antes: Ante[]): boolean {
  const { tokens, tree } = st;
  if (!tree) return false;
  const noun = tokens[n].lemma || tokens[n].text.toLowerCase();
  for (let k = n - 2; k >= 0 && tokens[k].sentence >= from; k--) {
    const t = tokens[k];
    if (t.pos !== 'NOUN' || (t.lemma || t.text.toLowerCase()) !== noun) continue;
    const rel = tree.baseRel(k);
    if (rel === 'compound' || tree.rel(k) === 'nmod:poss' || rel === 'appos' || tree.possessor(k) >= 0 || tree.appositions(k).length) continue;
    if (!tree.children(k, 'det').some((d) => ARTICLES.has(tokens[d].text.toLowerCase()))) continue;
    // in a mention, or a description of a named one ("the Rotary organization")
    const named = (j: number, body: boolean) => antes.some((x) => x.a <= j && j < x.b && (!body || /^(?:org|igo):/.test(x.actor)));
    if (named(k, false) || tree.children(k, new Set(['compound', 'flat'])).some((j) => named(j, true))) continue;
    return true;
  }
  return false;
}

/**
 * The least score a they/them/their antecedent needs: an organisation named by a singular name
 * (compatibility 0.6) only in its own or the previous sentence's subject, or in its own sentence; a
 * plural group noun within two sentences, or as a subject within three.
 */
const THEY_MIN_SCORE = 0.5;

/**
 * Per span, whether another span holds it and is longer (starts before it or ends after it): one sort
 * and one sweep instead of every span against every other.
 */
export function strictlyInside(spans: readonly Span[]): Uint8Array {
  const out = new Uint8Array(spans.length);
  const order = spans.map((_, i) => i).sort((x, y) => spans[x].start - spans[y].start || spans[y].end - spans[x].end);
  // the furthest end of the spans that start before the current start
  let before = -Infinity;
  for (let k = 0; k < order.length; ) {
    const start = spans[order[k]].start;
    // (the first span of a start ends furthest: it holds the others of that start that end sooner)
    const widest = spans[order[k]].end;
    for (; k < order.length && spans[order[k]].start === start; k++) {
      const end = spans[order[k]].end;
      if (before >= end || widest > end) out[order[k]] = 1;
    }
    if (widest > before) before = widest;
  }
  return out;
}

export function resolvePronouns(st: DocActors): void {
  const { tokens, ix, doc } = st;
  const regions = quoteRegions(doc.text);
  const antes: Ante[] = [];
  // Longest mentions only: the "UK" inside "the UK foreign secretary" is not an antecedent.
  const nested = strictlyInside(st.mentions);
  st.mentions.forEach((m, i) => {
    const { a, b } = st.mentionTokens[i];
    // nor is a party-and-state tag ("Sen. Ana Lopes (D-Mass.)"), which only qualifies the name before it
    if (nested[i] || isPartyTag(m.text)) return;
    antes.push({ start: m.start, end: m.end, a, b, actor: m.actor, sentence: tokens[a].sentence, subject: isSubject(tokens, a, b), inQuote: regionOf(regions, m.start), via: m.via, modifier: m.via === 'demonym' && st.actors.get(m.actor)?.kind === 'country' && demonymModifier(st, a, b) });
  });
  antes.sort((x, y) => x.start - y.start);
  const counts = new Map<string, number>();
  const mentioned = new Set(st.mentions.map((m) => m.start));
  const along = narrativeIndex(tokens, regions);

  // outlets named as where something was told or read ("told CNN", "according to Reuters"), by first token
  const channels = new Set(antes.filter((c) => st.actors.get(c.actor)?.sector === 'MED' && channel(st, c.a, c.b)).map((c) => c.a));

  const compatible = (kind: 'he' | 'she' | 'it' | 'they', actor: string, ante?: Ante): number => {
    const a = st.actors.get(actor);
    if (!a) return 0;
    if (kind === 'he' || kind === 'she') {
      if (a.kind !== 'person') return 0;
      const g = st.gender.get(actor) ?? null;
      if (g === null) return 0.8;
      return (g === 'm') === (kind === 'he') ? 1 : 0;
    }
    // A group named by a singular head ("the ministry", "the White House") is "it"; a plural one
    // ("Polish troops") is "they".
    const head = ante ? tokens[ante.b - 1] : null;
    const plural = head ? head.pos !== 'PRON' && inflectedPlural(head) : false;
    // (a plural noun with no -s, "the police", "the Cuban people", is no "it" either; for "they" it
    // keeps a singular head's score: measured, docs/entities.md 2026-12-05)
    // An "it" refers to no group a plural head names ("activists", "Americans", "the police") nor to one
    // person a group's head noun names ("the mayor", "a dissident": lexicon class person-head).
    if (kind === 'it') {
      if (a.kind === 'country' || a.kind === 'igo' || a.kind === 'org') return 1;
      if (a.kind !== 'group') return 0;
      if (!head || head.pos === 'PRON') return 0.9;
      const low = head.text.toLowerCase();
      const many = plural || ix.lexicon.pluralNoun.has(low) || (head.pos === 'PROPN' && /[^su]s$/i.test(head.text));
      return many || ix.lexicon.personHead.has(low) ? 0 : 0.9;
    }
    return a.kind === 'group' ? (plural ? 1 : 0.6) : a.kind === 'org' && !venue(st, a.name) ? 0.6 : 0;
  };

  /** A mention of `actor` over tokens [a, b), which later pronouns may refer back to (an antecedent; a
   * subject only where `subject` allows and the words stand as one). */
  const link = (a: number, b: number, actor: string, confidence: number, via: MentionVia, subject = true) => {
    const start = tokens[a].start, end = tokens[b - 1].end;
    st.mentions.push({ start, end, text: doc.text.slice(start, end), actor, confidence, via });
    st.mentionTokens.push({ a, b });
    // (kept in order of start: placed after every antecedent starting at or before it, as a stable sort
    // of the list with it pushed last would)
    let at = antes.length;
    while (at > 0 && antes[at - 1].start > start) at--;
    antes.splice(at, 0, { start, end, a, b, actor, sentence: tokens[a].sentence, subject: subject && isSubject(tokens, a, b), inQuote: regionOf(regions, start), via });
  };

  // the mentions that speak a quotation ("…,” Ms Truss wrote; "X said: “…"), by start: a feature of the ranker
  let speakerStarts: Set<number> | null = null;
  const speakers = () => (speakerStarts ??= quoteSpeakers(tokens, antes, regions));
  /**
   * The trained ranker's candidates (coref-ranker.ts) for the pronoun at token i: one per actor of the pool
   * (the mentions `best` let through, in text order), most recent first, described by the actor's nearest
   * mention and the pool's other mentions of it.
   */
  const rankCandidates = (pool: readonly Pooled[], kind: 'he' | 'she' | 'it' | 'they', i: number, sentence: number, quote: number, spans: boolean, ruleTop: number): RankCandidate[] => {
    const byActor = new Map<string, Pooled[]>();
    for (const p of pool) {
      const list = byActor.get(p.c.actor);
      if (list) list.push(p);
      else byActor.set(p.c.actor, [p]);
    }
    const order = [...byActor.values()].sort((x, y) => y[y.length - 1].c.start - x[x.length - 1].c.start);
    const { tree } = st;
    const form = pronounForm(tokens[i].text.toLowerCase());
    const prole = tree ? roleOf(tree, i) : 'none';
    const pclause = tree ? tree.predicateAbove(i) : -1;
    const pos = tokens[i].start;
    const out = order.map((ms, r): RankCandidate => {
      const near = ms[ms.length - 1];
      const c = near.c;
      const f: string[] = [];
      // (each feature alone: measured with the pronoun's kind joined to each as well, the held-out figures were no better)
      const add = (x: string) => f.push(x);
      add(`gap=${near.gap}`);
      add(`rank=${Math.min(r, 4)}`);
      let between = 0;
      for (const x of antes) if (x.start > c.start && x.start < pos && !x.modifier) between++;
      add(`mdist=${between < 3 ? between : between < 5 ? '3-4' : between < 9 ? '5-8' : '9+'}`);
      add(`subj=${c.subject}`);
      if (ms.some((p) => p.c.subject)) add('anySubj');
      add(`sal=${Math.min(3, ms.length)}`);
      add(`prior=${Math.min(4, near.salience)}`);
      add(`quote=${quote >= 0 ? 1 : 0}${c.inQuote >= 0 ? 1 : 0}${quote >= 0 && quote === c.inQuote ? 1 : 0}`);
      add(`comp=${near.comp}`);
      const a = st.actors.get(c.actor);
      add(`kind=${a?.kind ?? 'none'}`);
      add(`kind=${a?.kind ?? 'none'}|form=${form}`);
      add(`via=${c.via ?? 'none'}`);
      add(`form=${form}|subj=${c.subject}`);
      if (near.reporterHit) add('reporter');
      if (near.objectHit) add('object');
      if (tree) {
        const h = tree.spanHead(c.a, c.b);
        const crole = h >= 0 ? roleOf(tree, h) : 'none';
        add(`crole=${crole}`);
        add(`roles=${crole}>${prole}`);
        if (crole === prole) add('parallel');
        if (c.sentence === sentence && h >= 0 && pclause >= 0 && tree.predicateAbove(h) === pclause) add('clause');
      }
      if (speakers().has(c.start)) add(`speaker|quote=${quote >= 0}`);
      if (kind === 'he' || kind === 'she') add(`gender=${st.gender.get(c.actor) ? 'known' : 'unknown'}`);
      // the span the evaluation reads back to: the actor's nearest mention of all (a nested one too)
      let start = c.start, end = c.end;
      if (spans) for (const m of st.mentions) if (m.actor === c.actor && m.start < pos && m.start > start) ({ start, end } = m);
      return { actor: c.actor, start, end, features: f };
    });
    // no antecedent: the pronoun is left unlinked (NULL_ACTOR) when this outweighs every actor
    const f: string[] = [];
    const add = (x: string) => f.push(x, `${x}|${kind}`);
    add('null');
    add(`null|form=${form}`);
    add(`null|word=${tokens[i].text.toLowerCase()}`);
    add(`null|top=${ruleTop < 0.5 ? 'low' : ruleTop < 1 ? 'mid' : ruleTop < 1.4 ? 'high' : 'top'}`);
    add(`null|actors=${Math.min(3, order.length)}`);
    add(`null|quote=${quote >= 0}`);
    add(`null|gap=${Math.min(...pool.map((p) => p.gap))}`);
    add(`null|role=${prole}`);
    out.push({ actor: NULL_ACTOR, start: -1, end: -1, features: f });
    return out;
  };

  const best = (kind: 'he' | 'she' | 'it' | 'they', pos: number, sentence: number, exclude: Set<string>, quote: number, preferObject = false, speaker = false, reporter = -1, narrative = false, skip: (c: Ante) => boolean = () => false, rank = -1): { actor: string; score: number } | null => {
    // (rank >= 0: the pronoun's token, whose antecedent the trained ranker chooses among the actors let through)
    const model = rank >= 0 ? corefModel() : null;
    const record = rank >= 0 ? corefRecorder() : null;
    const pool: Pooled[] | null = model || record ? [] : null;
    const seen = new Map<string, number>();
    let top: { actor: string; score: number } | null = null;
    for (const c of antes) {
      if (c.start >= pos) break;
      if (narrative && c.inQuote >= 0) continue;
      if (skip(c)) continue;
      // "“…. … .” she said": the speaker of a quotation is followed along the narrative, over the
      // sentences of quotations between, which are someone's words, back to who spoke before.
      const gap = speaker ? along[sentence] - along[c.sentence] : sentence - c.sentence;
      if (gap > 3) continue;
      if (channels.has(c.a)) continue;
      const comp = compatible(kind, c.actor, c);
      if (!comp || exclude.has(c.actor) || otherGender(kind, ix.lexicon.pronoun.get(tokens[c.a].text.toLowerCase()))) continue;
      const salience = seen.get(c.actor) ?? 0;
      seen.set(c.actor, salience + 1);
      // (a demonym adjective adds to its country's salience but is no antecedent itself)
      if (c.modifier) continue;
      let score = placeScore(c, c.subject, gap, sentence, pos, quote) + Math.min(0.15, 0.05 * salience);
      // "The EU accused Belarus of … and condemned its crackdown": the country the clause acts on.
      const objectHit = preferObject && c.sentence === sentence && st.actors.get(c.actor)?.kind === 'country' && isObject(tokens, c.a);
      if (objectHit) score += 0.5;
      // "Niger promised that it would open …": the subject of the clause that reports the pronoun's; for a
      // possessive, the subject of its own clause ("Ana Lopes launched her campaign"), for "their" only one
      // that is fully plural (not a body named by a singular name: "the firm thanked the workers for their …")
      const reporterHit = reporter >= 0 && c.a <= reporter && reporter < c.b && (kind !== 'they' || comp >= 1);
      if (reporterHit) score += 0.4;
      score *= comp;
      pool?.push({ c, gap, comp, salience, objectHit, reporterHit });
      if (!top || score >= top.score - 1e-9) {
        if (!top || score > top.score || c.actor === top.actor) top = { actor: c.actor, score };
        else top = { actor: c.actor, score };
      }
    }
    if (pool && top && pool.length) {
      const candidates = rankCandidates(pool, kind, rank, sentence, quote, !!record, top.score);
      if (record) record({ start: tokens[rank].start, end: tokens[rank].end, text: tokens[rank].text, candidates, rule: top.actor });
      // the model either chooses among all candidates (one trained with `choose`), or only weighs the rules'
      // choice against no antecedent (the shipped one); without weights for no antecedent it only chooses
      if (model) {
        const hasNull = model.weights.has('null');
        const among = model.choose ? candidates.filter((c) => hasNull || c.actor !== NULL_ACTOR) : candidates.filter((c) => c.actor === top!.actor || (hasNull && c.actor === NULL_ACTOR));
        const pick = among[rankBest(model, among)].actor;
        if (pick === NULL_ACTOR) return null;
        top = { actor: pick, score: top.score };
      }
    }
    return top;
  };

  /** The speaker of a quote region: a mention right after it ("…,” Ms Truss wrote) or right before ("X said: “"). */
  const speakerOf = (q: number, kind: 'he' | 'she' | 'it' | 'they'): string | null => {
    const r = regions[q];
    let k = tokenIndexFrom(tokens, r.end);
    while (k < tokens.length && tokens[k].pos === 'PUNCT') k++;
    if (k < tokens.length) {
      const m = antes.find((x) => x.a === k);
      if (m) return m.actor;
      const pk = ix.lexicon.pronoun.get(tokens[k].text.toLowerCase());
      if (pk && pk === kind) {
        // "…,” she wrote: the speaker is who that pronoun refers to, found from before the quote.
        const s = best(pk, r.start, tokens[k].sentence, new Set(), -1);
        return s?.actor ?? null;
      }
    }
    const before = antes.filter((x) => x.end <= r.start && r.start - x.end < 40 && regionOf(regions, x.start) < 0).pop();
    return before?.actor ?? null;
  };

  const coordinations = coordinatedAntes(st, antes);
  /** The best coordination of actors before `pos` for a "they" ("Ana Lopes and Tomas Berg … they"), scored as
   * a plural group by its last conjunct; none with an excluded member. */
  const bestCoordination = (pos: number, sentence: number, exclude: Set<string>, quote: number): { co: Coordination; score: number } | null => {
    let top: { co: Coordination; score: number } | null = null;
    for (const co of coordinations) {
      const last = co.members[co.members.length - 1];
      if (last.start >= pos) break;
      const gap = sentence - last.sentence;
      if (gap > 3 || co.members.some((c) => exclude.has(c.actor) || channels.has(c.a))) continue;
      const score = placeScore(last, co.members[0].subject, gap, sentence, pos, quote);
      if (!top || score >= top.score - 1e-9) top = { co, score };
    }
    return top;
  };

  const lowers = lowerTexts(tokens);
  // capitalised descriptions already resolved ("the Company" → its body): the same body throughout
  const defined = new Map<string, string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = lowers[i];
    // a pronoun tagged so, or a possessive whatever its tag (other words are not looked up)
    const possessive = lower === 'his' || lower === 'her' || lower === 'its' || lower === 'their';
    const kind = t.pos === 'PRON' || possessive ? ix.lexicon.pronoun.get(lower) : undefined;
    if (kind) {
      if (mentioned.has(t.start)) continue;
      if (kind === 'it' && lower === 'it' && pleonastic(tokens, i, st)) continue;
      if ((kind === 'it' || kind === 'they') && unnamedSubjectBefore(st, i, kind, regions)) continue;
      if (kind === 'they' && unnamedPluralBefore(st, i)) continue;
      const quote = regionOf(regions, t.start);
      // (closures below read the token's place from block constants, not from `t`: a closure over a
      // constant of the loop's body would give every token of the document a scope object)
      const sentence = t.sentence;
      const exclude = new Set<string>();
      if (quote >= 0) {
        const sp = speakerOf(quote, kind!);
        if (sp) exclude.add(sp);
      }
      // "turned himself in", "wants the referee to involve himself": an argument reflexive is its clause's
      // (controlled) subject's; no actor's when that subject is a noun naming none ("nurses overworking
      // themselves"); searched as any pronoun when the subject is a pronoun left unresolved, an actor it
      // cannot agree with (a woman's first name read as a country: a misread name) or one named after it out of control
      const bound = reflexiveBinder(st, i);
      if (bound) {
        const c = antes.find((x) => x.a <= bound.subject && bound.subject < x.b && !x.modifier);
        if (c && (c.start < t.start || bound.after) && compatible(kind!, c.actor, c) && !otherGender(kind!, ix.lexicon.pronoun.get(tokens[c.a].text.toLowerCase()))) {
          link(i, i + 1, c.actor, 0.9, 'pronoun', false);
          counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
          continue;
        }
        if (!c && !bound.soft && bound.subject < i && tokens[bound.subject].pos !== 'PRON') continue;
      }
      // "the council could deny them permits", "police stopped them", "Macron thanked him", "Microsoft
      // has replaced it": an object pronoun is never the subject of its own clause (a reflexive would be).
      const own = ownClauseSubject(st, i);
      // (for "him" and "her" only a subject the text names: a pronoun or epithet subject may itself be wrong)
      const namedOwn = own >= 0 && (lower === 'them' || lower === 'it' || st.mentions.some((m, j) => st.mentionTokens[j].a <= own && own < st.mentionTokens[j].b && (m.via === 'name' || m.via === 'alias' || m.via === 'surname' || m.via === 'title')));
      if (namedOwn) for (const c of antes) if (c.a <= own && own < c.b) exclude.add(c.actor);
      // "France welcomed it, but Russia rejected it": the same object pronoun of a coordinated clause stands
      // for the same thing, so that clause's subject is not it either.
      const parallel = st.tree && (lower === 'it' || lower === 'them') ? st.tree.parallelObjectClause(i) : -1;
      const other = parallel >= 0 ? st.tree!.subject(parallel) : -1;
      if (other >= 0) for (const c of antes) if (c.a <= other && other < c.b) exclude.add(c.actor);
      const speaker = quote < 0 && (kind === 'he' || kind === 'she') && attributes(doc.text, tokens, i, regions);
      let top = best(kind!, t.start, t.sentence, exclude, quote, lower === 'its' && statePossessed(tokens, i, st), speaker, kind === 'it' && lower === 'it' ? reportingSubject(st, i) : possessive ? possessorSubject(st, i) : -1, false, lower === 'it' && !smallClauseSubject(st, i) ? (c) => modifiesThing(st, c.a, c.b, sentence) : undefined, i);
      // "Ana Lopes and Tomas Berg met the minister. They …": a coordination of actors nearer than any one
      // antecedent is who "they" are; an event party holds one actor, so the pronoun stands for the
      // country and sector the conjuncts share (a group actor), or for no actor, never one of them.
      let who = top?.actor ?? null;
      if (kind === 'they') {
        const co = bestCoordination(t.start, t.sentence, exclude, quote);
        if (co && co.score >= THEY_MIN_SCORE && (!top || co.score >= top.score - 1e-9)) {
          const shared = sharedGroup(st, co.co);
          if (!shared) continue;
          who = use(st, groupActor(st, shared.country, shared.sector));
          top = { actor: who, score: co.score };
        }
      }
      if (!top || !who || top.score < (kind === 'they' ? THEY_MIN_SCORE : 0.25)) continue;
      const confidence = Math.round(Math.max(0.2, Math.min(0.9, 0.45 + 0.35 * top.score)) * 100) / 100;
      link(i, i + 1, who, confidence, 'pronoun', !possessive);
      counts.set(who, (counts.get(who) ?? 0) + 1);
      continue;
    }
    // "The New York businessman says …": a definite epithet the narrative names a person again by
    if (lower === 'the' && (!mentioned.has(t.start) || partyOnly(st, i))) {
      const ep = epithet(st, i, regions);
      if (ep > 0) {
        const { start, sentence } = t;
        const prev = tokens[i - 1];
        const speaker = !!prev && regions.some((r) => r.end === prev.end || (r.end <= start && r.end >= prev.start && prev.pos === 'PUNCT'));
        const gender = ix.lexicon.epithetNoun.get(tokens[ep].text.toLowerCase()) ?? null;
        const exclude = otherParty(st, i, ep);
        const title = ix.lexicon.epithetTitle.has(tokens[ep].text.toLowerCase());
        // "The GOP nominee complained …": the one registry holder of the party's office the title names
        // on the document's date, when the article named them before ("for Senate" names another office).
        let holder: string | null = null;
        if (title) {
          const words = [tokens[ep].text.toLowerCase()];
          for (let k = i + 1; k < ep; k++) if (ix.lexicon.titleRank.has(tokens[k].text.toLowerCase())) words.push(tokens[k].text.toLowerCase());
          const party = partyOf(st, i, ep);
          // the registry's roles this title names (once for the epithet, not again for each actor)
          const roles = party ? titleRoles(st, words) : null;
          for (const a of st.actors.keys()) {
            if (!words.every((w) => titled(st, a, w, start)) && !heldForParty(st, a, roles, party)) exclude.add(a);
            // never one the registry has standing for another party on the date ("the Democratic nominee" is not Trump)
            const theirs = party ? partyOn(ix, a, st.doc.date) : null;
            if (theirs && theirs !== party) exclude.add(a);
          }
          const held = party && roles && tokens[ep + 1]?.text.toLowerCase() !== 'for' ? partyHolders(st, roles, party) : [];
          if (held.length === 1 && antes.some((c) => c.actor === held[0] && c.start < start)) holder = held[0];
        }
        const pick = (kind: 'he' | 'she') => best(kind, start, sentence, exclude, -1, false, speaker, -1, true);
        const he = gender === 'f' ? null : pick('he');
        const she = gender === 'm' ? null : pick('she');
        const top = he && she ? (he.score >= she.score ? he : she) : (he ?? she);
        const who = top && top.score >= EPITHET_MIN_SCORE ? top.actor : holder;
        if (who) {
          link(i, ep + 1, who, 0.5, 'definite');
          mentioned.add(t.start);
          i = ep;
          continue;
        }
      }
    }
    // "Transgender teen Mara Ellis … the teen wrote": a definite noun of a person (no title of office the
    // registry reads) that the text set right before a person's name, or as the head of an apposition to
    // it, stands for the most recent person it so described, wherever it stands in its clause.
    if (lower === 'the' && !mentioned.has(t.start)) {
      const head = epithetHead(st, i, regions, (w) => personNoun(st, w), false);
      // (not "the member who wants out": a restrictive clause makes it anyone such)
      const who = head > 0 && !/^(?:who|whom|whose|that)$/i.test(tokens[head + 1]?.text ?? '') ? describedPerson(st, head, t.start) : null;
      if (who) {
        link(i, head + 1, who, 0.5, 'definite');
        mentioned.add(t.start);
        i = head;
        continue;
      }
    }
    // "Orvik's trucks need drivers, he said, but the company …": a definite head of one sector (lexicon
    // class definite-org-head) is the most recent organisation of that sector named before it anywhere in
    // the document, its own sentence too; none when another of that sector is named in the same sentence.
    if (lower === 'the' && i + 1 < tokens.length && !mentioned.has(tokens[i + 1].start)) {
      const found = regionOf(regions, t.start) < 0 ? sectorBody(st, i, antes, defined) : null;
      if (found) {
        link(i, i + 2, found, 0.5, 'definite');
        mentioned.add(tokens[i + 1].start);
        continue;
      }
    }
    // "the London Homeless Coalition … The coalition wants …": the head word of one organisation's name
    if (lower === 'the' && i + 1 < tokens.length && !mentioned.has(tokens[i + 1].start)) {
      const found = regionOf(regions, t.start) < 0 ? nameHeadBody(st, i, antes) : null;
      if (found) {
        link(i, i + 2, found, 0.5, 'definite');
        mentioned.add(tokens[i + 1].start);
        continue;
      }
    }
    // "The group said its hospital …", "the company said": a definite organisation noun is the most recent
    // organisation named in the two sentences before (not one named earlier in its own sentence: "In a
    // statement posted on X, the group said"; not "the group of experts", "the group Hamas").
    if (lower === 'the' && i + 1 < tokens.length && ix.lexicon.orgNoun.has(tokens[i + 1].text) && !mentioned.has(tokens[i + 1].start)) {
      const after = tokens[i + 2];
      const named = after && after.sentence === t.sentence && (after.text === 'of' || (after.pos === 'PROPN' && opensUpper(after.text)));
      let found: Ante | null = null;
      for (const c of antes) {
        if (c.start >= t.start) break;
        const a = st.actors.get(c.actor);
        if (c.sentence < t.sentence && t.sentence - c.sentence <= 2 && (a?.kind === 'org' || a?.kind === 'igo')) found = c;
      }
      if (found && !named && !ownPhraseBefore(st, i + 1, found.sentence, antes)) {
        link(i, i + 2, found.actor, 0.5, 'definite');
        mentioned.add(tokens[i + 1].start);
        continue;
      }
    }
    // "the country" / "the country's": the most recent country named within two sentences.
    if (lower === 'the' && i + 1 < tokens.length) {
      const two = `the ${tokens[i + 1].text.toLowerCase()}`;
      if (ix.lexicon.countryAnaphor.has(two) && !mentioned.has(t.start)) {
        let found: Ante | null = null;
        for (const c of antes) {
          if (c.start >= t.start) break;
          if (t.sentence - c.sentence > 2) continue;
          const a = st.actors.get(c.actor);
          if (a && (a.kind === 'country' || (a.kind === 'group' && a.country))) found = c;
        }
        if (found) {
          const a = st.actors.get(found.actor)!;
          const id = a.kind === 'country' ? a.id : `country:${a.country}`;
          // "said that the country would … and that it would leave": later pronouns may refer back to it.
          if (st.actors.has(id)) link(i, i + 2, id, 0.5, 'definite');
        }
      }
    }
  }
}

/**
 * "them", "him" or "her" (not the possessive) as the object, or an argument oblique ("gave the files to
 * them"), of a verb whose subject comes before it: that subject (control and subjectless adverbial
 * clauses resolved as for the events: "asked the police to stop them", "left after calling him"), whom
 * the pronoun does not refer to; else -1. For "him" and "her" the caller passes over a subject the text
 * names only (docs/entities.md).
 */
function ownClauseSubject(st: DocActors, i: number): number {
  const { tree, tokens } = st;
  const lower = tokens[i].text.toLowerCase();
  if (!tree || !(lower === 'them' || lower === 'him' || lower === 'her' || lower === 'it')) return -1;
  // (not the subject of a small clause, "making it prone to floods", nor "has shown it knows how" read so)
  if (lower === 'it' && smallClauseSubject(st, i)) return -1;
  const next = tokens[i + 1];
  if (lower === 'her' && next && next.sentence === tokens[i].sentence && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(next.pos)) return -1;
  const rel = tree.baseRel(i);
  // (not a place or company beside the doer: "took the children with them", "the hills behind them")
  if (rel !== 'obj' && rel !== 'iobj' && !(rel === 'obl' && ARGUMENT_PREPS.has(tree.caseOf(i)))) return -1;
  const p = tree.head(i);
  if (p < 0 || tree.upos[p] !== 'VERB') return -1;
  const s = tree.controlledSubject(p);
  return s >= 0 && s < i ? s : -1;
}

/**
 * Whether the mention over tokens [a, b) is an adjective or a compound modifying a noun outside it ("an
 * Italian court", "Canadian cities", "the Italian Bishops' Conference", read on the tree): the country it names is no referent a later
 * "it" or "its" can take up; the noun it modifies is (docs/entities.md, issue 15).
 */
function demonymModifier(st: DocActors, a: number, b: number): boolean {
  const { tree } = st;
  if (!tree) return false;
  let k = tree.spanHead(a, b);
  // ("Ukrainian and Lithuanian communities": a later conjunct modifies what the first does)
  while (k >= 0 && tree.baseRel(k) === 'conj' && tree.head(k) >= 0) k = tree.head(k);
  if (k < 0 || (tree.baseRel(k) !== 'amod' && tree.baseRel(k) !== 'compound')) return false;
  const h = tree.head(k);
  return h >= 0 && (h < a || h >= b);
}

/**
 * The subject (token) a reflexive at token i ("himself", "themselves": the -self/-selves form of the pronoun
 * classes) is bound to when it is an argument of a verb or adjective, its object or oblique ("turned himself
 * in", "confident of herself", "by itself"): that predicate's subject, sharing and control resolved (tree
 * controlledSubject); for a subjectless clause modifying a noun ("a cheaper route to visas for
 * themselves", "had errands to run for herself") the subject of the clause that noun is in; a copular predicate
 * noun ("was a citizen who proclaimed himself …") standing for its subject. `after`: the subject may follow
 * it, controlling a subjectless adverbial clause ("In defending himself, the senator …"); `soft`: the object
 * of the verb such a "to" clause hangs on, taken only when it names an actor. Null for an
 * intensive ("the mayor herself") or one in a noun's phrase ("people like himself"), left to the scored search.
 */
function reflexiveBinder(st: DocActors, i: number): { subject: number; after: boolean; soft: boolean } | null {
  const { tree, tokens } = st;
  if (!tree || !/sel(?:f|ves)$/i.test(tokens[i].text)) return null;
  const rel = tree.baseRel(i);
  if (rel !== 'obj' && rel !== 'iobj' && rel !== 'obl') return null;
  const p = tree.head(i);
  if (p < 0 || (tree.upos[p] !== 'VERB' && tree.upos[p] !== 'ADJ')) return null;
  let s = tree.controlledSubject(p);
  if (tree.rel(p) === 'acl' && !tree.hasOwnSubject(p)) {
    const q = tree.predicateAbove(tree.head(p));
    s = q >= 0 ? tree.controlledSubject(q) : -1;
  }
  // ("the odd thing is that he doubts it himself": the inner subject, not the outer one)
  if (s >= 0 && tree.rel(s) === 'nsubj:outer') s = tree.ownSubjects(tree.head(s)).find((k) => tree.rel(k) !== 'nsubj:outer') ?? -1;
  if (s < 0 || s === i) return null;
  if (tree.isCopular(s) && tree.subject(s) >= 0) s = tree.subject(s);
  const adverbial = tree.baseRel(p) === 'advcl' && !tree.hasOwnSubject(p);
  // ("expects the mayor to involve himself" parsed as an adverbial clause: an object of the governing verb
  // before it may be who does it, "bought a car to please himself" not: tried first, never blocking)
  const obj = adverbial ? tree.object(tree.head(p)) : -1;
  if (obj >= 0 && obj < p) return { subject: obj, after: false, soft: true };
  return { subject: s, after: adverbial, soft: false };
}

/**
 * "Ana Lopes launched her campaign", "asked Tomas Berg to explain his vote": the subject (token) of the
 * clause a possessive at token i stands in, control and sharing resolved, when it comes before it; else -1.
 */
function possessorSubject(st: DocActors, i: number): number {
  const { tree } = st;
  // (a possessor only: not the object "her" of "hopes to meet her soon")
  if (!tree || tree.rel(i) !== 'nmod:poss') return -1;
  const p = tree.predicateAbove(i);
  const s = p >= 0 ? tree.controlledSubject(p) : -1;
  return s >= 0 && s < i ? s : -1;
}

/** Prepositions of an oblique that is an argument ("gave it to them", "voted against them"), not a place. */
const ARGUMENT_PREPS = new Set(['to', 'for', 'against', 'about', 'on', 'upon', 'at', 'of']);

/**
 * The organisation a definite description "the <head>" opening at token i names, when its head (token i + 1,
 * lower case, no proper name or "of" after it, no noun it modifies) is of lexicon class definite-org-head:
 * the most recent organisation mention before it whose actor has the head's sector, unless a different
 * organisation of that sector is named in the same sentence as that mention (two compete) or one of no
 * known sector is named after it in the two sentences before; never the subject of the description's own
 * clause; else null. A capitalised head ("the Company", "the Church": a defined term) names throughout
 * the body its first resolved use named. (Descriptions inside quotation marks are not read: the caller skips them.)
 */
function sectorBody(st: DocActors, i: number, antes: Ante[], defined: Map<string, string>): string | null {
  const { tokens, ix } = st;
  const head = tokens[i + 1];
  const key = head.text.toLowerCase();
  const sector = ix.lexicon.definiteOrgHead.get(key);
  if (!sector || (head.pos !== 'NOUN' && head.pos !== 'PROPN')) return null;
  const after = tokens[i + 2];
  if (after && after.sentence === head.sentence && (after.text === 'of' || after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
  const capital = opensUpper(head.text);
  if (capital && defined.has(key)) return defined.get(key)!;
  const actor = sectorCandidate(st, i, antes, sector);
  if (actor && capital) defined.set(key, actor);
  return actor;
}

/**
 * The organisation a definite description "the <head>" opening at token i names when its head (token i + 1:
 * a lower-case singular noun of lexicon class name-head, no proper name, noun or "of" after it) is the last word of the name the text
 * gave one organisation before it ("the coalition" after "the London Homeless Coalition", "the university"
 * after "Texas A&M University"): that organisation when it is the only one, named by name, whose name ends
 * so; else null. (Descriptions inside quotation marks are not read: the caller skips them.)
 */
function nameHeadBody(st: DocActors, i: number, antes: Ante[]): string | null {
  const { tokens } = st;
  const head = tokens[i + 1];
  if (head.sentence !== tokens[i].sentence || head.pos !== 'NOUN' || !st.ix.lexicon.nameHead.has(head.text)) return null;
  if (head.lemma && head.lemma.toLowerCase() !== head.text) return null;
  const after = tokens[i + 2];
  if (after && after.sentence === head.sentence && (after.text === 'of' || after.pos === 'NOUN' || after.pos === 'PROPN')) return null;
  const bodies = new Set<string>();
  for (const c of antes) {
    if (c.start >= head.start) break;
    if (c.via === 'pronoun' || c.via === 'definite') continue;
    const a = st.actors.get(c.actor);
    if (!a || (a.kind !== 'org' && a.kind !== 'igo')) continue;
    const last = tokens[c.b - 1];
    if (last.text !== head.text && opensUpper(last.text) && last.text.toLowerCase() === head.text) bodies.add(c.actor);
  }
  return bodies.size === 1 ? [...bodies][0] : null;
}

/** The most recent organisation of `sector` before the description opening at token i (see sectorBody). */
function sectorCandidate(st: DocActors, i: number, antes: Ante[], sectors: string[]): string | null {
  const head = st.tokens[i + 1];
  const fits = (c: Ante) => {
    const a = st.actors.get(c.actor);
    return !!a && (a.kind === 'org' || a.kind === 'igo') && !!a.sector && sectors.includes(a.sector);
  };
  // the subject of the clause the description is in is no antecedent ("Patriot took over the company's mines")
  const { tree } = st;
  const pred = tree ? tree.predicateAbove(i + 1) : -1;
  const clauseSubject = (c: Ante) => {
    if (!tree || pred < 0 || c.sentence !== head.sentence) return false;
    const k = tree.spanHead(c.a, c.b);
    return k >= 0 && tree.isSubject(k) && tree.head(k) === pred;
  };
  let found: Ante | null = null;
  for (const c of antes) {
    if (c.start >= head.start) break;
    if (fits(c) && !clauseSubject(c)) found = c;
  }
  if (!found) return null;
  const f = found;
  const rival = antes.some((c) => c.sentence === f.sentence && c.actor !== f.actor && c.start < head.start && fits(c));
  // an organisation of no known sector named after it in the two sentences before may be the one meant
  const unknown = antes.some((c) => {
    if (c.start <= f.start || c.start >= head.start || c.actor === f.actor || c.sentence >= head.sentence || head.sentence - c.sentence > 2) return false;
    const a = st.actors.get(c.actor);
    return !!a && (a.kind === 'org' || a.kind === 'igo') && !a.sector;
  });
  return rival || unknown ? null : f.actor;
}

/** Whether an organisation's name is headed by a venue word (lexicon class venue-word: "Hofstra University",
 * "the Metro Convention Centre", "University of Kent"; the head is the word before "of"/"for", else the last). */
function venue(st: DocActors, name: string): boolean {
  const words = name.split(/\s+/);
  const cut = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]).toLowerCase();
  return st.ix.lexicon.venueWord.has(head);
}

/** Verbs of telling whose object is where words were said ("told CNN"), and nouns of a medium's pieces
 * whose compound modifier is the outlet ("a New York Times column", "a CNN affiliate"). */
const TELL = new Set(['tell', 'told']);
const PIECE = new Set(['essay', 'op-ed', 'column', 'editorial', 'interview', 'report', 'article', 'story', 'affiliate', 'poll', 'survey', 'documentary', 'broadcast', 'program', 'programme', 'show', 'podcast']);

/**
 * Whether the media mention over tokens [a, b) names an outlet only as the channel of someone's words,
 * not as a party of the story: the object of "told" ("he told CNN"), after "according to" or "in an
 * interview with", the subject of "reported" or "reports" after it ("…," reported Reuters), or the
 * compound modifier of a piece it runs ("in a New York Times column", "told CNN affiliate WRAL"). Such
 * an outlet is no antecedent of a later pronoun ("told CTV that they had run out of money").
 */
function channel(st: DocActors, a: number, b: number): boolean {
  const { tokens, tree } = st;
  const prev = (k: number) => (a - k >= 0 && tokens[a - k].sentence === tokens[a].sentence ? tokens[a - k].text.toLowerCase() : '');
  if (TELL.has(prev(1)) || (prev(1) === 'to' && prev(2) === 'according') || (prev(1) === 'with' && prev(2) === 'interview')) return true;
  if (prev(1) === 'reported' || prev(1) === 'reports') return true;
  if (!tree) return false;
  const head = tree.spanHead(a, b);
  if (head < 0 || tree.baseRel(head) !== 'compound') return false;
  const n = tree.head(head);
  return n >= b && PIECE.has((tokens[n].lemma || tokens[n].text).toLowerCase());
}

/** Lowest antecedent score an epithet takes (the pronoun scale: a subject one sentence back scores 1.05). */
const EPITHET_MIN_SCORE = 0.7;

/**
 * The head token of a definite epithet opening at "the" (token i): up to four modifiers (adjectives,
 * names, nouns, numbers: "the New York businessman", "the Republican presidential nominee") and a head of
 * lexicon class epithet-noun, ending the phrase (not a modifier, a possessor, "of …" or a name set off
 * after it), outside quotation marks, its head in no mention, and a clause subject unless the head is a
 * title (epithet-title) or a gendered noun; -1 otherwise.
 */
function epithet(st: DocActors, i: number, regions: { start: number; end: number }[]): number {
  const { ix } = st;
  // anywhere in its clause when the title or the noun's gender narrows who it can be ("showed the New York
  // businessman and his companies lost", "said to the Republican nominee"); an ungendered noun only as a
  // subject ("branding the Manhattan tycoon" went to the wrong person)
  const narrowed = epithetHead(st, i, regions, (lower) => ix.lexicon.epithetTitle.has(lower) || !!ix.lexicon.epithetNoun.get(lower), false);
  return narrowed > 0 ? narrowed : epithetHead(st, i, regions, (lower) => ix.lexicon.epithetNoun.has(lower) || ix.lexicon.epithetTitle.has(lower), true);
}

/**
 * The head token of a definite phrase opening at "the" (token i) as epithet() reads it, its head any
 * singular noun `accept` takes (lower case), a clause subject only when `subject` asks; -1 otherwise.
 */
function epithetHead(st: DocActors, i: number, regions: { start: number; end: number }[], accept: (lower: string) => boolean, subject: boolean): number {
  const { tokens } = st;
  const t = tokens[i];
  if (regionOf(regions, t.start) >= 0) return -1;
  for (let k = i + 1; k < tokens.length && k <= i + 5 && tokens[k].sentence === t.sentence; k++) {
    const w = tokens[k];
    const lower = w.text.toLowerCase();
    // singular only: "the candidates" are not the one person named before
    if (w.pos === 'NOUN' && accept(lower) && (!w.lemma || w.lemma.toLowerCase() === lower)) {
      const next = tokens[k + 1];
      if (next && next.sentence === t.sentence) {
        // "the billionaire estate mogul": a noun before another is its modifier
        if (next.pos === 'NOUN' && k < i + 5) continue;
        // "the head-of-household status"
        if (next.text === '-' && next.start === w.end) return -1;
        // outside a subject, "the Republican nominee for Senate" may be another office's
        if (!subject && next.text.toLowerCase() === 'for') return -1;
        if (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'PART' || /^(?:of|'s|’s)$/i.test(next.text)) return -1;
        if (next.text === ',' && tokens[k + 2]?.pos === 'PROPN') return -1;
      }
      if (st.mentions.some((m) => m.start <= w.start && w.end <= m.end)) return -1;
      return !subject || isSubject(tokens, i, k + 1) ? k : -1;
    }
    if (w.pos !== 'ADJ' && w.pos !== 'PROPN' && w.pos !== 'NOUN' && w.pos !== 'NUM' && !(w.pos === 'PUNCT' && w.text === '-')) return -1;
  }
  return -1;
}

/** Whether lower-case `w` is a noun of a person or occupation (not a title epithet-title reads: "the mayor"). */
function personNoun(st: DocActors, w: string): boolean {
  const lex = st.ix.lexicon;
  if (lex.epithetTitle.has(w)) return false;
  return PERSON_NOUNS.has(w) || lex.personHead.has(w) || lex.epithetNoun.has(w) || lex.roleNoun.has(w);
}

/**
 * The person most recently named before offset `before` whom the text described by the noun `noun`: the
 * noun among the modifiers right before a mention of theirs ("transgender teen Mara Ellis", "director Ana
 * Lopes") or heading an apposition to it ("Ana Lopes, the former pageant winner,"); null when none.
 */
function describedPerson(st: DocActors, head: number, before: number): string | null {
  const { tokens, tree } = st;
  const noun = tokens[head].text.toLowerCase();
  // the phrase itself describing a name beside it ("Ana Lopes, the lawyer for …") names no one again
  if (tree && (tree.appositionHeads(head).length || tree.appositions(head).length)) return null;
  // nor one that is a predicate ("is the lawyer", "appointed X as the property manager")
  if (tree?.isCopular(head) || /^as$/i.test(tokens[tree ? tree.phraseRange(head)[0] - 1 : -1]?.text ?? '')) return null;
  const is = (k: number) => tokens[k].pos === 'NOUN' && tokens[k].text.toLowerCase() === noun;
  let found: string | null = null;
  let at = -1;
  st.mentions.forEach((m, n) => {
    if (m.start >= before || m.start <= at || (m.via !== 'name' && m.via !== 'alias') || st.actors.get(m.actor)?.kind !== 'person') return;
    const { a, b } = st.mentionTokens[n];
    // the noun right before the name, or opening its mention ("teen Mara Ellis", "mother Ana Lopes"; not
    // "company" of "company founder Ana Lopes")
    let hit = (a > 0 && tokens[a - 1].sentence === tokens[a].sentence && is(a - 1)) || (b - a > 1 && is(a));
    if (!hit && tree) {
      const h = tree.spanHead(a, b);
      // either way round: "Ana Lopes, the pageant winner," and "her mother, Ana Lopes,"
      if (h >= 0) hit = tree.appositions(h).some((ap) => is(ap)) || tree.appositionHeads(h).some((ap) => is(ap));
    }
    if (hit) {
      found = m.actor;
      at = m.start;
    }
  });
  return found;
}

/**
 * Persons an epithet over tokens [i, head] cannot name: with a party word among its modifiers ("the
 * Republican nominee"), those the document names right after another party's word ("Democrat Ana
 * Lopes", "Democratic nominee Ana Lopes": up to three words before the name, or the mention's first).
 */
function otherParty(st: DocActors, i: number, head: number): Set<string> {
  const { tokens, ix } = st;
  const out = new Set<string>();
  const party = partyOf(st, i, head);
  if (!party) return out;
  st.mentions.forEach((m, n) => {
    if (st.actors.get(m.actor)?.kind !== 'person') return;
    const { a, b } = st.mentionTokens[n];
    // the party word before the name or opening its mention as a title
    for (let k = Math.min(a, b - 2); k >= 0 && k >= a - 3 && tokens[k].sentence === tokens[a].sentence; k--) {
      const p = ix.lexicon.partyWord.get(tokens[k].text.toLowerCase());
      if (p && p !== party) out.add(m.actor);
    }
  });
  return out;
}

/**
 * Whether the text gave person `actor` the title `title` (or a rank of one: "vice") before offset `before`: the title (or its
 * abbreviation: "Gov.", "Sen.") among the four words before a mention of theirs ("Mayor Ana Lopes",
 * "Republican nominee Ana Lopes") or opening the apposition after it ("Ana Lopes, the city's mayor,").
 */
function titled(st: DocActors, actor: string, title: string, before: number): boolean {
  const { tokens } = st;
  const is = (k: number) => {
    const w = tokens[k].text.toLowerCase().replace(/\.$/, '');
    return w === title || (w.length >= 3 && tokens[k].text.endsWith('.') && title.startsWith(w));
  };
  return st.mentions.some((m, n) => {
    if (m.actor !== actor || m.start >= before) return false;
    const { a, b } = st.mentionTokens[n];
    for (let k = b - 1; k >= 0 && k >= a - 4 && tokens[k].sentence === tokens[a].sentence; k--) if (is(k)) return true;
    if (tokens[b]?.text !== ',') return false;
    for (let k = b + 1; k < tokens.length && k <= b + 6 && tokens[k].sentence === tokens[a].sentence && tokens[k].text !== ','; k++) if (is(k)) return true;
    return false;
  });
}

/** Whether a mention opening at "the" (token i) is only "the" and a party word ("The GOP" of "The GOP
 * nominee said", read as the party): the epithet around it may still name the party's candidate. */
function partyOnly(st: DocActors, i: number): boolean {
  const n = st.mentionTokens.findIndex((m) => m.a === i);
  if (n < 0) return false;
  const { b } = st.mentionTokens[n];
  for (let k = i + 1; k < b; k++) if (!st.ix.lexicon.partyWord.has(st.tokens[k].text.toLowerCase())) return false;
  return b > i + 1;
}

/** The party a party word among the modifiers of the epithet over tokens (i, head) names ("the GOP nominee"), or null. */
function partyOf(st: DocActors, i: number, head: number): string | null {
  let party: string | null = null;
  for (let k = i + 1; k < head; k++) party ??= st.ix.lexicon.partyWord.get(st.tokens[k].text.toLowerCase()) ?? null;
  return party;
}

/**
 * "The Republican nominee said" of an article that named Donald Trump without the title: whether the
 * registry gives person `actor`, on the document's date, a role held for `party` among `roles`, those a
 * title phrase ending in the epithet's head names with the epithet's rank words and no other (titleRoles:
 * "presidential nominee" for "the GOP nominee", "vice presidential nominee" only for "the Republican vice
 * presidential nominee").
 */
function heldForParty(st: DocActors, actor: string, roles: ReadonlySet<string> | null, party: string | null): boolean {
  if (!party || !roles) return false;
  return !!st.ix.actors.get(actor)?.roles.some((r) => r.party === party && roles.has(r.role) && roleHolds(r, st.doc.date));
}

/** Role keys a title phrase ending in the epithet's head (words[0]) names with exactly its rank words (words[1..]). */
function titleRoles(st: DocActors, words: string[]): Set<string> {
  const [head, ...ranks] = words;
  const out = new Set<string>();
  for (const [phrase, tws] of st.ix.titles) {
    const ws = phrase.split(/[\s-]+/);
    if (ws[ws.length - 1] !== head) continue;
    const phraseRanks = ws.filter((w) => st.ix.lexicon.titleRank.has(w));
    if (phraseRanks.length !== ranks.length || !ranks.every((r) => phraseRanks.includes(r))) continue;
    for (const tw of tws) out.add(tw.role);
  }
  return out;
}

/** The registry's persons holding, on the document's date, a role of `party` among `roles` (the epithet's title's). */
function partyHolders(st: DocActors, roles: ReadonlySet<string>, party: string): string[] {
  const out = new Set<string>();
  for (const role of roles) {
    for (const h of st.ix.roleHolders.get(role) ?? []) if (h.role.party === party && roleHolds(h.role, st.doc.date)) out.add(h.person);
  }
  return [...out];
}

/** Whether an antecedent that is itself a pronoun of kind `ante` (the lexicon's: "she", "her") has the other gender than `kind` ("he"). */
function otherGender(kind: 'he' | 'she' | 'it' | 'they', ante: 'he' | 'she' | 'it' | 'they' | undefined): boolean {
  return (kind === 'he' && ante === 'she') || (kind === 'she' && ante === 'he');
}

/**
 * Whether the subject pronoun at token i attributes a quotation beside it: right after its closing mark
 * ("…,” she said") or before one opening after a colon or comma within the next few words of its
 * sentence ("She added: “…"; not the scare quotes of "saying he would “never” …").
 */
function attributes(text: string, tokens: Token[], i: number, regions: { start: number; end: number }[]): boolean {
  const t = tokens[i];
  if (!/^(?:he|she)$/i.test(t.text)) return false;
  const prev = tokens[i - 1];
  if (prev && regions.some((r) => r.end === prev.end || (r.end <= t.start && r.end >= prev.start && prev.pos === 'PUNCT'))) return true;
  for (let k = i + 1; k < tokens.length && k <= i + 4 && tokens[k].sentence === t.sentence; k++) {
    if (regions.some((r) => r.start === tokens[k].start) && /[:,]\s*$/.test(text.slice(tokens[k - 1].start, tokens[k].start))) return true;
  }
  return false;
}

/**
 * For each sentence, how many sentences up to it stand (at least in part) outside quotation marks: the
 * distance along the narrative, over which a sentence wholly inside a quotation does not count.
 */
function narrativeIndex(tokens: Token[], regions: { start: number; end: number }[]): number[] {
  const outside: boolean[] = [];
  for (const t of tokens) {
    outside[t.sentence] ??= false;
    if (t.pos !== 'PUNCT' && regionOf(regions, t.start) < 0) outside[t.sentence] = true;
  }
  const along: number[] = [];
  let n = 0;
  for (let s = 0; s < outside.length; s++) {
    if (outside[s] !== false) n++;
    along[s] = n;
  }
  return along;
}

/** Whether token t lies in a mention or in an entity resolved to an actor. */
function namedToken(st: DocActors, t: Token): boolean {
  return st.mentions.some((m) => m.start <= t.start && t.end <= m.end) || st.entities.some((e) => e.actor && e.start <= t.start && t.end <= e.end);
}

/** "cut its budget and made it shrink": an object pronoun that is the subject of a small clause (its verb has an xcomp). */
function smallClauseSubject(st: DocActors, i: number): boolean {
  const { tree } = st;
  return !!tree && !tree.isSubject(i) && tree.head(i) >= 0 && tree.children(tree.head(i), 'xcomp').length > 0;
}

/**
 * "opposed the blockade of Qatar because it hurt trade": a name in its own sentence that only modifies
 * a thing (the of/in/on phrase of a common noun no actor names) is no antecedent of "it"; the thing is.
 */
function modifiesThing(st: DocActors, a: number, b: number, sentence: number): boolean {
  const { tokens, tree } = st;
  if (!tree || tokens[a].sentence !== sentence) return false;
  const n = tree.spanHead(a, b);
  if (n < 0 || tree.baseRel(n) !== 'nmod') return false;
  const h = tree.head(n);
  if (h < 0 || tokens[h].pos !== 'NOUN' || tokens[h].text.toLowerCase() !== tokens[h].lemma) return false;
  return !namedToken(st, tokens[h]);
}

/**
 * "The group said its hospital was hit": an "it" or "they" after a subject of its sentence that agrees
 * with it and names no actor refers to that subject, not to an actor named further back; true when the
 * nearest such subject before token i names no actor (read on the tree). An object "it" looks back to the
 * nearest subject or object ("the president pardoned a turkey, granting it a long life": the turkey;
 * not the subject of a small clause, "cut its budget and make it shrink"), and a subject "it" with no
 * subject nor actor before it in its sentence (or an "Its" of such a subject) to the main subject of the
 * sentence before ("The ruling is a setback for the firm. It leaves …": the ruling), where no main,
 * coordinated or paratactic clause of that sentence has a subject naming an actor and it is no "there is"
 * clause. A relative pronoun subject stands for the noun its clause modifies.
 */
function unnamedSubjectBefore(st: DocActors, i: number, kind: 'it' | 'they', regions: { start: number; end: number }[] = []): boolean {
  const { tokens, tree } = st;
  if (!tree) return false;
  const named = (t: Token) => namedToken(st, t);
  const plural = (t: Token) => pluralNoun(st, t);
  const unnamed = (k: number): boolean => {
    const t = tokens[k];
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
    if (plural(t) !== (kind === 'they')) return false;
    // (a person's noun is no thing "it" stands for: "met a farmer, and the farmer said it …")
    if (kind === 'it' && st.ix.lexicon.personHead.has(t.text.toLowerCase())) return false;
    // (nor a quantity or part of named ones: "Hundreds of demonstrators gathered … They called for …")
    if (tree.children(k, 'nmod').some((c) => tree.caseOf(c) === 'of' && named(tokens[c]))) return false;
    return !named(t);
  };
  // A subject that cannot be the pronoun's antecedent and is passed over for the one before it: a
  // person ("it" is never a person: a personal pronoun, a person the text names, a person's head noun
  // "the mayor") or a noun of the other number ("the richest families pay less than they should, it …").
  const passed = (k: number): boolean => {
    const t = tokens[k];
    const lower = t.text.toLowerCase();
    if (t.pos === 'PRON') return PERSONAL.has(lower) || (kind === 'it' && (lower === 'they' || lower === 'them'));
    if (named(t)) return kind === 'it' && (actorKindAt(st, t) === 'person' || plural(t));
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
    // (a person's name the resolver gave no actor: "Mr. King" of a PERSON or titled ROLE entity)
    if (kind === 'it' && t.pos === 'PROPN' && st.entities.some((e) => (e.label === 'PERSON' || e.label === 'ROLE') && e.start <= t.start && t.end <= e.end)) return true;
    return plural(t) !== (kind === 'they') || (kind === 'it' && st.ix.lexicon.personHead.has(lower));
  };
  // "users download music to their handset", "developers that had been given the kit demonstrated their
  // applications": a "their" whose clause's subject (shared or controlled, read on the tree) is a plural
  // noun naming no actor is that subject's
  if (kind === 'they' && tokens[i].text.toLowerCase() === 'their') {
    const p = tree.predicateAbove(i);
    const s = p >= 0 ? tree.subject(p) : -1;
    // (not through a phrase naming an actor: "bombardment by the government forces and their allies")
    let through = false;
    for (let x = tree.head(i); x >= 0 && x !== p; x = tree.head(x)) through ||= named(tokens[x]);
    if (s >= 0 && s < i && !through && unnamed(s)) return true;
  }
  const it = kind === 'it' && tokens[i].text.toLowerCase() === 'it';
  const objectIt = it && !tree.isSubject(i) && !smallClauseSubject(st, i);
  for (let k = i - 1; objectIt && k >= 0 && tokens[k].sentence === tokens[i].sentence; k--) {
    if (tree.isSubject(k)) break;
    if (tree.baseRel(k) === 'obj' && unnamed(k)) return true;
  }
  // (a subject passed over for "it", a person's, opens the objects of its clause: "brought the clock he
  // made to school, and a teacher thought it resembled a bomb")
  let past = false;
  for (let k = i - 1; k >= 0 && tokens[k].sentence === tokens[i].sentence; k--) {
    if (past && it && tree.baseRel(k) === 'obj' && unnamed(k)) return true;
    if (!tree.isSubject(k)) continue;
    // (a relative pronoun subject of the clause the pronoun is in stands for the noun that clause modifies,
    // "a pub that was to give its profit …", when no actor is named between: "a channel that showed Chad
    // and its efforts"; a noun that cannot be its antecedent is passed over: "people who have used it")
    const noun = tree.relativeAntecedent(k);
    if (noun >= 0) {
      const [a, b] = tree.subtreeRange(tree.head(k));
      if (!(a <= i && i <= b)) return false;
      if (passed(noun)) continue;
      return !tokens.slice(k + 1, i).some(named) && unnamed(noun);
    }
    if (passed(k)) {
      past = true;
      continue;
    }
    return unnamed(k);
  }
  // (or "Its": the possessor of such a subject, "Its serial number is …")
  const subjectPossessor = kind === 'it' && tree.rel(i) === 'nmod:poss' && tree.head(i) >= 0 && tree.isSubject(tree.head(i));
  if (!(it && tree.isSubject(i)) && !subjectPossessor) return false;
  const prev = tokens[i].sentence - 1;
  let root = -1;
  for (let k = i - 1; k >= 0 && tokens[k].sentence >= prev; k--) {
    if (tokens[k].sentence === tokens[i].sentence) {
      if (named(tokens[k])) return false;
      continue;
    }
    if (tree.rel(k) === 'root') root = k;
  }
  if (root < 0 || tree.child(root, 'expl') >= 0) return false;
  // Inside a quotation that goes on from the sentence before, that sentence's quoted clause is its main
  // one, not the frame that reports it ("“The plan failed,” she said. “It cost …": the plan, not the speaker).
  const quoted = regionOf(regions, tokens[i].start) >= 0;
  let main = root;
  if (quoted) {
    const inQuote = (k: number) => regionOf(regions, tokens[k].start) >= 0;
    main = -1;
    let first = root;
    while (first > 0 && tokens[first - 1].sentence === prev) first--;
    for (let k = first; main < 0 && k < tokens.length && tokens[k].sentence === prev; k++) {
      if (inQuote(k) && tree.isPredicate(k) && (tree.head(k) < 0 || !inQuote(tree.head(k)))) main = k;
    }
    // (a quotation that opens with the pronoun's sentence goes on from the narrative: its main clause)
    if (main < 0) main = root;
  }
  // (a subject naming an actor in the main clause, a conjunct of it or a clause set beside it, "A question
  // remains: how should X act?", vetoes; one of a subordinate clause, "… while she was in office", does not;
  // nor, for a quoted pronoun, one of a clause outside the quotation)
  const clauses = mainClauses(tree, main).filter((p) => !quoted || main === root || regionOf(regions, tokens[p].start) >= 0);
  if (clauses.some((p) => tree.ownSubjects(p).some((k) => named(tokens[k]) && !(kind === 'it' && actorKindAt(st, tokens[k]) === 'person')))) return false;
  const s = tree.subject(main);
  return s >= 0 && unnamed(s);
}

/** Whether the noun token t is plural: an inflected -s form, or a plural noun of lexicon class plural-noun ("people"). */
function pluralNoun(st: DocActors, t: Token): boolean {
  return inflectedPlural(t) || st.ix.lexicon.pluralNoun.has(t.text.toLowerCase());
}

/** Whether token t is an inflected plural: an -s form whose lemma differs ("ministers", not "news" or "the police"). */
function inflectedPlural(t: Token): boolean {
  return t.text.toLowerCase() !== t.lemma && /s$/i.test(t.text);
}

/** Personal pronouns that never stand for an organisation or a thing. */
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'me', 'us', 'him', 'her']);

/** The kind of the actor of the mention or resolved entity holding token t, or null. */
function actorKindAt(st: DocActors, t: Token): string | null {
  const m = st.mentions.find((x) => x.start <= t.start && t.end <= x.end);
  const id = m?.actor ?? st.entities.find((e) => e.actor && e.start <= t.start && t.end <= e.end)?.actor;
  return id ? (st.actors.get(id)?.kind ?? null) : null;
}

/** The root clause p and the clauses coordinated with it or set beside it (conj, parataxis), transitively. */
function mainClauses(tree: NonNullable<DocActors['tree']>, p: number): number[] {
  const out = [p];
  for (let k = 0; k < out.length; k++) out.push(...tree.children(out[k], BESIDE_MAIN));
  return out;
}

const BESIDE_MAIN = new Set(['conj', 'parataxis']);

/**
 * "… distribute the applications and then release them", "chief among them": a "them", "their" or
 * "themselves" (no clause subject) after a plural common noun of its own sentence that names no actor, with no
 * actor named between, refers to that noun's things or people, not to an actor named further back (read on
 * the tree: a compound modifier, "the airline's staff cuts" → "staff", is no phrase of its own, and a noun
 * in the phrase of a named body, "the Velmora board of trustees", stands for that body).
 */
function unnamedPluralBefore(st: DocActors, i: number): boolean {
  const { tokens, tree } = st;
  if (!tree || tree.isSubject(i)) return false;
  const named = (t: Token) => namedToken(st, t);
  for (let k = i - 1; k >= 0 && tokens[k].sentence === tokens[i].sentence; k--) {
    const t = tokens[k];
    if (named(t)) return false;
    if (t.pos !== 'NOUN' || tree.baseRel(k) === 'compound') continue;
    if (pluralNoun(st, t)) {
      // a noun of a named body's phrase ("the Velmora board of trustees … asking them") is that body
      // (the nouns it hangs from by of/compound, and their compound or flat name parts; not a possessor's)
      for (let h = k; h >= 0 && tokens[h].pos !== 'VERB'; h = ['nmod', 'compound'].includes(tree.baseRel(h)) ? tree.head(h) : -1) {
        for (const c of tree.children(h, new Set(['compound', 'flat']))) {
          const [a, b] = tree.subtreeRange(c);
          if (tokens.slice(a, Math.min(b + 1, i)).some(named)) return false;
        }
      }
      return true;
    }
  }
  return false;
}

/** Whether the span starting at a is a verb's object or the country an action is "on"/"against". */
function isObject(tokens: Token[], a: number): boolean {
  const prev = tokens[a - 1];
  if (!prev || prev.sentence !== tokens[a].sentence) return false;
  return prev.pos === 'VERB' || (prev.pos === 'ADP' && /^(on|against)$/i.test(prev.text));
}

/** Whether the noun "its" (token i) possesses is a state's own ("its crackdown", "its own citizens"). */
function statePossessed(tokens: Token[], i: number, st: DocActors): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4 && tokens[k].sentence === tokens[i].sentence; k++) {
    const t = tokens[k];
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      const set = st.ix.lexicon.statePossessed;
      // The head of a compound ("its border guards") decides, so look one noun further.
      const next = tokens[k + 1];
      if (next && next.sentence === t.sentence && next.pos === 'NOUN') continue;
      return set.has(t.lemma) || set.has(t.text.toLowerCase());
    }
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.text.toLowerCase() !== 'own') return false;
  }
  return false;
}

/** "It comes as…", "it seems", "it is likely that…", "found it hard to…": "it" refers to nothing. */
function pleonastic(tokens: Token[], i: number, st: DocActors): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  const n = next.text.toLowerCase();
  if (st.ix.lexicon.pleonasticIt.has(n)) return true;
  if (objectExpletive(tokens, i)) return true;
  if (extraposed(st, i)) return true;
  if (thingPredicate(st, i) || thingPassive(st, i)) return true;
  if (!COPULA_START.has(n)) return false;
  const { pleonasticPredicate, pleonasticPassive } = st.ix.lexicon;
  for (let k = i + 2; k < tokens.length && k < i + 8 && tokens[k].sentence === tokens[i].sentence; k++) {
    const t = tokens[k];
    const w = t.text.toLowerCase();
    // "it is not yet clear how", "it's also OK to", "it is time for voters to", "It is expected that"
    if (pleonasticPredicate.has(w) && clauseFollows(tokens, k, true)) return true;
    if (pleonasticPassive.has(w) && clauseFollows(tokens, k, false)) return true;
    if (t.pos === 'ADJ') {
      const after = tokens[k + 1]?.text.toLowerCase();
      if (after === 'that' || after === 'to' || after === 'whether' || after === 'if') return true;
    }
    if (t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'AUX' || t.pos === 'DET' || POSSESSIVE.has(w)) continue;
    break;
  }
  return false;
}

/** Words after "it" that open "it is/was/would be/has been … PRED (that …)". */
const COPULA_START = new Set(['is', 'was', "'s", '’s', 'would', 'will', 'has', 'had', 'may', 'might', 'could', 'should', 'must']);
const POSSESSIVE = new Set(['my', 'our', 'your', 'his', 'her', 'their']);
/** Words that open a clause after a predicate ("clear how …", "time that …"); "to" and "for" are read apart. */
const CLAUSE_OPENER = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'which', 'who']);
const PASSIVE_OPENER = new Set(['that', 'whether', 'if', 'how', 'what', 'why']);

/**
 * Whether a clause follows the predicate at k (adverbs between skipped: "unclear exactly how"): that,
 * whether, a wh-word, and with `infinitive` also to + verb or for … to + verb ("time for voters to act").
 */
function clauseFollows(tokens: Token[], k: number, infinitive: boolean): boolean {
  const s = tokens[k].sentence;
  let j = k + 1;
  while (tokens[j]?.pos === 'ADV' && tokens[j].sentence === s && j < k + 3 && !CLAUSE_OPENER.has(tokens[j].text.toLowerCase())) j++;
  const w = tokens[j]?.text.toLowerCase();
  if (!w || tokens[j].sentence !== s) return false;
  if (!infinitive) return PASSIVE_OPENER.has(w);
  return CLAUSE_OPENER.has(w) || infinitiveFollows(tokens, j - 1);
}

/** to + verb at k + 1, or for … to + verb within six words ("for Kyiv to export"). */
function infinitiveFollows(tokens: Token[], k: number): boolean {
  const isVerbAfterTo = (j: number) => tokens[j]?.text.toLowerCase() === 'to' && (tokens[j + 1]?.pos === 'VERB' || tokens[j + 1]?.pos === 'AUX');
  if (isVerbAfterTo(k + 1)) return true;
  if (tokens[k + 1]?.text.toLowerCase() !== 'for') return false;
  for (let j = k + 2; j < tokens.length && j <= k + 7 && tokens[j].sentence === tokens[k].sentence; j++) if (isVerbAfterTo(j)) return true;
  return false;
}

/** Clausal dependents a predicate has when its "it" is an extraposition expletive. */
const EXTRAPOSED = new Set(['csubj', 'ccomp', 'xcomp', 'advcl']);

/**
 * "it is hard for X to …", "experts say it costs $20 million to run": the parse's expletive "it" whose
 * predicate (after it) has a clausal dependent after itself. An expletive with no such clause ("it is
 * concerned about …") is more often a misparse of a referring subject, and keeps its antecedent.
 */
function extraposed(st: DocActors, i: number): boolean {
  const { tree } = st;
  if (!tree) return false;
  const h = tree.head(i);
  if (h <= i) return false;
  const rel = tree.rel(i);
  const clauses = rel === 'expl' ? EXTRAPOSED : rel === 'nsubj' ? 'csubj' : null;
  if (!clauses) return false;
  return tree.children(h, clauses).some((c) => c > h);
}

/**
 * "it's a long game", "it is the biggest decline since …", "it was a difficult choice": "it" the subject of
 * a copular clause whose predicate (read on the tree) is a common noun naming no actor stands for that
 * thing or situation, not for an organisation or a country before it. A predicate that is a mention, or a
 * noun for a body, place or role ("it is the largest bank", "the first country to", "a member of"), keeps it.
 */
function thingPredicate(st: DocActors, i: number): boolean {
  const { tree, tokens } = st;
  if (!tree || tree.baseRel(i) !== 'nsubj') return false;
  const h = tree.head(i);
  if (h <= i || tree.upos[h] !== 'NOUN' || !tree.isCopular(h)) return false;
  const w = tokens[h].text.toLowerCase();
  const lex = st.ix.lexicon;
  for (const set of [lex.orgNoun, lex.roleNoun, lex.placeNoun, lex.personHead, lex.venueWord, lex.kinNoun, lex.epithetTitle]) if (set.has(w)) return false;
  return !st.mentionTokens.some(({ a, b }) => a <= h && h < b);
}

/**
 * "it is slated for a June release", "since it was announced in 2000", "it wasn't approved": "it" the passive
 * subject (read on the tree) of a participle that selects a made, shown or scheduled thing (lexicon class
 * thing-passive) stands for that thing, not for the organisation that made it.
 */
function thingPassive(st: DocActors, i: number): boolean {
  const { tree, tokens } = st;
  if (!tree || tree.rel(i) !== 'nsubj:pass') return false;
  const h = tree.head(i);
  return h > i && st.ix.lexicon.thingPassive.has(tokens[h].text.toLowerCase());
}

/**
 * "will find it difficult to repeat", "made it clear that", "makes it harder for Kyiv to export": an object
 * "it" right after a verb, with an adjective whose clause (to + verb, that, whether, for … to + verb)
 * follows, stands for that clause, not for an actor ("making it prone to floods" keeps its antecedent).
 */
function objectExpletive(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i].sentence || (prev.pos !== 'VERB' && prev.pos !== 'AUX')) return false;
  let k = i + 1;
  while (tokens[k]?.pos === 'ADV' && tokens[k].sentence === tokens[i].sentence) k++;
  // A comparative the tagger reads as an adverb ("make it harder for …") ends the adjective phrase too.
  if (tokens[k]?.pos !== 'ADJ' || tokens[k].sentence !== tokens[i].sentence) {
    if (k === i + 1) return false;
    k--;
  }
  const after = tokens[k + 1]?.text.toLowerCase();
  return after === 'that' || after === 'whether' || infinitiveFollows(tokens, k);
}

/**
 * "Chad said that it would …", "Niger promised that in 2030 it would open …": the subject
 * (token) of the verb whose complement clause has the pronoun at token i as its subject, else -1 (read on the tree).
 */
function reportingSubject(st: DocActors, i: number): number {
  const { tree } = st;
  if (!tree || !tree.isSubject(i)) return -1;
  const p = tree.head(i);
  if (p < 0 || tree.baseRel(p) !== 'ccomp') return -1;
  const gov = tree.head(p);
  return gov >= 0 ? tree.subject(gov) : -1;
}


/**
 * An antecedent's score from where it stands, before its kind and salience: nearer sentences and subjects
 * first, the more recent in the pronoun's own sentence, one inside a quotation only for a pronoun inside one.
 * `c` is the antecedent (for a coordination, its last conjunct); `gap` its distance in sentences.
 */
function placeScore(c: Ante, subject: boolean, gap: number, sentence: number, pos: number, quote: number): number {
  let score = 1 - 0.3 * gap + (subject ? 0.35 : 0);
  if (c.sentence === sentence) score += 0.1 * (c.start / Math.max(1, pos)); // more recent in the same sentence
  if (quote < 0 && c.inQuote >= 0) score -= 0.4;
  return score;
}

/** A mention `best` let through for a pronoun, with what its rule score read: the trained ranker's pool. */
interface Pooled {
  c: Ante;
  gap: number;
  comp: number;
  /** Mentions of its actor let through before it. */
  salience: number;
  objectHit: boolean;
  reporterHit: boolean;
}

/** A pronoun's form: subject, object, possessive or reflexive. */
function pronounForm(lower: string): string {
  if (/sel(?:f|ves)$/.test(lower)) return 'refl';
  if (lower === 'his' || lower === 'its' || lower === 'their' || lower === 'hers' || lower === 'theirs') return 'poss';
  if (lower === 'her') return 'her';
  return lower === 'him' || lower === 'them' ? 'obj' : 'subj';
}

/** The syntactic role of token k on the tree, coarsely: subject, object, possessor, oblique, noun modifier, conjunct, root, other. */
function roleOf(tree: Tree, k: number): string {
  const rel = tree.rel(k);
  if (rel === 'nmod:poss') return 'poss';
  const base = tree.baseRel(k);
  if (base === 'nsubj' || base === 'csubj') return 'subj';
  if (base === 'obj' || base === 'iobj') return 'obj';
  if (base === 'obl' || base === 'nmod' || base === 'conj' || base === 'root' || base === 'appos') return base;
  return 'other';
}

/** The starts of the mentions that speak a quotation: the one right after its closing mark ("…,” Ms Truss wrote), else the nearest one ending just before it outside quotes ("X said: “…"). */
function quoteSpeakers(tokens: Token[], antes: readonly Ante[], regions: { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  for (const r of regions) {
    let k = tokenIndexFrom(tokens, r.end);
    while (k < tokens.length && tokens[k].pos === 'PUNCT') k++;
    const after = k < tokens.length ? antes.find((x) => x.a === k) : undefined;
    if (after) {
      out.add(after.start);
      continue;
    }
    const before = antes.filter((x) => x.end <= r.start && r.start - x.end < 40 && x.inQuote < 0).pop();
    if (before) out.add(before.start);
  }
  return out;
}

/** Two or more antecedents whose heads the tree coordinates ("Ana Lopes and Tomas Berg", "Oslo, Riga and Vilnius"). */
interface Coordination {
  members: Ante[];
}

/**
 * The coordinations of distinct actors among the antecedents, in order of their last conjunct: every conjunct
 * of a coordination (joined by "and"/"or", `Tree.coordinated`) heads an antecedent; one naming no actor
 * ("Ana Lopes and other ministers") makes none.
 */
function coordinatedAntes(st: DocActors, antes: readonly Ante[]): Coordination[] {
  const { tree } = st;
  if (!tree) return [];
  const byHead = new Map<number, Ante>();
  for (const c of antes) byHead.set(tree.spanHead(c.a, c.b), c);
  const out: Coordination[] = [];
  const seen = new Set<number>();
  for (const [k] of byHead) {
    const all = tree.coordinated(k);
    if (all.length < 2 || seen.has(all[0])) continue;
    seen.add(all[0]);
    const members = all.map((j) => byHead.get(j));
    if (members.some((m) => !m)) continue;
    const ms = members as Ante[];
    if (new Set(ms.map((m) => m.actor)).size < 2) continue;
    out.push({ members: ms });
  }
  return out.sort((x, y) => x.members[x.members.length - 1].start - y.members[y.members.length - 1].start);
}

/** The country and sector every member of a coordination has (a person's from the role the registry gives
 * it, as an event party reads it), or null when they differ or one lacks either. */
function sharedGroup(st: DocActors, co: Coordination): { country: string; sector: string } | null {
  let country: string | null | undefined;
  let sector: string | null | undefined;
  for (const m of co.members) {
    const a = st.actors.get(m.actor);
    const role = a?.roles?.[0];
    const c = a?.country ?? role?.country ?? null;
    const s = a?.sector ?? role?.sector ?? null;
    if (!c || !s || (country !== undefined && (c !== country || s !== sector))) return null;
    country = c;
    sector = s;
  }
  return country && sector ? { country, sector } : null;
}
