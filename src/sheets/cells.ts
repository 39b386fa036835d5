/**
 * One codec per column kind: cell value → domain value (with a Norwegian reason when it cannot be read) and
 * domain value → cell value (user text through the formula guard, dates as Dates in the sheet's zone).
 */
import { isIsoDate, parseTypedDate, formatNorwegian, serialDateToIso } from '../domain/calendar';
import { cellDateToIso, cellDateToLocalDateTime, isoToCellDate, wallTimeToInstant } from './cellDates';
import { guardText } from './guard';

export type ColumnKind = 'id' | 'ref' | 'text' | 'note' | 'date' | 'datetime' | 'int' | 'bool' | 'enum' | 'phone' | 'email';
export type CellValue = string | number | boolean | Date;
export type Decoded = { ok: true; value: unknown } | { ok: false; message: string };

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

export function isBlankCell(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

const TRUE_WORDS = /^(true|ja|j|x|✓|✔|yes)$/i;
const FALSE_WORDS = /^(false|nei|n|no)$/i;

/** Reads a cell into the domain type of its column kind. Blank cells read as null ('' for text, false for bool). */
export function decodeCell(kind: ColumnKind, v: unknown, tz: string): Decoded {
  if (isBlankCell(v)) {
    if (kind === 'bool') return { ok: true, value: false };
    if (kind === 'text' || kind === 'note' || kind === 'phone' || kind === 'email') return { ok: true, value: '' };
    return { ok: true, value: null };
  }
  switch (kind) {
    case 'id':
    case 'ref':
    case 'enum':
      return { ok: true, value: String(v).trim() };
    case 'text':
    case 'note':
    case 'phone':
    case 'email':
      return { ok: true, value: isDate(v) ? formatNorwegian(cellDateToIso(v, tz)) : String(v).trim() };
    case 'date':
      if (isDate(v)) return isNaN(v.getTime()) ? { ok: false, message: 'Ugyldig dato.' } : { ok: true, value: cellDateToIso(v, tz) };
      if (typeof v === 'string') {
        const iso = parseTypedDate(v);
        return iso ? { ok: true, value: iso } : { ok: false, message: `«${v.trim()}» er ikke en gyldig dato (skriv dd.mm.åååå).` };
      }
      // A date column reformatted as a number (or serials pasted in) returns numbers: the same days.
      if (typeof v === 'number' && serialDateToIso(v)) return { ok: true, value: serialDateToIso(v) };
      return { ok: false, message: `«${String(v)}» er ikke en dato (skriv dd.mm.åååå).` };
    case 'datetime':
      if (isDate(v)) return { ok: true, value: cellDateToLocalDateTime(v, tz) };
      if (typeof v === 'number' && serialDateToIso(v)) return { ok: true, value: serialToLocalDateTime(v) };
      return { ok: false, message: `«${String(v)}» er ikke et tidspunkt.` };
    case 'int': {
      const n = typeof v === 'number' ? v : Number(String(v).trim().replace(',', '.'));
      if (typeof v === 'boolean' || isDate(v) || !Number.isFinite(n)) return { ok: false, message: `«${String(v)}» er ikke et tall.` };
      if (!Number.isInteger(n)) return { ok: false, message: `«${String(v)}» er ikke et helt tall.` };
      return { ok: true, value: n };
    }
    case 'bool':
      if (typeof v === 'boolean') return { ok: true, value: v };
      if (TRUE_WORDS.test(String(v).trim())) return { ok: true, value: true };
      if (FALSE_WORDS.test(String(v).trim())) return { ok: true, value: false };
      return { ok: false, message: `«${String(v)}» er ikke ja/nei (bruk avkrysningsboksen).` };
  }
}

/** A serial with a time of day as `yyyy-MM-ddTHH:mm`: wall-clock time in the spreadsheet's zone already. */
function serialToLocalDateTime(serial: number): string {
  const minutes = Math.round((serial - Math.floor(serial)) * 1440);
  const day = serialDateToIso(Math.floor(serial) + Math.floor(minutes / 1440))!;
  const m = minutes % 1440;
  return `${day}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Whether a cell adds nothing to its row: blank, or an unticked checkbox (Sheets keeps FALSE in a box once unticked). */
export function isEmptyForRow(kind: ColumnKind, v: unknown): boolean {
  return isBlankCell(v) || (kind === 'bool' && v === false);
}

/**
 * Writes a domain value as the cell value for its column kind. Text kinds go into plain-text cells (the
 * writer sets the column's number format with the values), where the guard leaves them exactly as typed.
 */
export function encodeCell(kind: ColumnKind, value: unknown, tz: string): CellValue {
  if (value === null || value === undefined) return kind === 'bool' ? false : '';
  switch (kind) {
    case 'date':
      if (typeof value !== 'string' || !isIsoDate(value)) throw new Error(`Not a calendar date: ${String(value)}`);
      return isoToCellDate(value, tz);
    case 'datetime': {
      const s = String(value);
      return wallTimeToInstant(s.slice(0, 10), tz, Number(s.slice(11, 13) || 0), Number(s.slice(14, 16) || 0));
    }
    case 'int':
      return Number(value);
    case 'bool':
      return value === true;
    default:
      return guardText(String(value), numberFormatFor(kind) === '@' ? 'plainText' : 'formatted');
  }
}

/** The number format each kind gets: text kinds are plain text so `0047…` and `F-001` stay as typed. */
export function numberFormatFor(kind: ColumnKind): string {
  switch (kind) {
    case 'date':
      return 'dd.mm.yyyy';
    case 'datetime':
      return 'dd.mm.yyyy hh:mm';
    case 'int':
      return '0';
    case 'bool':
      return 'General';
    default:
      return '@';
  }
}
