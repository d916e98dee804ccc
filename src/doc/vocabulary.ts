// The process's word vocabulary: every word form (as written) interned once into a small integer id, and
// word tables that remember a function of the word per id in a typed array. A document's tokens get their
// ids in one pass (token-views.ts `wordIds`); a stage then asks a table by id (an array read) instead of
// building the word's lower-case form and probing its knowledge maps and sets for every token.
//
// The vocabulary is bounded: when a document would take it past MAX_WORDS it starts afresh (a new epoch)
// before that document's words are interned, and every table and every document's ids of the old epoch are
// made again on their next use. So one document's ids are always of one epoch.

/** Most distinct word forms the vocabulary holds before it starts afresh. */
const MAX_WORDS = 200_000;

const ids = new Map<string, number>();
let words: string[] = [];
let epoch = 0;

/** The vocabulary's epoch: ids of different epochs name different words. */
export function vocabularyEpoch(): number {
  return epoch;
}

/** The word form of an id (of the present epoch). */
export function wordOf(id: number): string {
  return words[id];
}

/** Number of word forms interned in the present epoch. */
export function vocabularySize(): number {
  return words.length;
}

/**
 * Makes room for `n` new word forms: starts afresh (a new epoch) when they could take the vocabulary past
 * its bound. Called before a document's words are interned, so that all of them are of one epoch.
 */
export function makeRoom(n: number): void {
  if (words.length + n > MAX_WORDS) startAfresh();
}

/** The id of a word form, interning it when new (after makeRoom for the words to come). */
export function intern(w: string): number {
  let id = ids.get(w);
  if (id === undefined) {
    id = words.length;
    words.push(w);
    ids.set(w, id);
  }
  return id;
}

/** Empties the vocabulary (a new epoch). Exported for tests. */
export function startAfresh(): void {
  ids.clear();
  words = [];
  epoch++;
}

/**
 * A function of the word form, remembered per word id: `compute` must answer an integer ≥ 0 (bits or a
 * code) that depends on the word alone (and on knowledge that does not change under the table).
 */
export class WordTable {
  private vals = new Int32Array(0);
  private epoch = -1;

  constructor(private readonly compute: (word: string) => number) {}

  /** compute(wordOf(id)), remembered. */
  of(id: number): number {
    if (this.epoch !== epoch || id >= this.vals.length) this.grow(id);
    let v = this.vals[id];
    if (v < 0) v = this.vals[id] = this.compute(words[id]);
    return v;
  }

  private grow(id: number): void {
    if (this.epoch !== epoch) {
      this.epoch = epoch;
      this.vals = new Int32Array(0);
    }
    if (id < this.vals.length) return;
    const next = new Int32Array(Math.max(1024, id + 1, this.vals.length * 2)).fill(-1);
    next.set(this.vals);
    this.vals = next;
  }
}
