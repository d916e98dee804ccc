// A bit filter over the words of a name index's keys: one bit per hash of every space-separated word of
// every key. A word whose bit is clear is in no key, so no name holding it is a key: the entity tagger
// tests its capitalised runs' words here before it looks the run up (most runs name nothing). Bits are
// never wrong that way round; a set bit may be another word's (about one in twenty at the gazetteer's
// fill), which only costs the look-up the filter would have spared.

/** FNV-1a's start and step over character codes (ASCII keys: the same as over their UTF-8 bytes). */
export const FNV0 = 0x811c9dc5;
export const fnvStep = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);

export class WordBits {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** `log2`: the filter's size in bits as a power of two (at least 5). */
  constructor(log2: number) {
    this.bits = new Uint32Array(1 << (log2 - 5));
    this.mask = (1 << log2) - 1;
  }

  /** Set the bit of a word by its hash (FNV0 folded with fnvStep over its characters). */
  add(h: number): void {
    const x = (h ^ (h >>> 15)) & this.mask;
    this.bits[x >>> 5] |= 1 << (x & 31);
  }

  /** Whether the bit of a word's hash is set (false: the word is in no key). */
  has(h: number): boolean {
    const x = (h ^ (h >>> 15)) & this.mask;
    return (this.bits[x >>> 5] & (1 << (x & 31))) !== 0;
  }

  /** Add every space-separated word of `key`. */
  addWords(key: string): void {
    let h = FNV0;
    let len = 0;
    for (let i = 0; i <= key.length; i++) {
      const c = i < key.length ? key.charCodeAt(i) : 32;
      if (c !== 32) {
        h = fnvStep(h, c);
        len++;
      } else {
        if (len) this.add(h);
        h = FNV0;
        len = 0;
      }
    }
  }

  /** Add every space-separated word of the UTF-8 bytes [from, to) of `bytes` (one key). */
  addWordBytes(bytes: Uint8Array, from: number, to: number): void {
    let h = FNV0;
    let len = 0;
    for (let p = from; p <= to; p++) {
      const c = p < to ? bytes[p] : 32;
      if (c !== 32) {
        h = fnvStep(h, c);
        len++;
      } else {
        if (len) this.add(h);
        h = FNV0;
        len = 0;
      }
    }
  }
}

/** Size of a gazetteer's key-word filter: 2^21 bits (256 kB), about 5% of them set by 130,000 keys. */
export const KEY_WORD_BITS = 21;
