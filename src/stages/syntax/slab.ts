// Small typed arrays cut from larger blocks. V8 gives a typed array of more than 64 bytes a backing store
// of its own outside the heap (about a microsecond to make, and a finaliser for the collector), where a
// view of a block is an ordinary small object. Each stretch of a block is handed out once and a block is
// never reused, so every array taken starts zeroed and shares no element with another, as a new one would;
// a block stays alive while any view of it does. For arrays made per sentence and dropped with the
// document (not for arrays kept long, sent to another thread or read through `.buffer`).

/** Elements per block; larger arrays are made on their own. */
const BLOCK = 16384;

type Typed = Int32Array | Float32Array | Uint8Array;

export class Slab<T extends Typed> {
  private block: T;
  private used = 0;

  constructor(private readonly make: (n: number) => T) {
    this.block = make(0);
  }

  /** A zeroed array of `n` elements (a view of the current block, or a new array when `n` is large). */
  take(n: number): T {
    if (n > BLOCK >> 3) return this.make(n);
    if (this.used + n > this.block.length) {
      this.block = this.make(BLOCK);
      this.used = 0;
    }
    const out = this.block.subarray(this.used, this.used + n) as T;
    this.used += n;
    return out;
  }
}

/**
 * The per-sentence arrays of the syntax stage (lexical values, tags, parser states, inputs and block
 * scores) and of the entity tagger (its features, tags, margins and rule hints), one block of each kind
 * for both: about twenty a sentence, each its own backing store before.
 */
export const SENTENCE_INTS = new Slab((n) => new Int32Array(n));
export const SENTENCE_FLOATS = new Slab((n) => new Float32Array(n));
export const SENTENCE_BYTES = new Slab((n) => new Uint8Array(n));
