/**
 * Conversion between cell Dates and calendar dates in the spreadsheet's time zone. Sheets returns a date cell
 * as the instant of local midnight in that zone; the domain only ever sees `yyyy-MM-dd`.
 */
import { isoFromParts, type IsoDate } from '../domain/calendar';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(tz, f);
  }
  return f;
}

interface Wall { year: number; month: number; day: number; hour: number; minute: number; second: number }

function wallClock(instant: Date, tz: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(instant)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

function offsetMs(instant: Date, tz: string): number {
  const w = wallClock(instant, tz);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

/** The calendar date a cell Date shows in the spreadsheet's time zone. */
export function cellDateToIso(d: Date, tz: string): IsoDate {
  const w = wallClock(d, tz);
  return isoFromParts(w.year, w.month, w.day);
}

/** `yyyy-MM-ddTHH:mm` wall time in the zone, for timestamps such as "logged at". */
export function cellDateToLocalDateTime(d: Date, tz: string): string {
  const w = wallClock(d, tz);
  return `${isoFromParts(w.year, w.month, w.day)}T${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/** The instant of a wall-clock time in the zone (DST-correct: re-checks the offset at the result). */
export function wallTimeToInstant(iso: IsoDate, tz: string, hour = 0, minute = 0): Date {
  const guess = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)), hour, minute);
  const first = offsetMs(new Date(guess), tz);
  let t = guess - first;
  const second = offsetMs(new Date(t), tz);
  if (second !== first) t = guess - second;
  return new Date(t);
}

/** The Date to write into a date cell so that it shows `iso` in the spreadsheet's time zone. */
export function isoToCellDate(iso: IsoDate, tz: string): Date {
  return wallTimeToInstant(iso, tz);
}

/** Today's calendar date in the zone. */
export function todayIn(now: Date, tz: string): IsoDate {
  return cellDateToIso(now, tz);
}
