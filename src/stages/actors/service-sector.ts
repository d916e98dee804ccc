// The sector a person acts in when the registry does not know them and no title says it: the sector of
// the body an apposition says they serve ("Ana Lopes, executive director of the Coalition for Safer
// Streets" → NGO; "the coalition's founder, Ana Lopes" → NGO; "…, a researcher at X University" → EDU),
// read from the tree, also when the body stands before the title ("the Airbus chief executive", "Apple's
// senior vice president"), and a national body whose own words name its country ("a spokesman for the
// Foreign Ministry of X"); the sector of the body an of-phrase after the name names ("Ana Lopes of
// Reuters" → MED); and the sector of the people it is listed among ("Ana Lopes and other
// community members" → CVL, "Tom Reyes and other lawmakers" → LEG: "X and other Ns" says X is an N);
// else the sector of the role an apposition names by itself ("the interior minister, Ana Lopes" → GOV).
// A body may be a body of people ("a spokeswoman for Denver police") or one with no actor ("a professor
// at the University of Halden"). The guideline's rule: a person takes the sector of the role held on
// the article's date, so a former role ("a former foreign minister") gives no sector, only a country.
import { FORMER, isPersonLemma } from './person-context.ts';
import { joinStatelessBody, unplacedPersons, type DocActors } from './resolve.ts';

const BODY_CASES = new Set(['of', 'at', 'for', 'with']);

/** Group sectors that are no body one serves ("the Polish workers' lawyer"). */
const CROWDS = new Set(['CVL', 'REF']);

/** A copula that puts the role in the past: "…, who was the White House physician". */
const PAST_COPULA = new Set(['was', 'were']);

interface Body {
  sector: string;
  country: string | null;
  /** An organisation the registry places in no one country (Actor.stateless). */
  stateless?: true;
}

