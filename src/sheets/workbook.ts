/**
 * The spreadsheet as a database. One getValues per sheet per operation (cached until that sheet is written),
 * writes in contiguous runs of our own columns only (a leader's extra columns and their formulas are never
 * touched), rows appended after the last used row, the sheet grown first when needed.
 */
import type { CellValue } from './cells';
import { encodeCell, numberFormatFor } from './cells';
import { parseTable, type ParsedTable } from './parseTable';
import type { TableDef } from './tableDef';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows an append adds at least when the sheet is full: one insertRowsAfter per this many appended rows. */
export const GROW_ROWS = 500;

export class Workbook {
  private readonly grids = new Map<string, unknown[][] | null>();
  private readonly ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();

  constructor(readonly ss: Spreadsheet, readonly tz: string) {}

  sheet(name: string): Sheet | null {
    return this.ss.getSheetByName(name);
  }

  /** All values of a sheet (header included), read once per operation; null when the sheet is missing. */
  grid(name: string): unknown[][] | null {
    if (!this.grids.has(name)) {
      const sheet = this.sheet(name);
      const range = sheet ? sheet.getDataRange() : null;
      if (range) this.ranges.set(name, range);
      this.grids.set(name, range ? (range.getValues() as unknown[][]) : null);
    }
    return this.grids.get(name)!;
  }

  /** Formulas of the same data range as grid() (one more call; only the data check needs them). */
  formulas(name: string): string[][] | null {
    if (this.grid(name) === null) return null;
    return this.ranges.get(name)!.getFormulas();
  }

  read<R>(def: TableDef<R>): ParsedTable<R> {
    return parseTable(def, this.grid(def.sheetName), this.tz);
  }

  /** Forget cached values (after writing, or before a fresh read under the lock). */
  invalidate(name?: string): void {
    if (name === undefined) {
      this.grids.clear();
      this.ranges.clear();
    } else {
      this.grids.delete(name);
      this.ranges.delete(name);
    }
  }

  /** Appends records after the last used row; returns the first new row number. */
  append<R>(table: ParsedTable<R>, records: readonly R[]): number {
    if (records.length === 0) return table.lastRow + 1;
    const sheet = this.requireSheet(table.def.sheetName);
    const first = Math.max(table.lastRow, 1) + 1;
    const needed = first + records.length - 1;
    const max = sheet.getMaxRows();
    // Grown by a chunk, not by the rows needed: otherwise every save into a full sheet pays one more call.
    if (needed > max) sheet.insertRowsAfter(max, Math.max(needed - max, GROW_ROWS));
    const rows = records.map((r) => this.encode(table, r));
    this.writeRuns(sheet, first, table, rows);
    this.invalidate(table.def.sheetName);
    return first;
  }

  /** Rewrites our columns of one existing row. */
  update<R>(table: ParsedTable<R>, row: number, record: R): void {
    const sheet = this.requireSheet(table.def.sheetName);
    this.writeRuns(sheet, row, table, [this.encode(table, record)]);
    this.invalidate(table.def.sheetName);
  }

  /**
   * Rewrites the given `fields` of many existing rows with one block per contiguous run of those columns, from
   * the first to the last updated row, so the calls do not grow with the number of rows. Rows in between keep
   * the values read in this operation (a formula typed into one of those cells of ours becomes its value) —
   * except a row that failed to parse: writing its cells back could break a strict validation rule (Sheets
   * refuses the whole write), so the block ends before it and a new one starts after it.
   */
  updateRows<R>(table: ParsedTable<R>, updates: ReadonlyArray<{ row: number; record: R }>, fields: ReadonlyArray<keyof R & string>): void {
    if (updates.length === 0) return;
    const sheet = this.requireSheet(table.def.sheetName);
    const grid = this.grid(table.def.sheetName) ?? [];
    const byRow = new Map(updates.map((u) => [u.row, this.encode(table, u.record)]));
    const broken = new Set(table.rows.filter((r) => r.record === null).map((r) => r.row));
    const wanted = new Set<string>(fields);
    const columns: number[] = [];
    for (const c of table.def.columns) {
      const i = table.columnIndex.get(c.field);
      if (i !== undefined && wanted.has(c.field)) columns.push(i);
    }
    const rowCells = (r: number): Map<number, CellValue> => {
      const encoded = byRow.get(r);
      const current = grid[r - 1] ?? [];
      return new Map(columns.map((i) => [i, encoded ? encoded.get(i)! : ((current[i] ?? '') as CellValue)]));
    };
    for (const [first, last] of blocksAvoiding([...byRow.keys()], (r) => broken.has(r) && !byRow.has(r))) {
      const rows: Map<number, CellValue>[] = [];
      for (let r = first; r <= last; r++) rows.push(rowCells(r));
      this.writeRuns(sheet, first, table, rows, columns);
    }
    this.invalidate(table.def.sheetName);
  }

