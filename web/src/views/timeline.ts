// Timeline view: events per day/week/month stacked by PLOVER type or quad class on a real time axis (empty
// periods stay visible as gaps), and each period's quad-class shares, drawn only where the period has enough
// events to make a share meaningful; both charts export CSV and SVG, both have HTML legends.
import * as echarts from 'echarts';
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, select } from '../dom.ts';
import { echartsSvg, exportButtons } from '../export.ts';
import { QUAD_COLORS, QUAD_NAMES, TYPE_QUAD, TYPES_BY_QUAD, orderTypes, typeColor } from '../colors.ts';
import { legend, legendArea, type LegendItem } from '../legend.ts';
import { emptyState } from '../empty.ts';
import { autoPeriod, axisLabel, bucketsBetween, labelTime, type Period } from '../time.ts';

interface CountRow { period: string; key: string; count: number }
interface ShareRow { period: string; total: number; shares: number[]; counts: number[] }

/** Fewest events in a period for its quad-class shares to be drawn (tunable in the form). */
export const DEFAULT_MIN_SHARE_EVENTS = 10;
const TOO_FEW = '#d9dde4';

export async function timelineView(root: HTMLElement): Promise<() => void> {
  const p = routeParams();
  const form = h('form', { class: 'controls' },
    field('Split by', select('by', [['type', 'PLOVER type'], ['quad', 'quad class']], p.by ?? 'type')),
    field('Period', select('period', [['auto', 'auto'], ['day', 'day'], ['week', 'week'], ['month', 'month']], p.period ?? 'auto')),
    field('Actor', input('actor', p.actor, 'id or name')),
    field('Country', input('country', p.country, 'e.g. POL')),
    field('Dyad', input('dyad', p.dyad, 'e.g. BLR-POL')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    field('Shares need ≥ events', input('minShare', p.minShare ?? String(DEFAULT_MIN_SHARE_EVENTS), '', 'number')),
    h('button', { type: 'submit' }, 'Show'),
  );
  const status = h('p', { class: 'status', id: 'timeline-status' });
  const empty = h('div', { id: 'timeline-empty' });
  const chartEl = h('div', { class: 'chart', id: 'timeline-chart' });
  const sharesEl = h('div', { class: 'chart small', id: 'shares-chart' });
  const countsLegend = h('div', { id: 'timeline-legend' });
  const sharesLegend = h('div', { id: 'shares-legend' });
  const sharesNote = h('p', { class: 'muted', id: 'shares-note' });
  let rows: CountRow[] = [];
  let shares: ShareRow[] = [];
  const charts = h('div', { id: 'timeline-charts' },
    exportButtons('timeline', () => ({ headers: ['period', 'key', 'count'], rows: rows.map((r) => [r.period, r.key, r.count]) }), () => ({ svg: echartsSvg(chart), ext: 'svg' })),
    countsLegend, chartEl,
    h('h3', {}, 'Quad-class shares'), sharesNote,
    exportButtons('quad-shares', () => ({ headers: ['period', 'total', 'q1', 'q2', 'q3', 'q4'], rows: shares.map((r) => [r.period, r.total, ...r.shares.map((x) => x.toFixed(4))]) }), () => ({ svg: echartsSvg(sharesChart), ext: 'svg' })),
    sharesLegend, sharesEl,
  );
  root.append(h('h2', {}, 'Events over time'), form, status, empty, charts);
  const chart = echarts.init(chartEl, undefined, { renderer: 'svg' });
  const sharesChart = echarts.init(sharesEl, undefined, { renderer: 'svg' });
  const onResize = () => { chart.resize(); sharesChart.resize(); };
  window.addEventListener('resize', onResize);

  const toggle = (c: echarts.ECharts, name: string) => () => c.dispatchAction({ type: 'legendToggleSelect', name });

  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('timeline', q);
    const minShare = Math.max(1, Number(q.minShare) || DEFAULT_MIN_SHARE_EVENTS);
    const filter: Record<string, string | undefined> = { ...q, minShare: undefined, period: undefined };
    status.textContent = 'Loading…';
    status.className = 'status';
    let period: Period;
    try {
      // "auto": one cheap monthly answer gives the span; day or week only when the span is short
      let monthly: CountRow[] | null = null;
      if (q.period && q.period !== 'auto') period = q.period as Period;
      else if (q.since && q.until) period = autoPeriod((labelTime(q.until) - labelTime(q.since)) / 864e5);
      else {
        monthly = (await api<{ items: CountRow[] }>('aggregates/counts', { ...filter, period: 'month' })).items;
        const first = monthly[0]?.period, last = monthly[monthly.length - 1]?.period;
        period = first ? autoPeriod((labelTime(q.until ?? `${last}-28`) - labelTime(q.since ?? `${first}-01`)) / 864e5) : 'month';
      }
      const [c, s] = await Promise.all([
        monthly && period === 'month' ? Promise.resolve({ items: monthly }) : api<{ items: CountRow[] }>('aggregates/counts', { ...filter, period }),
        api<{ items: ShareRow[] }>('aggregates/quad-shares', { ...filter, by: undefined, period }),
      ]);
      rows = c.items;
      shares = s.items;
    } catch (err) {
      status.textContent = `Error: ${(err as Error).message}`;
      status.className = 'status error';
      return;
    }
    const total = rows.reduce((a, r) => a + r.count, 0);
    empty.replaceChildren();
    if (!total) {
      status.textContent = '0 events';
      charts.hidden = true;
      empty.append(emptyState('events', q));
      return;
    }
    charts.hidden = false;
    const byQuad = q.by === 'quad';
    const labels = [...new Set(rows.map((r) => r.period))].sort();
    const first = q.since ? bucketLabel(q.since, period) : labels[0];
    const last = q.until ? bucketLabel(q.until, period) : labels[labels.length - 1];
    const buckets = bucketsBetween(first < labels[0] ? first : labels[0], last > labels[labels.length - 1] ? last : labels[labels.length - 1], period);
    const times = buckets.map(labelTime);
    const idx = new Map(buckets.map((b, i) => [b, i]));
    const keys = byQuad ? ['1', '2', '3', '4'].filter((k) => rows.some((r) => r.key === k)) : orderTypes(rows.map((r) => r.key));
    status.textContent = `${total} events from ${labels[0]} to ${labels[labels.length - 1]}, per ${period}${q.period === 'auto' || !q.period ? ' (auto)' : ''}: ${labels.length} of ${buckets.length} ${period}s have events; ${keys.length} ${byQuad ? 'quad classes' : 'types'}`;
    const nameOf = (k: string) => (byQuad ? QUAD_NAMES[k] ?? k : k);
    const colorOf = (k: string) => (byQuad ? QUAD_COLORS[k] : typeColor(k));
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { show: false, data: keys.map(nameOf) },
      grid: { top: 20, left: 55, right: 25, bottom: 70 },
      dataZoom: [{ type: 'slider', bottom: 10, labelFormatter: (v: number) => new Date(v).toISOString().slice(0, period === 'month' ? 7 : 10) }],
      xAxis: { type: 'time', min: times[0] - 43200e3 * (period === 'month' ? 30 : period === 'week' ? 7 : 1), max: times[times.length - 1] + 43200e3 * (period === 'month' ? 30 : period === 'week' ? 7 : 1), axisLabel: axisLabel(period) },
      yAxis: { type: 'value', name: `events per ${period}`, nameLocation: 'middle', nameGap: 40, minInterval: 1 },
      series: keys.map((k) => {
        const data = times.map((t) => [t, 0]);
        for (const r of rows) if (r.key === k) data[idx.get(r.period)!][1] = r.count;
        return { name: nameOf(k), type: 'bar', stack: 'all', data, barMinWidth: 1, itemStyle: { color: colorOf(k) }, emphasis: { focus: 'series' } };
      }),
    }, true);
    countsLegend.replaceChildren(byQuad
      ? legendArea(legend('Bar colour: quad class', [{ items: keys.map((k) => ({ label: nameOf(k), color: colorOf(k), onToggle: toggle(chart, nameOf(k)) })) }], 'timeline-legend-block'))
      : legendArea(legend('Bar colour: PLOVER type (click to hide)', Object.entries(TYPES_BY_QUAD).map(([qc]) => ({
        name: QUAD_NAMES[qc],
        items: keys.filter((k) => (TYPE_QUAD[k] ?? '') === qc).map((k): LegendItem => ({ label: k, color: colorOf(k), onToggle: toggle(chart, k) })),
      })).concat([{ name: 'other', items: keys.filter((k) => !TYPE_QUAD[k]).map((k) => ({ label: k, color: colorOf(k), onToggle: toggle(chart, k) })) }]), 'timeline-legend-block')));

    // shares: only periods with at least minShare events; the others are a grey "too few" bar
    const shareAt = new Map(shares.map((s) => [s.period, s]));
    const enough = shares.filter((s) => s.total >= minShare).length;
    sharesNote.textContent = `Each bar splits one ${period}'s events into the four quad classes. Shares are drawn only for ${period}s with at least ${minShare} events (${enough} of ${shares.length} ${period}s with events); grey bars mark ${period}s with events but too few for a share; empty ${period}s stay empty.`;
    sharesChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${Math.round(v * 100)}%`) },
      legend: { show: false, data: [...Object.values(QUAD_NAMES), 'too few events'] },
      grid: { top: 15, left: 55, right: 25, bottom: 30 },
      xAxis: { type: 'time', min: times[0] - 43200e3 * (period === 'month' ? 30 : period === 'week' ? 7 : 1), max: times[times.length - 1] + 43200e3 * (period === 'month' ? 30 : period === 'week' ? 7 : 1), axisLabel: axisLabel(period) },
      yAxis: { type: 'value', max: 1, name: 'share', nameLocation: 'middle', nameGap: 40, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      series: [
        ...[0, 1, 2, 3].map((i) => ({
          name: QUAD_NAMES[String(i + 1)], type: 'bar', stack: 'share', barMinWidth: 1, itemStyle: { color: QUAD_COLORS[String(i + 1)] },
          data: buckets.map((b, j) => { const s = shareAt.get(b); return [times[j], s && s.total >= minShare ? s.shares[i] : null]; }),
        })),
        {
          name: 'too few events', type: 'bar', stack: 'share', barMinWidth: 1, itemStyle: { color: TOO_FEW },
          data: buckets.map((b, j) => { const s = shareAt.get(b); return [times[j], s && s.total < minShare ? 1 : null]; }),
          tooltip: { valueFormatter: () => `fewer than ${minShare} events` },
        },
      ],
    }, true);
    sharesLegend.replaceChildren(legendArea(legend('Bar colour: quad class', [{
      items: [
        ...['1', '2', '3', '4'].map((k) => ({ label: QUAD_NAMES[k], color: QUAD_COLORS[k], onToggle: toggle(sharesChart, QUAD_NAMES[k]) })),
        { label: `fewer than ${minShare} events: no share`, color: TOO_FEW },
      ],
    }], 'shares-legend-block')));
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => { window.removeEventListener('resize', onResize); chart.dispose(); sharesChart.dispose(); };
}

/** The bucket label of a day (weeks start on Monday), as the API labels them. */
function bucketLabel(day: string, period: Period): string {
  if (period === 'month') return day.slice(0, 7);
  if (period === 'day') return day;
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}
