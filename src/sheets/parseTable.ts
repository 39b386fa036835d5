/**
 * Turns one sheet's values (a single getValues) into typed records. Tolerates what people do to sheets:
 * columns found by header name in any order, extra columns ignored, blank rows skipped. Every bad cell becomes
 * a row/column-precise Norwegian problem and that row is left out; one bad row never stops the rest.
 */
import { decodeCell, isBlankCell, isEmptyForRow } from './cells';
import type { Problem } from './problems';
import type { ColumnDef, TableDef } from './tableDef';

export interface ParsedRow<R> {
  /** 1-based sheet row. */
  row: number;
  record: R | null;
  problems: Problem[];
}

export interface ParsedTable<R> {
  def: TableDef<R>;
  /** 0-based column index of each field found. */
  columnIndex: Map<keyof R & string, number>;
  rows: ParsedRow<R>[];
  /** Valid records with their sheet row. */
  records: Array<{ row: number; record: R }>;
  problems: Problem[];
  /**
   * The last row holding anything in the add-on's own columns (header included): where appends go after. Not the
   * data range's last row, which a leader's formula filled down her own column would push far below the table.
   */
  lastRow: number;
  /** Columns the sheet's data range has. */
  width: number;
  exists: boolean;
}

export function normalizeHeader(h: unknown): string {
  return String(h ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Where each column of the definition stands in a header row (first match wins). */
export function mapHeaders<R>(columns: readonly ColumnDef<R>[], header: readonly unknown[]): Map<keyof R & string, number> {
  const positions = new Map<string, number>();
  header.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (key && !positions.has(key)) positions.set(key, i);
  });
  const index = new Map<keyof R & string, number>();
  for (const c of columns) {
    const i = positions.get(normalizeHeader(c.header));
    if (i !== undefined) index.set(c.field, i);
  }
  return index;
}

function duplicateHeaderProblems(sheet: string, header: readonly unknown[], columns: readonly ColumnDef<unknown>[]): Problem[] {
  const ours = new Set(columns.map((c) => normalizeHeader(c.header)));
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  header.forEach((h, i) => {
    const key = normalizeHeader(h);
    if (!ours.has(key)) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else problems.push({ sheet, row: 1, column: String(h), columnNumber: i + 1, message: `Kolonnen «${String(h).trim()}» finnes to ganger; bare den første (kolonne ${first + 1}) blir lest.`, severity: 'advarsel' });
  });
  return problems;
}

export function emptyParsed<R>(def: TableDef<R>, exists: boolean, problems: Problem[] = []): ParsedTable<R> {
  return { def, columnIndex: new Map(), rows: [], records: [], problems, lastRow: 0, width: 0, exists };
}

export function parseTable<R>(def: TableDef<R>, grid: readonly (readonly unknown[])[] | null, tz: string): ParsedTable<R> {
  const sheet = def.sheetName;
  if (grid === null) {
    return emptyParsed(def, false, [{ sheet, row: null, column: null, message: `Arket «${sheet}» finnes ikke. Kjør «Sett opp / oppdater arkene».`, severity: 'feil' }]);
  }
  const header = grid[0] ?? [];
  const columnIndex = mapHeaders(def.columns, header);
  const problems: Problem[] = duplicateHeaderProblems(sheet, header, def.columns as readonly ColumnDef<unknown>[]);
  for (const c of def.columns) {
    if (!columnIndex.has(c.field)) {
      problems.push({ sheet, row: 1, column: c.header, message: `Kolonnen «${c.header}» mangler (omdøpt eller slettet?). Kjør «Sett opp / oppdater arkene» for å legge den til igjen; verdier i en omdøpt kolonne må flyttes tilbake for hånd.`, severity: 'feil' });
    }
  }
  const parsed: ParsedTable<R> = { def, columnIndex, rows: [], records: [], problems, lastRow: grid.length, width: header.length, exists: true };
  const keyCol = columnIndex.get(def.keyField);
  if (keyCol === undefined) return parsed;
  parsed.lastRow = 1;

  const seenKeys = new Map<string, number>();
  for (let r = 1; r < grid.length; r++) {
    const cells = grid[r]!;
    const row = parseRow(def, columnIndex, cells, r + 1, tz);
    if (!row) continue;
    parsed.lastRow = r + 1;
    const key = cells[keyCol];
    if (!def.repeatedKeys && !isBlankCell(key)) {
      const k = String(key).trim();
      const first = seenKeys.get(k);
      if (first !== undefined) {
        row.problems.push({ sheet, row: r + 1, column: headerOf(def, def.keyField), columnNumber: keyCol + 1, value: k, message: `«${k}» finnes også på rad ${first}. Hver ID skal bare stå én gang; denne raden telles ikke.`, severity: 'feil' });
        row.record = null;
      } else seenKeys.set(k, r + 1);
    }
    parsed.rows.push(row);
    if (row.record) parsed.records.push({ row: row.row, record: row.record });
  }
  return parsed;
}

function headerOf<R>(def: TableDef<R>, field: string): string {
  return def.columns.find((c) => c.field === field)?.header ?? field;
}

/** Parses one row; null for a blank row (all of our columns empty). */
export function parseRow<R>(def: TableDef<R>, columnIndex: Map<keyof R & string, number>, cells: readonly unknown[], rowNumber: number, tz: string): ParsedRow<R> | null {
  const sheet = def.sheetName;
  let blank = true;
  for (const c of def.columns) {
    const i = columnIndex.get(c.field);
    if (i !== undefined && !isEmptyForRow(c.kind, cells[i])) { blank = false; break; }
  }
  if (blank) return null;

  const problems: Problem[] = [];
  const candidate: Record<string, unknown> = {};
  const failed = new Set<string>();
  for (const c of def.columns) {
    const i = columnIndex.get(c.field);
    const decoded = decodeCell(c.kind, i === undefined ? '' : cells[i], tz);
    if (decoded.ok) candidate[c.field] = decoded.value;
    else {
      candidate[c.field] = null;
      failed.add(c.field);
      problems.push({ sheet, row: rowNumber, column: c.header, columnNumber: i === undefined ? null : i + 1, value: cells[i!], message: decoded.message, severity: 'feil' });
    }
  }
  const result = def.schema.safeParse(candidate);
  if (result.success && problems.length === 0) return { row: rowNumber, record: result.data, problems };
  if (!result.success) {
    for (const iss of result.error.issues) {
      const field = String(iss.path[0] ?? '');
      if (failed.has(field)) continue;
      const col = def.columns.find((c) => c.field === field);
      const i = col ? columnIndex.get(col.field) : undefined;
      const value = i === undefined ? undefined : cells[i];
      const missing = candidate[field] === null || candidate[field] === '';
      const message = missing && /forventet|expected|Ukjent verdi/.test(iss.message) ? 'Må fylles ut.' : iss.message;
      problems.push({ sheet, row: rowNumber, column: col?.header ?? null, columnNumber: i === undefined ? null : i + 1, value, message, severity: 'feil' });
    }
  }
  return { row: rowNumber, record: null, problems };
}
