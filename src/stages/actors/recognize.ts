// Entity recognition over the tokens layer: registry names (longest match), honorific/title + name,
// nationality or country + sector head groups ("Polish troops"), title phrases ("the UK foreign
// secretary"), bare sector phrases ("The Ministry of Defence"), counterpart phrases ("his Iranian
// counterpart") and unknown capitalised name runs; an organisation head keeps "in/for/to/of + place"
// inside the name ("the OSCE Mission to Moldova").
import type { EntityLabel, Token } from '../../doc/types.ts';
import { opensUpper } from '../../doc/letters.ts';
import { lowerCaseWords, lowerTexts } from '../../doc/token-views.ts';
import { hyphenJoined, hyphenRunEnd } from '../../doc/doc.ts';
import { givenNameTail } from './romanised.ts';
import { nameKey, type ActorIndex, type Gender, type NameHit, type SectorWord, type TitleWord } from './registry.ts';
import { LEGAL_SUFFIX } from './name-fragments.ts';
import { officeBefore } from './person-context.ts';
import { orgOrPlaceWord } from './word-class.ts';

/** A recognised span over tokens [a, b) before resolution to an actor. */
export interface Cand {
  a: number;
  b: number;
  label: EntityLabel;
  type: 'registry' | 'person' | 'role' | 'group' | 'sector' | 'unknown' | 'counterpart';
  /** Registry hits for the whole span (type registry) or for the name part (type person). */
  hits?: NameHit[];
  /** Person: first token of the name (after honorific/title); the name is [nameA, b). */
  nameA?: number;
  gender?: Gender | null;
  /** Role phrase (alone, or before a person's name). */
  titles?: TitleWord[];
  titleA?: number;
  titleB?: number;
  /** Country qualifier ("UK", "Polish", "Russia's") and its token range; `named` when its words are only
   * the country's name, never its adjective ("Russia's", "the UK"; not "Polish", nor "US", which the
   * registry also lists as an adjective). */
  qualifier?: { country: string; a: number; b: number; actor: string; named?: true };
  sector?: SectorWord;
  /** Unknown name class guessed from cues. */
  guess?: 'PERSON' | 'ORG' | 'GPE' | 'LOC';
  /** Registry organisation an unknown organisation name starts with ("OSCE" in "the OSCE Mission to Moldova"). */
  parent?: string;
  /** The tokens whose text names the actor (an acronym's expansion in the document). */
  alias?: { a: number; b: number };
  confidence?: number;
  /** An unknown name typed a place only by the preposition before it ("towards Northrop"). */
  byPreposition?: boolean;
}

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words a title-case headline leaves in lower case ("Talks on Gas Stall as Winter Nears"). */
const HEADLINE_LOWER = new Set(['the', 'and', 'for', 'but', 'nor', 'yet', 'off', 'out', 'via', 'with', 'from', 'into', 'over', 'onto', 'amid']);
/** A compass word opening a regional name or adjective ("North Darfur", "South American"). */
export const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;
const SPEECH_VERBS = new Set(['say', 'tell', 'add', 'write', 'warn', 'insist', 'claim', 'accuse', 'deny', 'urge', 'announce', 'argue', 'note', 'explain', 'state', 'ask', 'reply', 'respond', 'suggest', 'confirm']);

/** Lower-case nouns that complete an unknown name as a news organisation ("Rossiya television"). */
const MEDIA_NOUNS = new Set(['television', 'tv', 'radio', 'newspaper', 'daily', 'broadcaster', 'channel', 'agency', 'magazine']);
const isCap = (t: Token) => opensUpper(t.text);
/** Endings of English common nouns and adjectives, no given or family name's ("Education", "Regional"). */
const COMMON_ENDING = /(?:tion|sion|ment|ity|ness|ship|ance|ence|ics|ing|ure|ive|ary|ory|al|ic|ies|ism|ist|ture|cy|ogy|age)$/;
const isPossessive = (t: Token | undefined) => !!t && (t.text === "'s" || t.text === '’s' || t.text === "'" || t.text === '’');

/** The gazetteer as a feature: a name's place class ('GPE' for countries, regions and towns, 'LOC' for
 * other places), or null when it names no place. */
export type PlaceOf = (name: string, singleWord: boolean) => 'GPE' | 'LOC' | null;

/** What a word may open (Recognizer.opens): bits of its lower-case form's look-ups (`nameSpace`: a
 * registry name goes on after the word and a space). */
const OPENS = { title: 1, titleCut: 2, sector: 4, sectorCut: 8, name: 16, honorific: 32, nameSpace: 64 } as const;
/** Most words whose OPENS bits a recogniser remembers. */
const MAX_OPENS = 50000;

/** The proper starts of the keys of each phrase map asked about (keyPrefixes). */
const prefixesOf = new WeakMap<Map<string, unknown>, Set<string>>();

/** Every proper start of every key of a phrase map (titles, sectors), made once per map (the maps are built once, never changed). */
function keyPrefixes(map: Map<string, unknown>): Set<string> {
  let out = prefixesOf.get(map);
  if (!out) {
    out = new Set();
    for (const key of map.keys()) for (let n = 1; n < key.length; n++) out.add(key.slice(0, n));
    prefixesOf.set(map, out);
  }
  return out;
}

export class Recognizer {
  /** OPENS bits by the word as written (every token is asked about several times). */
  private readonly opensCache = new Map<string, number>();

  constructor(private readonly ix: ActorIndex, private readonly placeOf: PlaceOf = () => null) {}

  /**
   * The OPENS bits of a word as written: whether its lower-case form opens a title or sector phrase
   * (or does by its first part before a hyphen, apostrophe or full stop: "vice-president"), a registry
   * name (a curly apostrophe read as a straight one; and whether a name goes on after it and a space),
   * or is an honorific.
   */
  private opens(word: string): number {
    let bits = this.opensCache.get(word);
    if (bits !== undefined) return bits;
    const w = word.toLowerCase();
    const ix = this.ix;
    const cut = w.search(/[-'’.]/);
    const head = cut < 0 ? null : w.slice(0, cut);
    bits = 0;
    if (ix.titleFirst.has(w)) bits |= OPENS.title;
    if (head !== null && ix.titleFirst.has(head)) bits |= OPENS.titleCut;
    if (ix.sectorFirst.has(w)) bits |= OPENS.sector;
    if (head !== null && ix.sectorFirst.has(head)) bits |= OPENS.sectorCut;
    if (ix.namePrefixes.has(w) || (w.includes('’') && ix.namePrefixes.has(w.replace(/’/g, "'")))) bits |= OPENS.name;
    if (bits & OPENS.name && ix.namePrefixes.has(`${w} `)) bits |= OPENS.nameSpace;
    if (ix.lexicon.honorific.has(w)) bits |= OPENS.honorific;
    if (this.opensCache.size < MAX_OPENS) this.opensCache.set(word, bits);
    return bits;
  }

  /** The document whose tokens' OPENS bits `tokenOpens` holds. */
  private opensTokens: Token[] | null = null;
  private tokenOpens = new Int32Array(0);

  /**
   * opens(tokens[i].text), kept per token of the document last read (an array read, not a map look-up).
   * A new document's tokens are all asked at once: the look-ups of one tight loop wait for memory
   * together, where asked one by one between the rules each waited alone.
   */
  private opensAt(tokens: Token[], i: number): number {
    if (tokens !== this.opensTokens || tokens.length !== this.tokenOpens.length) {
      this.opensTokens = tokens;
      const bits = new Int32Array(tokens.length);
      for (let k = 0; k < tokens.length; k++) bits[k] = this.opens(tokens[k].text);
      this.tokenOpens = bits;
    }
    return this.tokenOpens[i];
  }

  /** Recognise candidate spans in one sentence's tokens [s, e) of `tokens` over `text`. */
  sentence(text: string, tokens: Token[], s: number, e: number): Cand[] {
    const out: Cand[] = [];
    let i = s;
    while (i < e) {
      const c = this.at(text, tokens, i, s, e);
      if (c) {
        // "his Iranian counterpart, Reza Karimi": a name in apposition to a counterpart is a person.
        const prev = out[out.length - 1];
        if (prev?.type === 'counterpart' && c.type === 'unknown' && c.guess === 'ORG' && (c.confidence ?? 1) < 0.5
          && (c.a === prev.b || (c.a === prev.b + 1 && tokens[prev.b].text === ','))) {
          c.guess = 'PERSON';
          c.label = 'PERSON';
          c.confidence = 0.6;
        }
        const longer = c.type === 'registry' ? this.aliasInLongerName(tokens, c, out[out.length - 1]?.b ?? s, s, e) : null;
        const parts = c.type === 'unknown' ? this.splitCapped(text, tokens, c, s, e) : [longer ?? c];
        out.push(...parts);
        i = Math.max(longer?.b ?? c.b, parts[parts.length - 1].b);
      } else i++;
    }
    return out;
  }

  /**
   * "The National Security Council met", "the Red Cross Blood Service said": a registry organisation's
   * alias of two words or more ("Security Council", "Red Cross") inside a longer capitalised name names
   * another body: after name words no candidate took (`from`: where the previous candidate ended), or
   * before name words closed by an organisation word. That name is an unknown organisation. Not in a
   * title-case headline, whose every word is capitalised; null when the alias stands alone.
   */
  private aliasInLongerName(tokens: Token[], c: Cand, from: number, s: number, e: number): Cand | null {
    if (!c.hits?.length || !c.hits.every((h) => h.via === 'alias' && /^(?:org|igo):/.test(h.actor))) return null;
    const the = /^the$/i.test(tokens[c.a].text);
    if (c.b - c.a - (the ? 1 : 0) < 2) return null;
    const word = (k: number) => tokens[k].sentence === tokens[c.a].sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)
      && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'ADJ' || tokens[k].pos === 'NOUN') && this.nameToken(tokens, k, s);
    let a = c.a;
    if (!the) while (a - 1 >= from && a - 1 > s && tokens[a - 1].end + 1 === tokens[a].start && word(a - 1)) a--;
    let b = c.b;
    if (b < e && tokens[b].start === tokens[b - 1].end + 1 && word(b)) {
      const run = this.nameRun(tokens, b, s, e, 3);
      if (this.ix.lexicon.orgWord.has(tokens[run - 1].text.toLowerCase()) && !this.titleAt(tokens, b, e)) b = run;
    }
    if (a === c.a && b === c.b) return null;
    let lower = false;
    for (let k = s; k < e && !lower; k++) lower = /^\p{Ll}{3,}$/u.test(tokens[k].text) && !HEADLINE_LOWER.has(tokens[k].text);
    if (!lower) return null;
    return { a: the && a === c.a ? c.a + 1 : a, b, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 };
  }

