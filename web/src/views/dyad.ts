// Dyad monitor: the conflict–cooperation index (sum or mean Goldstein per period) of a country pair on a time
// axis, its rolling baseline, and escalation alerts where the rolling z-score crosses the threshold, raised
// only on a baseline with the minimum of evidence (src/server/escalation.ts); with less, the verdict is "not
// enough data", never a calm green. Each alert says how many events and articles stand behind it.
import * as echarts from 'echarts';
import { api, routeParams, setRouteParams } from '../api.ts';
import { clear, field, formValues, h, input, select } from '../dom.ts';
import { echartsSvg, exportButtons } from '../export.ts';
import { legend, legendArea } from '../legend.ts';
import { emptyState } from '../empty.ts';
import { codeName, dyadName } from '../names.ts';
import { axisLabel, labelTime, type Period } from '../time.ts';

interface Point { period: string; count: number; goldsteinSum: number; goldsteinMean: number | null; value: number | null; baselineMean: number | null; baselineSd: number | null; baselineEvents: number; z: number | null; alert: string | null }
interface Alert { period: string; value: number | null; z: number | null; alert: string; events: number; articles: number; moreArticles: boolean; baselineEvents: number }
interface Evidence { minPeriods: number; minEvents: number; status: 'alert' | 'calm' | 'insufficient'; scoredPeriods: number; periodsWithEvents: number; events: number }
interface Series { dyad: [string, string]; period: Period; points: Point[]; alerts: Alert[]; metric: string; window: number; threshold: number; evidence: Evidence }

const CONFLICT = '#c0392b';
const COOPERATION = '#0e58b6';
const INDEX = '#1d2330';
const BASELINE = '#e88a2d';
const BARS = 'rgba(120,130,150,0.35)';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "the week of 2023-05-15", "2023-05", "2023-05-15". */
const periodName = (label: string, period: Period) => (period === 'week' ? `the week of ${label}` : label);

