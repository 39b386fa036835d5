/** Raw cell grid operations on a SheetState (1-based coordinates). No counting, no checks. */
import type { Cell, SheetState } from './core';

export function getCell(sh: SheetState, row: number, col: number): Cell | undefined {
  return sh.grid[row - 1]?.[col - 1];
}

export function ensureCell(sh: SheetState, row: number, col: number): Cell {
  let r = sh.grid[row - 1];
  if (!r) {
    r = [];
    sh.grid[row - 1] = r;
  }
  let c = r[col - 1];
  if (!c) {
    c = { v: '' };
    r[col - 1] = c;
  }
  return c;
}

export function hasContent(c: Cell | undefined): boolean {
  return !!c && (c.v !== '' || !!c.f);
}

export function lastRow(sh: SheetState): number {
  for (let r = sh.grid.length; r >= 1; r--) {
    const row = sh.grid[r - 1];
    if (row && row.some(hasContent)) return r;
  }
  return 0;
}

export function lastColumn(sh: SheetState): number {
  let max = 0;
  for (const row of sh.grid) {
    if (!row) continue;
    for (let c = row.length; c > max; c--) if (hasContent(row[c - 1])) { max = c; break; }
  }
  return max;
}

/** Formatting a new row/column inherits from its neighbour (as Sheets' insert*After does). */
function inherit(c: Cell | undefined): Cell | undefined {
  if (!c) return undefined;
  const n: Cell = { v: '' };
  if (c.nf !== undefined) n.nf = c.nf;
  if (c.dv !== undefined) n.dv = c.dv;
  if (c.bold !== undefined) n.bold = c.bold;
  if (c.bg !== undefined) n.bg = c.bg;
  if (c.color !== undefined) n.color = c.color;
  if (c.wrap !== undefined) n.wrap = c.wrap;
  if (c.ha !== undefined) n.ha = c.ha;
  if (c.va !== undefined) n.va = c.va;
  return Object.keys(n).length > 1 ? n : undefined;
}

/** Inserts n rows after `after` (0 = before the first row). */
export function insertRows(sh: SheetState, after: number, n: number): void {
  const src = after >= 1 ? sh.grid[after - 1] : undefined;
  const fresh = Array.from({ length: n }, () => (src ? src.map(inherit) : undefined));
  while (sh.grid.length < after) sh.grid.push(undefined);
  sh.grid.splice(after, 0, ...fresh);
  sh.maxRows += n;
  if (sh.frozenRows > after) sh.frozenRows += n;
}

export function deleteRows(sh: SheetState, row: number, n: number): void {
  if (sh.grid.length >= row) sh.grid.splice(row - 1, n);
  sh.maxRows -= n;
  if (sh.frozenRows >= row) sh.frozenRows = Math.max(row - 1, sh.frozenRows - n);
}

export function insertColumns(sh: SheetState, after: number, n: number): void {
  for (let i = 0; i < sh.grid.length; i++) {
    const r = sh.grid[i];
    if (!r) continue;
    const src = after >= 1 ? r[after - 1] : undefined;
    while (r.length < after) r.push(undefined);
    r.splice(after, 0, ...Array.from({ length: n }, () => inherit(src)));
  }
  const widths = new Map<number, number>();
  for (const [c, w] of sh.colWidths) widths.set(c > after ? c + n : c, w);
  sh.colWidths.clear();
  for (const [c, w] of widths) sh.colWidths.set(c, w);
  sh.maxCols += n;
  if (sh.frozenCols > after) sh.frozenCols += n;
}

export function deleteColumns(sh: SheetState, col: number, n: number): void {
  for (const r of sh.grid) if (r && r.length >= col) r.splice(col - 1, n);
  const widths = new Map<number, number>();
  for (const [c, w] of sh.colWidths) {
    if (c < col) widths.set(c, w);
    else if (c >= col + n) widths.set(c - n, w);
  }
  sh.colWidths.clear();
  for (const [c, w] of widths) sh.colWidths.set(c, w);
  sh.maxCols -= n;
  if (sh.frozenCols >= col) sh.frozenCols = Math.max(col - 1, sh.frozenCols - n);
}
