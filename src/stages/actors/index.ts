// The actors stage: recognises entities (persons, organisations, countries, places, nationality
// groups, role phrases), resolves them to registry or document-level actors, and links surnames,
// titles and pronouns to them, filling the entities, actors and mentions layers.
import type { Doc, Token } from '../../doc/types.ts';
import { paragraphBreakIn } from '../../doc/layout.ts';
import type { ComponentFactory } from '../../pipeline/component.ts';
import { actorIndex, type ActorIndex } from './registry.ts';
import { COMPASS, Recognizer, type Cand, type PlaceOf } from './recognize.ts';
import type { Knowledge } from '../../knowledge/knowledge.ts';
import { applyAcronyms, documentAcronyms } from './acronyms.ts';
import { typePersonsFromContext } from './person-context.ts';
import { cutTagged, splitCoordinated } from './coordination.ts';
import { dropModifierRuns } from './modifier-runs.ts';
import { newState, onHeadline, resolveAll, resolvePossessed, resolvePredicative, trimHeadlineEnd } from './resolve.ts';
import { resolvePronouns } from './coref.ts';
import { resolveStaff } from './staff.ts';
import { resolvePartyMembers } from './party-members.ts';
import { resolveCounterparts } from './counterpart.ts';
import { EntityTagger } from './entity-tagger.ts';
import { trimCandsTimeStart, trimSpansTimeEdges } from './time-edges.ts';
import { bundledEntityModel } from './entity-model.ts';
import { knowledgeLookup, placeEntryOf } from './entity-lookup.ts';
import { townSenses, type TownSense } from './town-senses.ts';
import { townsBeforeContainer, type ContainerAt } from './town-persons.ts';
import { containerSpanAfter } from '../places/context.ts';
import { gazetteer } from '../places/gazetteer.ts';
import { articleEdges, mergeTagged, tagDocument, type EntityTaggers } from './entity-merge.ts';
import { cutHeadlineRuns, cutPersonOf, cutSentenceOpeners, joinHyphenTails, dropLoneNumerals, readPartyTags } from './name-fragments.ts';

export { actorForSpan, actorById } from './lookup.ts';

function allCaps(tokens: Token[], s: number, e: number): boolean {
  let words = 0;
  for (let i = s; i < e; i++) {
    if (!/\p{L}/u.test(tokens[i].text)) continue;
    if (tokens[i].text !== tokens[i].text.toUpperCase()) return false;
    words++;
  }
  return words >= 3;
}

/**
 * A maker's name that names a product ("Airbus A320", "Boeing 787 jets": a model number follows it), or
 * capitals glued to a number ("30GB", "5G"): no organisation mention.
 */
function productOrUnit(tokens: Token[], c: Cand): boolean {
  if (c.label !== 'ORG') return false;
  const next = tokens[c.b];
  if (next && next.sentence === tokens[c.b - 1].sentence && next.start === tokens[c.b - 1].end + 1 && /^\p{Lu}{0,3}\d{2,}\p{L}{0,3}$/u.test(next.text)) return true;
  const prev = tokens[c.a - 1];
  return c.b - c.a === 1 && !!prev && prev.end === tokens[c.a].start && /\d$/.test(prev.text);
}

/** A ship ("USS Cole", "HMS Trent"): a prefix in capitals before the name; no actor. */
function vessel(tokens: Token[], c: Cand, ix: ActorIndex): boolean {
  let a = c.a;
  if (/^the$/i.test(tokens[a].text)) a++;
  const t = tokens[a];
  return c.b - a >= 2 && !!t && t.text === t.text.toUpperCase() && ix.lexicon.vesselPrefix.has(t.text.toLowerCase());
}

/**
 * One capitalised word with no cue of its own right before a noun of weapons or machines names a model,
 * no actor ("two Patriot launchers", "Leopard tanks", "Javelin missiles"); a registry name keeps its
 * actor ("Hamas rockets").
 */