  /**
   * An unknown capitalised run that carries a person's title before a name at its end is a place or
   * organisation, the title and the person ("Harris County Judge Ana Lopes", "Granville County Fire
   * Marshal Ben Cole", "Acme Corp Chairman Ana Lopes"): the words before the title make a name of
   * their own when they end on a place or organisation word (two words or more) or the gazetteer or
   * registry knows them; the words between it and the title ("Fire") belong to the title. Without such
   * a name before it, the whole run from the first title modifier is the titled person only when the
   * title is not the run's first word (that case is the title rule's).
   */
  splitAtTitle(text: string, tokens: Token[], c: Cand, s: number, e: number): Cand[] {
    const lex = this.ix.lexicon;
    const lower = (k: number) => tokens[k].text.toLowerCase();
    for (let k = c.a + 1; k < c.b - 1; k++) {
      if (!isCap(tokens[k]) || !lex.personTitle.has(lower(k))) continue;
      // "Major-General", "Chief Executive Officer": the whole title
      const nameA = this.titleRunEnd(tokens, k, c.b);
      // "the Veltrix Chief Executive Officer": a title with no name after it; the words before it are a
      // name of their own
      if (nameA === c.b && tokens.slice(k, nameA).filter(isCap).length >= 3) {
        const role: Cand = { a: k, b: c.b, label: 'ROLE', type: 'role', confidence: 0.8 };
        const pre = k > c.a ? this.unknown(text, tokens, c.a, s, k) : null;
        // the name a title qualifies with no cue of its own is the body the title serves ("Talvex")
        if (pre && pre.guess === undefined) Object.assign(pre, { guess: 'ORG', label: 'ORG', confidence: 0.5 });
        return pre ? [pre, role] : [role];
      }
      if (nameA >= c.b || this.nameRun(tokens, nameA, s, e) !== c.b) return [c];
      // the name is a name: no organisation or place word in it
      if (tokens.slice(nameA, c.b).some((t) => orgOrPlaceWord(lex, t.text))) return [c];
      let pre: Cand | null = null;
      for (let p = k; p > c.a && !pre; p--) {
        const last = lower(p - 1);
        const words = tokens.slice(c.a, p).filter(isCap).length;
        const name = text.slice(tokens[c.a].start, tokens[p - 1].end);
        const key = nameKey(name);
        const reg = this.registryAt(text, tokens, c.a, p);
        const place = this.placeOf(name, p - c.a === 1) ?? this.ix.places.get(key) ?? null;
        if (reg && reg.b === p) pre = null; // a registry name is found on its own by the loop
        if (words >= 2 && lex.orgWord.has(last)) pre = { a: c.a, b: p, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 };
        else if (words >= 2 && lex.locWord.has(last)) pre = { a: c.a, b: p, label: 'LOC', type: 'unknown', guess: 'LOC', confidence: 0.7 };
        else if (place) pre = { a: c.a, b: p, label: place, type: 'unknown', guess: place, confidence: 0.7 };
      }
      const titleA = pre ? pre.b : c.a;
      if (!pre && titleA === k) return [c];
      const person: Cand = { a: titleA, b: c.b, nameA, label: 'PERSON', type: 'person', confidence: 0.85 };
      const reg2 = this.registryAt(text, tokens, nameA, e);
      if (reg2 && reg2.b >= c.b) person.hits = reg2.hits;
      return pre ? [pre, person] : [person];
    }
    return [c];
  }

  /**
   * Whether the capitalised run [a, b) ends in a person's title, not its first word, and a name of
   * words that are no organisation or place words ("… County Mayor Ana Lopes").
   */
  private titledTail(tokens: Token[], a: number, b: number): boolean {
    const lex = this.ix.lexicon;
    for (let k = a + 1; k < b - 1; k++) {
      if (!isCap(tokens[k]) || !lex.personTitle.has(tokens[k].text.toLowerCase())) continue;
      const nameA = this.titleRunEnd(tokens, k, b);
      return nameA < b && tokens.slice(nameA, b).every((t) => isCap(t) && !orgOrPlaceWord(lex, t.text));
    }
    return false;
  }

  /**
   * splitAtTitle over an unknown run, and over the whole run when the recogniser's word cap cut it short
   * inside a titled person's name ("Harlow County Regional Police Sgt. Ana" | "Lopes"; "Harlow Traffic
   * Safety Command Acting Deputy Commissioner" | "Ana Lopes"): the longer run is taken only when it
   * splits into a titled person.
   */
  private splitCapped(text: string, tokens: Token[], c: Cand, s: number, e: number): Cand[] {
    const split = this.splitAtTitle(text, tokens, c, s, e);
    if (split.length > 1 || split[0] !== c || c.b >= e || !this.nameToken(tokens, c.b, s)) return split;
    const whole = this.nameRun(tokens, c.a, s, e, 10);
    if (whole <= c.b) return split;
    const longer = this.splitAtTitle(text, tokens, { ...c, b: whole }, s, e);
    return longer.some((x) => x.type === 'person') ? longer : split;
  }

  /**
   * The end of the title phrase a person's title at k opens: the titles after it ("Deputy Prime
   * Minister"), two titles glued by a hyphen ("Major-General"), and one or two capitalised words closed
   * by another title ("Chief Executive Officer", "Chief Medical Officer", "Executive Vice President"):
   * such words are no name when they are no given or family name the lexicon or registry knows, nor a
   * place the gazetteer knows ("Mayor Dayton King" is a mayor named Dayton King), nor an organisation's
   * or place's word ("Senate Foreign Relations Committee Chairman": the committee's chairman).
   */
  titleRunEnd(tokens: Token[], k: number, e: number): number {
    const lex = this.ix.lexicon;
    const title = (j: number) => j < e && isCap(tokens[j]) && lex.personTitle.has(tokens[j].text.toLowerCase());
    const nameWord = (j: number) => {
      const w = tokens[j].text.toLowerCase();
      return lex.givenName.has(w) || lex.lastName.has(w) || orgOrPlaceWord(lex, w) || this.ix.surnames.has(nameKey(tokens[j].text)) || this.ix.places.has(nameKey(tokens[j].text)) || !!this.placeOf(tokens[j].text, false);
    };
    let j = k + 1;
    for (;;) {
      while (title(j)) j++;
      while (j + 1 < e && this.titleHyphen(tokens, j)) j += 2;
      let m = j;
      while (m < e && m < j + 2 && isCap(tokens[m]) && /^\p{Lu}\p{Ll}+$/u.test(tokens[m].text) && !title(m) && !nameWord(m)) m++;
      if (m === j || !title(m)) return j;
      j = m + 1;
    }
  }

  /** A hyphen at k glued between a person title before it and one after it ("Major-General"). */
  private titleHyphen(tokens: Token[], k: number): boolean {
    return hyphenJoined(tokens, k - 1) && this.ix.lexicon.personTitle.has(tokens[k - 1].text.toLowerCase()) && this.ix.lexicon.personTitle.has(tokens[k + 1].text.toLowerCase());
  }

