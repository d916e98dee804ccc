// Fetching feeds and article URLs safely: http(s) only, redirects followed by hand with a limit and every
// hop re-checked, size and time limits, and no connection to non-public addresses (SSRF) unless allowed —
// each host is resolved once per hop and the connection is pinned to the checked address (no DNS rebinding).
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { nonPublicReason } from './ip-range.ts';

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/** Resolves a host name to all its addresses (default: dns.lookup with all: true). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export interface SafeFetchOptions {
  /** Most redirects to follow (default 5). */
  maxRedirects?: number;
  /** Most body bytes (default 10 MB); a larger Content-Length or body is refused. */
  maxBytes?: number;
  /** Time limit for the whole fetch, redirects included (default 15 s). */
  timeoutMs?: number;
  /** Allow private, loopback, link-local and other non-public addresses (default false). */
  allowPrivate?: boolean;
  /** Specific addresses allowed even though non-public (e.g. a local mirror), exact match. */
  allowAddresses?: string[];
  /** Host name resolution (injectable for tests). */
  resolver?: Resolver;
  /** Extra request headers (a User-Agent is set by default). */
  headers?: Record<string, string>;
  /** Aborts the fetch. */
  signal?: AbortSignal;
}

export interface SafeResponse {
  /** The final URL after redirects. */
  url: string;
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  /** Every URL requested, in order (the first is the one asked for). */
  chain: string[];
  /** The address each hop connected to. */
  addresses: string[];
  text(): string;
}

export type SafeFetchErrorCode =
  | 'bad-url'
  | 'bad-scheme'
  | 'blocked-address'
  | 'dns'
  | 'too-many-redirects'
  | 'too-large'
  | 'timeout'
  | 'aborted'
  | 'network';

export class SafeFetchError extends Error {
  constructor(
    readonly code: SafeFetchErrorCode,
    message: string,
    readonly url: string,
  ) {
    super(message);
    this.name = 'SafeFetchError';
  }
}

export const SAFE_FETCH_DEFAULTS = { maxRedirects: 5, maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000 };

const defaultResolver: Resolver = async (hostname) =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** GETs `url` under the limits and address checks above; throws SafeFetchError on refusal or failure. */
export async function safeFetch(url: string, opts: SafeFetchOptions = {}): Promise<SafeResponse> {
  const maxRedirects = opts.maxRedirects ?? SAFE_FETCH_DEFAULTS.maxRedirects;
  const maxBytes = opts.maxBytes ?? SAFE_FETCH_DEFAULTS.maxBytes;
  const timeoutMs = opts.timeoutMs ?? SAFE_FETCH_DEFAULTS.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new SafeFetchError('timeout', `timed out after ${timeoutMs} ms`, url)), timeoutMs);
  const onAbort = () => controller.abort(new SafeFetchError('aborted', 'aborted', url));
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) onAbort();
  const chain: string[] = [];
  const addresses: string[] = [];
  try {
    let current = parseUrl(url);
    for (;;) {
      chain.push(current.href);
      const address = await checkedAddress(current, opts, controller.signal);
      addresses.push(address.address);
      const res = await request(current, address, opts.headers ?? {}, maxBytes, controller.signal);
      const location = res.headers.location;
      if (REDIRECTS.has(res.status) && location) {
        if (chain.length > maxRedirects) {
          throw new SafeFetchError('too-many-redirects', `more than ${maxRedirects} redirects`, current.href);
        }
        let next: URL;
        try {
          next = new URL(location, current);
        } catch {
          throw new SafeFetchError('bad-url', `redirect to an invalid URL "${location.slice(0, 100)}"`, current.href);
        }
        current = checkScheme(next);
        continue;
      }
      const body = res.body;
      return {
        url: current.href,
        status: res.status,
        headers: res.headers,
        body,
        chain,
        addresses,
        text: () => body.toString('utf8'),
      };
    }
  } catch (err) {
    if (err instanceof SafeFetchError) throw err;
    const reason = controller.signal.reason;
    if (reason instanceof SafeFetchError) throw reason;
    throw new SafeFetchError('network', (err as Error).message, chain[chain.length - 1] ?? url);
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

function parseUrl(url: string): URL {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new SafeFetchError('bad-url', `not a valid URL "${String(url).slice(0, 100)}"`, url);
  }
  return checkScheme(u);
}

