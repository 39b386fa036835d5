/**
 * The machine-readable attachment: the published rows as CSV, one row per figure (or breakdown category),
 * association and month, so the national project leader can paste or import every association's month into one
 * table. The first column names the schema version (PUBLISHED_SCHEMA); a column changing meaning bumps it.
 * Columns: schema, association, month, figure (key), category (breakdown label, else empty), label (Norwegian),
 * kind (count | share | mean | median), value (count: n; share: the part; mean/median: the value; empty when
 * withheld or nothing to compute), base (share: the whole; mean/median: how many; empty for counts), shown (the
 * text the email shows), protected (1 for counts of people by an attribute).
 * A text field that a spreadsheet would run as a formula (= + - @ first) gets a leading apostrophe (the common
 * CSV-injection guard); parseCsv below takes it off again.
 */
import type { Month } from './month';
import { PUBLISHED_SCHEMA, type PublishedRow } from './published';

export const CSV_COLUMNS = ['schema', 'association', 'month', 'figure', 'category', 'label', 'kind', 'value', 'base', 'shown', 'protected'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

function field(v: string | number | null): string {
  if (v === null) return '';
  let s = typeof v === 'number' ? String(v) : FORMULA_START.test(v) ? `'${v}` : v;
  if (/[",\n\r;]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
  return s;
}

export function publishedCsv(association: string, month: Month, rows: readonly PublishedRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) {
    lines.push([PUBLISHED_SCHEMA, association, month, r.figure, r.category, r.label, r.kind, r.value, r.base, r.shown, r.protected ? 1 : 0].map(field).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Reads publishedCsv's output back into records (strings as written, numbers as numbers, empty as null). */
export function parseCsv(text: string): Array<Record<(typeof CSV_COLUMNS)[number], string | number | null>> {
  const rows: string[][] = [];
  let row: string[] = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  const [header, ...body] = rows;
  const numeric = new Set(['value', 'base', 'protected']);
  return body.map((cells) => Object.fromEntries(header!.map((h, i) => {
    const v = cells[i] ?? '';
    const typed = v === '' ? null : numeric.has(h) ? Number(v) : v.startsWith("'") && FORMULA_START.test(v.slice(1)) ? v.slice(1) : v;
    return [h, typed];
  }))) as never;
}