  private nameToken(tokens: Token[], i: number, s: number): boolean {
    const t = tokens[i];
    if (!t || !isCap(t)) return false;
    if (this.ix.lexicon.notAName.has(t.text)) return false;
    if (t.pos === 'PROPN') return true;
    if (t.pos === 'PUNCT' || t.pos === 'NUM' || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ' || t.pos === 'AUX') return false;
    // A capitalised common word inside a sentence (not its first word) is usually part of a name.
    return i > s && !/^[\p{Lu}]+$/u.test(t.text) ? true : /^[\p{Lu}]{2,}$/u.test(t.text) && t.text.length <= 6;
  }

  /** registryAt's names for the document last read, by i and the end it could reach (the rules ask
   * about the same starts several times; the answers are only read). No name (9 answers in 10) is not
   * kept: asked again, registryFrom answers null again, where keeping it cost a map entry every time. */
  private registryText: string | null = null;
  private registryTokens: Token[] | null = null;
  private registryAnswers = new Map<number, { b: number; hits: NameHit[] }>();

  /** Longest registry name starting at token i (respecting case rules), or null. */
  registryAt(text: string, tokens: Token[], i: number, e: number): { b: number; hits: NameHit[] } | null {
    if (!(this.opensAt(tokens, i) & OPENS.name)) return null;
    const end = Math.min(e, i + 10);
    if (end <= i) return null;
    if (text !== this.registryText || tokens !== this.registryTokens) {
      this.registryText = text;
      this.registryTokens = tokens;
      this.registryAnswers.clear();
    }
    const key = i * 16 + (end - i);
    const known = this.registryAnswers.get(key);
    if (known !== undefined) return known;
    const best = this.registryFrom(text, tokens, i, end);
    if (best) this.registryAnswers.set(key, best);
    return best;
  }

  private registryFrom(text: string, tokens: Token[], i: number, e: number): { b: number; hits: NameHit[] } | null {
    let best: { b: number; hits: NameHit[] } | null = null;
    const start = tokens[i].start;
    const first = lowerTexts(tokens)[i];
    let firstKey = false;
    for (let j = i; j < e; j++) {
      // after a single space the next key is the first word's key, the space and more: namePrefixes holds
      // every start of every key, so when it lacks "word " (OPENS.nameSpace) it lacks the next key too
      if (j === i + 1 && firstKey && tokens[j].start === tokens[i].end + 1 && text.charCodeAt(tokens[i].end) === 32
        && !(this.opensAt(tokens, i) & OPENS.nameSpace)) break;
      const raw = text.slice(start, tokens[j].end);
      const key = nameKey(raw);
      if (j === i) firstKey = key === first;
      // (the first word's key, when it is the word in lower case, opens a name: registryAt asked opens())
      if (!(j === i && key === first) && !this.ix.namePrefixes.has(key)) break;
      const hits = this.ix.names.get(key);
      if (!hits) continue;
      const ok = hits.filter((h) => {
        if (h.exact !== undefined) return raw === h.exact || raw.replace(/\s+/g, ' ') === h.exact;
        if (h.lowerOk) return true;
        // Proper names must start with a capital; "the X" names need the X capitalised.
        const firstContent = /^the\s/i.test(raw) ? raw.slice(4).trimStart() : raw;
        // "al-Qaeda", "al-Shabab": a lower-case name particle glued by a hyphen to a capitalised word
        const particle = /^(\p{Ll}+)-\p{Lu}/u.exec(firstContent);
        return /^\p{Lu}/u.test(firstContent) || (!!particle && this.ix.lexicon.nameParticle.has(particle[1]));
      });
      if (ok.length) best = { b: j + 1, hits: ok };
    }
    return best;
  }

  /** Longest phrase of `map` (title or sector words) starting at i, matched on surface or lemmas. */
  private phraseAt<T>(tokens: Token[], i: number, e: number, map: Map<string, T>, max: number, first: Set<string>, opens: number): { b: number; value: T } | null {
    const t0 = tokens[i];
    // the word, its lemma, or the word's first part before a hyphen, apostrophe or full stop
    // ("vice-president") opens a phrase: `opens` holds the bits of the word and of its first part
    if (!(this.opensAt(tokens, i) & opens) && !first.has(t0.lemma)) return null;
    let surface = '';
    let lemma = '';
    let best: { b: number; value: T } | null = null;
    const lower = lowerTexts(tokens);
    const prefixes = keyPrefixes(map);
    for (let j = i; j < e && j < i + max; j++) {
      const t = tokens[j];
      const sep = j === i ? '' : tokens[j - 1].end === t.start ? '' : ' ';
      const w = lower[j];
      surface += sep + (w.includes('’') ? w.replace(/’/g, "'") : w);
      lemma += sep + t.lemma;
      const v = map.get(surface) ?? map.get(lemma);
      if (v !== undefined) best = { b: j + 1, value: v };
      // a longer phrase starts with both strings as read so far: none when no key does
      if (!prefixes.has(surface) && !prefixes.has(lemma)) break;
    }
    return best;
  }

  titleAt(tokens: Token[], i: number, e: number) {
    const t = tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') return null;
    return this.phraseAt(tokens, i, e, this.ix.titles, this.ix.titleMaxTokens, this.ix.titleFirst, OPENS.title | OPENS.titleCut);
  }

  sectorAt(tokens: Token[], i: number, e: number) {
    const t = tokens[i];
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.pos !== 'X') return null;
    const m = this.phraseAt(tokens, i, e, this.ix.sectors, this.ix.sectorMaxTokens, this.ix.sectorFirst, OPENS.sector | OPENS.sectorCut) ?? this.bareSectorAt(tokens, i, e);
    if (!m) return null;
    // A word inside a lexicalised hyphen-joined run of three or more words that modifies a common noun
    // after it ("a state-of-the-art plant", "a head-to-head contest") is no sector word, as a sector word
    // before a common noun is none (compoundAt); a run standing as a noun keeps it ("the editor-in-chief"),
    // and one glued to a single word ("state-run", "army-backed") is read as before.
    const run = Math.max(hyphenRunEnd(tokens, i), hyphenRunEnd(tokens, m.b - 1));
    if (run > 0 && !isCap(t) && run < tokens.length && tokens[run].sentence === t.sentence && (tokens[run].pos === 'NOUN' || tokens[run].pos === 'ADJ') && !isCap(tokens[run])) return null;
    // The phrase must end on a noun ("general public" is not the sector word "general"), or on an
    // adjective used as a noun ("the military said").
    const last = tokens[m.b - 1];
    const after = tokens[m.b];
    // (as written, not through its lemma: "people crowded into the square" names no crowd)
    const nominalAdj = last.pos === 'ADJ' && (!after || m.b >= e || !['NOUN', 'PROPN', 'ADJ'].includes(after.pos)) && last.text.toLowerCase() === last.lemma.toLowerCase();
    if (last.pos !== 'NOUN' && last.pos !== 'PROPN' && !nominalAdj) return null;
    return m;
  }

  /**
   * A word of the sector list that counts only standing bare (`bare: true`: "officer"): lower case, a
   * noun, no name after it ("officer Jane Roe" is a title), and before it only plain adjectives that are
   * no title or sector word, then a determiner, a number or no noun at all ("a white officer", "one
   * officer dead"; not "chief financial officer", "communications officer", "Wildlife officer").
   */
  private bareSectorAt(tokens: Token[], i: number, e: number): { b: number; value: SectorWord } | null {
    const t = tokens[i];
    const value = this.ix.bareSectors.get(t.text.toLowerCase());
    if (!value || t.pos !== 'NOUN' || isCap(t)) return null;
    if (i + 1 < e && tokens[i + 1].sentence === t.sentence && isCap(tokens[i + 1]) && tokens[i + 1].pos === 'PROPN') return null;
    let k = i - 1;
    while (k >= 0 && tokens[k].sentence === t.sentence && tokens[k].pos === 'ADJ' && !isCap(tokens[k])) {
      const w = tokens[k].text.toLowerCase();
      if (this.ix.lexicon.personTitle.has(w) || this.ix.sectors.has(w) || this.titleAt(tokens, k, i + 1)) return null;
      k--;
    }
    if (k >= 0 && tokens[k].sentence === t.sentence && ['NOUN', 'PROPN', 'X', 'ADJ'].includes(tokens[k].pos)) return null;
    return { b: i + 1, value };
  }

  /**
   * A word of the sector list that counts only after a country's word (`qualified: true`: "intelligence"),
   * a noun; the caller (compoundAt after a country qualifier) checks that no common noun follows it.
   */
  private qualifiedSectorAt(tokens: Token[], i: number): { b: number; value: SectorWord } | null {
    const t = tokens[i];
    const value = this.ix.qualifiedSectors.get(t.text.toLowerCase());
    return value && (t.pos === 'NOUN' || t.pos === 'PROPN') ? { b: i + 1, value } : null;
  }

