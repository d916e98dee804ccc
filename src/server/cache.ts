// A small LRU map of serialized responses, keyed by the data version and the request URL, so repeated
// aggregate queries on an unchanged store skip the database.
export class ResponseCache {
  private readonly map = new Map<string, string>();
  constructor(private readonly max: number) {}

  get(key: string): string | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: string, value: string): void {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }
}
