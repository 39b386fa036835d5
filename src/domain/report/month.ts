/** Report months as `yyyy-MM`: validation, first/last day, the previous month, a run of months back. */
import { addMonths, daysInMonth, formatNorwegian, isoFromParts, type IsoDate } from '../calendar';

/** A calendar month, `yyyy-MM`. */
export type Month = string;

export function isMonth(s: unknown): s is Month {
  if (typeof s !== 'string' || !/^\d{4}-\d{2}$/.test(s)) return false;
  const m = Number(s.slice(5, 7));
  return m >= 1 && m <= 12 && Number(s.slice(0, 4)) >= 1900;
}

export interface MonthBounds { month: Month; first: IsoDate; last: IsoDate }

export function monthBounds(month: Month): MonthBounds {
  if (!isMonth(month)) throw new Error(`Not a month: ${month}`);
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return { month, first: isoFromParts(y, m, 1), last: isoFromParts(y, m, daysInMonth(y, m)) };
}

export function addMonthsToMonth(month: Month, n: number): Month {
  return addMonths(`${month}-01`, n).slice(0, 7);
}

/** The month before the one `today` falls in: the default report month. */
export function previousMonth(today: IsoDate): Month {
  return addMonthsToMonth(today.slice(0, 7), -1);
}

/** `count` months ending with `month`, oldest first. */
export function monthsEndingWith(month: Month, count: number): Month[] {
  return Array.from({ length: count }, (_, i) => addMonthsToMonth(month, i - count + 1));
}

/** Accepts `2026-03`, `03.2026`, `3.2026`, `3/2026`; null when it is not a month. */
export function parseTypedMonth(input: string): Month | null {
  const s = input.trim();
  if (isMonth(s)) return s;
  const m = /^(\d{1,2})[./-](\d{4})$/.exec(s);
  if (!m) return null;
  const candidate = `${m[2]}-${m[1]!.padStart(2, '0')}`;
  return isMonth(candidate) ? candidate : null;
}

const MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** `mars 2026`. */
export function monthName(month: Month): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** `mars 2026`, or `mars 2026 (hittil, per 18.03.2026)` for a report of a month that has not ended. */
export function reportMonthName(report: { month: Month; asOf: IsoDate | null }): string {
  return report.asOf === null ? monthName(report.month) : `${monthName(report.month)} (hittil, per ${formatNorwegian(report.asOf)})`;
}

/** False until the day after the month's last day: only an ended month's report may be sent. */
export function monthHasEnded(month: Month, today: IsoDate): boolean {
  return today > monthBounds(month).last;
}