  /**
   * The sector compound starting at i: a run of sector words / modifiers whose last noun is a sector
   * head (or a generic head like "personnel" inheriting from a sector word before it). `participles`:
   * whether a verb in -ed may modify the head ("armed forces"); not right after a country's name, where
   * it is the clause's verb ("Israel killed militants", "Russia arrested protesters").
   */
  compoundAt(tokens: Token[], i: number, e: number, maxSkip = 2, participles = true, qualified = false): { b: number; sector: SectorWord; headA: number } | null {
    let j = i;
    let sector: SectorWord | null = null;
    let headA = i;
    let skipped = 0;
    while (j < e) {
      const title = this.titleAt(tokens, j, e);
      const m = this.sectorAt(tokens, j, e) ?? (qualified ? this.qualifiedSectorAt(tokens, j) : null);
      if (title && (!m || title.b >= m.b) && !sector) return null; // a title, handled elsewhere
      if (m) {
        const v = m.value;
        sector = v.inherit && sector ? sector : v;
        headA = j;
        j = m.b;
        skipped = 0;
        continue;
      }
      const t = tokens[j];
      // Modifiers before the head ("young", "armed", "border"): adjectives and common nouns.
      if (!sector && skipped < maxSkip && (t.pos === 'ADJ' || (t.pos === 'NOUN' && !isCap(t)) || (participles && t.pos === 'VERB' && /ed$/.test(t.text)))) {
        skipped++;
        j++;
        continue;
      }
      break;
    }
    if (!sector) return null;
    // A following common noun means the sector word was a modifier ("police station", "army base").
    const next = tokens[j];
    if (next && j < e && next.pos === 'NOUN' && !isCap(next)) return null;
    return { b: j, sector, headA };
  }

  /** A registry match used as an adjective: a nationality ("French") or a country's initials ("US", "the UK"). */
  private adjectival(tokens: Token[], reg: { b: number; hits: NameHit[] }): boolean {
    return reg.hits.some((h) => h.label === 'NORP') || /^(\p{Lu}\.?){2,3}$/u.test(tokens[reg.b - 1].text);
  }

  /**
   * After a nationality ending at k, a list of other nationalities closed by "and" / "or" ("and French",
   * ", British and Swiss") whose last one opens a sector compound ("governments", "armed forces"): that
   * compound, shared by every country of the list; else null.
   */
  coordinatedCompound(text: string, tokens: Token[], k: number, e: number): { b: number; sector: SectorWord; headA: number } | null {
    let j = k;
    for (let n = 0; n < 4 && j < e; n++) {
      const w = tokens[j].text.toLowerCase();
      const comma = w === ',';
      if (comma) j++;
      const joined = j < e && /^(and|or)$/i.test(tokens[j].text);
      // (", and" straight after the first joins clauses: "a fair in Peru, and Peruvian farmers sold")
      if (joined && !(comma && n === 0)) j++;
      else if (!comma || joined) return null;
      const reg = j < e ? this.registryAt(text, tokens, j, e) : null;
      if (!reg || !this.countryOf(reg.hits) || !this.adjectival(tokens, reg) || reg.b >= e || isPossessive(tokens[reg.b])) return null;
      j = reg.b;
      if (!joined) continue;
      const comp = this.compoundAt(tokens, j, e, 2, true, true);
      // ("British and American airline Virgin Atlantic": a name after the head is one body of both)
      return comp && !(comp.b < e && isCap(tokens[comp.b]) && tokens[comp.b].pos === 'PROPN') ? comp : null;
    }
    return null;
  }

  /** Country a registry hit list names (country/demonym/group hits), or null. */
  private countryOf(hits: NameHit[]): { country: string; actor: string } | null {
    for (const h of hits) {
      if (h.via === 'metonym' || h.needsAntecedent) continue;
      const m = /^country:([A-Z]{3})$/.exec(h.actor);
      if (m) return { country: m[1], actor: h.actor };
    }
    return null;
  }

  /** Extend a span start back over determiners and adjectives ("the", "a young"). */
  private backOver(tokens: Token[], a: number, s: number, floor: number): number {
    let k = a;
    while (k - 1 >= Math.max(s, floor) && k - a > -3) {
      const t = tokens[k - 1];
      if (t.pos === 'ADJ' && !isCap(t)) k--;
      else if (t.pos === 'NUM' || (t.pos === 'ADV' && /^(some|several|many|about|around|at least)$/i.test(t.text))) k--;
      else break;
    }
    if (k - 1 >= Math.max(s, floor) && DETERMINERS.has(tokens[k - 1].text.toLowerCase())) k--;
    return k;
  }

  /** Person name run starting at i: capitalised tokens with particles and hyphens between them. */
  nameRun(tokens: Token[], i: number, s: number, e: number, max = 4): number {
    let j = i;
    let words = 0;
    while (j < e && words < max) {
      const t = tokens[j];
      if (this.nameToken(tokens, j, s) && !(words > 0 && this.startsOther(tokens, j, e))) {
        j++;
        words++;
        continue;
      }
      const nextIsName = j + 1 < e && this.nameToken(tokens, j + 1, s);
      // "Cheng Chung-tai", "Moon Jae-in": a given name's second syllable glued by a hyphen in lower case
      if (words >= 2 && j + 1 < e && givenNameTail(tokens, j + 1, this.ix.lexicon)) {
        j += 2;
        continue;
      }
      // "Omar al-Bashir", "Ahmed bin-Salem": a particle glued by a hyphen to the name after it
      if (words > 0 && this.gluedParticle(tokens, j, e, s)) {
        j += 2;
        continue;
      }
      if (words > 0 && nextIsName && (this.ix.lexicon.nameParticle.has(t.text.toLowerCase()) || (t.text === '-' && tokens[j - 1].end === t.start))) {
        j++;
        continue;
      }
      if (words === 0 && nextIsName && this.ix.lexicon.nameParticle.has(t.text.toLowerCase()) && /^(al|el|van|von|de|bin|ibn|abu)/i.test(t.text)) {
        j++;
        continue;
      }
      break;
    }
    return words ? j : i;
  }

  /**
   * "the National Security and Defense Council", "the Pharmacists and Dentists Union": after an article,
   * a short capitalised run with no organisation word and no registry name, "and", and a run closed by a
   * singular organisation word ("Union", "Council") share that word: one name. The end of the whole, or `b`.
   */
  private sharedHead(text: string, tokens: Token[], i: number, b: number, e: number): number {
    const lex = this.ix.lexicon;
    const prev = tokens[i - 1];
    const s = i; // the run is inside its sentence, after the article
    if (!prev || prev.sentence !== tokens[i].sentence || !DETERMINERS.has(prev.text.toLowerCase()) || b - i > 2 || tokens[b]?.text !== 'and') return b;
    if (tokens.slice(i, b).some((t) => orgOrPlaceWord(lex, t.text)) || this.registryAt(text, tokens, i, e)) return b;
    if (b + 1 >= e || !this.nameToken(tokens, b + 1, s) || this.registryAt(text, tokens, b + 1, e)) return b;
    const r = this.nameRun(tokens, b + 1, s, e, 3);
    // a singular word: "where the Marine Biology and Forestry meet" coordinates two fields
    const last = tokens[r - 1].text;
    return lex.orgWord.has(last.toLowerCase()) && /^\p{Lu}/u.test(last) && !/[^su]s$/.test(last) ? r : b;
  }

  /** A lower-case name particle at j joined without spaces by a hyphen to a name at j + 2 ("al-Sisi"). */
  private gluedParticle(tokens: Token[], j: number, e: number, s: number): boolean {
    const t = tokens[j];
    if (j + 2 >= e || !hyphenJoined(tokens, j)) return false;
    return /^\p{Ll}/u.test(t.text) && this.ix.lexicon.nameParticle.has(t.text) && this.nameToken(tokens, j + 2, s);
  }

  /** Whether a title or honorific starts at j (it ends a preceding name run). */
  private startsOther(tokens: Token[], j: number, e: number): boolean {
    const t = tokens[j];
    return (this.opensAt(tokens, j) & OPENS.honorific) !== 0 && j + 1 < e && isCap(tokens[j + 1]);
  }

