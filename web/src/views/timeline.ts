// Timeline view: events per day/week/month stacked by PLOVER type or quad class (ECharts), filterable by
// actor, country and dyad, plus the quad-class shares; both charts export CSV and SVG.
import * as echarts from 'echarts';
import { api, routeParams, setRouteParams } from '../api.ts';
import { field, formValues, h, input, select } from '../dom.ts';
import { echartsSvg, exportButtons } from '../export.ts';
import { QUAD_COLORS, QUAD_NAMES, typeColor } from '../colors.ts';

interface CountRow { period: string; key: string; count: number }
interface ShareRow { period: string; total: number; shares: number[]; counts: number[] }

export async function timelineView(root: HTMLElement): Promise<() => void> {
  const p = routeParams();
  const form = h('form', { class: 'controls' },
    field('Split by', select('by', [['type', 'PLOVER type'], ['quad', 'quad class']], p.by ?? 'type')),
    field('Period', select('period', [['day', 'day'], ['week', 'week'], ['month', 'month']], p.period ?? 'day')),
    field('Actor', input('actor', p.actor, 'id or name')),
    field('Country', input('country', p.country, 'e.g. POL')),
    field('Dyad', input('dyad', p.dyad, 'e.g. BLR-POL')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    h('button', { type: 'submit' }, 'Show'),
  );
  const status = h('p', { class: 'status', id: 'timeline-status' });
  const chartEl = h('div', { class: 'chart', id: 'timeline-chart' });
  const sharesEl = h('div', { class: 'chart small', id: 'shares-chart' });
  let rows: CountRow[] = [];
  let shares: ShareRow[] = [];
  root.append(
    h('h2', {}, 'Events over time'), form, status,
    exportButtons('timeline', () => ({ headers: ['period', 'key', 'count'], rows: rows.map((r) => [r.period, r.key, r.count]) }), () => ({ svg: echartsSvg(chart), ext: 'svg' })),
    chartEl,
    h('h3', {}, 'Quad-class shares'),
    exportButtons('quad-shares', () => ({ headers: ['period', 'total', 'q1', 'q2', 'q3', 'q4'], rows: shares.map((r) => [r.period, r.total, ...r.shares.map((x) => x.toFixed(4))]) }), () => ({ svg: echartsSvg(sharesChart), ext: 'svg' })),
    sharesEl,
  );
  const chart = echarts.init(chartEl, undefined, { renderer: 'svg' });
  const sharesChart = echarts.init(sharesEl, undefined, { renderer: 'svg' });
  const onResize = () => { chart.resize(); sharesChart.resize(); };
  window.addEventListener('resize', onResize);

  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('timeline', q);
    status.textContent = 'Loading…';
    try {
      const [c, s] = await Promise.all([
        api<{ items: CountRow[] }>('aggregates/counts', q),
        api<{ items: ShareRow[] }>('aggregates/quad-shares', { ...q, by: undefined }),
      ]);
      rows = c.items;
      shares = s.items;
    } catch (err) {
      status.textContent = `Error: ${(err as Error).message}`;
      status.className = 'status error';
      return;
    }
    status.className = 'status';
    const periods = [...new Set(rows.map((r) => r.period))].sort();
    const keys = [...new Set(rows.map((r) => r.key))].sort();
    const total = rows.reduce((a, r) => a + r.count, 0);
    status.textContent = `${total} events in ${periods.length} ${q.period ?? 'day'}${periods.length === 1 ? '' : 's'}, ${keys.length} ${q.by === 'quad' ? 'quad classes' : 'types'}`;
    const byQuad = q.by === 'quad';
    const idx = new Map(periods.map((x, i) => [x, i]));
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', top: 0 },
      grid: { top: 40, left: 50, right: 20, bottom: 60 },
      dataZoom: [{ type: 'slider', bottom: 10 }],
      xAxis: { type: 'category', data: periods },
      yAxis: { type: 'value', name: 'events', minInterval: 1 },
      series: keys.map((k) => {
        const data = new Array(periods.length).fill(0);
        for (const r of rows) if (r.key === k) data[idx.get(r.period)!] = r.count;
        return { name: byQuad ? QUAD_NAMES[k] ?? k : k, type: 'bar', stack: 'all', data, itemStyle: { color: byQuad ? QUAD_COLORS[k] : typeColor(k) } };
      }),
    }, true);
    sharesChart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { top: 40, left: 50, right: 20, bottom: 30 },
      xAxis: { type: 'category', data: shares.map((s) => s.period) },
      yAxis: { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      series: [0, 1, 2, 3].map((i) => ({
        name: QUAD_NAMES[String(i + 1)], type: 'line', stack: 'share', areaStyle: {}, symbol: 'none',
        data: shares.map((s) => s.shares[i]), itemStyle: { color: QUAD_COLORS[String(i + 1)] },
      })),
    }, true);
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => { window.removeEventListener('resize', onResize); chart.dispose(); sharesChart.dispose(); };
}
