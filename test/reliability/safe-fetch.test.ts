// safeFetch: redirects, limits and the refusal of non-public addresses. The only connections made are to
// a local HTTP server on 127.0.0.1; every other host name goes through a stubbed resolver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { safeFetch, SafeFetchError, type Resolver } from '../../src/net/safe-fetch.ts';
import { isPublicAddress, nonPublicReason } from '../../src/net/ip-range.ts';

let server: http.Server;
let base: string;
let port: number;
const hostsSeen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hostsSeen.push(req.headers.host ?? '');
    const u = new URL(req.url ?? '/', 'http://x');
    const p = u.pathname;
    if (p === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end('<rss><channel><title>Wire</title></channel></rss>');
    } else if (p.startsWith('/hop/')) {
      const n = Number(p.slice(5));
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/feed' });
      res.end('moved');
    } else if (p === '/to') {
      res.writeHead(301, { location: u.searchParams.get('u') ?? '/' });
      res.end();
    } else if (p === '/big') {
      res.writeHead(200, { 'content-length': String(5000) });
      res.end('x'.repeat(5000));
    } else if (p === '/chunked-big') {
      res.writeHead(200);
      let sent = 0;
      const more = () => {
        if (sent > 100_000 || res.destroyed) return res.end();
        sent += 1000;
        res.write('y'.repeat(1000), () => setImmediate(more));
      };
      more();
    } else if (p === '/slow') {
      res.writeHead(200);
      res.write('start'); // then nothing: the client's timer must fire
    } else {
      res.writeHead(404);
      res.end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A resolver from a fixed table; records each lookup. */
function stub(table: Record<string, string[]>, calls: string[] = []): Resolver {
  return async (host) => {
    calls.push(host);
    const addrs = table[host];
    if (!addrs) throw new Error(`ENOTFOUND ${host}`);
    return addrs.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

async function refusal(p: Promise<unknown>): Promise<SafeFetchError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(SafeFetchError);
    return err as SafeFetchError;
  }
  throw new Error('expected a refusal');
}

describe('address classification', () => {
  it.each([
    '10.0.0.1', '10.255.255.255', '172.16.0.1', '172.31.255.254', '192.168.1.1', '127.0.0.1', '127.8.9.10', '169.254.169.254',
    '0.0.0.0', '100.64.0.1', '224.0.0.251', '239.255.255.250', '255.255.255.255', '198.18.0.1', '192.0.2.5',
    '::', '::1', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1',
    '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:169.254.169.254', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '0:0:0:0:0:ffff:c0a8:0101',
    '64:ff9b::10.0.0.1', '2002:0a00:0001::1', '::127.0.0.1', '[::1]',
  ])('%s is not public', (a) => {
    expect(nonPublicReason(a)).not.toBeNull();
  });

  it.each(['8.8.8.8', '1.1.1.1', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '2a00:1450:4001::200e', '::ffff:8.8.8.8', '64:ff9b::808:808'])(
    '%s is public',
    (a) => {
      expect(isPublicAddress(a)).toBe(true);
    },
  );

  it('names the kind of address', () => {
    expect(nonPublicReason('169.254.169.254')).toMatch(/link-local/);
    expect(nonPublicReason('::ffff:127.0.0.1')).toMatch(/IPv4-mapped.*loopback/);
    expect(nonPublicReason('not-an-ip')).toMatch(/not an IP/);
  });
});

describe('safeFetch happy path (local server, allowPrivate)', () => {
  it('fetches a body', async () => {
    const r = await safeFetch(`${base}/feed`, { allowPrivate: true });
    expect(r.status).toBe(200);
    expect(r.text()).toContain('<rss>');
    expect(r.chain).toEqual([`${base}/feed`]);
  });

  it('follows redirects by hand up to the limit', async () => {
    const r = await safeFetch(`${base}/hop/3`, { allowPrivate: true, maxRedirects: 5 });
    expect(r.status).toBe(200);
    expect(r.chain).toHaveLength(5);
    expect(r.url).toBe(`${base}/feed`);
    const e = await refusal(safeFetch(`${base}/hop/3`, { allowPrivate: true, maxRedirects: 3 }));
    expect(e.code).toBe('too-many-redirects');
  });

  it('enforces the size limit on declared and streamed bodies', async () => {
    expect((await refusal(safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 1000 }))).code).toBe('too-large');
    expect((await refusal(safeFetch(`${base}/chunked-big`, { allowPrivate: true, maxBytes: 10_000 }))).code).toBe('too-large');
    expect((await safeFetch(`${base}/big`, { allowPrivate: true, maxBytes: 5000 })).body.length).toBe(5000);
  });

  it('enforces the time limit', async () => {
    // /slow never ends its body, so an answer at all means the timer fired (no upper bound on the elapsed
    // time: under load that is the machine's, not the code's); it must not fire before the limit
    const t = performance.now();
    const e = await refusal(safeFetch(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }));
    expect(e.code).toBe('timeout');
    expect(performance.now() - t).toBeGreaterThanOrEqual(290);
  });

  it('refuses other schemes, also as a redirect target', async () => {
    expect((await refusal(safeFetch('file:///etc/passwd'))).code).toBe('bad-scheme');
    expect((await refusal(safeFetch('gopher://127.0.0.1/'))).code).toBe('bad-scheme');
    expect((await refusal(safeFetch('not a url'))).code).toBe('bad-url');
    const e = await refusal(safeFetch(`${base}/to?u=${encodeURIComponent('file:///etc/passwd')}`, { allowPrivate: true }));
    expect(e.code).toBe('bad-scheme');
  });
});

