// One calendar primitive every layer shares (readers, store aggregates, the time stage): the UTC
// milliseconds of a day, without Date.UTC's mapping of years 0–99 to 1900–1999.

/** Milliseconds of a UTC day (month 0-11, overflowing as Date.UTC does); years 0–99 stay themselves. */
export function utcDay(y: number, month0: number, d: number): number {
  const t = new Date(0);
  t.setUTCFullYear(y, month0, d);
  return t.getTime();
}
