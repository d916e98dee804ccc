// Exporting what a chart shows: its data as CSV (RFC 4180) and its picture as SVG or PNG, as downloads.
import { h } from './dom.ts';

export function toCsv(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export function download(name: string, data: Blob | string, type = 'text/plain'): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}

export function downloadDataUrl(name: string, dataUrl: string): void {
  const a = h('a', { href: dataUrl, download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

/** A row of export buttons: CSV of the data and an image. */
export function exportButtons(
  name: string,
  csv: () => { headers: string[]; rows: (string | number | null | undefined)[][] },
  image: () => { dataUrl?: string; svg?: string; ext: 'svg' | 'png' },
): HTMLDivElement {
  return h(
    'div',
    { class: 'exports' },
    h('button', { type: 'button', class: 'export-csv', onclick: () => { const d = csv(); download(`${name}.csv`, toCsv(d.headers, d.rows), 'text/csv'); } }, 'Export CSV'),
    h('button', {
      type: 'button', class: 'export-image',
      onclick: () => {
        const img = image();
        if (img.svg !== undefined) download(`${name}.svg`, img.svg, 'image/svg+xml');
        else if (img.dataUrl) downloadDataUrl(`${name}.${img.ext}`, img.dataUrl);
      },
    }, 'Export image'),
  );
}

/** ECharts (SVG renderer) chart as an SVG string. */
export function echartsSvg(chart: { renderToSVGString?: () => string; getDataURL: (o: object) => string }): string {
  if (chart.renderToSVGString) return chart.renderToSVGString();
  const url = chart.getDataURL({ type: 'svg' });
  return decodeURIComponent(url.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
}