  private at(text: string, tokens: Token[], i: number, s: number, e: number): Cand | null {
    const t = tokens[i];
    const lex = this.ix.lexicon;
    if (t.pos === 'PUNCT' || t.pos === 'SPACE') return null;

    // 1. Honorific + name: "Ms Truss", "Mr. Putin", "Dr Anna Kowalska".
    const hon = this.opensAt(tokens, i) & OPENS.honorific ? lex.honorific.get(t.text.toLowerCase()) : undefined;
    if (hon !== undefined && isCap(t)) {
      let k = i + 1;
      if (tokens[k]?.text === '.' && tokens[k].start === t.end) k++;
      let b = this.nameRun(tokens, k, s, e);
      if (b === k && k < e && isCap(tokens[k]) && tokens[k].pos !== 'PUNCT') b = k + 1; // "Mrs May"
      if (b > k) return { a: i, b, nameA: k, label: 'PERSON', type: 'person', gender: hon, confidence: 0.9 };
    }

    // 2. Registry names (longest), titles and sector phrases: take the longest, names first on ties.
    const reg = this.registryAt(text, tokens, i, e);
    const title = this.titleAt(tokens, i, e);
    const sec = this.sectorAt(tokens, i, e);

    // "The UN Support Mission in Libya": a longer name after the article beats "The UN".
    if (reg && t.text.toLowerCase() === 'the' && (this.registryAt(text, tokens, i + 1, e)?.b ?? 0) > reg.b) return null;
    // "the French president", "the British prime minister": a people name opened by the article ("the
    // French") is the demonym of a title or sector word after it, read from the demonym on.
    if (reg && t.text.toLowerCase() === 'the' && reg.b < e && reg.hits.every((h) => h.via === 'demonym' && h.label === 'NORP')
      && (this.titleAt(tokens, reg.b, e) || this.sectorAt(tokens, reg.b, e) || this.coordinatedCompound(text, tokens, reg.b, e))) return null;

    // "Philippe Lazzarini", "Myint Swe": a registry person's bare surname followed by another name word
    // is a part of someone else's full name (a proper noun in mixed case: "PUTIN WARNS", "Putin Warns" are a
    // headline's words).
    const nextName = reg && reg.b < e && tokens[reg.b].pos === 'PROPN' && this.nameToken(tokens, reg.b, s) && !/^\p{Lu}+$/u.test(tokens[i].text);
    if (reg && nextName && reg.hits.every((h) => h.via === 'surname') && !isPossessive(tokens[reg.b])
      && !this.registryAt(text, tokens, reg.b, e)) {
      return this.unknown(text, tokens, i, s, e);
    }

    // "The Alliance for Better Schools", "the Union of Concerned Parents": a definite description of a
    // known body ("the alliance", "the union") that runs on with of/for and a name is another body's name.
    if (reg && reg.hits.every((h) => h.via === 'definite') && reg.b + 1 < e && /^(of|for)$/.test(tokens[reg.b].text)
      && isCap(tokens[reg.b - 1]) && this.nameToken(tokens, reg.b + 1, s)) {
      const a = DETERMINERS.has(t.text.toLowerCase()) ? i + 1 : i;
      const org = this.unknown(text, tokens, a, s, e);
      if (org && org.b > reg.b) return org;
    }

    if (reg && (!title || reg.b >= title.b) && (!sec || reg.b >= sec.b)) {
      const country = this.countryOf(reg.hits);
      // Country or nationality as a qualifier: "UK foreign secretary", "Polish troops", "Russia's army".
      if (country) {
        // "British Columbia", "Indian Ocean": a nationality opening a place name the gazetteer knows.
        if (reg.b < e && this.nameToken(tokens, reg.b, s) && !this.registryAt(text, tokens, reg.b, e)) {
          const end = this.nameRun(tokens, reg.b, s, e, 2);
          const place = this.placeOf(text.slice(t.start, tokens[end - 1].end), false);
          if (place) return { a: i, b: end, label: place, type: 'unknown', guess: place, confidence: 0.8 };
        }
        // "Syrian Observatory for Human Rights", "British Airways": a nationality opening an organisation name.
        if (reg.b < e && this.nameToken(tokens, reg.b, s) && !this.registryAt(text, tokens, reg.b, e) && !this.titleAt(tokens, reg.b, e)) {
          const org = this.unknown(text, tokens, i, s, e);
          if (org && org.guess === 'ORG' && (org.confidence ?? 0) >= 0.7 && org.b > reg.b) return org;
        }
        let k = reg.b;
        if (isPossessive(tokens[k])) k++;
        const q = { country: country.country, a: i, b: reg.b, actor: country.actor, ...(reg.hits.every((h) => h.label !== 'NORP') ? { named: true as const } : {}) };
        // "his Iranian counterpart", "the Turkish counterparts": resolved from the antecedent's role.
        if (k < e && /^counterparts?$/i.test(tokens[k].text)) {
          return { a: this.backOver(tokens, i, s, s), b: k + 1, label: 'ROLE', type: 'counterpart', qualifier: q, confidence: 0.8 };
        }
        const role = k < e ? this.roleWithName(text, tokens, k, s, e, i) : null;
        if (role) {
          role.qualifier = q;
          role.a = this.backOver(tokens, i, s, s);
          return role;
        }
        // (a participle after a demonym or a possessive, "Polish armed forces", "Russia's armed forces";
        // after a country's name it is the verb: "Israel killed militants")
        // ("Indian intelligence": a qualified sector word counts after a country's word)
        const comp = k < e ? this.compoundAt(tokens, k, e, 2, k > reg.b || reg.hits.some((h) => h.label === 'NORP'), true) : null;
        if (comp) {
          const nameB = this.nameRun(tokens, comp.b, s, e);
          if (nameB > comp.b) return this.personAfter(text, tokens, comp.b, nameB, e, { a: this.backOver(tokens, i, s, s), qualifier: q, sector: comp.sector });
          // "the Nigerian Senate": a capitalised head names a body; "American Protestants" is people
          const capHead = isCap(tokens[comp.headA]) && !comp.sector.capitalised;
          return { a: this.backOver(tokens, i, s, s), b: comp.b, label: capHead ? 'ORG' : 'NORP', type: 'group', qualifier: q, sector: comp.sector, confidence: 0.85 };
        }
        // "the British and French governments", "US, British and Swiss firms": a country or nationality
        // coordinated with others before a shared sector head is that sector of its own country.
        const shared = k === reg.b && this.adjectival(tokens, reg) ? this.coordinatedCompound(text, tokens, k, e) : null;
        if (shared) return { a: this.backOver(tokens, i, s, s), b: reg.b, label: 'NORP', type: 'group', qualifier: q, sector: shared.sector, confidence: 0.85 };
        // "Qatar Airways", "Jordan Peterson": a country name glued to an unknown capitalised word.
        if (reg.b < e && this.nameToken(tokens, reg.b, s) && !isPossessive(tokens[reg.b]) && !this.registryAt(text, tokens, reg.b, e)
          && !this.titleAt(tokens, reg.b, e) && !this.sectorAt(tokens, reg.b, e) && reg.hits.every((h) => h.label !== 'NORP')) {
          return this.unknown(text, tokens, i, s, e);
        }
      }
      const main = reg.hits.find((h) => h.label !== 'NORP') ?? reg.hits[0];
      // "the OSCE Mission to Moldova", "the EU Border Assistance Mission in Rafah": one organisation.
      if (!country && /^(igo|org):/.test(main.actor) && !main.needsAntecedent && main.via !== 'metonym') {
        const tail = this.orgTail(text, tokens, reg.b, s, e);
        if (tail) return { a: i, b: tail, label: 'ORG', type: 'unknown', guess: 'ORG', parent: main.actor, confidence: 0.8 };
      }
      // "the Ronald Reagan Building": a person's name before a building's or body's head names that place or body
      const named = main.label === 'PERSON' ? this.namedFor(tokens, reg.b, e) : 0;
      if (named) {
        const label = this.namedForLabel(tokens[named - 1]);
        return { a: i, b: named, label, type: 'unknown', guess: label, confidence: 0.8 };
      }
      return { a: i, b: reg.b, label: main.label, type: 'registry', hits: reg.hits, confidence: main.confidence };
    }

    // 3. Title phrase, possibly followed by a name: "President Alexander Lukashenko", "the foreign secretary".
    if (title && (!sec || title.b >= sec.b)) {
      const role = this.roleWithName(text, tokens, i, s, e, i);
      if (role) {
        role.a = this.backOver(tokens, i, s, s);
        return role;
      }
    }

    // 4. Sector phrase: "The Ministry of Defence", "police", "the authorities"; a capitalised one with a
    // possessive opens an organisation's name ending in an organisation word ("the People's Liberation
    // Army", "the Children's Hospital").
    if (sec && isCap(t) && isPossessive(tokens[sec.b]) && sec.b + 1 < e && this.nameToken(tokens, sec.b + 1, s)) {
      const b = this.nameRun(tokens, sec.b + 1, s, e, 5);
      if (tokens.slice(sec.b + 1, b).some((x) => lex.orgWord.has(x.text.toLowerCase()))) return { a: i, b, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 };
    }
    if (sec) {
      const comp = this.compoundAt(tokens, i, e, 0);
      if (comp) {
        let b = comp.b;
        // "Ministry of Defence of Belarus", "Ministry of Foreign Affairs": capitalised names run on.
        if (isCap(t) && tokens[b]?.text === 'of' && b + 1 < e && this.nameToken(tokens, b + 1, s)) {
          const reg2 = this.registryAt(text, tokens, b + 1, e);
          const country = reg2 ? this.countryOf(reg2.hits) : null;
          if (country) {
            return { a: this.backOver(tokens, i, s, s), b: reg2!.b, label: 'ORG', type: 'group', sector: comp.sector, qualifier: { country: country.country, a: b + 1, b: reg2!.b, actor: country.actor }, confidence: 0.85 };
          }
          const runEnd = this.nameRun(tokens, b + 1, s, e);
          // "Minister of Education Ana Lopes": the body's words run on into the holder's name
          const holder = this.officeHolder(text, tokens, b + 1, runEnd, s);
          if (holder !== null && holder > b + 1) {
            return { a: this.backOver(tokens, i, s, s), b: runEnd, nameA: holder, label: 'PERSON', type: 'person', sector: comp.sector, confidence: 0.85 };
          }
          b = runEnd;
        }
        const a = this.backOver(tokens, i, s, s);
        const nameB = this.nameRun(tokens, b, s, e);
        if (nameB > b && b === comp.b) return this.personAfter(text, tokens, b, nameB, e, { a, sector: comp.sector });
        // Capitalised after an article, in capitals, or a singular head ("Parliament voted", "sent to
        // Congress"): a name; not a plural common noun ("Officials said", "Judges ruled").
        const plural = /[^su]s$/i.test(tokens[b - 1].text);
        const capitalised = isCap(t) && (a < i || !plural || t.text === t.text.toUpperCase()) && !comp.sector.capitalised;
        if (isCap(t) && !capitalised && this.nameToken(tokens, i + 1, s)) return this.unknown(text, tokens, i, s, e);
        return { a, b, label: capitalised ? 'ORG' : 'ROLE', type: 'sector', sector: comp.sector, confidence: 0.6 };
      }
    }

    // 5. Person title from the lexicon before a name: "Senator John Smith", "General Valery Gerasimov".
    if (isCap(t) && lex.personTitle.has(t.text.toLowerCase())) {
      const k = this.titleRunEnd(tokens, i, e);
      // "president and CEO of Boeing": a title in capitals alone is a role, no organisation
      if (k === i + 1 && /^\p{Lu}{2,}$/u.test(t.text) && !this.nameToken(tokens, k, s)) return { a: this.backOver(tokens, i, s, s), b: k, label: 'ROLE', type: 'role', confidence: 0.8 };
      // "the Chief Medical Officer said": a title of three words or more with no name after it is a role
      if (tokens.slice(i, k).filter(isCap).length >= 3 && !this.nameToken(tokens, k, s)) return { a: this.backOver(tokens, i, s, s), b: k, label: 'ROLE', type: 'role', confidence: 0.8 };
      const b = this.nameRun(tokens, k, s, e);
      const reg2 = b > k ? this.registryAt(text, tokens, k, e) : null;
      if (b > k && (reg2 || !this.placeOrOrgWords(tokens, k, b))) {
        return { a: i, b: Math.max(b, reg2?.b ?? 0), nameA: k, label: 'PERSON', type: 'person', hits: reg2 && reg2.b >= b ? reg2.hits : undefined, confidence: 0.85 };
      }
    }

    // 6. Unknown capitalised name run.
    if (this.nameToken(tokens, i, s)) return this.unknown(text, tokens, i, s, e);
    // "The Three Brotherhood Alliance", "the Three Gorges Dam": a number word in letters, capitalised inside
    // a sentence, opens the unknown organisation or place name after it (one with an organisation or place
    // word; not a known name: "the One China principle")
    if (t.pos === 'NUM' && i > s && /^\p{Lu}\p{Ll}+$/u.test(t.text) && this.nameToken(tokens, i + 1, s) && tokens[i + 1].sentence === t.sentence && !this.registryAt(text, tokens, i + 1, e)) {
      const rest = this.unknown(text, tokens, i + 1, s, e);
      if (rest && rest.guess !== 'PERSON' && rest.guess !== undefined && (rest.confidence ?? 0) >= 0.7) return Object.assign({}, rest, { a: i });
    }
    // "the Sunday Telegraph", "The Times": a function-looking capital word starting an organisation name.
    if (isCap(t) && t.pos === 'PROPN' && i > s && this.nameToken(tokens, i + 1, s)) {
      const rest = this.unknown(text, tokens, i + 1, s, e);
      const place = rest ? this.placeOf(text.slice(t.start, tokens[rest.b - 1].end), false) : null;
      // "New South Wales": a function-looking first word of a place name.
      if (rest && place && (rest.confidence ?? 0) < 0.7) return Object.assign({}, rest, { a: i, label: place, guess: place, confidence: 0.65 });
      if (rest && rest.guess === 'ORG') return Object.assign({}, rest, { a: i });
    }
    return null;
  }