export function serviceSectors(st: DocActors): void {
  const tree = st.tree;
  if (!tree) return;
  // (a body of people or one with no actor only apart from the role's own words `n`: not "vice" of the
  // "vice president" read as a phrase of its own)
  const orgAt = (i: number, n = -1): Body | null => {
    for (let m = 0; m < st.mentions.length; m++) {
      const r = st.mentionTokens[m];
      if (i < r.a || i >= r.b || st.mentions[m].via === 'pronoun') continue;
      const a = st.actors.get(st.mentions[m].actor);
      if (a && a.sector && (a.kind === 'org' || a.kind === 'igo' || (a.kind === 'group' && ownCountry(m)))) return { sector: a.sector, country: a.country ?? null, ...(a.stateless ? { stateless: true as const } : {}) };
      // a body of people the context placed ("a spokeswoman for Denver police", "the city police chief"):
      // its sector, not its country (not a possessor: "the state's campaign chairman")
      if (a && a.sector && a.kind === 'group' && !CROWDS.has(a.sector) && tree.rel(i) !== 'nmod:poss' && (n < r.a || n >= r.b) && !oneHolder(i)) return { sector: a.sector, country: null };
    }
    // a body the resolver typed with no actor ("a lecturer at the University of Halden", "a spokesman
    // for Denver police" where no country was read): its sector
    const e = entityAt(i);
    if (e && n >= 0 && e.start <= st.tokens[n].start && st.tokens[n].end <= e.end) return null;
    return (e?.label === 'ORG' || (e?.label === 'ROLE' && !oneHolder(i))) && !e.actor && e.sector && !CROWDS.has(e.sector) ? { sector: e.sector, country: null } : null;
  };
  // a role one person holds ("a candidate for governor", "the race for mayor"): no body one serves
  const oneHolder = (i: number) => isPersonLemma(tree, i) || st.ix.lexicon.personTitle.has(tree.tokens[i].text.toLowerCase());
  const entityAt = (i: number) => st.entities.find((e) => e.start <= st.tokens[i].start && st.tokens[i].end <= e.end);
  // a national body whose own words name its country ("the Foreign Ministry of X", "the Swedish Foreign
  // Ministry"), not one the article's context placed ("the state's campaign chairman", "the police")
  // (or a body named by its seat or name, "the State Department", "the White House": not a bare capital,
  // "a Moscow correspondent")
  const ownCountry = (m: number) => (st.mentions[m].via === 'demonym' || (st.mentions[m].via === 'metonym' && /^the\s/i.test(st.mentions[m].text)))
    && !CROWDS.has(st.actors.get(st.mentions[m].actor)?.sector ?? '');
  // the body a person noun is of/at/for ("director of X"), or whose possessor it is ("X's director")
  const bodyChild = (c: number) => tree.rel(c) === 'nmod:poss' || (tree.baseRel(c) === 'nmod' && BODY_CASES.has(tree.caseOf(c)));
  // also the body named before the title's words ("the Airbus chief executive") or as the possessor the
  // parser hung on its first word ("Apple's senior vice president": "Apple's" on "vice")
  const bodyOf = (n: number): Body | null => {
    for (const c of tree.children(n)) {
      const before = c < n && tree.baseRel(c) === 'compound';
      if (bodyChild(c) || before) {
        const body = orgAt(c, n);
        if (body) return body;
      }
      if (!before) continue;
      for (const k of tree.children(c)) {
        const body = tree.rel(k) === 'nmod:poss' ? orgAt(k, n) : null;
        if (body) return body;
      }
    }
    return null;
  };
  // the body an of/at/with/for phrase starting at token `at` names, hung on any word of the name [a, b):
  // right after the name ("Ana Lopes of Reuters"), or right after an apposition's role noun where the
  // parser hung the phrase on the name ("Ana Lopes, president of the union": "of the union" on "Lopes")
  const bodyAfterName = (a: number, b: number, at = b): Body | null => {
    for (let k = a; k < b; k++) {
      for (const c of tree.children(k)) {
        if (c < at || tree.baseRel(c) !== 'nmod' || !BODY_CASES.has(tree.caseOf(c)) || tree.phraseRange(c)[0] !== at) continue;
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
  // (a generic head takes the sector of the sector words before it, as a group phrase does: "the county
  // police chief" → COP, "the party spokesman" → PTY)
  const wordsSector = (from: number, n: number): string | null => {
    for (let k = from; k <= n; k++) {
      const sw = st.ix.sectors.get(tree.tokens.slice(k, n + 1).map((t) => t.text.toLowerCase()).join(' '));
      if (sw && !sw.inherit && sw.alone) return sw.sector;
    }
    const head = st.ix.sectors.get(tree.tokens[n].text.toLowerCase()) ?? st.ix.sectors.get(tree.lemma(n).toLowerCase());
    return head && (head.inherit || !head.alone) && n > from ? wordsSector(from, n - 1) : null;
  };
  // the role a person noun names by itself ("the interior minister, X"): its words from the phrase's start;
  // a role of a body ("president of the teachers' union", "the party's chair") says nothing by its word
  // (read off the words too: the parser often hangs "for policy for the Center" on the name instead)
  const servesBody = (n: number) => tree.children(n).some(bodyChild)
    || (n + 1 < tree.size && tree.tokens[n + 1].sentence === tree.tokens[n].sentence && BODY_CASES.has(tree.tokens[n + 1].text.toLowerCase()));
  // (or an occupation of the lexicon's that names no group: "…, a surgeon" → HLH; also one of a body or
  // field that gave no sector, for the occupation's word tells it alone: "…, assistant professor of
  // sculpture" → EDU, "…, host of Channel 9's 'Morning Show'" → MED)
  const occupation = (n: number): string | null => st.ix.lexicon.occupationSector.get(tree.lemma(n).toLowerCase()) ?? st.ix.lexicon.occupationSector.get(tree.tokens[n].text.toLowerCase()) ?? null;
  const roleSector = (n: number): string | null => (servesBody(n) ? occupation(n) : wordsSector(tree.coreRange(n)[0], n) ?? occupation(n));
  // ("a former IRS official", "a retired general", "…, who was the White House physician")
  const formerRole = (n: number) => tree.children(n).some((c) => c < n && (FORMER.test(tree.tokens[c].text) || (tree.rel(c) === 'cop' && PAST_COPULA.has(tree.tokens[c].text.toLowerCase()))));
  // an apposition set off by the comma right after the name (token b) that the parser hung on a word
  // above the name h: in "by moderator Ana Lopes, the anchor of …" the name is a flat part of
  // "moderator" and "anchor" an apposition of "moderator" or of a noun further up
  const appositionAbove = (h: number, b: number): number[] => {
    if (b >= tree.size || tree.tokens[b].text !== ',' || tree.tokens[b].sentence !== tree.tokens[h].sentence) return [];
    const out: number[] = [];
    for (let up = tree.heads[h], steps = 0; up >= 0 && steps < 8; up = tree.heads[up], steps++) {
      for (const c of tree.children(up)) if (c > b && tree.rel(c) === 'appos' && tree.phraseRange(c)[0] === b + 1) out.push(c);
    }
    return out;
  };
  // a post in a body the lexicon's role-noun class lists ("fellow", "administrator", "staffer"), as an
  // apposition's head noun: a role noun like the person nouns, telling a sector only by the body after it
  // … or a singular sector word that names one person by itself ("…, a Democratic congressman from
  // Georgia" → LEG, "…, the county sheriff" → COP, "…, the billionaire investor" → BUS; not a generic head,
  // "member", a plural's group, "officials", nor a word of a body or a venue, "the school newspaper",
  // "in school")
  const lex = st.ix.lexicon;
  const postNoun = (n: number) => {
    if (tree.upos[n] !== 'NOUN') return false;
    const lemma = tree.lemma(n).toLowerCase();
    if (lex.roleNoun.has(lemma)) return true;
    const sw = st.ix.sectors.get(tree.tokens[n].text.toLowerCase());
    return !!sw && sw.alone && !sw.inherit && tree.tokens[n].text.toLowerCase() === lemma && !lex.orgNoun.has(lemma) && !lex.venueWord.has(lemma) && !lex.definiteOrgHead.has(lemma);
  };
  for (const { m, person } of unplacedPersons(st, true)) {
    const { a, b } = st.mentionTokens[m];
    const h = tree.spanHead(a, b);
    if (h < 0) continue;
    // (a role no longer held is not the one the person acts in: "a former IRS official", "a retired general")
    // (its body still tells the country: "a former Mexican foreign minister", "a former DNC chairman")
    // (and the role noun a copula predicates of the name: "Ana Lopes is the director of the Halden Trust")
    const p = tree.heads[h];
    const predicate = p >= 0 && tree.baseRel(h) === 'nsubj' && tree.isCopular(p) ? [p] : [];
    const nouns = [...tree.appositions(h), ...tree.appositionHeads(h), ...predicate, ...appositionAbove(h, b)].filter((n) => isPersonLemma(tree, n) || postNoun(n));
    for (const n of nouns) {
      const body = bodyOf(n) ?? (n + 1 < tree.size && tree.tokens[n + 1].sentence === tree.tokens[n].sentence ? bodyAfterName(a, b, n + 1) : null);
      if (formerRole(n)) {
        if (body) person.country ??= body.country;
        continue;
      }
      // the body's country too, for a person no title or place has placed ("X, director of <a US body>");
      // none for one of a multinational's people ("X, the Airbus chief executive")
      if (body) person.country ??= body.country;
      joinStatelessBody(person, body);
      const sector = body?.sector ?? roleSector(n);
      // (a predicate's civilian word describes, "X is a city boy, a businessman first": no sector from it)
      if (sector && predicate[0] === n && CROWDS.has(sector)) continue;
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
