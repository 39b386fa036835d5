/**
 * Removes rows from a log sheet without a call per row: from the first removed row down, the rows that stay are
 * written back in their order (every column, extra ones included) and the tail left over is blanked, in one
 * setValues over the values read in this operation. A blank row is skipped by every reader, and appends go after
 * the last row with content. No deleteRows, so the sheet keeps its size, its header and its formats.
 */
import type { ParsedTable } from './parseTable';
import type { Workbook } from './workbook';

/** Removes `rows` (1-based sheet rows) of `table`'s sheet. Returns how many were removed. */
export function removeRows<R>(wb: Workbook, table: ParsedTable<R>, rows: readonly number[]): number {
  const name = table.def.sheetName;
  const grid = wb.grid(name);
  const gone = new Set(rows.filter((r) => r >= 2 && grid !== null && r <= grid.length));
  if (!grid || gone.size === 0) return 0;
  const first = Math.min(...gone);
  const width = Math.max(1, ...grid.map((r) => r.length));
  const kept = grid.slice(first - 1).filter((_, i) => !gone.has(first + i));
  const values = grid.slice(first - 1).map((_, i) => {
    const row = kept[i];
    return Array.from({ length: width }, (_, c) => (row ? row[c] ?? '' : ''));
  });
  wb.requireSheet(name).getRange(first, 1, values.length, width).setValues(values as unknown[][] as never);
  wb.invalidate(name);
  return gone.size;
}