  /**
   * A capitalised run from `from` ending in an organisation head, then in/for/to/of and a place or name
   * ("Support Mission in Libya", "Mission to Moldova"): the end of the whole, or null.
   */
  private orgTail(text: string, tokens: Token[], from: number, s: number, e: number): number | null {
    const k = this.nameRun(tokens, from, s, e, 5);
    if (k === from || !this.ix.lexicon.orgHead.has(tokens[k - 1].text.toLowerCase())) return null;
    return this.placeTail(text, tokens, k, s, e);
  }

  /** "in Libya", "to the Netherlands", "for Refugees" at k after an organisation head: the end, or null. */
  private placeTail(text: string, tokens: Token[], k: number, s: number, e: number): number | null {
    if (k + 1 >= e || !/^(in|for|to|of)$/.test(tokens[k].text)) return null;
    const reg = this.registryAt(text, tokens, k + 1, e);
    if (reg && this.countryOf(reg.hits)) return reg.b;
    if (!this.nameToken(tokens, k + 1, s)) return null;
    const b = this.nameRun(tokens, k + 1, s, e, 4);
    return b > k + 1 ? b : null;
  }

  /** A person named after a sector phrase: "Kremlin spokesman Dmitry Peskov", "Polish border guard Jan Nowak". */
  private personAfter(text: string, tokens: Token[], k: number, nameB: number, e: number, extra: Partial<Cand>): Cand {
    // "the Chief Medical Officer", "Chief Financial Officer Ana Lopes": a sector word that is a person's
    // title opens a longer title; the name, if any, comes after it
    if (isCap(tokens[k - 1]) && this.ix.lexicon.personTitle.has(tokens[k - 1].text.toLowerCase())) {
      const end = this.titleRunEnd(tokens, k - 1, e);
      if (end > k) {
        if (end >= nameB) return Object.assign({}, extra, { a: extra.a ?? k - 1, b: end, label: 'ROLE', type: 'role', confidence: 0.8 });
        k = end;
      }
    }
    const reg = this.registryAt(text, tokens, k, e);
    const b = reg && reg.b >= nameB ? reg.b : nameB;
    // "supported by official Belgrade": a country's capital after a word that makes it the state's
    // government is no person named by a noun (the government is read in resolve.ts)
    const before = tokens[k - 1];
    if (!isCap(before) && this.ix.lexicon.stateAdjective.has(before.text) && this.ix.capitals.has(nameKey(text.slice(tokens[k].start, tokens[b - 1].end)))) {
      return { a: k, b, label: 'GPE', type: 'unknown', guess: 'GPE', confidence: 0.8 };
    }
    // "aircraft manufacturer Boeing", "the computer company Apple": a known organisation, not a person.
    if (reg && reg.b >= nameB && reg.hits.every((h) => h.label !== 'PERSON' && h.label !== 'NORP' && h.via !== 'metonym')) {
      const main = reg.hits[0];
      return { a: k, b: reg.b, label: main.label, type: 'registry', hits: reg.hits, confidence: main.confidence };
    }
    // "the security firm X", "the car company X": a noun naming an organisation names one
    const noun = tokens[k - 1];
    if (!(reg && reg.b >= nameB) && !isCap(noun) && this.ix.lexicon.orgNoun.has(noun.text.toLowerCase())) {
      return { a: k, b: nameB, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75, ...(extra.qualifier ? { qualifier: extra.qualifier } : {}) };
    }
    // "Government Accountability Office": an organisation word ends the name, which starts at the
    // capitalised sector word.
    if (tokens.slice(k, nameB).some((t) => this.ix.lexicon.orgWord.has(t.text.toLowerCase()))) {
      const a = nameStart(tokens, extra.a ?? k, k);
      return { a, b: nameB, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: 0.75 };
    }
    // "the British National Corpus", "the Russian State Military Archive": a sector word capitalised inside
    // a sentence, no person's title, before a name with no given name is a word of one longer name, not
    // a noun naming the person after it ("a British national, Ana Lopes"); a cue-less name, typed later
    const sectorWord = tokens[k - 1];
    if (k >= 2 && isCap(sectorWord) && tokens[k - 2].sentence === sectorWord.sentence && !this.ix.lexicon.personTitle.has(sectorWord.text.toLowerCase())
      && !(reg && reg.b >= nameB) && !this.ix.lexicon.givenName.has(tokens[k].text.toLowerCase())) {
      const a = nameStart(tokens, extra.a ?? k, k);
      const b2 = this.sharedHead(text, tokens, a, nameB, e);
      return { a, b: b2, label: 'ORG', type: 'unknown', guess: 'ORG', confidence: b2 > nameB ? 0.75 : 0.4 };
    }
    // "the National Mall Park": a place word makes the run a place's name the same way
    if (!(reg && reg.b >= nameB) && this.placeOrOrgWords(tokens, k, nameB)) {
      const a = nameStart(tokens, extra.a ?? k, k);
      return { a, b: nameB, label: 'LOC', type: 'unknown', guess: 'LOC', confidence: 0.7 };
    }
    return { b, nameA: k, label: 'PERSON', type: 'person', hits: reg && reg.b >= nameB ? reg.hits : undefined, confidence: 0.85, ...extra, a: extra.a ?? k };
  }

