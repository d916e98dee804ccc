// "a year", "an hour" as the period of a rate: after an amount of money or a count of things ("$5 million
// a year", "six days a week", "15 overdoses a month", "10 months a year he spends there") the unit says how
// often (TIMEX3 SET P1Y), not how long; after a unit of distance ("90 kilometres an hour") it is part of a
// speed and no time expression at all. Used by the 'duration' rule of recognize.ts for "a"/"an" + unit.

/** Words that make the "a"/"an" + unit after them a stretch of time or a date ("more than a year", "for
 * a week", "it comes a day before", "made this a week to savour"), not the period of a rate. */
const NOT_RATE_BEFORE = new Set([
  'than', 'for', 'in', 'after', 'within', 'over', 'under', 'about', 'nearly', 'almost', 'around', 'roughly',
  'only', 'just', 'past', 'across', 'on', 'or', 'of', 'by', 'to', 'at', 'from', 'since', 'until', 'before',
  'as', 'it', 'them', 'him', 'her', 'this', 'that', 'is', 'was', 'are', 'were', 'be', 'been', 'take', 'took',
  'takes', 'taken', 'spent', 'last', 'lasted', 'lasting', 'wait', 'waited', 'comes', 'came', 'make', 'made',
]);

/** After the unit: the unit is a date or a length ("a year ago", "a year or two", "a day of mourning"). */
const NOT_RATE_AFTER = /^(?:\s*-|\s+(?:ago|later|earlier|before|after|prior|old|from|into|or|of|since|back|hence|when)\b)/i;

/** A count of things up to three words before "a"/"an" ("six days", "15 drug overdoses", "$300 million in
 * fuel"), or an amount of money or a percentage ending right there ("$60,000", "6.2 per cent"). */
const COUNT_BEFORE = /(?:^|[^\w$£€.,])(?:[$£€]\s?)?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundreds?|thousands?|millions?|dozens?|several|few)(?:\s+[\w'’%-]+){0,3}?\s+$/i;
const MONEY_BEFORE = /(?:[$£€]\s?[\d.,]+|\d)(?:\s*(?:million|billion|trillion|bn|m|k|percent|per\s+cent|%))?\s+$/i;

const DISTANCE = /^(?:kilomet(?:re|er)s|km|miles|metres|meters|feet|knots)$/i;

/** Whether the words after a unit at end make it a date or a length, not the period of a rate. */
export function unitGoesOn(text: string, end: number): boolean {
  return NOT_RATE_AFTER.test(text.slice(end, end + 12));
}

/** What "a"/"an" + unit at [start, end) of text is: 'set' (a rate), 'speed' (no time expression) or null. */
export function rateReading(text: string, start: number, end: number, unitWord: string): 'set' | 'speed' | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const prev = /([\w'’%.-]+)\s+$/.exec(before)?.[1] ?? '';
  if (/^(?:hour|second|minute)$/i.test(unitWord) && DISTANCE.test(prev)) return 'speed';
  if (MONEY_BEFORE.test(before.slice(-25))) return 'set';
  if (NOT_RATE_BEFORE.has(prev.toLowerCase()) || unitGoesOn(text, end)) return null;
  return COUNT_BEFORE.test(before) ? 'set' : null;
}
