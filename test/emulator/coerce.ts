/** How Google Sheets turns a value written by a script (USER_ENTERED semantics) into a stored cell value. */
import { formatSheetsDate, isDateFormat, wallClock, zonedToUtc } from './time';

/**
 * What a cell stores. Sheets has no date type: a date is a serial number (days since 1899-12-30, wall clock in
 * the spreadsheet's time zone) shown through a date number format; getValues makes a Date of it only while the
 * format is a date format (see scriptValue).
 */
export type Stored = string | number | boolean;

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The serial number of an instant's wall clock in `tz` (what Sheets stores for a Date written by a script). */
export function instantToSerial(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  return (Date.UTC(w.y, w.M - 1, w.d, w.H, w.m, w.s, w.ms) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** The instant at which the wall clock in `tz` shows a serial number's date and time (what getValues returns). */
export function serialToInstant(serial: number, tz: string): number {
  const wall = new Date(SERIAL_EPOCH_MS + Math.round(serial * DAY_MS));
  return zonedToUtc(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate(), wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), tz) + wall.getUTCMilliseconds();
}

function wallSerial(y: number, mo: number, d: number, hh: number, mi: number, ss: number): number {
  return (Date.UTC(y, mo - 1, d, hh, mi, ss) - SERIAL_EPOCH_MS) / DAY_MS;
}

/** Whether a stored number is shown (and returned by getValues) as a date under this format. */
export function isDateCell(v: Stored, nf: string | undefined): boolean {
  return typeof v === 'number' && nf !== undefined && nf !== PLAIN_TEXT && isDateFormat(nf);
}

export const MAX_CELL_CHARS = 50000;
export const PLAIN_TEXT = '@';
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export interface LocaleInfo {
  decimal: string;
  group: string;
  dateFormat: string;
  dateTimeFormat: string;
  /** order of day/month in slash/dot dates */
  dmy: boolean;
  defaultSheetName: string;
}

export function localeInfo(locale: string): LocaleInfo {
  const l = locale.toLowerCase();
  if (l.startsWith('nb') || l.startsWith('no') || l.startsWith('nn')) {
    return { decimal: ',', group: '\u00a0', dateFormat: 'dd.mm.yyyy', dateTimeFormat: 'dd.mm.yyyy hh:mm:ss', dmy: true, defaultSheetName: 'Ark' };
  }
  if (l === 'en_gb' || l === 'en-gb') {
    return { decimal: '.', group: ',', dateFormat: 'dd/mm/yyyy', dateTimeFormat: 'dd/mm/yyyy hh:mm:ss', dmy: true, defaultSheetName: 'Sheet' };
  }
  return { decimal: '.', group: ',', dateFormat: 'm/d/yyyy', dateTimeFormat: 'm/d/yyyy h:mm:ss', dmy: false, defaultSheetName: 'Sheet' };
}

export function isDateObj(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function dateMs(v: Date): number {
  return Date.prototype.getTime.call(v);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function validYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parses a date-looking string in the locale into a serial number; null if not a (valid) date in this locale. */
export function parseDateString(s: string, loc: LocaleInfo): number | null {
  const t = s.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  let y: number, mo: number, d: number;
  let hh = 0, mi = 0, ss = 0;
  if (m) {
    y = +m[1]!; mo = +m[2]!; d = +m[3]!;
    if (m[4] !== undefined) { hh = +m[4]; mi = +m[5]!; ss = +(m[6] ?? 0); }
  } else {
    m = /^(\d{1,2})([./])(\d{1,2})\2(\d{2}|\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
    if (!m) return null;
    if (m[2] === '.' && !loc.dmy) return null;
    const a = +m[1]!, b = +m[3]!;
    y = +m[4]!;
    if (m[4]!.length === 2) y += y < 30 ? 2000 : 1900;
    if (loc.dmy) { d = a; mo = b; } else { mo = a; d = b; }
    if (m[5] !== undefined) { hh = +m[5]; mi = +m[6]!; ss = +(m[7] ?? 0); }
  }
  if (!validYmd(y, mo, d) || hh > 23 || mi > 59 || ss > 59) return null;
  return wallSerial(y, mo, d, hh, mi, ss);
}

/** Parses a number-looking string in the locale; null if not a number. */
export function parseNumberString(s: string, loc: LocaleInfo): number | null {
  let t = s.trim();
  if (t === '') return null;
  let scale = 1;
  if (t.endsWith('%')) {
    scale = 0.01;
    t = t.slice(0, -1).trim();
  }
  if (loc.decimal === ',') {
    if (!/^[+-]?(\d+([.,]\d+)?|[.,]\d+)([eE][+-]?\d+)?$/.test(t)) return null;
    t = t.replace(',', '.');
  } else {
    if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
    else if (!/^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return null;
  }
  const n = Number(t) * scale;
  return Number.isFinite(n) ? n : null;
}

export interface CoercedCell {
  value: Stored; // '' = empty
  formula?: string;
  /** The value was a date (a Date, or a string parsed as one): a cell with the automatic format gets a date format. */
  date?: boolean;
}

/**
 * A string as Sheets stores it when a script writes it (same as a user typing it),
 * given the cell's number format.
 */
export function coerceString(s: string, nf: string | undefined, loc: LocaleInfo, tz: string): CoercedCell {
  if (nf === PLAIN_TEXT) return { value: s };
  if (s.length > 1 && s.startsWith('=')) return { value: '', formula: s };
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s === '') return { value: '' };
  const up = s.trim().toUpperCase();
  if (up === 'TRUE') return { value: true };
  if (up === 'FALSE') return { value: false };
  const n = parseNumberString(s, loc);
  if (n !== null) return { value: n };
  // Sheets parses input starting with + or - as a formula (e.g. "- item" → #ERROR!, "+47 22" → formula).
  if (s.length > 1 && (s.startsWith('+') || s.startsWith('-'))) return { value: '', formula: '=' + s };
  const d = parseDateString(s, loc);
  if (d !== null) return { value: d, date: true };
  void tz;
  return { value: s };
}

/** Describes a value the way Apps Script names parameter types in signature errors. */
export function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) {
    const inner = v.length > 0 ? describeType(v[0]) : 'Object';
    return inner + '[]';
  }
  if (isDateObj(v)) return 'Date';
  switch (typeof v) {
    case 'string': return 'String';
    case 'number': return 'number';
    case 'boolean': return 'Boolean';
    case 'function': return 'Function';
    default: return 'Object';
  }
}

/** Whether a script value may be written into a cell. */
export function isCellValue(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (isDateObj(v)) return Number.isFinite(dateMs(v));
  return false;
}

/** The locale's date (or date-time) format for a serial written into a cell with the automatic format. */
export function autoDateFormat(serial: number, loc: LocaleInfo): string {
  return Number.isInteger(serial) ? loc.dateFormat : loc.dateTimeFormat;
}

/** Converts an allowed script value (see isCellValue) to a stored cell. */
export function coerceValue(v: unknown, nf: string | undefined, loc: LocaleInfo, tz: string): CoercedCell {
  if (v === null || v === '') return { value: '' };
  if (typeof v === 'string') return coerceString(v, nf, loc, tz);
  if (typeof v === 'number' || typeof v === 'boolean') return { value: v };
  if (isDateObj(v)) return { value: instantToSerial(dateMs(v), tz), date: true };
  throw new Error('coerceValue: not a cell value');
}

export function formatGeneralNumber(n: number, loc: LocaleInfo): string {
  let s: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) s = String(n);
  else {
    s = String(Number(n.toPrecision(15)));
  }
  return loc.decimal === ',' ? s.replace('.', ',') : s;
}

function formatNumberPattern(n: number, nf: string, loc: LocaleInfo): string {
  const section = nf.split(';')[0]!;
  const body = section.replace(/"[^"]*"/g, '');
  const percent = body.includes('%');
  const v = percent ? n * 100 : n;
  const dot = body.indexOf('.');
  const decimals = dot >= 0 ? (body.slice(dot + 1).match(/[0#]/g) ?? []).length : 0;
  const minDecimals = dot >= 0 ? (body.slice(dot + 1).match(/0/g) ?? []).length : 0;
  const grouping = (dot >= 0 ? body.slice(0, dot) : body).includes(',');
  let fixed = Math.abs(v).toFixed(decimals);
  let [int, frac = ''] = fixed.split('.');
  while (frac.length > minDecimals && frac.endsWith('0')) frac = frac.slice(0, -1);
  if (grouping) int = int!.replace(/\B(?=(\d{3})+(?!\d))/g, loc.group);
  fixed = int + (frac ? loc.decimal + frac : '');
  const prefix = (section.match(/^"([^"]*)"/) ?? [])[1] ?? '';
  const suffix = (section.match(/"([^"]*)"$/) ?? [])[1] ?? '';
  return (v < 0 && Number(fixed.replace(loc.decimal, '.').replace(new RegExp(loc.group, 'g'), '')) !== 0 ? '-' : '') + prefix + fixed + (percent ? '%' : '') + suffix;
}

/** The display string of a stored value under a number format (getDisplayValues). */
export function displayValue(v: Stored, nf: string | undefined, loc: LocaleInfo, tz: string): string {
  if (v === '') return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (!nf || nf === PLAIN_TEXT || nf === DEFAULT_NUMBER_FORMAT || nf.toLowerCase() === 'general') return formatGeneralNumber(v, loc);
  if (isDateFormat(nf)) {
    // serial number shown as a date: days since 1899-12-30 (wall clock, so no zone is applied)
    return formatSheetsDate(SERIAL_EPOCH_MS + Math.round(v * DAY_MS), 'UTC', nf);
  }
  void tz;
  return formatNumberPattern(v, nf, loc);
}
