// A person the document gives no role is a private person, a civilian (the guideline's CVL: "Ana Lopes
// accused the ministry …" where nothing says she holds an office or serves a body). Run last among the
// sector rules (after serviceSectors and personCues), for a person the registry does not know and no
// rule gave a sector. Any cue of a role keeps the sector empty, for the role may be one no word list
// knows: a title word before any of the person's names ("Justice …", "Principal …", "Transportation
// Secretary …"), a common noun glued
// before one ("Scientology attorney …"; not a word of kinship, lexicon class kin-noun, nor a civilian's
// own word: "9/11 widow …", "resident …"), a possessive before it ("the party's …"), an apposition whose
// head is not a civilian's own word ("…, a spokeswoman for X"; "…, 19, of Regina" and "…, a mother of
// two" are no role) or a copula's role predicate ("X is the head of personnel"), a body after "of", "at", "for" or "with" ("… of the Neo Democrats"), or a role the
// recogniser read for the person; nor a "person" whose name has a function word inside ("Action Against
// Hunger" read as a person).
import { placeEntityAt, unplacedPersons, type DocActors } from './resolve.ts';
import { isTitleWord, titleInsideMention } from './person-context.ts';

/** Sectors whose words describe a private person ("resident", "mother", "refugee"). */
const PRIVATE = new Set(['CVL', 'REF']);
const BODY_CASES = new Set(['of', 'at', 'for', 'with']);

export function privatePersons(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  const t = st.tokens;
  const lex = st.ix.lexicon;
  const roled = new Set<string>();
  for (const e of st.entities) if (e.label === 'ROLE' && e.actor) roled.add(e.actor);
  // whether the noun n describes a private person (a civilian's or refugee's word, or a number: an age)
  const privateNoun = (n: number): boolean => {
    if (tree.upos[n] === 'NUM' || lex.kinNoun.has(tree.lemma(n).toLowerCase()) || lex.kinNoun.has(t[n].text.toLowerCase())) return true;
    const sw = st.ix.sectors.get(tree.lemma(n).toLowerCase()) ?? st.ix.sectors.get(t[n].text.toLowerCase());
    return !!sw && PRIVATE.has(sw.sector);
  };
  const hasRoleCue = (m: number): boolean => {
    const { a, b } = st.mentionTokens[m];
    const before = a > 0 && t[a - 1].sentence === t[a].sentence ? t[a - 1] : null;
    if (before && isTitleWord(lex, before.text.toLowerCase())) return true;
    // an abbreviated title whose full stop stands alone before the name ("Const. X", "the Rev. X")
    const abbr = before?.text === '.' && a > 1 && t[a - 2].sentence === t[a].sentence ? t[a - 2].text.toLowerCase() : null;
    if (abbr && (lex.personTitle.has(abbr) || lex.titleAbbreviation.has(abbr))) return true;
    if (isTitleWord(lex, t[a].text.toLowerCase())) return true;
    // a title after other capitalised words inside the mention ("Transportation Secretary X"), not a word
    // of the person's own name ("Larry King")
    if (titleInsideMention(t, lex, a, b, st.actors.get(st.mentions[m].actor)?.name ?? '') !== null) return true;
    if (before && /^['’]s?$/.test(before.text)) return true;
    // a name with a function word inside is likelier a body's than a person's ("Action Against Hunger";
    // not a name particle, "de", "bin")
    for (let k = a; k < b; k++) if (['ADP', 'CCONJ', 'DET'].includes(tree.upos[k]) && !lex.nameParticle.has(t[k].text.toLowerCase())) return true;
    const h = tree.spanHead(a, b);
    if (h < 0) return false;
    for (const k of tree.children(h)) {
      // (not a kinship noun: "9/11 widow X")
      if (k < a && (tree.baseRel(k) === 'compound' || tree.baseRel(k) === 'nmod:poss' || tree.upos[k] === 'NOUN') && !(tree.upos[k] === 'NOUN' && privateNoun(k))) return true;
      if (k >= b && tree.baseRel(k) === 'nmod' && BODY_CASES.has(tree.caseOf(k)) && tree.upos[k] !== 'NUM') {
        // a place after "of" is where the person lives ("Ana Lopes of Regina"), a body is what they serve
        const place = st.mentions.some((x, i) => x.via !== 'pronoun' && st.mentionTokens[i].a <= k && k < st.mentionTokens[i].b && st.actors.get(x.actor)?.kind === 'country');
        if (!place && !placeEntityAt(st, k)) return true;
      }
    }
    for (const n of [...tree.appositions(h), ...tree.appositionHeads(h)]) if (!privateNoun(n)) return true;
    // the subject of a copula whose predicate is a role ("X is the head of personnel", "X is the Federal
    // Member for Kennedy"; not "X is a mother of two")
    const p = tree.heads[h];
    if (p >= 0 && tree.baseRel(h) === 'nsubj' && (tree.upos[p] === 'NOUN' || tree.upos[p] === 'PROPN') && tree.isCopular(p) && !privateNoun(p)) return true;
    return false;
  };
  const cued = new Set<string>(roled);
  const named = new Set<string>();
  for (const { m, person } of unplacedPersons(st, false)) {
    named.add(person.id);
    // (a given name alone, as news writes a private person's once named in full, "As an intern Amber will
    // …", "Now Melania …": the words around it are no title; those of the full name and surname count)
    const { a, b } = st.mentionTokens[m];
    const given = b - a === 1 && person.name.includes(' ') && person.name.startsWith(`${t[a].text} `);
    if (!cued.has(person.id) && !given && hasRoleCue(m)) cued.add(person.id);
  }
  for (const id of named) {
    if (cued.has(id)) continue;
    const person = st.actors.get(id)!;
    person.sector = 'CVL';
  }
}
