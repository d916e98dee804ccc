// One article, one Monday: a news article spans about a week, so its bare mentions of one weekday
// ("Monday", "Monday night", "8:30 p.m. Monday") name one day. Each mention is first resolved alone
// from the tense that governs it (index.ts); this pass gives the mentions read on weak evidence the day
// that the mentions read on stronger evidence agree on ("the huzzahs from her headquarters Monday night,
// Clinton still has work to do": a present tense that would look ahead, against "delivered Monday").
import type { Timex } from '../../doc/types.ts';
import type { Tense } from './tense.ts';

/**
 * How much a mention's direction is worth: 2 a verb's past, perfect or future; 1 a present tense (a
 * scheduled present looks ahead, other presents do too by default); 0 a default (a possessive weekday
 * taken as past, a preposition cue, the nearer date when no tense is read).
 */
export type Evidence = 0 | 1 | 2;

export interface WeekdayMention {
  timex: Timex;
  /** ISO weekday, 1 Monday … 7 Sunday. */
  wd: number;
  evidence: Evidence;
}

/** The evidence a governing tense gives; `byDefault` when a rule, not the tense, chose the direction. */
export function evidenceOf(tense: Tense, byDefault: boolean): Evidence {
  // A plan told in the past ("was due to meet on Friday") says nothing of the side of the article's day.
  if (byDefault || tense === 'none' || tense === 'future-in-past') return 0;
  return tense === 'present' ? 1 : 2;
}

/**
 * Give every mention of a weekday the day that the mentions of the strongest evidence read for it,
 * when a strict majority of them agrees, unless the mention's own evidence is as strong. Values keep
 * their time of day ("2016-09-26TNI").
 */
export function sameWeekday(mentions: WeekdayMention[]): void {
  const byDay = new Map<number, WeekdayMention[]>();
  for (const m of mentions) {
    const list = byDay.get(m.wd);
    if (list) list.push(m);
    else byDay.set(m.wd, [m]);
  }
  for (const list of byDay.values()) {
    if (list.length < 2 || new Set(list.map((m) => m.timex.value.slice(0, 10))).size < 2) continue;
    const top = Math.max(...list.map((m) => m.evidence));
    const counts = new Map<string, number>();
    for (const m of list) if (m.evidence === top) counts.set(m.timex.value.slice(0, 10), (counts.get(m.timex.value.slice(0, 10)) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length > 1 && ranked[0][1] === ranked[1][1]) continue;
    const day = ranked[0][0];
    for (const m of list) if (m.evidence < top && !m.timex.value.startsWith(day)) m.timex.value = day + m.timex.value.slice(10);
  }
}
