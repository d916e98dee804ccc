// Short forms of an organisation's name that the document named in full: "Texas A&M" after "Texas A&M
// University", "United" after "United Airlines" (the name without a last word that is a body's noun),
// "the Times" after "the New York Times" (without the place opening it), and the full name again where
// the tagger read it as a place ("According to Manitoba Underdogs Rescue"); and a one-word name given
// again ("Eta", an echo). Each such run that no actor covers is that organisation again, so a quote or
// an event it speaks or acts in has its party, and coreference an antecedent.
import type { DocActors } from './resolve.ts';
import { addEntity, addMention, onHeadline, writtenInLowerCase } from './resolve.ts';
import { nameKey } from './registry.ts';
import type { Span } from '../../doc/types.ts';

/** The short forms (word lists) of an organisation's name of tokens [a, b). */
function shortForms(st: DocActors, a: number, b: number): string[][] {
  const t = st.tokens;
  const words = t.slice(a, b).map((x) => x.text);
  if (/^the$/i.test(words[0])) words.shift();
  const out: string[][] = [];
  if (words.length < 2) return out;
  out.push(words);
  const lex = st.ix.lexicon;
  const last = t[b - 1];
  const head = last.text.toLowerCase();
  // "United Airlines" → "United", "Texas A&M University" → "Texas A&M": a body's noun closing the name
  // (not a party's: "Democratic" is an adjective of its people too)
  const one = head.replace(/s$/, '');
  if (head !== 'party' && (lex.orgNoun.has(head) || lex.orgNoun.has(one) || lex.orgNoun.has(last.lemma) || head === 'university')) out.push(words.slice(0, -1));
  // "New York Times" → "Times": a place of one or two words opening it
  for (let n = 1; n <= 2 && n < words.length; n++) {
    if (st.gazetteerCountry?.(words.slice(0, n).join(' '))) out.push(words.slice(n));
  }
  return out.filter((w) => w.length && /^\p{Lu}/u.test(w[0]) && !st.gazetteerCountry?.(w.join(' ')) && !st.ix.places.has(nameKey(w.join(' '))));
}

/** A form of a body's name to look for: its words, the body, and whether it is a one-word name's echo. */
interface Form {
  words: string[];
  id: string;
  /** A one-word name given by itself (`echoForms`), not a short form of a longer name. */
  echo: boolean;
}

/**
 * "… a new blow to Eta. … Eta was formed …": a one-word name the document already resolved to an
 * organisation by its name is that organisation again (the tagger read it once), so coreference can take
 * it as an antecedent; not a word the text also writes in lower case.
 */
function echoForms(st: DocActors): Form[] {
  const t = st.tokens;
  const byWord = new Map<string, string>();
  st.mentions.forEach((m, i) => {
    const r = st.mentionTokens[i];
    const a = st.actors.get(m.actor);
    if (r.b - r.a !== 1 || m.via !== 'name' || !a || (a.kind !== 'org' && a.kind !== 'igo')) return;
    if (/^\p{Lu}[\p{L}-]+$/u.test(t[r.a].text) && !writtenInLowerCase(st, t[r.a].text.toLowerCase())) byWord.set(t[r.a].text, m.actor);
  });
  return [...byWord].map(([word, id]) => ({ words: [word], id, echo: true }));
}

/** The short forms of the document's multi-word organisation names; a form two bodies share is dropped. */
function shortFormsOfNames(st: DocActors): Form[] {
  const forms = new Map<string, Form>();
  const clash = new Set<string>();
  st.mentions.forEach((m, i) => {
    const r = st.mentionTokens[i];
    const actor = st.actors.get(m.actor);
    if (r.b - r.a < 2 || (m.via !== 'name' && m.via !== 'alias') || !actor || actor.kind !== 'org') return;
    for (const words of shortForms(st, r.a, r.b)) {
      const key = words.join(' ');
      const had = forms.get(key);
      if (had && had.id !== m.actor) clash.add(key);
      else forms.set(key, { words, id: m.actor, echo: false });
    }
  });
  for (const key of clash) forms.delete(key);
  return [...forms.values()];
}