function equipmentModel(tokens: Token[], c: Cand, ix: ActorIndex): boolean {
  if (c.type !== 'unknown' || c.alias || c.parent || (c.confidence ?? 0.5) > 0.6 || c.b - c.a !== 1) return false;
  // one word, not the end of a longer name ("McDonnell Douglas jets": the maker)
  const prev = tokens[c.a - 1];
  if (prev && prev.sentence === tokens[c.a].sentence && /^\p{Lu}/u.test(prev.text)) return false;
  const next = tokens[c.b];
  if (!next || next.sentence !== tokens[c.b - 1].sentence || !/^\p{Ll}/u.test(next.text)) return false;
  return ix.lexicon.equipmentNoun.has(next.lemma) || ix.lexicon.equipmentNoun.has(next.text.toLowerCase());
}

/** Annotate one document (tokens and sentences must be present). */
export function annotateActors(
  doc: Doc, ix: ActorIndex, recognizer = new Recognizer(ix), tagger: EntityTaggers | null = null, placeOf: PlaceOf = () => null,
  placeCountry: (name: string) => string | null = () => null, senses: ((text: string) => TownSense) | null = null,
  regionCountry: (name: string) => string | null = () => null,
  containers: ((text: string) => ContainerAt) | null = null,
  articles: ReadonlySet<string> = new Set(),
): void {
  const tokens = doc.layers.tokens ?? [];
  let cands: Cand[] = [];
  let s = 0;
  while (s < tokens.length) {
    // A sentence, cut at paragraph breaks too (doc/layout.ts: a line break that only wraps a line is none): a
    // headline is never part of the first body sentence.
    let e = s + 1;
    while (e < tokens.length && tokens[e].sentence === tokens[s].sentence && !paragraphBreakIn(doc.text, tokens[e - 1].end, tokens[e].start)) e++;
    if (allCaps(tokens, s, e)) {
      // An all-caps headline ("PUTIN WARNS BELARUS OVER GAS"): every word looks like a name, so only
      // registry names (people, countries, organisations) are taken from it, word by word.
      for (let i = s; i < e; ) {
        const c = recognizer.sentence(doc.text, tokens, i, Math.min(e, i + 10))[0];
        if (c && c.a === i && c.hits?.length) {
          cands.push(c);
          i = c.b;
        } else i++;
      }
    } else cands.push(...trimCandsTimeStart(tokens, recognizer.sentence(doc.text, tokens, s, e), ix.lexicon));
    s = e;
  }
  const st = newState(doc, ix, tokens);
  st.gazetteerCountry = placeCountry;
  st.regionCountry = regionCountry;
  if (senses) {
    // the article's own town of a name comes before the gazetteer's best-known one ("GLASGOW, Ky. … the
    // Glasgow Police Department")
    const sense = senses(doc.text);
    st.townSense = sense;
    st.placeCountry = (name) => sense(name) ?? placeCountry(name);
  } else st.placeCountry = placeCountry;
  cands = splitCoordinated(st.tree, doc.text, tokens, cands, recognizer, ix);
  typePersonsFromContext(st.tree, tokens, cands, ix);
  cands = dropModifierRuns(st.tree, tokens, cands);
  const tree = st.tree;
  const isSubject = (a: number, b: number) => !!tree && tree.predicateOfSubject(tree.spanHead(a, b)) >= 0;
  const acronyms = documentAcronyms(tokens);
  if (tagger) {
    const tagged = tagDocument(tagger, tokens, doc.layers.syntax, doc.text, cands, ix.lexicon);
    cands = mergeTagged(cands, cutTagged(tree, tokens, articleEdges(tokens, trimSpansTimeEdges(tokens, tagged, ix.lexicon), articles), ix), tokens, doc.text, placeOf, undefined, isSubject, acronyms);
  }
  cands = joinHyphenTails(tokens, cands, articles).map((c) => trimHeadlineEnd(st, c)).filter((c): c is Cand => c !== null);
  cands = cutHeadlineRuns(st.tree, doc.text, tokens, cands, recognizer, ix, (k) => onHeadline(st, k));
  if (containers) cands = townsBeforeContainer(doc.text, tokens, cands, containers(doc.text));
  cands = cutSentenceOpeners(st.tree, doc.text, tokens, dropLoneNumerals(tokens, readPartyTags(doc.text, tokens, cands, ix)), recognizer, ix);
  cands = cutPersonOf(doc.text, tokens, cands, recognizer, ix);
  resolveAll(st, applyAcronyms(tokens, cands.filter((c) => !productOrUnit(tokens, c) && !vessel(tokens, c, ix) && !equipmentModel(tokens, c, ix)), acronyms));
  resolvePronouns(st);
  resolvePossessed(st);
  resolveStaff(st);
  resolvePartyMembers(st);
  resolvePredicative(st);
  resolveCounterparts(st, cands);
  const byStart = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start - y.start || y.end - x.end;
  doc.layers.entities = st.entities.sort(byStart);
  doc.layers.mentions = st.mentions.sort(byStart);
  const used = new Set(st.mentions.map((m) => m.actor));
  for (const e of st.entities) if (e.actor) used.add(e.actor);
  doc.layers.actors = [...st.actors.values()].filter((a) => used.has(a.id)).map((a) => {
    const gender = a.kind === 'person' ? st.gender.get(a.id) : null;
    return gender ? { ...a, gender } : a;
  });
}

