// Merging retellings of one event within a document (same PLOVER type, CAMEO root, source and target)
// into one record with every trigger in `mentions`, and the stable cross-document event key.
import { recordId } from '../../doc/doc.ts';
import type { Event, EventParty } from '../../doc/types.ts';
import { cameoRoot } from './cameo.ts';
import { countsByDefault } from './mode.ts';

function partyKey(p: EventParty): string {
  return p.actor ?? `${p.country ?? '?'}/${p.sector ?? ''}`;
}

/**
 * The party as one document's merging sees it: an unnamed party ("gunmen", "the attack": no actor, and
 * no country or only the article's) is its words, so that different unnamed parties of one type of
 * event are not taken for one telling.
 */
function mergeKey(p: EventParty): string {
  if (p.actor) return p.actor;
  if (p.country && !p.countryFrom) return `${p.country}/${p.sector ?? ''}`;
  return `"${(p.text ?? '').toLowerCase()}"/${p.country ?? '?'}`;
}

/** Stable key for linking the same event across documents: hash of date, source, target and CAMEO root. */
export function eventKey(e: Pick<Event, 'date' | 'source' | 'target' | 'cameo'>): string {
  return recordId(e.date, partyKey(e.source), partyKey(e.target), cameoRoot(e.cameo));
}

/** The government where the article is set, lent to a demand for a measure ("called for lower taxes"). */
const lentState = (p: EventParty) => !p.actor && p.countryFrom === 'article' && p.sector === 'GOV';

/**
 * A demand made once to one addressee is one event: the records one trigger codes for coordinated
 * measures it demands ("called for tax cuts and new roads"), each lent the government where the article
 * is set, are one demand of that government; the first measure's record stands for it. Other coordinated
 * objects ("backed the students and the staff") stay parties of their own.
 */
function oneDemandEach(items: Dateable[]): Dateable[] {
  const first = new Map<string, string>();
  return items.filter(({ event: e }) => {
    if (!lentState(e.target)) return true;
    const target = partyKey(e.target);
    const k = [e.trigger.start, e.type, cameoRoot(e.cameo), mergeKey(e.source), target, countsByDefault(e.mode)].join('|');
    const words = mergeKey(e.target);
    if (!first.has(k)) first.set(k, words);
    // Retellings of the same object are merged below (a later asserted one makes the record asserted).
    return first.get(k) === words;
  });
}

/** Two dates that can name the same day: equal, or one the month or year of the other ("in May", "May 3"). */
function sameDay(a: string | null, b: string | null): boolean {
  return !a || !b || a.startsWith(b) || b.startsWith(a);
}

export interface Dateable {
  event: Event;
  /** The date came from a time expression (not the document-date fallback). */
  timexDated: boolean;
  /** The trigger's lemma and sentence index, when known: tellings in different sentences with different
   * verbs ("donated a mine to the state" … "handed over a park to the state") are different acts. */
  lemma?: string;
  sentence?: number;
}

/** Whether telling x retells an instance's act: the same sentence, the same trigger lemma, or the
 * article's title (its first sentence), which names the story the body tells. */
function retells(list: Dateable[], x: Dateable): boolean {
  if (x.lemma === undefined || x.sentence === undefined) return true;
  return list.some((y) => y.lemma === undefined || y.sentence === undefined || y.sentence === x.sentence || sameStem(y.lemma, x.lemma!) || y.sentence === 0 || x.sentence === 0);
}

/** One word's verb and noun ("investigate", "investigation"; "accuse", "accusation"): a shared start of
 * five letters or more. A built-in rule's records (criticism or praise words of one statement) share its id. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.startsWith('rule.') || y.startsWith('rule.')) return false;
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= 5;
}

/**
 * Merge records telling the same event. Counted (asserted/reported) and uncounted modes are kept
 * apart, so a hypothetical retelling never changes a real event, and tellings dated by different time
 * expressions are different instances. The kept record is the first telling;
 * it takes a more specific CAMEO code and a time-expression date from later tellings.
 */
export function dedupe(items: Dateable[]): Event[] {
  const groups = new Map<string, Dateable[][]>();
  for (const it of oneDemandEach(items)) {
    const e = it.event;
    const k = [e.type, cameoRoot(e.cameo), mergeKey(e.source), mergeKey(e.target), countsByDefault(e.mode)].join('|');
    const instances = groups.get(k) ?? [];
    groups.set(k, instances);
    // Two tellings dated by different time expressions ("condemned the test on Friday" … "had condemned
    // the launch on Monday") are two instances; a telling with no date of its own joins the first.
    const own = it.timexDated ? it.event.date : null;
    const same = instances.find((list) => (!own || !list.some((x) => x.timexDated && !sameDay(x.event.date, own))) && retells(list, it));
    if (same) same.push(it);
    else instances.push([it]);
  }
  const out: Event[] = [];
  for (const list of [...groups.values()].flat()) {
    const first = Object.assign({}, list[0].event);
    first.mentions = list.map((x) => ({ start: x.event.trigger.start, end: x.event.trigger.end }));
    const dated = list.find((x) => x.timexDated);
    if (dated && !list[0].timexDated) {
      first.date = dated.event.date;
      first.precision = dated.event.precision;
    }
    const specific = list.reduce((b, x) => (x.event.cameo.length > b.event.cameo.length ? x : b), list[0]);
    if (specific.event.cameo !== first.cameo) {
      first.cameo = specific.event.cameo;
      first.goldstein = specific.event.goldstein;
    }
    if (list.some((x) => x.event.mode === 'asserted') && first.mode === 'reported') {
      const asserted = list.find((x) => x.event.mode === 'asserted')!.event;
      first.mode = 'asserted';
      first.reportedBy = null;
      first.quote = asserted.quote ?? null;
    }
    first.key = eventKey(first);
    out.push(first);
  }
  return out.sort((x, y) => x.trigger.start - y.trigger.start);
}
