// Persons typed from context that generalises, read from the tree: a name whose reading was a guess
// (an unknown capitalised run with no organisation word, no gazetteer or given-name cue) is a person
// when a person noun stands in apposition to it ("Ana Lopes, the head of the board"; "the board's
// founder, Ana Lopes"), qualifies it ("researcher Ana Lopes", "a singer named Ana"), or when it is the
// subject of a verb only people do ("X died", "X was born", "X married"), when it is bare and the active
// subject of a verb of saying or thinking ("X writes", "X stated"; a name of a person's shape), or when
// the tree coordinates it with a name that is surely a person's (a registry or titled person, a given
// name the lexicon knows) and with nothing surely else ("Ana Lopes, Tomas Berg and Eva Kral"). Single
// names are not enough.
import { lowerCaseWords } from '../../doc/token-views.ts';
import { opensUpper } from '../../doc/letters.ts';
import type { Token } from '../../doc/types.ts';
import type { Tree } from '../../doc/tree.ts';
import type { Cand } from './recognize.ts';
import type { ActorIndex, Lexicon } from './registry.ts';

/** Nouns naming people by role, kin or occupation (lemmas). */
export const PERSON_NOUNS = new Set([
  'head', 'chief', 'director', 'teen', 'winner', 'leader', 'founder', 'co-founder', 'president', 'chairman', 'chairwoman', 'chair', 'spokesman',
  'spokeswoman', 'spokesperson', 'minister', 'secretary', 'author', 'professor', 'researcher', 'scientist', 'executive',
  'editor', 'interviewee', 'reporter', 'journalist', 'writer', 'artist', 'actor', 'actress', 'singer', 'player', 'coach',
  'manager', 'lawyer', 'attorney', 'judge', 'doctor', 'physician', 'son', 'daughter', 'wife', 'husband', 'mother', 'father',
  'brother', 'sister', 'friend', 'colleague', 'guy', 'man', 'woman', 'girl', 'boy', 'student', 'teacher', 'officer',
  'analyst', 'economist', 'expert', 'owner', 'ceo', 'governor', 'mayor', 'senator', 'ambassador', 'envoy', 'commander',
  'priest', 'emperor', 'king', 'queen', 'prince', 'princess', 'poet', 'novelist', 'historian', 'meteorologist', 'creator',
  'designer', 'engineer', 'candidate', 'activist', 'lecturer', 'librarian', 'curator', 'photographer', 'producer',
  'composer', 'painter', 'founder', 'deputy', 'adviser', 'advisor', 'aide', 'heir', 'widow', 'uncle', 'aunt', 'cousin',
  'grandson', 'granddaughter', 'nephew', 'niece', 'pastor', 'bishop', 'rabbi', 'imam', 'sheikh', 'farmer', 'nurse', 'counsel',
  'official', 'representative', 'general', 'colonel', 'lawmaker', 'legislator', 'politician', 'diplomat', 'businessman',
  'businesswoman', 'entrepreneur', 'soldier', 'cleric', 'host', 'anchor', 'correspondent', 'columnist', 'commentator', 'presenter',
]);

/** A title word before a name (lower case): a person title, a title word, or an abbreviated title with or
 * without its full stop ("const", "const."). */
export const isTitleWord = (lex: Lexicon, lower: string): boolean =>
  lex.personTitle.has(lower) || lex.titleWord.has(lower) || lex.titleAbbreviation.has(lower.replace(/\.$/, ''));

/**
 * A person title after other capitalised words inside the mention of tokens [a, b) ("Homeland Security
 * Secretary X", "Montreal East Mayor X"), not a word of the person's own `name` ("Larry King"): one past
 * the last such title before the mention's last word, else null.
 */
export function titleInsideMention(tokens: readonly Token[], lex: Lexicon, a: number, b: number, name: string): number | null {
  const own = new Set(name.split(/\s+/));
  let k: number | null = null;
  for (let i = a + 1; i < b - 1; i++) if (lex.personTitle.has(tokens[i].text.toLowerCase()) && !own.has(tokens[i].text)) k = i + 1;
  return k;
}

/**
 * Whether the words before token a are an office phrase's title and its "of" or "for" (and "the"), with
 * only capitalised words and "of", "for", "the" between ("Minister of …", "Secretary of the Air Force for
 * …"), all in token a's sentence and none before token `lo` (a segment's first; 0 for the sentence alone).
 */
