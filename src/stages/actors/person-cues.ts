// The country and sector of a person the registry does not know, from cues the text writes right beside
// the name (run after serviceSectors, which reads the body an apposition names; a cue here fills only
// what is still empty):
// - a US party-and-state tag after the name ("Ana Lopes (D-Mass.)", "Tom Berg, R-Tex.,"): a member of
//   a US legislature, Congress or a state's → USA, LEG;
// - a nationality adjective in an apposition's role phrase ("Ana Lopes, a retired Belgian general", "the
//   Turkish journalist, Ana Lopes") → that country;
// - the title words a name was read with ("Mayor Ana Lopes", "Attorney General Tom Berg") → the sector
//   of the longest sector word among them (or, for a title that stands alone, the sector the lexicon's
//   title-sector class gives it: "Officer Ana Lopes" → COP, "Justice Tom Berg" → JUD; a title that class
//   lists whole is read also in lower case right before the name: "chief executive Ana Lopes" → BUS), and a place named right before the title ("Aleppo Mayor …",
//   "Kansas senator …", "Ohio Attorney General …": a country, a region or a large city) → its country;
//   an organisation named right before it ("Apple CEO …", "Boeing vice president …") → its country and
//   its sector (also over a sector read before from the title's words: the title is the body's) (not for a title of one who serves abroad: "UN Ambassador …");
//   a person with a sector named right before it ("Clinton spokesman …", "Trump campaign spokesman …")
//   → that person's country and sector: an aide acts in the principal's role;
// - common nouns glued before the name after a body ("Facebook creator …", "MSNBC host …") → its sector
//   and country; after a person only with a title word among them ("Clinton communications director …");
// - an organisation's possessive right before the name, no title between ("NBC's …", "the Civic Party's
//   …") → its sector and country: one of its people;
// - a town the person is of or from, right after the name, that the article places with its region or
//   country somewhere ("Ana Lopes, 42, of Ashton, Md.", "Tom Berg from Sydney, Australia", "X, of
//   Paris" where the text also writes "Paris, Texas") → that country (a resident's; no sector); else a
//   country's name there ("X of Italy"), or a region or large city in a country the document places some
//   actor in ("X, 18, of Regina", "Senator X of Tennessee"; not "X, 26, of Edmonton" in a Kentucky report
//   naming no Canadian) → that country;
// - a nationality adjective opening the common nouns glued before the name ("the French historian X",
//   "Swedish captain X", "Spanish dictator General X") → that country (not before a teacher's word:
//   a "French teacher" teaches French);
// - a word of where the person is from (the lexicon's origin-noun class) after a place's name right
//   before the name ("Ghana immigrant X", "New Zealand national X") or heading an apposition with
//   "of"/"from" and a place ("X, a native of Peru") → that place's country (a citizen's) and no role: the
//   word's own sector where it names migrants (REF), else a civilian's (CVL).
import { isPartyTag } from './name-fragments.ts';
import { isPersonLemma, isTitleWord, titleInsideMention } from './person-context.ts';
import { countryNamed, nameKey } from './registry.ts';
import { joinStatelessBody, placedCountries, unplacedPersons, type DocActors } from './resolve.ts';
import type { TownSense } from './town-senses.ts';

/** Whether the text after character `end` opens a party-and-state tag: "(D-Mass.)" or ", R-Tex.,". */
function partyTagAfter(text: string, end: number): boolean {
  const m = /^\s*[(,]\s*/.exec(text.slice(end, end + 4));
  return !!m && isPartyTag(text.slice(end + m[0].length, end + m[0].length + 24).split(/[),]/)[0]);
}

/** Sectors of a body a noun before a title can name ("company CEO"): not the state's own ("police chief" is
 * read by the title's words). */
const BODY_SECTORS = new Set(['BUS', 'EDU', 'HLH', 'REL', 'LAB', 'MED', 'NGO', 'PTY']);

/** Sectors a person's title can give (not the sectors of crowds: "man", "people"). */
const ROLE_SECTORS = new Set(['GOV', 'LEG', 'MIL', 'COP', 'JUD', 'EDU', 'HLH', 'REL', 'LAB', 'MED', 'BUS', 'NGO']);