  /**
   * The end of a building's, street's or body's name that a person's name ending at k opens: one to three
   * capitalised words glued on after it, the last a named-for head ("the Ronald Reagan Building", "the
   * John F. Kennedy Memorial Library"); 0 when none.
   */
  private namedFor(tokens: Token[], k: number, e: number): number {
    const lex = this.ix.lexicon;
    for (let j = k; j < e && j < k + 3; j++) {
      const t = tokens[j];
      if (!isCap(t) || t.pos === 'PUNCT' || t.start !== tokens[j - 1].end + 1) return 0;
      if (lex.namedForHead.has(t.text.toLowerCase())) return j + 1;
    }
    return 0;
  }

  /** The label of a name a named-for head closes: a place word's makes a place ("… Street"), any other a body ("… Building"). */
  private namedForLabel(head: Token): 'ORG' | 'LOC' {
    return this.ix.lexicon.locWord.has(head.text.toLowerCase()) ? 'LOC' : 'ORG';
  }

  /**
   * Whether the capitalised run [k, b) after a title or sector word holds an organisation or place word
   * that is no family name the lexicon knows ("Major League Baseball", "Queen Creek", "National Park"):
   * the title word opens that name, and no person is named.
   */
  private placeOrOrgWords(tokens: Token[], k: number, b: number): boolean {
    const lex = this.ix.lexicon;
    if (lex.givenName.has(tokens[k].text.toLowerCase())) return false;
    for (let j = k; j < b; j++) {
      const w = tokens[j].text.toLowerCase();
      if (lex.lastName.has(w) || this.ix.surnames.has(nameKey(tokens[j].text))) continue;
      // one place word alone after a title may be a family name ("Judge Hill"), one organisation word not
      if (lex.orgWord.has(w) || (lex.locWord.has(w) && b - k > 1)) return true;
    }
    return false;
  }

  /** A title phrase at i and, when a name follows, the person: "President Alexander Lukashenko". */
  private roleWithName(text: string, tokens: Token[], i: number, s: number, e: number, a0: number): Cand | null {
    const title = this.titleAt(tokens, i, e);
    if (!title) return null;
    let k = title.b;
    // "vice presidential candidate Gov. Mike Pence": a person's title between the role and the name is
    // no part of the name.
    while (k + 1 < e && isCap(tokens[k]) && this.ix.lexicon.personTitle.has(tokens[k].text.toLowerCase()) && this.nameToken(tokens, k + 1, s)) k++;
    // "Foreign Minister of Poland" is rare; "Prime Minister Boris Johnson" is the common shape.
    const nameB = this.nameRun(tokens, k, s, e);
    if (nameB > k) {
      const reg = this.registryAt(text, tokens, k, e);
      const b = reg && reg.b >= nameB ? reg.b : nameB;
      // "Queen Creek", "the Major League": the title opens a place's or an organisation's name; "King
      // Edward Street", "the King Juan Carlos University": a titled name before a building's or body's head
      if (!reg && this.placeOrOrgWords(tokens, k, nameB)) return null;
      if (nameB - k >= 2 && this.ix.lexicon.namedForHead.has(tokens[nameB - 1].text.toLowerCase())) {
        const label = this.namedForLabel(tokens[nameB - 1]);
        return { a: i, b: nameB, label, type: 'unknown', guess: label, confidence: 0.8 };
      }
      return { a: a0, b, nameA: k, titleA: i, titleB: title.b, titles: title.value, label: 'PERSON', type: 'person', hits: reg && reg.b >= nameB ? reg.hits : undefined, confidence: 0.9 };
    }
    // A lone title names a person only as a noun phrase head, not as a modifier ("president's").
    if (tokens[k] && tokens[k].pos === 'NOUN' && !isCap(tokens[k]) && !this.sectorAt(tokens, k, e)) return null;
    return { a: a0, b: title.b, titleA: i, titleB: title.b, titles: title.value, label: 'ROLE', type: 'role', confidence: 0.8 };
  }

  /**
   * The start of a person's name that ends the capitalised run [i, b) when the run completes an office
   * phrase — a capitalised person title, then "of" or "for" (and "the") before body words, as in
   * "Secretary of the Air Force for Acquisition Ana Lopes" — or null. The name is two or three words
   * from a given name the lexicon knows (not itself a title word) after at least one body word.
   */
  private officeHolder(text: string, tokens: Token[], i: number, b: number, s: number): number | null {
    const lex = this.ix.lexicon;
    if (!officeBefore(tokens, lex, i, s)) return null;
    for (let j = i + 1; j <= b - 2; j++) {
      const w = tokens[j].text;
      if (b - j > 3 || !lex.givenName.has(w.toLowerCase()) || lex.personTitle.has(w.toLowerCase()) || lex.titleWord.has(w.toLowerCase())) continue;
      if (tokens.slice(j, b).every((t) => isCap(t) && t.pos !== 'PUNCT')) return j;
    }
    // a given name the lexicon does not know ("Minister of Education Ana Lopes" with another given
    // name): the run's last two words after one body word or more, when neither looks like a word of the
    // body — written in lower case in the document, a common noun's or adjective's ending, a title,
    // organisation, place or registry word
    const lower = lowerCaseWords(tokens);
    const nameLike = (t: Token) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && !COMMON_ENDING.test(t.text) && !lower.has(t.text.toLowerCase())
      && !lex.personTitle.has(t.text.toLowerCase()) && !lex.titleWord.has(t.text.toLowerCase()) && !orgOrPlaceWord(lex, t.text)
      && !this.ix.names.has(nameKey(t.text)) && !this.placeOf(t.text, true);
    if (b - i >= 3 && tokens.slice(b - 2, b).every(nameLike)) return b - 2;
    return null;
  }

