/**
 * Values as people type them into a hand-kept log, turned into domain values. Each parser returns the value or
 * a Norwegian reason; blank cells are `null` (no value) and never an error.
 */
import { isIsoDate, isoFromParts, parseTypedDate, serialDateToIso, type IsoDate } from '../calendar';
import { BIRTH_YEAR_MAX, BIRTH_YEAR_MIN } from '../records';
import { cellText, fold, isBlank, type SourceCell } from './text';

/** `loose`: read from the start of a longer text («traff henne på biblioteket» → Møte); her words say more. */
export type Parsed<T> = { ok: true; value: T | null; loose?: boolean } | { ok: false; reason: string };

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, mai: 5, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, okt: 10, oct: 10, nov: 11, des: 12, dec: 12,
};

function month(word: string): number | null {
  const w = fold(word);
  return w.length >= 3 ? MONTHS[w.slice(0, 3)] ?? null : null;
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? n + (n >= 70 ? 1900 : 2000) : n;
}

function valid(y: number, m: number, d: number): IsoDate | null {
  const iso = isoFromParts(y, m, d);
  return isIsoDate(iso) ? iso : null;
}

export { serialToIso } from '../calendar';

/**
 * `15.01.2026`, `15.1.26`, `15 . 1 . 2026`, `15/01/2026`, `2026-01-15`, `15. jan. 2026`, `15 januar 2026`,
 * `January 15, 2026`, `januar 2026` (the 1st of the month), serial numbers. Day before month, as in Norway.
 */
export function parseLegacyDate(v: SourceCell): Parsed<IsoDate> {
  if (isBlank(v)) return ok(null);
  if (typeof v === 'number') {
    const serial = serialDateToIso(v);
    return serial ? ok(serial) : bad(`«${v}» er ikke en dato.`);
  }
  if (typeof v === 'boolean') return bad(`«${cellText(v)}» er ikke en dato.`);
  const s = cellText(v).toLowerCase();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ t].*)?$/.exec(s);
  const typed = parseTypedDate(s);
  let out: IsoDate | null = typed;
  let m: RegExpExecArray | null;
  if (!out && iso) out = valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (!out && (m = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{2}|\d{4})$/.exec(s))) out = valid(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  else if (!out && (m = /^(\d{4})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{1,2})$/.exec(s))) out = valid(Number(m[1]), Number(m[2]), Number(m[3]));
  else if (!out && (m = /^(\d{1,2})\s*\.?\s*([a-zæøå]+)\.?,?\s*(\d{2}|\d{4})$/.exec(s))) {
    const mo = month(m[2]!);
    out = mo ? valid(fullYear(m[3]!), mo, Number(m[1])) : null;
  } else if (!out && (m = /^([a-zæøå]+)\.?\s*(\d{1,2}),?\s*(\d{4})$/.exec(s))) {
    const mo = month(m[1]!);
    out = mo ? valid(Number(m[3]), mo, Number(m[2])) : null;
  } else if (!out && (m = /^([a-zæøå]+)\.?\s*(\d{4})$/.exec(s))) {
    const mo = month(m[1]!);
    out = mo ? valid(Number(m[2]), mo, 1) : null;
  } else if (!out && /^\d{5}$/.test(s)) out = serialDateToIso(Number(s));
  return out ? ok(out) : bad(`«${cellText(v)}» er ikke en dato vi kan lese (skriv f.eks. 15.01.2026).`);
}

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'x', 'true', 'sann', 'ok', '1', 'signert', 'sendt', 'levert', 'vist', 'fullfort', 'gjort', 'har']);
const FALSE = new Set(['nei', 'n', 'no', 'false', 'usann', '0', 'ikke', 'mangler', 'nope']);

/** ja/nei, x, ✓, TRUE/FALSE, 1/0; a date in a yes/no column means yes (it happened). Blank means no. */
export function parseLegacyBool(v: SourceCell): Parsed<boolean> {
  if (isBlank(v)) return ok(false);
  if (typeof v === 'boolean') return ok(v);
  if (typeof v === 'number') return v === 1 || v === 0 ? ok(v === 1) : bad(`«${v}» er ikke ja/nei.`);
  const raw = cellText(v);
  if (/^[✓✔☑√✅\uFE0F]+$/u.test(raw)) return ok(true); // ✔️ carries a variation selector
  if (/^[-–✗✘]+$/.test(raw)) return ok(false);
  const f = fold(raw);
  if (TRUE.has(f)) return ok(true);
  if (FALSE.has(f)) return ok(false);
  const date = parseLegacyDate(v);
  if (date.ok && date.value) return ok(true);
  return bad(`«${raw}» er ikke ja/nei.`);
}

