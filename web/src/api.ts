// Fetching JSON from the eventline API with query parameters; errors become exceptions with the API's message.
export async function api<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') qs.set(k, String(v));
  const url = `/api/${path}${qs.size ? `?${qs}` : ''}`;
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) throw new Error((body as { error?: string }).error ?? `HTTP ${res.status}`);
  return body as T;
}

/** The route's query parameters (#/view?key=value…). */
export function routeParams(): Record<string, string> {
  const hash = location.hash.replace(/^#\/?/, '');
  const i = hash.indexOf('?');
  return i < 0 ? {} : Object.fromEntries(new URLSearchParams(hash.slice(i + 1)));
}

export function setRouteParams(view: string, params: Record<string, string>): void {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  history.replaceState(null, '', `#/${view}${qs.size ? `?${qs}` : ''}`);
}
