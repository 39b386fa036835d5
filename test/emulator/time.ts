/** Time-zone arithmetic and the two date pattern languages (Java's for Utilities.formatDate, Sheets' for number formats). */

export interface Wall {
  y: number;
  M: number; // 1-12
  d: number;
  H: number;
  m: number;
  s: number;
  ms: number;
  wd: number; // 0 = Sunday
}

const fmtCache = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = fmtCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    fmtCache.set(tz, f);
  }
  return f;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

const WD: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Wall-clock fields of an instant in a time zone. */
export function wallClock(ms: number, tz: string): Wall {
  const parts = formatter(tz).formatToParts(new Date(ms));
  const get = (t: string): string => parts.find((p) => p.type === t)?.value ?? '0';
  let y = Number(get('year'));
  if (get('era') === 'BC') y = 1 - y;
  return {
    y,
    M: Number(get('month')),
    d: Number(get('day')),
    H: Number(get('hour')) % 24,
    m: Number(get('minute')),
    s: Number(get('second')),
    ms: ((ms % 1000) + 1000) % 1000,
    wd: WD[get('weekday')] ?? 0,
  };
}

/** Offset of the zone from UTC at an instant, in ms. */
export function zoneOffset(ms: number, tz: string): number {
  const w = wallClock(ms, tz);
  const asUtc = Date.UTC(w.y, w.M - 1, w.d, w.H, w.m, w.s, w.ms);
  const r = asUtc - ms;
  return r;
}

/** The instant at which the wall clock in `tz` shows the given fields. */
export function zonedToUtc(y: number, M: number, d: number, H: number, m: number, s: number, tz: string): number {
  const guess = Date.UTC(y, M - 1, d, H, m, s);
  let ms = guess - zoneOffset(guess, tz);
  const off2 = zoneOffset(ms, tz);
  if (guess - off2 !== ms) ms = guess - off2;
  return ms;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');

function offsetString(ms: number, tz: string, colon: boolean): string {
  const off = Math.round(zoneOffset(ms, tz) / 60000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  return sign + pad(Math.floor(a / 60), 2) + (colon ? ':' : '') + pad(a % 60, 2);
}

/** Java SimpleDateFormat subset, as used by Utilities.formatDate. Throws on unknown pattern letters. */
export function formatJava(ms: number, tz: string, pattern: string): string {
  const w = wallClock(ms, tz);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = pattern.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unterminated quote in pattern: ${pattern}`);
      out += pattern.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'y':
        out += n === 2 ? pad(w.y % 100, 2) : pad(w.y, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[w.M - 1] : n === 3 ? MONTHS[w.M - 1]!.slice(0, 3) : pad(w.M, n);
        break;
      case 'd':
        out += pad(w.d, n);
        break;
      case 'H':
        out += pad(w.H, n);
        break;
      case 'h':
        out += pad(w.H % 12 === 0 ? 12 : w.H % 12, n);
        break;
      case 'k':
        out += pad(w.H === 0 ? 24 : w.H, n);
        break;
      case 'm':
        out += pad(w.m, n);
        break;
      case 's':
        out += pad(w.s, n);
        break;
      case 'S':
        out += pad(w.ms, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[w.wd] : DAYS[w.wd]!.slice(0, 3);
        break;
      case 'u':
        out += String(w.wd === 0 ? 7 : w.wd);
        break;
      case 'a':
        out += w.H < 12 ? 'AM' : 'PM';
        break;
      case 'Z':
        out += offsetString(ms, tz, false);
        break;
      case 'X':
        out += zoneOffset(ms, tz) === 0 ? 'Z' : offsetString(ms, tz, n >= 3);
        break;
      case 'z':
        out += tz;
        break;
      default:
        throw new Error(`Illegal pattern character '${c}'`);
    }
  }
  return out;
}

/** Google Sheets date/time number-format subset: yyyy yy m mm mmm mmmm d dd ddd dddd h hh ss am/pm "text". */
export function formatSheetsDate(ms: number, tz: string, pattern: string): string {
  const w = wallClock(ms, tz);
  type Tok = { t: string; n: number } | { lit: string };
  const toks: Tok[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '"') {
      const end = pattern.indexOf('"', i + 1);
      const e = end < 0 ? pattern.length : end;
      toks.push({ lit: pattern.slice(i + 1, e) });
      i = e + 1;
      continue;
    }
    if (c === '\\') {
      toks.push({ lit: pattern[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (/^am\/pm/i.test(pattern.slice(i))) {
      toks.push({ t: 'ampm', n: 5 });
      i += 5;
      continue;
    }
    const lc = c.toLowerCase();
    if ('ymdhs'.includes(lc)) {
      let n = 1;
      while (pattern[i + n]?.toLowerCase() === lc) n++;
      toks.push({ t: lc, n });
      i += n;
      continue;
    }
    toks.push({ lit: c });
    i++;
  }
  const hasAmPm = toks.some((t) => 't' in t && t.t === 'ampm');
  // m is minutes when it follows an hour token or precedes a seconds token.
  const kinds = toks.map((t) => ('t' in t ? t.t : null));
  let out = '';
  toks.forEach((t, idx) => {
    if ('lit' in t) {
      out += t.lit;
      return;
    }
    switch (t.t) {
      case 'y':
        out += t.n <= 2 ? pad(w.y % 100, 2) : pad(w.y, 4);
        break;
      case 'm': {
        const prev = kinds.slice(0, idx).reverse().find((k) => k !== null);
        const next = kinds.slice(idx + 1).find((k) => k !== null);
        const minutes = t.n <= 2 && (prev === 'h' || next === 's');
        if (minutes) out += pad(w.m, t.n);
        else out += t.n >= 4 ? MONTHS[w.M - 1] : t.n === 3 ? MONTHS[w.M - 1]!.slice(0, 3) : pad(w.M, t.n);
        break;
      }
      case 'd':
        out += t.n >= 4 ? DAYS[w.wd] : t.n === 3 ? DAYS[w.wd]!.slice(0, 3) : pad(w.d, t.n);
        break;
      case 'h': {
        const h = hasAmPm ? (w.H % 12 === 0 ? 12 : w.H % 12) : w.H;
        out += pad(h, t.n);
        break;
      }
      case 's':
        out += pad(w.s, t.n);
        break;
      case 'ampm':
        out += w.H < 12 ? 'AM' : 'PM';
        break;
    }
  });
  return out;
}

/** Whether a Sheets number format is a date/time pattern. */
export function isDateFormat(nf: string): boolean {
  const stripped = nf.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ydhs]/i.test(stripped) || (/m/i.test(stripped) && !/[0#]/.test(stripped));
}