/** First and last day of a period label. */
function periodDays(label: string, period: Period): [string, string] {
  if (period === 'day') return [label, label];
  const start = new Date(labelTime(label));
  const end = new Date(start);
  if (period === 'week') end.setUTCDate(end.getUTCDate() + 6);
  else { end.setUTCMonth(end.getUTCMonth() + 1); end.setUTCDate(0); }
  return [start.toISOString().slice(0, 10), end.toISOString().slice(0, 10)];
}

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
  const dl = h('datalist', { id: 'dyad-choices' }, ...choices.map(([k, n]) => h('option', { value: k }, `${dyadName(k)}: ${n} events`)));
  const dyadInput = input('dyad', dyad, 'e.g. BLR-POL');
  dyadInput.setAttribute('list', 'dyad-choices');
  const form = h('form', { class: 'controls' },
    field('Dyad', dyadInput), dl,
    field('Period', select('period', [['day', 'day'], ['week', 'week'], ['month', 'month']], p.period ?? 'week')),
    field('Index', select('metric', [['sum', 'sum of Goldstein'], ['mean', 'mean Goldstein']], p.metric ?? 'sum')),
    field('Baseline (periods)', input('window', p.window ?? '8', '', 'number')),
    field('Alert at |z| ≥', input('threshold', p.threshold ?? '2', '', 'number')),
    field('Baseline needs ≥ periods with events', input('minPeriods', p.minPeriods ?? '4', '', 'number')),
    field('… and ≥ events', input('minEvents', p.minEvents ?? '8', '', 'number')),
    field('Since', input('since', p.since, '', 'date')),
    field('Until', input('until', p.until, '', 'date')),
    h('button', { type: 'submit' }, 'Show'),
  );
  (form.querySelector('[name=threshold]') as HTMLInputElement).step = '0.1';
  const banner = h('div', { class: 'alert-banner insufficient', id: 'dyad-banner' });
  const status = h('p', { class: 'status', id: 'dyad-status' });
  const empty = h('div', { id: 'dyad-empty' });
  const chartEl = h('div', { class: 'chart', id: 'dyad-chart' });
  const alertList = h('ul', { class: 'alerts', id: 'dyad-alerts' });
  const alertNote = h('p', { class: 'muted', id: 'dyad-alerts-note' });
  let data: Series | null = null;
  const body = h('div', { id: 'dyad-body' },
    exportButtons('dyad', () => ({
      headers: ['period', 'count', 'goldstein_sum', 'goldstein_mean', 'index', 'baseline_mean', 'baseline_sd', 'baseline_events', 'z', 'alert'],
      rows: (data?.points ?? []).map((x) => [x.period, x.count, x.goldsteinSum, x.goldsteinMean, x.value, x.baselineMean, x.baselineSd, x.baselineEvents, x.z, x.alert]),
    }), () => ({ svg: echartsSvg(chart), ext: 'svg' })),
    h('div', { id: 'dyad-legend' }, legendArea(legend('Chart', [{
      items: [
        { label: 'index (left axis)', color: INDEX, shape: 'line' },
        { label: 'baseline mean (left axis)', color: BASELINE, shape: 'dashed' },
        { label: 'events per period (right axis)', color: BARS },
        { label: 'conflict alert', color: CONFLICT, shape: 'pin' },
        { label: 'cooperation alert', color: COOPERATION, shape: 'pin' },
      ],
    }], 'dyad-legend-block'))),
    chartEl, h('h3', {}, 'Alerts'), alertNote, alertList);
  root.append(
    h('h2', {}, 'Dyad monitor'), form,
    h('p', { class: 'muted' }, 'Alert rule: z = (value − mean of the previous N periods) / their standard deviation (floored at 1 Goldstein point); an alert when |z| reaches the threshold. Negative = towards conflict. A period is scored only when its baseline holds the minimum of evidence set above (default: 4 periods with events and 8 events).'),
    banner, status, empty, body,
  );
  const chart = echarts.init(chartEl, undefined, { renderer: 'svg' });
  const onResize = () => chart.resize();
  window.addEventListener('resize', onResize);

  async function load(): Promise<void> {
    const q = formValues(form);
    setRouteParams('dyad', q);
    clear(alertList);
    empty.replaceChildren();
    if (!q.dyad) {
      banner.className = 'alert-banner insufficient';
      banner.textContent = 'Not enough data: no country pair in the store yet';
      body.hidden = true;
      empty.append(emptyState('country pairs', q, 'Events between two countries make a pair; type one such as BLR-POL.'));
      return;
    }
    try {
      data = await api<Series>('aggregates/dyad-series', q);
    } catch (err) {
      status.textContent = `Error: ${(err as Error).message}`;
      return;
    }
    const [a, b] = data.dyad;
    const who = dyadName(data.dyad);
    const ev = data.evidence;
    status.textContent = `${who} (${a}–${b}): ${plural(ev.events, 'event')} in ${plural(ev.periodsWithEvents, data.period)} with events; ${ev.scoredPeriods} of ${data.points.length} ${data.period}s had a baseline with enough evidence to be scored; ${plural(data.alerts.length, 'alert')}`;
    const lastAlert = data.alerts[data.alerts.length - 1];
    banner.className = `alert-banner ${ev.status === 'alert' ? '' : ev.status}`.trim();
    if (lastAlert) {
      banner.textContent = `Escalation alert: ${who} moved towards ${lastAlert.alert} in ${periodName(lastAlert.period, data.period)} (z = ${lastAlert.z}; ${plural(lastAlert.events, 'event')} from ${lastAlert.moreArticles ? `${lastAlert.articles}+ articles` : plural(lastAlert.articles, 'article')})`;
    } else if (ev.status === 'calm') {
      banner.textContent = `No escalation: ${who} stays within ${data.threshold} standard deviations of its baseline in the ${plural(ev.scoredPeriods, `scored ${data.period}`)}`;
    } else {
      banner.textContent = `Not enough data to judge ${who}: ${plural(ev.events, 'event')} in ${plural(ev.periodsWithEvents, data.period)}; a verdict needs a baseline of at least ${plural(ev.minPeriods, `${data.period}`)} with events and ${plural(ev.minEvents, 'event')}`;
    }
    if (!data.points.length) {
      body.hidden = true;
      empty.append(emptyState(`events between ${codeName(a)} and ${codeName(b)}`, q, choices.length ? `Pairs with most events: ${choices.slice(0, 3).map(([k]) => k).join(', ')}.` : undefined));
      return;
    }
    body.hidden = false;
    alertNote.textContent = data.alerts.length
      ? 'Newest last. Each alert names the events and distinct articles behind its period and the events in its baseline.'
      : ev.status === 'insufficient'
        ? `No alerts: no ${data.period} had a baseline with the minimum of evidence. Choose a longer range, a longer period (month), or lower the minimum above.`
        : `No alerts: no scored ${data.period} reached |z| ≥ ${data.threshold}.`;
    for (const al of data.alerts) {
      alertList.append(h('li', { class: al.alert },
        h('strong', {}, `${al.period}: towards ${al.alert}`), ` — index ${al.value}, z = ${al.z} `,
        h('span', { class: 'evidence-note' }, `(${plural(al.events, 'event')} from ${al.moreArticles ? `${al.articles}+ articles` : plural(al.articles, 'article')}; baseline ${plural(al.baselineEvents, 'event')}) `),
        h('a', { href: `#/articles?since=${periodDays(al.period, data!.period)[0]}&until=${periodDays(al.period, data!.period)[1]}` }, 'articles')));
    }
    const period = data.period;
    const t = (x: Point) => labelTime(x.period);
    const half = 43200e3 * (period === 'month' ? 30 : period === 'week' ? 7 : 1);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { show: false },
      grid: { top: 20, left: 60, right: 60, bottom: 70 },
      dataZoom: [{ type: 'slider', bottom: 10, labelFormatter: (v: number) => new Date(v).toISOString().slice(0, period === 'month' ? 7 : 10) }],
      xAxis: { type: 'time', min: t(data.points[0]) - half, max: t(data.points[data.points.length - 1]) + half, axisLabel: axisLabel(period) },
      yAxis: [
        { type: 'value', name: `${data.metric} Goldstein per ${period}`, nameLocation: 'middle', nameGap: 42 },
        { type: 'value', name: `events per ${period}`, nameLocation: 'middle', nameGap: 40, nameRotate: -90, minInterval: 1, splitLine: { show: false } },
      ],
      series: [
        {
          name: 'index', type: 'line', data: data.points.map((x) => [t(x), x.value]), connectNulls: false, itemStyle: { color: INDEX }, symbolSize: 5,
          markPoint: { symbol: 'pin', symbolSize: 36, data: data.alerts.map((al) => ({ coord: [labelTime(al.period), al.value], value: al.alert === 'conflict' ? '!' : '+', itemStyle: { color: al.alert === 'conflict' ? CONFLICT : COOPERATION } })) },
          markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#999' }, label: { show: false } },
        },
        { name: 'baseline mean', type: 'line', data: data.points.map((x) => [t(x), x.baselineMean]), lineStyle: { type: 'dashed' }, symbol: 'none', itemStyle: { color: BASELINE } },
        { name: 'events', type: 'bar', yAxisIndex: 1, data: data.points.map((x) => [t(x), x.count]), barMinWidth: 1, itemStyle: { color: BARS } },
      ],
    }, true);
  }
  form.addEventListener('submit', (e) => { e.preventDefault(); void load(); });
  await load();
  return () => { window.removeEventListener('resize', onResize); chart.dispose(); };
}
