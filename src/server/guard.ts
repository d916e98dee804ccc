// The request guard run before every route: per-client rate limits (token buckets keyed by the socket's
// address — X-Forwarded-For is never trusted), a URL length limit, and the method rule: GET/HEAD for
// everyone; POST /api/documents only when a write token is configured and the request carries it; any
// other method 405. Refusals are one-line JSON errors.
import type { Context } from 'hono';
import type { Duplex } from 'node:stream';
import { RateLimiter, clientKey, type RateSpec } from './rate-limit.ts';
import { bearerChecker } from './write-token.ts';

export const WRITE_PATH = '/api/documents';
export const DEFAULT_MAX_URL_BYTES = 8 * 1024;

export interface GuardOptions {
  /** Enables POST /api/documents for requests with `Authorization: Bearer <token>`. */
  writeToken?: string;
  /** Most characters of path plus query string (default 8 KB; longer → 414). */
  maxUrlBytes?: number;
  /** Per-client limit on reads (and refused methods); null or undefined: none. */
  readRate?: RateSpec | null;
  /** Per-client limit on write requests, counted before the token is checked; null or undefined: none. */
  writeRate?: RateSpec | null;
  /** The rate limiters' clock in milliseconds (default performance.now; tests stop it so refills do not depend on the machine's speed). */
  clock?: () => number;
}

/** The client's address as the socket reports it (undefined in in-process requests). */
export function socketAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

/** Builds the guard: it resolves to a refusal response, or null when the request may go on. */
export function requestGuard(o: GuardOptions): (c: Context) => Response | null {
  const reads = o.readRate ? new RateLimiter(o.readRate, o.clock) : null;
  const writes = o.writeRate ? new RateLimiter(o.writeRate, o.clock) : null;
  const authorized = o.writeToken ? bearerChecker(o.writeToken) : null;
  const maxUrl = o.maxUrlBytes ?? DEFAULT_MAX_URL_BYTES;

  const limited = (c: Context, limiter: RateLimiter | null, what: string): Response | null => {
    if (!limiter) return null;
    const key = clientKey(socketAddress(c));
    const wait = limiter.take(key);
    if (!wait) return null;
    c.header('Retry-After', String(wait));
    const { perSecond, burst } = limiter.spec;
    return c.json({ error: `too many ${what} from ${key} (limit ${perSecond}/s, burst ${burst}); retry after ${wait} s` }, 429);
  };

  return (c) => {
    const method = c.req.method;
    const isWrite = authorized !== null && method === 'POST' && c.req.path === WRITE_PATH;
    // a refused request's body is never read: closing the connection keeps it from being reused mid-body
    if (method !== 'GET' && method !== 'HEAD') c.header('Connection', 'close');
    const refused = isWrite ? limited(c, writes, 'write requests') : limited(c, reads, 'requests');
    if (refused) return refused;
    const url = c.req.url;
    const pathStart = url.indexOf('/', url.indexOf('//') + 2);
    if (pathStart >= 0 && url.length - pathStart > maxUrl) {
      return c.json({ error: `the URL is ${url.length - pathStart} characters, over the ${maxUrl} limit; shorten the query` }, 414);
    }
    if (method === 'GET' || method === 'HEAD') return null;
    if (!isWrite) {
      c.header('Allow', authorized && c.req.path === WRITE_PATH ? 'POST' : 'GET, HEAD');
      return c.json({ error: authorized ? `only GET, HEAD and POST ${WRITE_PATH} are allowed` : 'the API is read-only (GET only)' }, 405);
    }
    if (!authorized(c.req.header('authorization'))) {
      c.header('WWW-Authenticate', 'Bearer realm="eventline"');
      return c.json({ error: `${WRITE_PATH} needs the write token: send "Authorization: Bearer <token>" with the token the server was started with` }, 401);
    }
    c.header('Connection', undefined); // let through: keep-alive as usual
    return null;
  };
}

/**
 * Node's HTTP parser refuses a request whose head passes its 16 KB limit before any route runs, answering
 * 431 even when the URL is what is long. This `clientError` handler answers such a request 414 (as the guard
 * does for URLs over `maxUrl`) when its request line is over the URL limit, else 431; other client errors
 * as Node does (400, or a reset connection closed).
 */
export function answerClientError(err: Error & { code?: string; rawPacket?: Buffer }, socket: Duplex, maxUrl = DEFAULT_MAX_URL_BYTES): void {
  if (!socket.writable || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const reply = (status: string, error?: string) => {
    const body = error ? JSON.stringify({ error }) : '';
    const type = error ? 'Content-Type: application/json; charset=utf-8\r\n' : '';
    socket.end(`HTTP/1.1 ${status}\r\n${type}Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
  };
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    const raw = err.rawPacket ?? Buffer.alloc(0);
    const eol = raw.indexOf('\r\n');
    const requestLine = eol < 0 ? raw.length : eol;
    if (requestLine > maxUrl) return reply('414 URI Too Long', `the URL is over the ${maxUrl} character limit; shorten the query`);
    return reply('431 Request Header Fields Too Large', 'the request headers are over 16 KB; send fewer or shorter headers');
  }
  reply('400 Bad Request');
}
