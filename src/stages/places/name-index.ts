// The gazetteer's name → candidates index. Towns stay as row numbers into the compact city columns
// until a name is looked up; only then are their entries built (and kept), so loading creates a Map of
// numbers instead of 135k objects.
import type { CityRows } from './city-cache.ts';
import type { GazEntry } from './gazetteer.ts';

type Slot = GazEntry[] | number | number[];

/** What the stages read of the name index: the built NameIndex, or the compiled one (compiled.ts). */
export interface NameLookup {
  /** The candidates of normalised name `k`, best prior first (the same array at every call). */
  get(k: string): GazEntry[] | undefined;
  /** The best candidate of `k` (get(k)?.[0]), where the index can without making the others. */
  first(k: string): GazEntry | undefined;
  has(k: string): boolean;
  readonly size: number;
  keys(): IterableIterator<string>;
  /** Number of (key, candidate) pairs. */
  pairs(): number;
}

export class NameIndex implements NameLookup {
  private readonly m = new Map<string, Slot>();
  private readonly made: (GazEntry | undefined)[] = [];
  private mixed = new Set<string>();
  /** Entries added under a key still holding row numbers: merged in when the key is first looked up. */
  private readonly late = new Map<string, GazEntry[]>();

  constructor(
    private readonly rows: CityRows | null,
    private readonly entryOf: (row: number) => GazEntry,
  ) {}

  /** Add town row `row` under key `k`. */
  addRow(k: string, row: number): void {
    const v = this.m.get(k);
    if (v === undefined) this.m.set(k, row);
    else if (typeof v === 'number') this.m.set(k, [v, row]);
    else if (typeof v[0] === 'number' || v.length === 0) (v as number[]).push(row);
    else { (v as GazEntry[]).push(this.entry(row)); this.mixed.add(k); }
  }

  /** Add an entry under `k` (kept sorted by prior on the next lookup); town rows stay unbuilt until then. */
  add(k: string, e: GazEntry): void {
    const v = this.m.get(k);
    if (typeof v === 'number' || (v !== undefined && v.length > 0 && typeof v[0] === 'number')) {
      const l = this.late.get(k);
      if (!l) this.late.set(k, [e]);
      else if (!l.includes(e)) l.push(e);
      return;
    }
    const list = this.get(k);
    if (!list) this.m.set(k, [e]);
    else if (!list.includes(e)) { list.push(e); this.mixed.add(k); }
  }

  get(k: string): GazEntry[] | undefined {
    const v = this.m.get(k);
    if (v === undefined) return undefined;
    if (typeof v !== 'number' && (v.length === 0 || typeof v[0] !== 'number')) {
      const list = v as GazEntry[];
      if (this.mixed.delete(k)) list.sort((a, b) => b.prior - a.prior);
      return list;
    }
    const list = (typeof v === 'number' ? [v] : (v as number[])).map((r) => this.entry(r));
    const late = this.late.get(k);
    if (late) { list.push(...late); this.late.delete(k); }
    list.sort((a, b) => b.prior - a.prior);
    this.m.set(k, list);
    return list;
  }

  first(k: string): GazEntry | undefined {
    return this.get(k)?.[0];
  }

  has(k: string): boolean {
    return this.m.has(k);
  }

  delete(k: string): boolean {
    this.late.delete(k);
    return this.m.delete(k);
  }

  /** The town rows under `k` while they are unbuilt (null once the key was looked up, or has none). */
  rowsOf(k: string): readonly number[] | null {
    const v = this.m.get(k);
    if (typeof v === 'number') return [v];
    return v !== undefined && v.length > 0 && typeof v[0] === 'number' ? (v as number[]) : null;
  }

  get size(): number {
    return this.m.size;
  }

  keys(): IterableIterator<string> {
    return this.m.keys();
  }

  /** Number of (key, candidate) pairs, without building entries. */
  pairs(): number {
    let n = 0;
    for (const v of this.m.values()) n += typeof v === 'number' ? 1 : v.length;
    for (const l of this.late.values()) n += l.length;
    return n;
  }

  /** The entry of town row `row` (built once). */
  entryAt(row: number): GazEntry {
    return this.entry(row);
  }

  private entry(row: number): GazEntry {
    let e = this.made[row];
    if (!e) {
      e = this.entryOf(row);
      this.made[row] = e;
    }
    return e;
  }

  /** The town entries built so far, with their rows. */
  builtRows(): Map<GazEntry, number> {
    const out = new Map<GazEntry, number>();
    this.made.forEach((e, row) => {
      if (e) out.set(e, row);
    });
    return out;
  }

  get rowCount(): number {
    return this.rows?.names.length ?? 0;
  }
}