/** The words after a person's name that say where they are of or from: ", 42, of " or " from ". */
const RESIDENCE = /^,?[ \t]*(?:\d{1,3},[ \t]*)?(?:of|from)[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,2})/u;

/**
 * The country of the town named right after a person's name as where they are of or from (`text` from
 * the name's end), when the article places that town with its region or country somewhere (`sense`),
 * longest words first; else, for the whole name after the preposition, a country's (`country`: "Tom Berg
 * of Italy") or a region's or large city's (`place`: "Ana Lopes, 42, of Mississauga", "Ana Lopes of West
 * Virginia"); else null.
 */
export function residenceCountry(
  text: string, sense: TownSense | undefined, end: number,
  place: (name: string) => string | null = () => null, country: (name: string) => string | null = () => null,
): string | null {
  const m = RESIDENCE.exec(text.slice(end, end + 80));
  // (not a name opened by an article: "of The Daily Star")
  if (!m || /^The\b/.test(m[1])) return null;
  const words = m[1].split(/[ \t]/);
  for (let n = words.length; n >= 1 && sense; n--) {
    const c = sense(words.slice(0, n).join(' '));
    if (c) return c;
  }
  return country(m[1]) ?? place(m[1]);
}

export function personCues(st: DocActors): void {
  const tree = st.tree;
  const text = st.doc.text;
  const t = st.tokens;
  const lex = st.ix.lexicon;
  const titleWord = (k: number) => {
    const w = t[k].text.toLowerCase();
    return isTitleWord(lex, w) || w === '.';
  };
  // the sector of the title words [a, k): the longest run that is a sector word
  const titleSector = (a: number, k: number): string | null => {
    for (let len = k - a; len >= 1; len--) {
      for (let i = a; i + len <= k; i++) {
        const sw = st.ix.sectors.get(nameKey(text.slice(t[i].start, t[i + len - 1].end)));
        if (sw && !sw.inherit && sw.alone && ROLE_SECTORS.has(sw.sector)) return sw.sector;
      }
    }
    return null;
  };
  // the sector the lexicon's title-sector class gives the title [a, k) by its last word, when no other
  // person title stands in it ("Officer X", "Transportation Secretary X"; not "Chief Financial Officer X")
  const soleTitleSector = (a: number, k: number): string | null => {
    // (an abbreviation's full stop is no word of its own: "Const. X")
    const last = k - 1 > a && t[k - 1].text === '.' ? k - 2 : k - 1;
    // (a title of several words the class lists whole: "Chief Executive X")
    const whole = lex.titleSector.get(text.slice(t[a].start, t[last].end).toLowerCase());
    if (whole) return whole;
    for (let i = a; i < last; i++) if (lex.personTitle.has(t[i].text.toLowerCase())) return null;
    const w = t[last].text.toLowerCase();
    return lex.titleSector.get(w) ?? lex.titleSector.get(w.replace(/\.$/, '')) ?? null;
  };
  // the start of a title of several words the lexicon's title-sector class lists whole, written in any
  // case right before token a in its sentence and outside the mention ("new chief executive X", "Chief
  // executive X" opening a sentence: no rule reads a lower-case word as a title), or null
  const wholeTitleBefore = (a: number): number | null => {
    for (let p = Math.max(0, a - 3); p < a - 1; p++) {
      if (t[p].sentence !== t[a].sentence || !/^\p{L}/u.test(t[p].text)) continue;
      const words = text.slice(t[p].start, t[a - 1].end);
      if (/^[\p{L} ]+$/u.test(words) && lex.titleSector.has(words.toLowerCase())) return p;
    }
    return null;
  };
  // an organisation whose name ends at token i ("Apple CEO …", "Boeing's chief executive …"), or a person
  // with a sector whose staff the title names ("Clinton spokesman …", "Trump campaign spokesman …",
  // "Obama's press secretary …": the aide acts in the principal's role)
  const bodyEndingAt = (i: number, self: string, orgOnly = false): { country: string | null; sector: string | null; stateless?: true } | null => {
    if (t[i].text.toLowerCase() === 'campaign' && i > 0) i--;
    if (/^['’]s?$/.test(t[i].text) && i > 0) i--;
    for (let m = 0; m < st.mentions.length; m++) {
      const r = st.mentionTokens[m];
      if (r.b - 1 !== i || st.mentions[m].via === 'pronoun') continue;
      const a = st.actors.get(st.mentions[m].actor);
      if (a && (a.kind === 'org' || a.kind === 'igo')) return { country: a.country ?? null, sector: a.sector ?? null, ...(a.stateless ? { stateless: true as const } : {}) };
      if (!orgOnly && a && a.kind === 'person' && a.sector && a.id !== self) return { country: a.country ?? null, sector: a.sector };
    }
    return null;
  };
  // how many common nouns (up to three, in one phrase with the name) stand right before token a in its
  // sentence, with a word before them: 0 when none
  const nounsBefore = (a: number): number => {
    if (!tree) return 0;
    let j = 0;
    while (j < 3 && a - j - 1 > 0 && t[a - j - 1].sentence === t[a].sentence && tree.upos[a - j - 1] === 'NOUN' && /^\p{Ll}/u.test(t[a - j - 1].text)) j++;
    // (one phrase with the name: the noun hangs on the name, or the name on the noun)
    const glued = tree.heads[a - 1] >= a && tree.heads[a - 1] <= a + 3 || tree.heads[a] === a - 1;
    return j > 0 && t[a - j - 1].sentence === t[a].sentence && glued ? j : 0;
  };
  // the sector of a lower-case noun naming a body, glued right before the title in one phrase with the
  // name ("company CEO X", "hospital director X", "party chairman X"): the title is that body's
  const describedTitle = (a: number): string | null => {
    const n = a - 1;
    if (!tree || n < 1 || t[n].sentence !== t[a].sentence || tree.upos[n] !== 'NOUN' || !/^\p{Ll}/u.test(t[n].text)) return null;
    if (!(tree.heads[n] > n && tree.heads[n] <= a + 3)) return null;
    const sw = st.ix.sectors.get(t[n].text.toLowerCase()) ?? st.ix.sectors.get(t[n].lemma);
    return sw && sw.alone && !sw.inherit && !sw.national && BODY_SECTORS.has(sw.sector) ? sw.sector : null;
  };
  // the sector the lexicon's occupation-sector class gives the noun at token i ("host" → MED)
  const occupationOf = (i: number): string | null => lex.occupationSector.get(t[i].text.toLowerCase()) ?? lex.occupationSector.get(t[i].lemma.toLowerCase()) ?? null;
  const abroadTitle = (a: number, k: number) => t.slice(a, k).some((x) => st.ix.sectors.get(x.text.toLowerCase())?.abroad);
  // the country of up to three capitalised words ending right before token k in its sentence (a country's
  // name only, for `countryOnly`)
  const placeBefore = (k: number, countryOnly = false): string | null => {
    for (let i = Math.max(0, k - 3); i < k; i++) {
      if (t[i].sentence !== t[k].sentence || !t.slice(i, k).every((x) => /^\p{Lu}/u.test(x.text))) continue;
      const words = text.slice(t[i].start, t[k - 1].end);
      const named = countryNamed(st.ix, words, (h) => h.via !== 'metonym');
      if (named) return named;
      const place = countryOnly ? null : st.placeCountry?.(words);
      if (place) return place;
    }
    return null;
  };
  // the country of a nationality adjective among the words of a role noun's phrase before the noun
  const nationalityOf = (n: number): string | null => {
    if (!tree) return null;
    for (const c of tree.children(n)) {
      if (c > n || tree.baseRel(c) !== 'amod') continue;
      const country = countryNamed(st.ix, tree.tokens[c].text, (h) => h.via === 'demonym');
      if (country) return country;
    }
    return null;
  };
  // the sector of an honorific of the title-sector class opening the mention [a, b) or standing right
  // before it in its sentence ("Professor X", "Prof. X", "Reverend X")
  const honorificSector = (a: number, b: number): string | null => {
    const sectorOf = (i: number) => (lex.honorific.has(t[i].text.toLowerCase()) ? lex.titleSector.get(t[i].text.toLowerCase().replace(/\.$/, '')) ?? null : null);
    if (a < b - 1) {
      const own = sectorOf(a);
      if (own) return own;
    }
    let i = a - 1;
    if (i > 0 && t[i].text === '.') i--;
    return i >= 0 && t[i].sentence === t[a].sentence ? sectorOf(i) : null;
  };
  // the country of a nationality adjective right before the common nouns glued before the name (over any
  // title words between them and the name: "Spanish dictator General X"), or null
  const demonymBefore = (a: number): string | null => {
    let i = a;
    while (i > 1 && t[i - 1].sentence === t[a].sentence && /^\p{Lu}/u.test(t[i - 1].text) && lex.personTitle.has(t[i - 1].text.toLowerCase())) i--;
    const j = nounsBefore(i);
    const d = i - j - 1;
    if (j === 0 || !tree || tree.heads[d] <= d || tree.heads[d] > a + 3) return null;
    const noun = t[d + 1];
    const sw = st.ix.sectors.get(noun.text.toLowerCase()) ?? st.ix.sectors.get(noun.lemma);
    if (sw?.sector === 'EDU' || occupationOf(d + 1) === 'EDU') return null;
    return countryNamed(st.ix, t[d].text, (h) => h.via === 'demonym');
  };
  // the country of a region or large city in one the document places actors in (a town's namesake
  // abroad is no resident's home: "X, 26, of Edmonton" in a Kentucky report is no Canadian)
  let placed: Set<string> | null = null;
  const placedTown = (name: string): string | null => {
    const c = st.placeCountry?.(name) ?? null;
    placed ??= placedCountries(st);
    return c && placed.has(c) ? c : null;
  };
  // the country a country's own name (not a demonym, not a metonym) names: "Italy", "the UK"
  const countryByName = (name: string): string | null => countryNamed(st.ix, name, (h) => h.via === 'name');
  // whether token k is a word of where a person is from (the lexicon's origin-noun class: "immigrant", "native")
  const originWord = (k: number): boolean => lex.originNoun.has(t[k].text.toLowerCase()) || lex.originNoun.has(t[k].lemma.toLowerCase());
  // the sector such a word tells: its own where it names migrants (immigrant, refugee: REF), else a civilian's
  const originSector = (k: number): string => ((st.ix.sectors.get(t[k].text.toLowerCase()) ?? st.ix.sectors.get(t[k].lemma))?.sector === 'REF' ? 'REF' : 'CVL');
  // the country of a place a person is from: a region or large city in a country the document places
  // actors in first ("a native of Alberta" in a report from Toronto), else a country's own name or demonym
  const originPlace = (name: string): string | null => placedTown(name) ?? countryNamed(st.ix, name, (h) => h.via !== 'metonym');
  // the country of a word of origin in lower case right before the name after up to three capitalised
  // words naming a place ("Guinea immigrant X", "New Zealand national X"), or null
  const originBefore = (a: number): string | null => {
    const k = a - 1;
    if (k < 1 || t[k].sentence !== t[a].sentence || !/^\p{Ll}/u.test(t[k].text) || !originWord(k)) return null;
    for (let i = Math.max(0, k - 3); i < k; i++) {
      if (t[i].sentence !== t[k].sentence || !t.slice(i, k).every((x) => /^\p{Lu}/u.test(x.text))) continue;
      const c = originPlace(text.slice(t[i].start, t[k - 1].end));
      if (c) return c;
    }
    return null;
  };
  for (const { m, mention, person } of unplacedPersons(st, true)) {
    if (partyTagAfter(text, mention.end)) {
      person.country ??= 'USA';
      person.sector ??= 'LEG';
      continue;
    }
    const { a, b } = st.mentionTokens[m];
    let k = a;
    while (k < b - 1 && titleWord(k)) k++;
    // a title after capitalised words of its office or place inside the mention ("Homeland Security
    // Secretary X", "Environment Minister X", "Montreal East Mayor X"): the run up to its last title word
    if (k === a) k = titleInsideMention(t, lex, a, b, person.name) ?? a;
    // an abbreviated title left outside the name by its full stop ("police Const. X")
    if (k === a && a > 1 && t[a - 1].text === '.' && t[a - 2].sentence === t[a].sentence) person.sector ??= soleTitleSector(a - 2, a);
    // a title the lexicon lists whole, right before a mention without one ("chief executive X"): the
    // title words [ta, tb), read as those inside a mention are
    const before = k === a ? wholeTitleBefore(a) : null;
    const [ta, tb] = before !== null ? [before, a] : [a, k];
    // common nouns glued before a name with no title word of its own
    const j = k === a && before === null && tree && a > 1 ? nounsBefore(a) : 0;
    if (tb > ta && t[ta].text !== '.') {
      // an ambassador or envoy serves abroad: "UN Ambassador …" names where, not whose
      const abroad = abroadTitle(ta, tb);
      const body = ta > 0 && !abroad ? bodyEndingAt(ta - 1, person.id) : null;
      // a title after a body is the body's ("Boeing spokesman", "Boeing vice president"): its sector first
      if (body?.sector) person.sector = body.sector;
      else person.sector ??= titleSector(ta, tb) ?? describedTitle(ta) ?? soleTitleSector(ta, tb);
      person.country ??= body?.country ?? placeBefore(ta, abroad);
      joinStatelessBody(person, body);
    } else if (j > 0) {
      // role nouns glued before the name after a body ("Facebook creator X", "NBC News moderator X",
      // "Justice Department congressional liaison X"), or after a person when a title word is among
      // them ("Clinton communications director X"; not "Trump critic X")
      const titled = t.slice(a - j, a).some((x) => lex.personTitle.has(x.text.toLowerCase()) || lex.titleWord.has(x.text.toLowerCase()));
      const body = bodyEndingAt(a - j - 1, person.id, !titled);
      if (body?.sector) {
        person.sector ??= body.sector;
        person.country ??= body.country;
        // ("Airbus spokesman X": a multinational's people are in no one country either)
        joinStatelessBody(person, body);
      } else if (titled && j > 1) person.sector ??= describedTitle(a - j + 1);
      // an occupation right before the name, of no body the text names ("talk radio host X", "casino
      // magnate X", "pediatrician X"): its sector, no country
      else person.sector ??= occupationOf(a - 1);
    } else if (k === a && a > 1 && /^['’]s?$/.test(t[a - 1].text) && t[a - 1].sentence === t[a].sentence) {
      // an organisation's possessive right before the name ("NBC's X", "the Civic Party's X"): one of its
      // people, of its sector and country (not a person's or a country's: "Russia's X")
      const body = bodyEndingAt(a - 1, person.id, true);
      if (body?.sector) {
        person.sector ??= body.sector;
        person.country ??= body.country;
        joinStatelessBody(person, body);
      }
    }
    // an honorific that tells a role, read as part of the name or right before it ("Professor Ana Lopes"
    // → EDU, "Reverend Tom Berg" → REL; the lexicon's title-sector class), where nothing else gave one
    person.sector ??= honorificSector(a, b);
    person.country ??= residenceCountry(text, st.townSense, mention.end, placedTown, countryByName);
    person.country ??= demonymBefore(a);
    // a word of origin tells the person's own country (a citizen's: "Guinea immigrant X") and no role
    const origin = person.country ? null : originBefore(a);
    if (origin) {
      person.country = origin;
      person.sector ??= originSector(a - 1);
    }
    if (!tree || person.country) continue;
    const h = tree.spanHead(a, b);
    if (h < 0) continue;
    for (const n of [...tree.appositions(h), ...tree.appositionHeads(h)]) {
      // an apposition headed by a word of origin before "of"/"from" and a place ("X, a native of Peru"):
      // that place's country, read as a residence after the name is
      const from = originWord(n) ? residenceCountry(text, st.townSense, t[n].end, () => null, originPlace) : null;
      if (from) {
        person.country = from;
        person.sector ??= originSector(n);
        break;
      }
      const country = isPersonLemma(tree, n) ? nationalityOf(n) : null;
      if (country) {
        person.country = country;
        break;
      }
    }
  }
}
