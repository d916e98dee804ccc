// The dashboard's hash routing without a browser: views, decoded parts, and malformed percent-escapes
// kept as written (decodeURIComponent threw "URI malformed" and the old view stayed up).
import { describe, expect, it } from 'vitest';
import { parseRoute, safeDecode } from '../../web/src/route.ts';

const VIEWS = ['timeline', 'dyad', 'network', 'map', 'articles', 'quotes'];

describe('dashboard route', () => {
  it('picks the view and decodes the parts', () => {
    expect(parseRoute('#/articles/abc%20def?x=1', VIEWS, 'timeline')).toEqual({ name: 'articles', path: ['articles', 'abc def'], key: 'articles/abc%20def?x=1' });
    expect(parseRoute('', VIEWS, 'timeline')).toEqual({ name: 'timeline', path: [], key: 'timeline' });
    expect(parseRoute('#/nowhere', VIEWS, 'timeline').name).toBe('timeline');
  });

  it('keeps a malformed escape as written instead of throwing', () => {
    expect(() => decodeURIComponent('%E0%A4%A')).toThrow(/URI malformed/);
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
    expect(parseRoute('#/articles/%E0%A4%A', VIEWS, 'timeline')).toEqual({ name: 'articles', path: ['articles', '%E0%A4%A'], key: 'articles/%E0%A4%A' });
    expect(parseRoute('#/%zz', VIEWS, 'timeline')).toMatchObject({ name: 'timeline', path: ['%zz'] });
  });
});