  /**
   * Replaces every row of a table (a list kept whole, such as the shelters): `records` from row 2 down, then our
   * columns of the rows that held the old list blanked. One setValues per contiguous run of our columns.
   */
  replaceAll<R>(table: ParsedTable<R>, records: readonly R[]): void {
    const sheet = this.requireSheet(table.def.sheetName);
    const oldLast = table.rows.reduce((max, r) => Math.max(max, r.row), 1);
    const count = Math.max(records.length, oldLast - 1);
    if (count === 0) return;
    const max = sheet.getMaxRows();
    if (count + 1 > max) sheet.insertRowsAfter(max, count + 1 - max);
    const rows = Array.from({ length: count }, (_, i) => this.encode(table, records[i] ?? null));
    this.writeRuns(sheet, 2, table, rows);
    this.invalidate(table.def.sheetName);
  }

  /** Cell values of our columns; a null record is a blank row. */
  private encode<R>(table: ParsedTable<R>, record: R | null): Map<number, CellValue> {
    const cells = new Map<number, CellValue>();
    for (const c of table.def.columns) {
      const i = table.columnIndex.get(c.field);
      if (i !== undefined) cells.set(i, record === null || record === undefined ? '' : encodeCell(c.kind, record[c.field], this.tz));
    }
    return cells;
  }

  /**
   * One setNumberFormats + one setValues per contiguous run of mapped columns (normally exactly one run).
   * The formats go first: text must land in plain-text cells even if someone reformatted the column, because
   * that is what keeps user text from ever being evaluated (see guard.ts).
   */
  private writeRuns<R>(sheet: Sheet, firstRow: number, table: ParsedTable<R>, rows: Map<number, CellValue>[], only?: readonly number[]): void {
    const formatOf = new Map<number, string>();
    for (const c of table.def.columns) {
      const i = table.columnIndex.get(c.field);
      if (i !== undefined) formatOf.set(i, numberFormatFor(c.kind));
    }
    for (const [start, end] of contiguousRuns(only ?? [...table.columnIndex.values()])) {
      const width = end - start + 1;
      const formats = Array.from({ length: width }, (_, k) => formatOf.get(start + k)!);
      const values = rows.map((cells) => {
        const out: CellValue[] = [];
        for (let i = start; i <= end; i++) out.push(cells.get(i) ?? '');
        return out;
      });
      const range = sheet.getRange(firstRow, start + 1, values.length, width);
      range.setNumberFormats(values.map(() => formats));
      try {
        range.setValues(values);
      } catch (e) {
        throw cellRuleError(sheet.getName(), e) ?? e;
      }
    }
  }

  requireSheet(name: string): Sheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`Sheet missing: ${name}`);
    return sheet;
  }
}

/** Google's text when a strict validation rule refuses a script write (it names the cell, not the sheet). */
const RULE_REFUSED = /cell ([A-Z]+[0-9]+) violates the data validation rules/;

/**
 * Sheets refused a write because of a validation rule on one cell (a rule a leader added to one of our columns):
 * a Norwegian answer for the leader naming the sheet and the cell, shown as is (the `UserError` name). Null for
 * any other error.
 */
export function cellRuleError(sheetName: string, e: unknown): Error | null {
  const m = RULE_REFUSED.exec(e instanceof Error ? e.message : String(e));
  if (!m) return null;
  const err = new Error(`Arket «${sheetName}», celle ${m[1]}, har en regel for gyldige verdier (Data → Datavalidering) som ikke godtar det som skulle lagres. `
    + 'Endre eller fjern regelen, og prøv igjen. Noe kan allerede være lagret i andre ark; se etter før du prøver igjen.');
  err.name = 'UserError';
  return err;
}

/**
 * Spans from the first to the last of `rows` (sorted, deduplicated), broken where a row between them must not be
 * written: [2, 9] avoiding 5 → [[2, 4], [6, 9]] trimmed to the rows wanted → [[2, 2], [9, 9]].
 */
export function blocksAvoiding(rows: readonly number[], avoid: (row: number) => boolean): Array<[number, number]> {
  const wanted = [...new Set(rows)].sort((a, b) => a - b);
  const blocks: Array<[number, number]> = [];
  let start: number | null = null;
  let end = 0;
  if (wanted.length === 0) return blocks;
  const targets = new Set(wanted);
  for (let r = wanted[0]!; r <= wanted[wanted.length - 1]!; r++) {
    if (targets.has(r)) {
      start ??= r;
      end = r;
    } else if (start !== null && avoid(r)) {
      blocks.push([start, end]);
      start = null;
    }
  }
  if (start !== null) blocks.push([start, end]);
  return blocks;
}

/** Sorted 0-based indexes grouped into [start, end] runs: [0,1,2,5,6] → [[0,2],[5,6]]. */
export function contiguousRuns(indexes: readonly number[]): Array<[number, number]> {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const runs: Array<[number, number]> = [];
  for (const i of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}
