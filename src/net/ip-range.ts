// Classifying IP addresses for safe fetching: which IPv4/IPv6 addresses are not public (private,
// loopback, link-local, multicast, unspecified, reserved, documentation), including IPv4 embedded in IPv6.
import { isIP } from 'node:net';

/** A reason the address is not public, or null when it is a globally routable unicast address. */
export function nonPublicReason(address: string): string | null {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''); // brackets, IPv6 zone id
  const kind = isIP(ip);
  if (kind === 4) return v4Reason(parseV4(ip));
  if (kind === 6) return v6Reason(parseV6(ip));
  return 'not an IP address';
}

export function isPublicAddress(address: string): boolean {
  return nonPublicReason(address) === null;
}

function parseV4(ip: string): number[] {
  return ip.split('.').map(Number);
}

const V4_RANGES: [number[], number, string][] = [
  [[0, 0, 0, 0], 8, 'unspecified ("this network")'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared (carrier-grade NAT)'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'IETF protocol assignment'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 88, 99, 0], 24, '6to4 relay anycast'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'benchmarking'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved (incl. broadcast)'],
];

function inPrefix(bytes: number[], prefix: number[], bits: number): boolean {
  for (let i = 0; i < prefix.length && bits > 0; i++, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i] & mask) !== (prefix[i] & mask)) return false;
  }
  return true;
}

function v4Reason(b: number[]): string | null {
  for (const [prefix, bits, why] of V4_RANGES) if (inPrefix(b, prefix, bits)) return `${why} IPv4 address`;
  return null;
}

/** The 16 bytes of an IPv6 address (already validated by isIP). */
function parseV6(ip: string): number[] {
  let s = ip.toLowerCase();
  let tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    tail = parseV4(v4[1]);
    s = s.slice(0, -v4[1].length) + '0:0';
  }
  const [head, rest] = s.includes('::') ? s.split('::') : [s, null];
  const h = head ? head.split(':') : [];
  const r = rest === null ? [] : rest ? rest.split(':') : [];
  const groups = rest === null ? h : [...h, ...Array(8 - h.length - r.length).fill('0'), ...r];
  const bytes = groups.flatMap((g) => {
    const n = parseInt(g || '0', 16);
    return [n >> 8, n & 0xff];
  });
  if (tail.length) bytes.splice(12, 4, ...tail);
  return bytes;
}

const V6_RANGES: [number[], number, string][] = [
  [[0xfc], 7, 'unique-local (private)'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'site-local'],
  [[0xff], 8, 'multicast'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x20, 0x01, 0x00, 0x00], 32, 'Teredo'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'discard-only'],
];

function v6Reason(b: number[]): string | null {
  const zeros = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  if (zeros(0, 16)) return 'unspecified IPv6 address';
  if (zeros(0, 15) && b[15] === 1) return 'loopback IPv6 address';
  const embedded = b.slice(12, 16);
  // IPv4-mapped ::ffff:a.b.c.d, IPv4-translated ::ffff:0:a.b.c.d, IPv4-compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d
  if (zeros(0, 10) && b[10] === 0xff && b[11] === 0xff) return v4Embedded(embedded, 'IPv4-mapped');
  if (zeros(0, 8) && b[8] === 0xff && b[9] === 0xff && zeros(10, 12)) return v4Embedded(embedded, 'IPv4-translated');
  if (zeros(0, 12)) return v4Embedded(embedded, 'IPv4-compatible');
  if (inPrefix(b, [0x00, 0x64, 0xff, 0x9b], 32)) return v4Embedded(embedded, 'NAT64');
  if (b[0] === 0x20 && b[1] === 0x02) return v4Embedded(b.slice(2, 6), '6to4');
  for (const [prefix, bits, why] of V6_RANGES) if (inPrefix(b, prefix, bits)) return `${why} IPv6 address`;
  return null;
}

function v4Embedded(v4: number[], how: string): string | null {
  const r = v4Reason(v4);
  return r ? `${how} IPv6 address embedding a ${r}` : null;
}
