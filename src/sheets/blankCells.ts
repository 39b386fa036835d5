/**
 * Blanks some columns of some rows of a table without a call per row. For each block of adjacent columns, one
 * range spans from the first to the last row to blank; the rows in between are written back exactly as read.
 * That is only safe for plain strings in plain-text cells, so the block gets the plain-text format first (as
 * every write of these text columns does, see Workbook.writeRuns), and a row in between holding anything else
 * (a formula, a number or date, a row that failed validation) ends the span and a new one starts after it.
 * So the calls stay the same however many rows there are, unless the sheet is full of such anomalies.
 */
import { numberFormatFor } from './cells';
import type { ParsedTable } from './parseTable';
import { blocksAvoiding, contiguousRuns, type Workbook } from './workbook';

/** Blanks `fields` on `rows` (1-based sheet rows of parsed records or bad rows). Returns the cells blanked. */
export function blankCells<R>(wb: Workbook, table: ParsedTable<R>, rows: readonly number[], fields: readonly string[]): number {
  const name = table.def.sheetName;
  const cols: number[] = [];
  for (const c of table.def.columns) {
    const i = table.columnIndex.get(c.field);
    if (i !== undefined && fields.includes(c.field)) cols.push(i);
  }
  if (rows.length === 0 || cols.length === 0) return 0;
  const grid = wb.grid(name)!;
  const formulas = wb.formulas(name)!;
  const targets = new Set(rows);
  const sorted = [...targets].sort((a, b) => a - b);
  const badRows = new Set(table.rows.filter((r) => r.record === null).map((r) => r.row));
  const kinds = new Map(table.def.columns.map((c) => [table.columnIndex.get(c.field), c.kind] as const));
  const sheet = wb.requireSheet(name);

  for (const [c0, c1] of contiguousRuns(cols)) {
    const width = c1 - c0 + 1;
    // A cell kept inside a span must survive the round trip unchanged.
    const unsafe = (r: number): boolean => {
      for (let c = c0; c <= c1; c++) {
        const v = grid[r - 1]?.[c];
        if (v === '' || v === undefined || v === null) continue;
        if (badRows.has(r) || typeof v !== 'string' || formulas[r - 1]?.[c]) return true;
      }
      return false;
    };
    const write = (first: number, last: number) => {
      const values: string[][] = [];
      for (let r = first; r <= last; r++) {
        const row: string[] = [];
        for (let c = c0; c <= c1; c++) row.push(targets.has(r) ? '' : String(grid[r - 1]?.[c] ?? ''));
        values.push(row);
      }
      const formats = Array.from({ length: width }, (_, k) => numberFormatFor(kinds.get(c0 + k) ?? 'text'));
      const range = sheet.getRange(first, c0 + 1, values.length, width);
      range.setNumberFormats(values.map(() => formats));
      range.setValues(values);
    };
    for (const [first, last] of blocksAvoiding(sorted, unsafe)) write(first, last);
  }
  wb.invalidate(name);
  return rows.length * cols.length;
}