export function officeBefore(tokens: readonly Token[], lex: Lexicon, a: number, lo = 0): boolean {
  const sentence = tokens[a].sentence;
  let p = a - 1;
  if (p > lo && tokens[p].text === 'the') p--;
  if (p <= lo || !/^(of|for)$/.test(tokens[p].text) || tokens[p].sentence !== sentence) return false;
  for (let q = p - 1, n = 0; q >= lo && n < 8 && tokens[q].sentence === sentence; q--, n++) {
    const w = tokens[q].text;
    if (opensUpper(w) && lex.personTitle.has(w.toLowerCase())) return true;
    if (!opensUpper(w) && !/^(of|for|the)$/.test(w)) return false;
  }
  return false;
}

/** Words that put a title before the time the sentence speaks of: "the former president", "ex-minister". */
export const FORMER = /^(former|ex|ex-|then|then-|late|erstwhile|onetime|one-time|previous|retired)$/i;

/** Whether tree word n is a common noun whose lemma names a person ("general", "spokesman"). */
export const isPersonLemma = (tree: Tree, n: number): boolean => tree.upos[n] === 'NOUN' && PERSON_NOUNS.has(tree.lemma(n).toLowerCase());

/** Verbs whose subject is a person (lemmas; "bear" as the passive "was born"). */
export const PERSON_VERBS = new Set(['die', 'marry', 'bear', 'smile', 'laugh', 'retire', 'graduate', 'grow', 'cry', 'weep', 'divorce', 'resign']);

const isPersonNoun = (tree: Tree, i: number, ix: ActorIndex) => {
  if (tree.upos[i] !== 'NOUN' && !(tree.upos[i] === 'PROPN' && ix.lexicon.personTitle.has(tree.tokens[i].text.toLowerCase()))) return false;
  const l = tree.lemma(i).toLowerCase();
  // (also a noun of a post in a body: "superintendent", "member", "fellow")
  return PERSON_NOUNS.has(l) || PERSON_NOUNS.has(tree.tokens[i].text.toLowerCase()) || ix.lexicon.personTitle.has(l) || ix.lexicon.roleNoun.has(l);
};

/** Whether the context of tokens [a, b) in the tree says they name a person. */
export function personByContext(tree: Tree, a: number, b: number, ix: ActorIndex): boolean {
  const h = tree.spanHead(a, b);
  // apposition either way round
  if (tree.appositions(h).some((c) => isPersonNoun(tree, c, ix))) return true;
  if (tree.appositionHeads(h).some((k) => isPersonNoun(tree, k, ix))) return true;
  const up = tree.head(h);
  // "summoned the ambassador, Ana Lopes, to …": a name set off by a comma right after a person noun the
  // parser hung beside that noun (on the noun's own head) instead of as its apposition
  const noun = a - 2;
  if (noun >= 0 && tree.tokens[a - 1].text === ',' && isPersonNoun(tree, noun, ix) && !/^\p{Lu}/u.test(tree.tokens[noun].text)
    && tree.tokens[noun].sentence === tree.tokens[a].sentence && (up === noun || (up >= 0 && up === tree.head(noun)))) return true;
  // "The president installed by the army, Ana Lopes, warned": an apposition the parser read as a subject
  const before = tree.subjectBeforeCommas(h);
  if (before >= 0 && isPersonNoun(tree, before, ix)) return true;
  // a person noun qualifying the name: "researcher Ana Lopes"
  if (tree.children(h).some((c) => c < a && (tree.baseRel(c) === 'compound' || tree.baseRel(c) === 'nmod') && isPersonNoun(tree, c, ix))) return true;
  if (a > 0 && isPersonNoun(tree, a - 1, ix) && tree.tokens[a - 1].sentence === tree.tokens[a].sentence && !/^\p{Lu}/u.test(tree.tokens[a - 1].text)) {
    const r = tree.rel(a - 1);
    if (tree.head(a - 1) === h || tree.head(h) === a - 1 || r === 'compound') return true;
  }
  // "a girl named Ana": the name completes "named"/"called" after a person noun
  if (up >= 0 && /^(name|call)$/.test(tree.lemma(up).toLowerCase()) && tree.head(up) >= 0 && isPersonNoun(tree, tree.head(up), ix)) return true;
  // the subject of a verb only people do
  const p = tree.predicateOfSubject(h);
  if (p >= 0 && PERSON_VERBS.has(tree.lemma(p).toLowerCase()) && (tree.lemma(p).toLowerCase() !== 'bear' || tree.rel(h) === 'nsubj:pass')) return true;
  // "Ana Lopes writes", "Ana Lopes stated that …": the active subject of a verb of saying or thinking, a
  // bare name (one with a determiner is a thing's or a body's: "The Lorvian Declaration states", "the
  // Lorvian Times wrote") of a person's shape, no conjunct (whose words the parser may have cut from a
  // longer name: "X Citizenship and Immigration Services said")
  if (p >= 0 && tree.rel(h) === 'nsubj' && SPEAKER_VERBS.has(tree.lemma(p).toLowerCase()) && tree.coordinated(h).length <= 1
    && !tree.children(h).some((c) => c < h && tree.upos[c] === 'DET') && !(a > 0 && tree.upos[a - 1] === 'DET' && tree.tokens[a - 1].sentence === tree.tokens[a].sentence)
    && personShaped(tree, a, b, ix)) return true;
  return false;
}

