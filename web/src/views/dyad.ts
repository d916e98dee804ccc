// Dyad monitor: the conflict–cooperation index (sum or mean Goldstein per period) of a country pair, its
// rolling baseline, and escalation alerts where the rolling z-score crosses the threshold (see
// src/server/escalation.ts for the definition); the pairs with most events are offered as choices.
import * as echarts from 'echarts';
import { api, routeParams, setRouteParams } from '../api.ts';
import { clear, field, formValues, h, input, select } from '../dom.ts';
import { echartsSvg, exportButtons } from '../export.ts';

interface Point { period: string; count: number; goldsteinSum: number; goldsteinMean: number | null; value: number | null; baselineMean: number | null; baselineSd: number | null; z: number | null; alert: string | null }
interface Series { dyad: [string, string]; points: Point[]; alerts: { period: string; value: number | null; z: number | null; alert: string }[]; metric: string; window: number; threshold: number }

export async function dyadView(root: HTMLElement): Promise<() => void> {
  const p = routeParams();
  const top = await api<{ items: { source: string; target: string; count: number }[] }>('aggregates/dyads', { limit: 30 });
  const pairs = new Map<string, number>();
  for (const d of top.items) {
    if (d.source === d.target) continue;
    const k = [d.source, d.target].sort().join('-');
    pairs.set(k, (pairs.get(k) ?? 0) + d.count);
  }
  const choices = [...pairs.entries()].sort((a, b) => b[1] - a[1]);
  const dyad = p.dyad ?? choices[0]?.[0] ?? '';
  const dl = h('datalist', { id: 'dyad-choices' }, ...choices.map(([k, n]) => h('option', { value: k }, `${n} events`)));
  const dyadInput = input('dyad', dyad, 'e.g. BLR-POL');
  dyadInput.setAttribute('list', 'dyad-choices');
  const form = h('form', { class: 'controls' },
    field('Dyad', dyadInput), dl,
    field('Period', select('period', [['day', 'day'], ['week', 'week'], ['month', 'month']], p.period ?? 'week')),
    field('Index', select('metric', [['sum', 'sum of Goldstein'], ['mean', 'mean Goldstein']], p.metric ?? 'sum')),
    field('Baseline (periods)', input('window', p.window ?? '8', '', 'number')),
    field('Alert at |z| ≥', input('threshold', p.threshold ?? '2', '', 'number')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    h('button', { type: 'submit' }, 'Show'),
  );
  (form.querySelector('[name=threshold]') as HTMLInputElement).step = '0.1';
  const banner = h('div', { class: 'alert-banner calm', id: 'dyad-banner' });
  const status = h('p', { class: 'status', id: 'dyad-status' });
  const chartEl = h('div', { class: 'chart', id: 'dyad-chart' });
  const alertList = h('ul', { class: 'alerts', id: 'dyad-alerts' });
  let data: Series | null = null;
  root.append(
    h('h2', {}, 'Dyad monitor'), form,
    h('p', { class: 'muted' }, 'Alert rule: z = (value − mean of the previous N periods) / their standard deviation (floored at 1 Goldstein point); an alert when |z| reaches the threshold. Negative = towards conflict.'),
    banner, status,
    exportButtons('dyad', () => ({
      headers: ['period', 'count', 'goldstein_sum', 'goldstein_mean', 'index', 'baseline_mean', 'baseline_sd', 'z', 'alert'],
      rows: (data?.points ?? []).map((x) => [x.period, x.count, x.goldsteinSum, x.goldsteinMean, x.value, x.baselineMean, x.baselineSd, x.z, x.alert]),
    }), () => ({ svg: echartsSvg(chart), ext: 'svg' })),
    chartEl, h('h3', {}, 'Alerts'), alertList,
  );
  const chart = echarts.init(chartEl, undefined, { renderer: 'svg' });
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);

  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('dyad', q);
    clear(alertList);
    if (!q.dyad) { status.textContent = 'No country pair in the store yet: choose a dyad such as BLR-POL.'; return; }
    try {
      data = await api<Series>('aggregates/dyad-series', q);
    } catch (err) {
      status.textContent = `Error: ${(err as Error).message}`;
      return;
    }
    const [a, b] = data.dyad;
    const events = data.points.reduce((s, x) => s + x.count, 0);
    status.textContent = `${a}–${b}: ${events} events in ${data.points.length} periods, ${data.alerts.length} alert${data.alerts.length === 1 ? '' : 's'}`;
    const lastAlert = data.alerts[data.alerts.length - 1];
    banner.className = `alert-banner${lastAlert ? '' : ' calm'}`;
    banner.textContent = lastAlert
      ? `Escalation alert: ${a}–${b} moved towards ${lastAlert.alert} in ${lastAlert.period} (z = ${lastAlert.z})`
      : `No escalation: ${a}–${b} stays within ${data.threshold} standard deviations of its baseline`;
    for (const al of data.alerts) {
      alertList.append(h('li', { class: al.alert }, `${al.period}: ${al.alert} — index ${al.value}, z = ${al.z}`));
    }
    const periods = data.points.map((x) => x.period);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { top: 40, left: 55, right: 55, bottom: 60 },
      dataZoom: [{ type: 'slider', bottom: 10 }],
      xAxis: { type: 'category', data: periods },
      yAxis: [{ type: 'value', name: `${data.metric} Goldstein` }, { type: 'value', name: 'events', minInterval: 1, splitLine: { show: false } }],
      series: [
        {
          name: 'index', type: 'line', data: data.points.map((x) => x.value), connectNulls: false, itemStyle: { color: '#1d2330' },
          markPoint: { symbol: 'pin', data: data.alerts.map((al) => ({ coord: [al.period, al.value], value: al.alert === 'conflict' ? '!' : '+', itemStyle: { color: al.alert === 'conflict' ? '#c33' : '#2a8a4a' } })) },
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#999' } },
        },
        { name: 'baseline mean', type: 'line', data: data.points.map((x) => x.baselineMean), lineStyle: { type: 'dashed' }, symbol: 'none', itemStyle: { color: '#6aa7ff' } },
        { name: 'events', type: 'bar', yAxisIndex: 1, data: data.points.map((x) => x.count), itemStyle: { color: 'rgba(120,130,150,0.35)' } },
      ],
    }, true);
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
}
