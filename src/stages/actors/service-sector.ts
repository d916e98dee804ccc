// The sector a person acts in when the registry does not know them and no title says it: the sector of
// the body an apposition says they serve ("Ana Lopes, executive director of the Coalition for Safer
// Streets" → NGO; "the coalition's founder, Ana Lopes" → NGO; "…, a researcher at X University" → EDU),
// read from the tree, also when the body stands before the title ("the Airbus chief executive", "Apple's
// senior vice president"), and a national body whose own words name its country ("a spokesman for the
// Foreign Ministry of X"); the sector of the body an of-phrase after the name names ("Ana Lopes of
// Reuters" → MED); and the sector of the people it is listed among ("Ana Lopes and other
// community members" → CVL, "Tom Reyes and other lawmakers" → LEG: "X and other Ns" says X is an N);
// else the sector of the role an apposition names by itself ("the interior minister, Ana Lopes" → GOV).
// The guideline's rule: a person takes the sector of the role held.
import { isPersonLemma } from './person-context.ts';
import type { DocActors } from './resolve.ts';

const BODY_CASES = new Set(['of', 'at', 'for', 'with']);

/** Group sectors that are no body one serves ("the Polish workers' lawyer"). */
const CROWDS = new Set(['CVL', 'REF']);

interface Body {
  sector: string;
  country: string | null;
}

export function serviceSectors(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  const orgAt = (i: number): Body | null => {
    for (let m = 0; m < st.mentions.length; m++) {
      const r = st.mentionTokens[m];
      if (i < r.a || i >= r.b || st.mentions[m].via === 'pronoun') continue;
      const a = st.actors.get(st.mentions[m].actor);
      if (a && a.sector && (a.kind === 'org' || a.kind === 'igo' || (a.kind === 'group' && ownCountry(m)))) return { sector: a.sector, country: a.country ?? null };
    }
    return null;
  };
  // a national body whose own words name its country ("the Foreign Ministry of X", "the Swedish Foreign
  // Ministry"), not one the article's context placed ("the state's campaign chairman", "the police")
  const ownCountry = (m: number) => st.mentions[m].via === 'demonym' && !CROWDS.has(st.actors.get(st.mentions[m].actor)?.sector ?? '');
  // the body a person noun is of/at/for ("director of X"), or whose possessor it is ("X's director")
  const bodyChild = (c: number) => tree.rel(c) === 'nmod:poss' || (tree.baseRel(c) === 'nmod' && BODY_CASES.has(tree.caseOf(c)));
  // also the body named before the title's words ("the Airbus chief executive") or as the possessor the
  // parser hung on its first word ("Apple's senior vice president": "Apple's" on "vice")
  const bodyOf = (n: number): Body | null => {
    for (const c of tree.children(n)) {
      const before = c < n && tree.baseRel(c) === 'compound';
      if (bodyChild(c) || before) {
        const body = orgAt(c);
        if (body) return body;
      }
      if (!before) continue;
      for (const k of tree.children(c)) {
        const body = tree.rel(k) === 'nmod:poss' ? orgAt(k) : null;
        if (body) return body;
      }
    }
    return null;
  };
  // the body an of/at/with/for phrase right after the name [a, b) names (hung on any word of the name)
  const bodyAfterName = (a: number, b: number): Body | null => {
    for (let k = a; k < b; k++) {
      for (const c of tree.children(k)) {
        if (c < b || tree.baseRel(c) !== 'nmod' || !BODY_CASES.has(tree.caseOf(c)) || tree.phraseRange(c)[0] !== b) continue;
        const body = orgAt(c);
        if (body) return body;
      }
    }
    return null;
  };
  // "and other community members": the sector of the conjunct's words after "other", longest first
  const otherSector = (h: number): string | null => {
    for (const c of tree.conjuncts(h)) {
      if (c <= h) continue;
      const other = tree.children(c).find((k) => k < c && tree.tokens[k].text.toLowerCase() === 'other');
      if (other === undefined) continue;
      const sector = wordsSector(other + 1, c);
      if (sector) return sector;
    }
    return null;
  };
  // the sector words ending at noun n from `from` on, longest first ("interior minister" → GOV)
  const wordsSector = (from: number, n: number): string | null => {
    for (let k = from; k <= n; k++) {
      const sw = st.ix.sectors.get(tree.tokens.slice(k, n + 1).map((t) => t.text.toLowerCase()).join(' '));
      if (sw && !sw.inherit && sw.alone) return sw.sector;
    }
    return null;
  };
  // the role a person noun names by itself ("the interior minister, X"): its words from the phrase's start;
  // a role of a body ("president of the teachers' union", "the party's chair") says nothing by its word
  // (read off the words too: the parser often hangs "for policy for the Center" on the name instead)
  const servesBody = (n: number) => tree.children(n).some(bodyChild)
    || (n + 1 < tree.size && tree.tokens[n + 1].sentence === tree.tokens[n].sentence && BODY_CASES.has(tree.tokens[n + 1].text.toLowerCase()));
  const roleSector = (n: number): string | null => (servesBody(n) ? null : wordsSector(tree.coreRange(n)[0], n));
  for (let m = 0; m < st.mentions.length; m++) {
    const mention = st.mentions[m];
    if (mention.via === 'pronoun') continue;
    const person = st.actors.get(mention.actor);
    if (!person || person.kind !== 'person' || (person.sector && person.country) || st.ix.actors.has(person.id)) continue;
    const { a, b } = st.mentionTokens[m];
    const h = tree.spanHead(a, b);
    if (h < 0) continue;
    const nouns = [...tree.appositions(h), ...tree.appositionHeads(h)].filter((n) => isPersonLemma(tree, n));
    for (const n of nouns) {
      const body = bodyOf(n);
      // the body's country too, for a person no title or place has placed ("X, director of <a US body>")
      if (body) person.country ??= body.country;
      const sector = body?.sector ?? roleSector(n);
      if (sector) {
        person.sector ??= sector;
        break;
      }
    }
    // "Ana Lopes of the Coalition for Safer Streets", "Tom Berg at Reuters": the sector of the body the name
    // itself is of (not its country: a party's name is shared across countries, "the Democratic Party")
    person.sector ??= bodyAfterName(a, b)?.sector ?? null;
    person.sector ??= otherSector(h);
  }
}