/** The places gazetteer as a typing feature for unknown names (built on first use); single words only
 * for regions and countries. */
export function gazetteerPlaceOf(knowledge: Knowledge): PlaceOf {
  const entry = placeEntryOf(knowledge);
  return (name, single) => {
    let top = entry(name);
    // "North Darfur", "Western Equatoria": a compass word before a region the gazetteer knows.
    const m = /^(\S+?)(?:-|\s+)(.+)$/.exec(name);
    const rest = m && COMPASS.test(m[1]) ? m[2] : undefined;
    if (!top && rest) {
      const inner = entry(rest);
      if (inner && inner.kind !== 'city') top = inner;
    }
    if (!top) return null;
    // A single word is a place only as a region or country ("Tasmania"): towns share names with people.
    if (single && (top.kind === 'city' || !/^\p{Lu}\p{Ll}+$/u.test(name))) return null;
    return top.kind === 'country' || top.kind === 'admin1' || top.kind === 'city' ? 'GPE' : 'LOC';
  };
}

export const actorsComponent: ComponentFactory = (knowledge) => {
  const ix = actorIndex(knowledge);
  const placeOf = gazetteerPlaceOf(knowledge);
  const entry = placeEntryOf(knowledge);
  // a town or region opening a public body's name gives it its country ("Tulsa Police Department"); a
  // one-word town only if it is a city: small towns share their names with words ("Justice", "Federal")
  const placeCountry = (name: string): string | null => {
    const e = entry(name);
    if (!e || !e.country || (e.kind !== 'city' && e.kind !== 'admin1')) return null;
    return e.kind === 'city' && !/\s/.test(name) && e.population < 50000 ? null : e.country;
  };
  const regionCountry = (name: string): string | null => {
    const e = entry(name);
    return e?.kind === 'admin1' ? e.country ?? null : null;
  };
  const recognizer = new Recognizer(ix, placeOf);
  // EVENTLINE_ENTITY_TAGGER=0: the rules alone (for comparison)
  const model = process.env.EVENTLINE_ENTITY_TAGGER === '0' ? null : bundledEntityModel();
  const lookup = model ? knowledgeLookup(knowledge) : null;
  const tagger = model ? { first: new EntityTagger(model.first, lookup), second: model.second ? new EntityTagger(model.second, lookup) : null } : null;
  return {
    name: 'actors',
    requires: ['tokens', 'sentences'],
    assigns: ['entities', 'actors', 'mentions'],
    process(doc: Doc) {
      annotateActors(doc, ix, recognizer, tagger, placeOf, placeCountry, (text) => townSenses(text, gazetteer(knowledge)), regionCountry,
        (text) => (end) => containerSpanAfter(text, end, gazetteer(knowledge))?.end ?? null, gazetteer(knowledge).articlePrefixes);
    },
  };
};