describe('safeFetch refusals (stubbed resolver, nothing connected)', () => {
  const table: Record<string, string[]> = {
    'intranet.example': ['10.1.2.3'],
    'metadata.example': ['169.254.169.254'],
    'loop6.example': ['::1'],
    'mapped.example': ['::ffff:127.0.0.1'],
    'mcast.example': ['224.0.0.1'],
    'zero.example': ['0.0.0.0'],
    'ula.example': ['fd00::5'],
    'mixed.example': ['93.184.216.34', '192.168.0.10'],
    localhost: ['127.0.0.1'],
  };
  it.each(Object.keys(table))('refuses %s', async (host) => {
    const calls: string[] = [];
    const e = await refusal(safeFetch(`http://${host}:${port}/feed`, { resolver: stub(table, calls), timeoutMs: 2000 }));
    expect(e.code).toBe('blocked-address');
    expect(e.message).toContain(host);
    expect(calls).toEqual([host]);
  });

  it.each([
    'http://127.0.0.1/', 'http://[::1]/', 'http://[::ffff:7f00:1]/', 'http://2130706433/', 'http://0x7f.1/', 'http://0/',
    'http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/', 'http://10.0.0.1:8080/x',
  ])('refuses the literal %s without resolving', async (url) => {
    const calls: string[] = [];
    const e = await refusal(safeFetch(url, { resolver: stub({}, calls) }));
    expect(e.code).toBe('blocked-address');
    expect(calls).toEqual([]);
  });

  it('re-checks every redirect hop: a public-looking first hop cannot redirect inside', async () => {
    // news.example is pinned to the local server through an explicit allow-list entry; it redirects to a name
    // that resolves to 10.x, which must be refused at the second hop.
    const calls: string[] = [];
    const resolver = stub({ 'news.example': ['127.0.0.1'], 'intranet.example': ['10.1.2.3'] }, calls);
    const target = encodeURIComponent(`http://intranet.example:${port}/feed`);
    const e = await refusal(safeFetch(`http://news.example:${port}/to?u=${target}`, { resolver, allowAddresses: ['127.0.0.1'] }));
    expect(e.code).toBe('blocked-address');
    expect(e.message).toMatch(/intranet\.example resolves to 10\.1\.2\.3/);
    expect(calls).toEqual(['news.example', 'intranet.example']);
    const lit = await refusal(
      safeFetch(`http://news.example:${port}/to?u=${encodeURIComponent('http://169.254.169.254/')}`, { resolver, allowAddresses: ['127.0.0.1'] }),
    );
    expect(lit.code).toBe('blocked-address');
  });

  it('pins the checked address: a resolver that changes its answer (DNS rebinding) is asked once per hop', async () => {
    let n = 0;
    const rebinding: Resolver = async () => [{ address: n++ === 0 ? '127.0.0.1' : '10.9.9.9', family: 4 }];
    const before = hostsSeen.length;
    const r = await safeFetch(`http://rebind.example:${port}/feed`, { resolver: rebinding, allowAddresses: ['127.0.0.1'] });
    expect(r.status).toBe(200);
    expect(n).toBe(1);
    expect(r.addresses).toEqual(['127.0.0.1']);
    expect(hostsSeen.slice(before)).toEqual([`rebind.example:${port}`]); // Host header keeps the name
  });

  it('reports resolution failures', async () => {
    const e = await refusal(safeFetch('http://nowhere.example/', { resolver: stub({}) }));
    expect(e.code).toBe('dns');
  });
});
