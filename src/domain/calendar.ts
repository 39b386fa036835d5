/**
 * Calendar dates as `yyyy-MM-dd` strings. Arithmetic goes through date-fns on local-noon Date objects: noon
 * never falls in a DST gap, and local-to-local round trips give the same answer in every process time zone.
 */
import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays, differenceInCalendarMonths } from 'date-fns';

/** A calendar date, `yyyy-MM-dd`. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is a real calendar date in `yyyy-MM-dd` form (rejects 2026-02-31). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isoFromParts(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function toLocal(d: IsoDate): Date {
  if (!isIsoDate(d)) throw new Error(`Not a calendar date: ${d}`);
  return new Date(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)), 12);
}

function fromLocal(d: Date): IsoDate {
  return isoFromParts(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

export function addDays(d: IsoDate, n: number): IsoDate {
  return fromLocal(dfAddDays(toLocal(d), n));
}

/** Month-end safe: 2026-01-31 + 1 month = 2026-02-28; 2028-01-31 + 1 month = 2028-02-29. */
export function addMonths(d: IsoDate, n: number): IsoDate {
  return fromLocal(dfAddMonths(toLocal(d), n));
}

/** Whole calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return differenceInCalendarDays(toLocal(b), toLocal(a));
}

/** Whole months from `a` to `b`, counting a month only once its day-of-month is reached (month-end aware). */
export function fullMonthsBetween(a: IsoDate, b: IsoDate): number {
  let months = differenceInCalendarMonths(toLocal(b), toLocal(a));
  if (months > 0 && addMonths(a, months) > b) months -= 1;
  return months;
}

export function yearOf(d: IsoDate): number {
  return Number(d.slice(0, 4));
}

/** Spreadsheet serial day number (1900 date system, as Excel and Sheets count) → calendar date. */
export function serialToIso(serial: number): IsoDate {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return isoFromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * A number found where a date belongs, read as a Sheets serial date: the day it counts (a serial is wall-clock
 * time in the spreadsheet's zone, so no zone applies; a time of day in the fraction is dropped). Only serials of
 * 1954–2119 count as dates; anything else (an age, a count, a year) is not one. The one parser for both the
 * import and the tables.
 */
export function serialDateToIso(n: number): IsoDate | null {
  return Number.isFinite(n) && n >= 20_000 && n <= 80_000 ? serialToIso(n) : null;
}

/** Norwegian display form `dd.MM.yyyy`. */
export function formatNorwegian(d: IsoDate): string {
  return `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;
}

/**
 * Parses a date the way people type it in Norway: `15.01.2026`, `15.1.2026`, `15.1.26`, `2026-01-15`.
 * Returns null when it is not a real date (31.02.2026 included).
 */
export function parseTypedDate(input: string): IsoDate | null {
  const s = input.trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  let year = Number(m[3]);
  if (m[3]!.length === 2) year += year >= 70 ? 1900 : 2000;
  const iso = isoFromParts(year, Number(m[2]), Number(m[1]));
  return isIsoDate(iso) ? iso : null;
}

export function minDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a >= b ? a : b;
}