/** Whether tree words [a, b) have a person's name's shape: proper nouns like "Lopes", "McKay", "Al-Abbudi"
 * (hyphens between), none a place or a country the gazetteer or registry knows ("Texas A&M", "Kenya
 * Medical Practitioners" say things as bodies), no pronoun ("Everything Trump says"). */
function personShaped(tree: Tree, a: number, b: number, ix: ActorIndex): boolean {
  for (let k = a; k < b; k++) {
    const w = tree.tokens[k].text;
    if (w === '-' && k > a && k < b - 1) continue;
    if (tree.upos[k] !== 'PROPN' || !NAME_WORD.test(w) || ix.places.has(w.toLowerCase()) || (ix.names.get(w.toLowerCase()) ?? []).some((h) => h.actor.startsWith('country:'))) return false;
  }
  return true;
}

/** Verbs of saying, writing and thinking whose active subject, a name with no other cue, is a person (lemmas). */
const SPEAKER_VERBS = new Set(['say', 'tell', 'write', 'state', 'explain', 'recall', 'insist', 'argue', 'add', 'think', 'believe', 'feel', 'point']);

/** The shape of a word of a person's name: "Lopes", "McKay", "O'Hara", "Ruiz-Lopes" (not "St.", "R-Ky"). */
const NAME_WORD = /^\p{Lu}\p{Ll}*['’]?\p{Lu}?\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** A candidate that names a person with a cue of its own: a registry or titled person, or a guess a given name typed. */
const surePerson = (c: Cand) => c.label === 'PERSON' && (c.type !== 'unknown' || (c.confidence ?? 0) >= 0.6);

/** Retype as persons the guessed names of `cands` whose context says so (multi-word names only). */
export function typePersonsFromContext(tree: Tree | null, tokens: Token[], cands: Cand[], ix: ActorIndex): void {
  if (!tree) return;
  // the heads of the names that are surely persons, for their coordinations ("Ana Lopes and Tomas Berg")
  const personHeads = new Set<number>();
  const otherHeads = new Set<number>();
  // words the document also writes in lower case ("Douglas Aircraft" beside "the aircraft"): a guess
  // a given name typed with such a word in it is no sure person
  // (words of small letters only, read from the document's shared set of the words it writes in lower case)
  const lower = lowerCaseWords(tokens);
  const writtenLower = (w: string) => lower.has(w) && /^\p{Ll}+$/u.test(w);
  // (a capitalised word: a particle or syllable the name itself writes in lower case, "al-Amr", "Chung-tai", tells nothing)
  const common = (c: Cand) => c.type === 'unknown' && tokens.slice(c.a + 1, c.b).some((t) => opensUpper(t.text) && writtenLower(t.text.toLowerCase()));
  for (const c of cands) {
    if (surePerson(c) && !common(c)) personHeads.add(tree.spanHead(c.nameA ?? c.a, c.b));
    else if (c.label !== 'PERSON' && (c.confidence ?? 0.5) >= 0.6) otherHeads.add(tree.spanHead(c.a, c.b));
  }
  // a coordination of names one of which is surely a person and none surely anything else
  const amongPersons = (h: number) => {
    const all = tree.coordinated(h);
    return all.some((k) => k !== h && personHeads.has(k)) && !all.some((k) => otherHeads.has(k));
  };
  for (const c of cands) {
    if (c.type !== 'unknown' || c.guess === 'PERSON' || c.alias) continue;
    if ((c.confidence ?? 0) > 0.5 && c.guess !== undefined) continue;
    const words = tokens.slice(c.a, c.b).filter((t) => /^\p{Lu}/u.test(t.text));
    if (words.length < 2 || words.length > 4) continue;
    if (words.some((w) => ix.lexicon.orgWord.has(w.text.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w.text))) continue;
    // among persons only a name of a person's shape, with no determiner or adjective before it ("The
    // Texas Cowboys", "a leading Ohio Republican")
    const coordinated = amongPersons(tree.spanHead(c.a, c.b)) && !(c.a > 0 && /^(?:DET|ADJ|NUM)$/.test(tree.upos[c.a - 1]))
      && tokens.slice(c.a, c.b).every((w) => NAME_WORD.test(w.text) || /^\p{Lu}\.$/u.test(w.text));
    if (!coordinated && !personByContext(tree, c.a, c.b, ix)) continue;
    c.guess = 'PERSON';
    c.label = 'PERSON';
    c.confidence = 0.65;
  }
}