/** A two-digit birth year: 19xx, unless 20xx makes an adult (18 or older) today. */
function birthCentury(yy: number, thisYear: number): number {
  return 2000 + yy <= thisYear - 18 ? 2000 + yy : 1900 + yy;
}

/**
 * Birth year from a year (1975, «65»), an age («51 år», «ca 50»), or a birth date («12.03.65»: only the year is
 * kept, a two-digit year read as a birth year). A bare two-digit number is an age when it is a plausible one
 * (18–90: «75» is 75 years old), otherwise a year («95» → 1995).
 */
export function parseBirthYear(v: SourceCell, today: IsoDate): Parsed<number> {
  if (isBlank(v)) return ok(null);
  const thisYear = Number(today.slice(0, 4));
  const inRange = (y: number): Parsed<number> =>
    y >= BIRTH_YEAR_MIN && y <= BIRTH_YEAR_MAX ? ok(y) : bad(`Fødselsår ${y} er utenfor ${BIRTH_YEAR_MIN}–${BIRTH_YEAR_MAX}.`);
  const neither = bad<number>(`«${cellText(v)}» er verken alder eller fødselsår.`);
  const bare = (n: number, twoDigits = n >= 10 && n <= 99): Parsed<number> => {
    if (!Number.isInteger(n)) return neither;
    if (n >= 1000) return inRange(n);
    if (n >= 18 && n <= 90) return inRange(thisYear - n);
    return twoDigits ? inRange(birthCentury(n, thisYear)) : neither;
  };
  if (typeof v === 'number') return bare(v);
  const s = cellText(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(s)) {
    const d = parseLegacyDate(s);
    const yy = /\.(\d{2})$/.exec(s);
    if (d.ok && d.value) return inRange(yy ? birthCentury(Number(yy[1]), thisYear) : Number(d.value.slice(0, 4)));
  }
  const year = /\b(19\d\d|20\d\d)\b/.exec(s);
  if (year) return inRange(Number(year[1]));
  if (/^\d{2}$/.test(s)) return bare(Number(s), true); // «05»
  const age = /^(?:ca\.?\s*|ca\s+|omtrent\s+)?(\d{1,3})\s*(?:år|ar|years?)?$/i.exec(s);
  return age && Number(age[1]) <= 110 ? inRange(thisYear - Number(age[1])) : neither;
}

/**
 * Norwegian numbers (with or without +47/0047, any spacing) as `400 00 001` or `22 33 44 55`, the way leaders write them (and
 * without a leading + that the formula guard would have to escape); foreign numbers as typed.
 */
export function parsePhone(v: SourceCell): Parsed<string> {
  if (isBlank(v)) return ok(null);
  const s = cellText(v);
  const digits = s.replace(/\D/g, '');
  let local: string | null = null;
  if (digits.length === 8) local = digits;
  else if (digits.length === 10 && digits.startsWith('47') && !s.startsWith('0')) local = digits.slice(2);
  else if (digits.length === 12 && digits.startsWith('0047')) local = digits.slice(4);
  // Mobiles (4xx, 9xx) as 3-2-3, landlines and the rest as 2-2-2-2 («22 33 44 55»).
  if (local) return ok(/^[49]/.test(local) ? `${local.slice(0, 3)} ${local.slice(3, 5)} ${local.slice(5)}` : local.replace(/(\d\d)(?=\d)/g, '$1 '));
  if (s.startsWith('+') && digits.length >= 8 && digits.length <= 15) return ok(s);
  // A foreign number typed as «+44 7700 900123» that Sheets turned into the number 447700900123: its + put back.
  if (typeof v === 'number' && digits.length >= 10 && digits.length <= 15) return ok(`+${digits}`);
  return bad(`«${s}» ser ikke ut som et telefonnummer.`);
}

export function parseEmail(v: SourceCell): Parsed<string> {
  if (isBlank(v)) return ok(null);
  const s = cellText(v).replace(/^mailto:/i, '').toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s) ? ok(s) : bad(`«${cellText(v)}» er ikke en e-postadresse.`);
}

/** Whole numbers, also typed as text («3», «3 ganger»). */
export function parseCount(v: SourceCell, min: number, max: number): Parsed<number> {
  if (isBlank(v)) return ok(null);
  const n = typeof v === 'number' ? v : Number((/^\s*(\d+)/.exec(cellText(v)) ?? [])[1] ?? NaN);
  if (!Number.isInteger(n) || n < min || n > max) return bad(`«${cellText(v)}» er ikke et helt tall fra ${min} til ${max}.`);
  return ok(n);
}