  /**
   * Whether the capitalised run [i, b) is one word describing a person and then the person's name, a given
   * name the lexicon knows (no title word) and one or two more name words, none an organisation's or
   * place's: 'party' when the word is a party word ("Republican Ana Lopes"), 'adherent' when it names a
   * follower or camp by its ending or a party word after a hyphen ("Scientologist", "Loyalist",
   * "Pan-democrat"); else null.
   */
  private describedName(tokens: Token[], i: number, b: number): 'party' | 'adherent' | null {
    const lex = this.ix.lexicon;
    if (b - i < 3 || b - i > 4 || !/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)?$/u.test(tokens[i].text)) return null;
    const w = tokens[i].text.toLowerCase();
    if (lex.givenName.has(w) || orgOrPlaceWord(lex, w)) return null;
    const given = tokens[i + 1].text.toLowerCase();
    if (!lex.givenName.has(given) || lex.personTitle.has(given) || lex.titleWord.has(given)) return null;
    const nameWord = (t: Token) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u.test(t.text) && !orgOrPlaceWord(lex, t.text);
    if (!tokens.slice(i + 1, b).every(nameWord)) return null;
    if (lex.partyWord.has(w)) return 'party';
    const tail = w.slice(w.lastIndexOf('-') + 1);
    return /(?:ist|crat|ite)$/.test(tail) || (tail !== w && lex.partyWord.has(tail)) ? 'adherent' : null;
  }

  /**
   * "the Laurel County Sheriff's Office", "St. Paul's Hospital": a capitalised run [i, b) closed by a
   * person's title or opened by a saint's "St."/"Saint" runs on over its possessive into a capitalised run
   * holding an organisation word: one body's name (the office of a post, an institution named after a
   * saint), not an owner and a thing ("Philadelphia's Union League"). The end of the whole, or `b`.
   */
  private possessiveName(tokens: Token[], i: number, b: number, s: number, e: number): number {
    const lex = this.ix.lexicon;
    const pos = tokens[b];
    if (b + 1 >= e || !isPossessive(pos) || pos.start !== tokens[b - 1].end || !this.nameToken(tokens, b + 1, s)) return b;
    const saint = /^(St\.?|Saint)$/.test(tokens[i].text) && b - i >= 2;
    if (!saint && !lex.personTitle.has(tokens[b - 1].text.toLowerCase())) return b;
    const r = this.nameRun(tokens, b + 1, s, e, 4);
    return tokens.slice(b + 1, r).some((t) => lex.orgWord.has(t.text.toLowerCase())) ? r : b;
  }

  /** An unknown capitalised run starting at i, classified by cues. */
  private unknown(text: string, tokens: Token[], i: number, s: number, e: number): Cand | null {
    const lex = this.ix.lexicon;
    let b = this.nameRun(tokens, i, s, e, 6);
    if (b === i) return null;
    // "Minister of Education Ana Lopes", "Director of Air Force Communications Tom Berg": the body of an
    // office phrase runs on into the holder's name; the person is named from the given name on
    const holder = this.officeHolder(text, tokens, i, b, s);
    if (holder !== null) return { a: holder, b, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence: 0.8 };
    // "Scientologist Ana Lopes", "Pan-democrat Tom Berg": a word for the person's faith or camp before a
    // given name is no part of the name
    const described = this.describedName(tokens, i, b);
    if (described === 'adherent') return { a: i + 1, b, label: 'PERSON', type: 'unknown', guess: 'PERSON', confidence: 0.8 };
    // "Ethnic Armenian forces", "the Karabakh Armenians": a nationality after one capitalised word is found
    // on its own (the word before it makes a name of its own, if any); not after a given name ("Mark
    // Cuban"), a compass word ("South American", "Central American") or glued to the word before ("Arab-Israeli")
    const glued = (k: number) => tokens[k - 1].end === tokens[k].start;
    if (b - i === 2 && !lex.givenName.has(tokens[i].text.toLowerCase()) && !COMPASS.test(tokens[b - 2].text) && !glued(b - 1)
      && !tokens.slice(i, b).some((t) => lex.orgWord.has(t.text.toLowerCase()))) {
      const last = this.registryAt(text, tokens, b - 1, e);
      if (last && last.b === b && last.hits.every((h) => h.label === 'NORP')) b--;
    }
    // Organisation/location names may contain "of", "for", "&": "Bank of England", "Gulf of Aden".
    const hasOrgOrLoc = (from: number, to: number) => {
      for (let k = from; k < to; k++) if (orgOrPlaceWord(lex, tokens[k].text)) return true;
      return false;
    };
    b = this.sharedHead(text, tokens, i, b, e);
    // (a possessive name is whole: "the County Sheriff's Office and County Fire Rescue" are two bodies)
    const possessed = this.possessiveName(tokens, i, b, s, e);
    const joins = possessed > b ? /^(of|for)$/ : /^(of|for|&|and|de|du)$/;
    b = possessed;
    // (not after a titled person's name: "Westbury Mayor Ana Lopes and Eastbury Mayor Tomas Berg")
    while (b + 1 < e && joins.test(tokens[b].text) && hasOrgOrLoc(i, b) && this.nameToken(tokens, b + 1, s) && !this.titledTail(tokens, i, b)) {
      const b2 = this.nameRun(tokens, b + 1, s, e, 4);
      if (b2 === b + 1) break;
      b = b2;
    }
    // "Special Monitoring Mission to Ukraine": an organisation head keeps its place.
    if (lex.orgHead.has(tokens[b - 1].text.toLowerCase())) b = this.placeTail(text, tokens, b, s, e) ?? b;
    // "Rossiya television", "Kommersant newspaper": a lower-case organisation noun completes the name.
    if (b < e && tokens[b].pos === 'NOUN' && !isCap(tokens[b]) && lex.orgWord.has(tokens[b].text) && MEDIA_NOUNS.has(tokens[b].text)) b++;
    const words = tokens.slice(i, b).filter((t) => isCap(t) || MEDIA_NOUNS.has(t.text));
    const first = tokens[i];
    const last = tokens[b - 1];
    const prev = tokens[i - 1];
    const next = tokens[b];
    let guess: Cand['guess'] | null = null;
    let confidence = 0.6;
    let byPreposition = false;
    const key = nameKey(text.slice(first.start, last.end));
    const place = this.ix.places.get(key);
    // "J. Alex Halderman": a leading initial before a given name counts as the given name (not the
    // article "A" nor the pronoun "I")
    const initial = /^\p{Lu}\.?$/u.test(first.text) && first.text !== 'A' && first.text !== 'I' ? tokens.slice(i + 1, b).find((t) => t.text !== '.') : undefined;
    // "Cheng Chung-tai": a hyphenated given name of two romanised syllables counts as a given name
    const given = lex.givenName.has(first.text.toLowerCase()) || (!!initial && initial !== last && lex.givenName.has(initial.text.toLowerCase()))
      || (b - i >= 4 && givenNameTail(tokens, b - 1, lex));
    const family = lex.lastName.has(last.text.toLowerCase());
    const gazetteer = words.length >= 2 && !this.ix.orgNames.has(key) ? this.placeOf(text.slice(first.start, last.end), false) : null;
    if (gazetteer && words.some((w) => lex.orgWord.has(w.text.toLowerCase()))) {
      // "the Soviet Union", "College Station": a whole name the gazetteer has is a place though one of
      // its words is an organisation word
      guess = gazetteer;
      confidence = 0.7;
    } else if (words.some((w) => lex.orgWord.has(w.text.toLowerCase())) || LEGAL_SUFFIX.test(last.text)) {
      guess = 'ORG';
      confidence = 0.75;
    } else if (next && next.text === '.' && next.start === last.end && tokens[b + 1]?.start === next.end && /^(?:com|org|net)$/i.test(tokens[b + 1].text)) {
      // "Zenbyte.com reported", "quoted by Kelvar.com": a web domain's name is a website's, an organisation
      guess = 'ORG';
      confidence = 0.75;
    } else if (prev && i > s && !isCap(prev) && lex.orgNoun.has(prev.text.toLowerCase())) {
      // "the technology blog X", "the satirical magazine X": the noun before the name names its kind
      guess = 'ORG';
      confidence = 0.7;
    } else if (this.ix.orgNames.has(key)) {
      guess = 'ORG';
      confidence = 0.7;
    } else if (place) {
      guess = place;
      confidence = 0.75;
    } else if (words.some((w) => lex.locWord.has(w.text.toLowerCase()))) {
      guess = 'LOC';
      confidence = 0.7;
    } else if (words.length >= 2 && words.length <= 4 && (given || (family && words.every((w) => /^\p{Lu}[\p{Ll}'’.-]*$/u.test(w.text))))
      && !(given && gazetteer)) {
      // (not a town the gazetteer has that opens with a given name: "Coral Springs", "Elizabeth City")
      guess = 'PERSON';
      confidence = given ? 0.8 : 0.6;
    } else if (middleInitial(tokens, i, b)) {
      // "Ana M. Lopes", "Tomas R. Berg": a middle initial between two words is a person's name
      guess = 'PERSON';
      confidence = 0.7;
    } else if (gazetteer) {
      // "El Fasher", "North Darfur", "New South Wales": a gazetteer name, not an unknown organisation.
      guess = gazetteer;
      confidence = 0.65;
    } else if (described === 'party') {
      // "between Republican Ana Lopes and …": a party word before a person's name is no place after a
      // preposition; resolution reads the run as a titled name (titledName), which the tagger does not cut
      guess = 'ORG';
      confidence = 0.5;
    } else if (prev && i > s && lex.placePreposition.has(prev.text.toLowerCase()) && words.length <= 3 && !(words.length === 1 && personAfterTo(tokens, i, s, lex.personBeforeTo))) {
      guess = 'LOC';
      confidence = 0.5;
      byPreposition = words.length > 1 || !this.placeOf(first.text, true);
    } else if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(first.text)) {
      guess = 'ORG';
      confidence = 0.5;
    } else if (words.length === 1 && next && next.pos === 'VERB' && SPEECH_VERBS.has(next.lemma) && !isCap(next)) {
      guess = 'PERSON';
      confidence = 0.45;
    } else if (words.length === 1 && this.placeOf(first.text, true)) {
      guess = this.placeOf(first.text, true)!;
      confidence = 0.5;
    } else if (words.length >= 2) {
      // No cue: a capitalised multi-word name without a known given name is more often an organisation.
      guess = 'ORG';
      confidence = 0.4;
    }
    const label: EntityLabel = guess === 'PERSON' ? 'PERSON' : guess === 'ORG' ? 'ORG' : guess === 'GPE' ? 'GPE' : 'LOC';
    return { a: i, b, label, type: 'unknown', guess: guess ?? undefined, confidence, ...(byPreposition ? { byPreposition } : {}) };
  }
}

/**
 * "according to X", "an adviser to X", "loyal to X", "spoke to X": the word before the "to" before the
 * name (its form or lemma) takes a person or a body, so "to" is no cue of a place there. Asked of
 * one-word names only: a longer one keeps the preposition's place reading (TR-News marks "St. X
 * Church" and a province opening a charity's name as toponyms there).
 */
function personAfterTo(tokens: Token[], i: number, s: number, words: Set<string>): boolean {
  if (i - 2 < s || tokens[i - 1].text.toLowerCase() !== 'to') return false;
  const w = tokens[i - 2];
  return words.has(w.text.toLowerCase()) || words.has(w.lemma?.toLowerCase() ?? '');
}

/**
 * A run of three or four words, a capitalised word first and last and one inner word a single capital
 * with a full stop, nothing else: the shape of a person's name with a middle initial ("Ana M. Lopes",
 * "Ana Maria K. Lopes"); a name with an organisation or place word was typed before this is asked.
 */
function middleInitial(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 3 || b - a > 4) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[a].text) || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(tokens[b - 1].text)) return false;
  let initials = 0;
  for (let k = a + 1; k < b - 1; k++) {
    if (/^\p{Lu}\.$/u.test(tokens[k].text)) initials++;
    else if (!/^\p{Lu}\p{Ll}+$/u.test(tokens[k].text)) return false;
  }
  return initials === 1;
}

/** The first word of a name opening at or after `from` and by `k`: determiners and lower-case words before it skipped. */
function nameStart(tokens: Token[], from: number, k: number): number {
  let a = from;
  while (a < k && (!isCap(tokens[a]) || DETERMINERS.has(tokens[a].text.toLowerCase()))) a++;
  return a;
}
