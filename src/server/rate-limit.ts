// Per-client request rate limits for the HTTP server: a token bucket per client key (an IPv4 address, or
// the /64 prefix of an IPv6 address, read from the socket), refilled continuously, with a bounded table.
export interface RateSpec {
  /** Tokens added per second (sustained requests per second). */
  perSecond: number;
  /** Bucket size: requests allowed in a burst. */
  burst: number;
}

interface Bucket {
  tokens: number;
  at: number;
}

/** Most clients tracked at once; past this, idle (full) buckets and then the oldest ones are dropped. */
export const MAX_CLIENTS = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(readonly spec: RateSpec, private readonly now: () => number = () => performance.now()) {
    if (!(spec.perSecond > 0) || !(spec.burst >= 1)) throw new Error(`rate limit needs a positive rate and a burst of at least 1 (got ${spec.perSecond}/s, burst ${spec.burst})`);
  }

  /** Takes one token for `key`: 0 when the request may go ahead, else the whole seconds to wait (≥ 1). */
  take(key: string): number {
    const t = this.now();
    let b = this.buckets.get(key);
    if (b) {
      b.tokens = Math.min(this.spec.burst, b.tokens + ((t - b.at) / 1000) * this.spec.perSecond);
      b.at = t;
      this.buckets.delete(key); // re-inserted below: the map stays in least-recently-used order
    } else {
      if (this.buckets.size >= MAX_CLIENTS) this.evict(t);
      b = { tokens: this.spec.burst, at: t };
    }
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / this.spec.perSecond));
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(t: number): void {
    const refill = (this.spec.burst / this.spec.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (t - b.at >= refill) this.buckets.delete(k); // full again: nothing lost
    for (const k of this.buckets.keys()) {
      if (this.buckets.size < MAX_CLIENTS) break;
      this.buckets.delete(k);
    }
  }
}

/** The bucket key of a client address: IPv4 as is (also when IPv4-mapped), IPv6 by its /64 prefix. */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