/**
 * Link the runs of the document's one-word organisation names (echoes) and of the short forms of its
 * multi-word ones to those bodies, echoes first: each run that no mention covers, that no capitalised
 * word continues or precedes (a model: "the Airbus A380"; a longer name: "United States", "Times
 * Square"), becomes a mention of the body. An entity read there without an actor is taken over: for a
 * short form, one spanning the run exactly; for an echo, a place that only the preposition before it
 * made one ("negotiate with Eta": no gazetteer place), whatever stands beside it.
 */
export function orgShortForms(st: DocActors): void {
  const forms = [...echoForms(st), ...shortFormsOfNames(st)];
  if (!forms.length) return;
  const t = st.tokens;
  // (what covered a run before echoes were linked: an echo never meets another's, being one word)
  const taken = [...st.mentions, ...st.entities];
  const same = (i: number, k: number) => !!t[i] && t[i].sentence === t[k].sentence;
  for (const { words, id, echo } of forms) {
    // a one-word short form the text also writes in lower case is a common word ("hard times") where its
    // capital may be the sentence's or a headline's; inside a sentence the capital makes it a name
    const common = !echo && words.length === 1 && /^[\p{L}-]+$/u.test(words[0]) && writtenInLowerCase(st, words[0].toLowerCase());
    for (let k = 0; k + words.length <= t.length; k++) {
      if (t[k].text === words[0]) linkRun(st, same, taken, words, id, echo, common, k);
    }
  }
}

/**
 * Links the run of `words` at token k to the organisation `id` where it is that echo or short form (its own
 * function: the tests capture the run's offsets in closures, which inside the loop over every token would
 * give each token a scope object of its own).
 */
function linkRun(st: DocActors, same: (i: number, k: number) => boolean, taken: readonly Span[], words: string[], id: string, echo: boolean, common: boolean, k: number): void {
  const t = st.tokens;
  const b = k + words.length;
  let match = true;
  for (let j = 1; j < words.length && match; j++) match = t[k + j].text === words[j] && same(k + j, k);
  if (!match) return;
  const s = t[k].start;
  const e = t[b - 1].end;
  if (echo) {
    const place = st.entities.findIndex((x) => x.start === s && x.end === e && (x.label === 'LOC' || x.label === 'GPE') && !x.actor);
    if (place >= 0 && !st.ix.places.has(nameKey(words[0]))) {
      st.entities[place] = Object.assign({}, st.entities[place], { label: 'ORG', actor: id });
      addMention(st, k, b, id, 0.6, 'alias');
      return;
    }
    if (taken.some((m) => m.start < e && s < m.end)) return;
  }
  // ("University of Pittsburgh", "Fish & Wildlife" after a short form)
  if (same(b, k) && (echo ? /^[\p{Lu}\d]/u.test(t[b].text) : /^[\p{Lu}\d&]/u.test(t[b].text) || t[b].text === 'of')) return;
  if (same(k - 1, k) && /^\p{Lu}/u.test(t[k - 1].text) && !(echo ? /^["“‘']$/ : /^(the|["“‘'])$/i).test(t[k - 1].text)) return;
  if (common && (!same(k - 1, k) || /^["“‘']$/.test(t[k - 1].text) || onHeadline(st, k))) return;
  if (st.mentions.some((m) => m.start < e && s < m.end)) return;
  const over = st.entities.filter((x) => x.start < e && s < x.end);
  // an entity read there without an actor is replaced when it spans the run exactly
  if (over.some((x) => x.actor || x.start !== s || x.end !== e)) return;
  const at = st.entities.findIndex((x) => x.start === s && x.end === e);
  if (at >= 0) st.entities[at] = Object.assign({}, st.entities[at], { label: 'ORG', actor: id });
  else addEntity(st, k, b, 'ORG', id);
  addMention(st, k, b, id, 0.6, 'alias');
}