function checkScheme(u: URL): URL {
  if (u.protocol !== 'http:' && u.protocol !== 'https:') {
    throw new SafeFetchError('bad-scheme', `only http and https URLs are fetched, not ${u.protocol}`, u.href);
  }
  return u;
}

/** Resolves the URL's host and returns the address to connect to, refusing non-public ones. */
async function checkedAddress(u: URL, opts: SafeFetchOptions, signal: AbortSignal): Promise<ResolvedAddress> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let candidates: ResolvedAddress[];
  const literal = isIP(host);
  if (literal) candidates = [{ address: host, family: literal === 6 ? 6 : 4 }];
  else {
    try {
      candidates = await abortable((opts.resolver ?? defaultResolver)(host), signal);
    } catch (err) {
      if (err instanceof SafeFetchError) throw err;
      throw new SafeFetchError('dns', `cannot resolve ${host} (${(err as Error).message})`, u.href);
    }
    if (!candidates.length) throw new SafeFetchError('dns', `${host} has no addresses`, u.href);
  }
  if (opts.allowPrivate) return candidates[0];
  const allowed = new Set(opts.allowAddresses ?? []);
  // Refuse the host when any of its addresses is non-public: a name that also points inside is suspect.
  for (const c of candidates) {
    const why = allowed.has(c.address) ? null : nonPublicReason(c.address);
    if (why) throw new SafeFetchError('blocked-address', `${host} resolves to ${c.address}, a ${why}`, u.href);
  }
  return candidates[0];
}

function abortable<T>(p: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => (signal.removeEventListener('abort', onAbort), resolve(v)),
      (e) => (signal.removeEventListener('abort', onAbort), reject(e)),
    );
  });
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One GET to `u`, connecting to `pinned` (never resolving the name again). Redirect bodies are discarded. */
function request(u: URL, pinned: ResolvedAddress, headers: Record<string, string>, maxBytes: number, signal: AbortSignal): Promise<RawResponse> {
  const lookup: LookupFunction = (_host, options, cb) => {
    if ((options as { all?: boolean }).all) (cb as unknown as (e: null, a: ResolvedAddress[]) => void)(null, [pinned]);
    else cb(null, pinned.address, pinned.family);
  };
  const mod = u.protocol === 'https:' ? https : http;
  return new Promise<RawResponse>((resolve, reject) => {
    const req = mod.request(
      u,
      {
        method: 'GET',
        agent: false,
        lookup,
        signal,
        headers: { 'user-agent': 'eventline (+https://github.com/eventline)', accept: '*/*', 'accept-encoding': 'identity', ...headers },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        const isRedirect = REDIRECTS.has(status) && Boolean(res.headers.location);
        if (isRedirect) {
          res.destroy(); // the body of a redirect is never needed
          resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(res.headers['content-length']);
        if (Number.isFinite(declared) && declared > maxBytes) {
          reject(new SafeFetchError('too-large', `response is ${declared} bytes, over the ${maxBytes} byte limit`, u.href));
          res.destroy();
          return;
        }
        const parts: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            reject(new SafeFetchError('too-large', `response is over the ${maxBytes} byte limit`, u.href));
            res.destroy();
            return;
          }
          parts.push(chunk);
        });
        res.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(parts) }));
        res.on('error', (err) => reject(signal.aborted ? signal.reason : err));
        res.on('aborted', () => reject(signal.aborted ? signal.reason : new Error('connection closed mid-response')));
      },
    );
    req.on('error', (err) => reject(signal.aborted ? signal.reason : err));
    req.end();
  });
}
