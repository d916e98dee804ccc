// Legends as HTML (one shared look for every view): swatches, lines, circles and grouped rows, each item a
// `.legend-item` so the browser tests can check that none overlap. Chart legends can toggle their series.
import { h } from './dom.ts';

export interface LegendItem {
  label: string;
  color: string;
  /** swatch (default), line, dashed, circle (with `size` px diameter) or pin. */
  shape?: 'swatch' | 'line' | 'dashed' | 'circle' | 'pin';
  size?: number;
  title?: string;
  /** Called with the item's new state when clicked (a toggleable chart series). */
  onToggle?: (on: boolean) => void;
}

function mark(it: LegendItem): HTMLElement {
  const i = h('i', { class: `mark ${it.shape ?? 'swatch'}` });
  if (it.shape === 'line' || it.shape === 'dashed') i.style.borderTopColor = it.color;
  else if (it.shape === 'circle') {
    const d = it.size ?? 10;
    Object.assign(i.style, { width: `${d}px`, height: `${d}px`, borderColor: it.color, background: `${it.color}aa` });
  } else i.style.background = it.color;
  return i;
}

export function legendItem(it: LegendItem): HTMLElement {
  const el = h(it.onToggle ? 'button' : 'span', { class: 'legend-item', title: it.title, type: it.onToggle ? 'button' : undefined }, mark(it), h('span', { class: 'legend-label' }, it.label));
  if (it.onToggle) {
    el.setAttribute('aria-pressed', 'true');
    el.addEventListener('click', () => {
      const on = el.getAttribute('aria-pressed') !== 'true';
      el.setAttribute('aria-pressed', String(on));
      el.classList.toggle('off', !on);
      it.onToggle!(on);
    });
  }
  return el;
}

/** A legend block: a heading ("Bar colour: PLOVER type") and rows of items, optionally grouped. */
export function legend(title: string, groups: { name?: string; items: LegendItem[] }[], id?: string): HTMLElement {
  return h('div', { class: 'legend', id },
    h('span', { class: 'legend-title' }, title),
    ...groups.filter((g) => g.items.length).map((g) => h('span', { class: 'legend-group' },
      g.name ? h('span', { class: 'legend-group-name' }, g.name) : null,
      ...g.items.map(legendItem))));
}

/** The legend area of a view: several legend blocks side by side. */
export function legendArea(...blocks: HTMLElement[]): HTMLElement {
  return h('div', { class: 'legend-area' }, ...blocks);
}
