// The dashboard's hash route (`#/view/part/…?query`) as a view name and decoded path parts. A malformed
// percent-escape (`#/articles/%E0%A4%A`) is kept as written instead of throwing "URI malformed", which
// left the previous view on screen.

export interface Route {
  /** The view to show: the first part when it names one, else the default. */
  name: string;
  /** The decoded path parts, the view name first. */
  path: string[];
  /** What identifies the route (unchanged key: no reload). */
  key: string;
}

/** decodeURIComponent, or the text as written when it holds a malformed escape. */
export function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(hash: string, views: readonly string[], fallback: string): Route {
  const h = hash.replace(/^#\/?/, '');
  const [pathPart] = h.split('?');
  const path = pathPart.split('/').filter(Boolean).map(safeDecode);
  const name = path[0] && views.includes(path[0]) ? path[0] : fallback;
  return { name, path, key: h || name };
}
