/** SpreadsheetApp, Spreadsheet, Sheet and conditional-format rules. */
import { parseA1, rangeA1, splitSheetPrefix } from './a1';
import { instrument } from './calls';
import { EmbeddedChartBuilder, getCharts, insertChart, removeChart, type EmbeddedChart } from './charts';
import { MAX_CELL_CHARS, autoDateFormat, coerceValue, describeType, isCellValue, localeInfo } from './coerce';
import type { Cell, Core, SheetState, SpreadsheetState } from './core';
import * as grid from './grid';
import { isValidTimeZone } from './time';
import { Protection, ProtectionType } from './protection';
import { Range, scriptValue } from './range';
import { Ui } from './ui';
import { DataValidationBuilder, DataValidationCriteria } from './validation';

export const SCOPE_SPREADSHEETS = 'https://www.googleapis.com/auth/spreadsheets';
export const SCOPE_SPREADSHEETS_CURRENTONLY = 'https://www.googleapis.com/auth/spreadsheets.currentonly';

const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

// ------------------------------------------------------------------ Sheet
export class Sheet {
  constructor(readonly _core: Core, readonly _st: SheetState) {}

  static _rangeChecked(core: Core, sh: SheetState, row: unknown, col: unknown, nr: unknown, nc: unknown, method: string): Range {
    if (sh.deleted) throw core.err('The sheet has been deleted.');
    if (![row, col, nr, nc].every(isInt)) {
      throw core.sigErr(`SpreadsheetApp.${method}`, [row, col, nr, nc].map(describeType).join(','));
    }
    const [r, c, n, m] = [row, col, nr, nc] as number[];
    if (n! < 1) throw core.err('The number of rows in the range must be at least 1.');
    if (m! < 1) throw core.err('The number of columns in the range must be at least 1.');
    if (r! < 1) throw core.err('The starting row of the range is too small.');
    if (c! < 1) throw core.err('The starting column of the range is too small.');
    if (r! + n! - 1 > sh.maxRows || c! + m! - 1 > sh.maxCols) throw core.err('The coordinates of the range are outside the dimensions of the sheet.');
    return new Range(core, sh, r!, c!, n!, m!);
  }
  _alive(): void {
    if (this._st.deleted) throw this._core.err('The sheet has been deleted.');
  }
  _write(method: string, a1 = ''): void {
    this._core.recordWrite(method, this._st, a1);
  }
  _checkInts(method: string, ...args: unknown[]): void {
    this._alive();
    if (!args.every(isInt)) throw this._core.sigErr(`SpreadsheetApp.Sheet.${method}`, args.map(describeType).join(','));
  }

  getName(): string { return this._st.name; }
  setName(name: unknown): Sheet {
    this._alive();
    if (typeof name !== 'string') throw this._core.sigErr('SpreadsheetApp.Sheet.setName', describeType(name));
    checkSheetName(this._core, this._st.ss, name, this._st);
    this._st.name = name;
    this._write('setName');
    return this;
  }
  getSheetId(): number { return this._st.id; }
  getIndex(): number { return this._st.ss.sheets.indexOf(this._st) + 1; }
  getParent(): Spreadsheet { return new Spreadsheet(this._core, this._st.ss); }
  getLastRow(): number { this._alive(); return grid.lastRow(this._st); }
  getLastColumn(): number { this._alive(); return grid.lastColumn(this._st); }
  getMaxRows(): number { return this._st.maxRows; }
  getMaxColumns(): number { return this._st.maxCols; }

  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): Range {
    this._alive();
    if (typeof a === 'string' && b === undefined) {
      const rect = parseA1(a, this._st.maxRows, this._st.maxCols);
      if (!rect || (rect.sheetName !== undefined && rect.sheetName !== this._st.name)) throw this._core.err(`Range not found`);
      return Sheet._rangeChecked(this._core, this._st, rect.row, rect.col, rect.numRows, rect.numCols, 'Sheet.getRange');
    }
    const args = [a, b, c, d].filter((x) => x !== undefined);
    if (args.length < 2) throw this._core.sigErr('SpreadsheetApp.Sheet.getRange', [a, b, c, d].slice(0, Math.max(1, args.length)).map(describeType).join(','));
    return Sheet._rangeChecked(this._core, this._st, a, b, c === undefined ? 1 : c, d === undefined ? 1 : d, 'Sheet.getRange');
  }
  getDataRange(): Range {
    this._alive();
    return new Range(this._core, this._st, 1, 1, Math.max(1, grid.lastRow(this._st)), Math.max(1, grid.lastColumn(this._st)));
  }
  getSheetValues(row: number, col: number, nr: number, nc: number): unknown[][] {
    const r = Sheet._rangeChecked(this._core, this._st, row, col, nr === -1 ? Math.max(1, grid.lastRow(this._st) - row + 1) : nr, nc === -1 ? Math.max(1, grid.lastColumn(this._st) - col + 1) : nc, 'Sheet.getSheetValues');
    return r._cells((cell) => scriptValue(this._core, cell, this._st.ss.tz));
  }
  appendRow(rowContents: unknown): Sheet {
    this._alive();
    if (!Array.isArray(rowContents) || rowContents.length === 0 || !rowContents.every(isCellValue)) {
      throw this._core.sigErr('SpreadsheetApp.Sheet.appendRow', describeType(rowContents));
    }
    const row = grid.lastRow(this._st) + 1;
    if (row > this._st.maxRows) this._st.maxRows = row;
    if (rowContents.length > this._st.maxCols) this._st.maxCols = rowContents.length;
    rowContents.forEach((v, j) => {
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) throw this._core.err(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      const cell = grid.ensureCell(this._st, row, j + 1);
      const loc = localeInfo(this._st.ss.locale);
      const res = coerceValue(v, cell.nf, loc, this._st.ss.tz);
      cell.v = res.value;
      if (res.formula) cell.f = res.formula;
      else delete cell.f;
      if (res.date && cell.nf === undefined) cell.nf = autoDateFormat(res.value as number, loc);
    });
    this._write('appendRow', rangeA1(row, 1, 1, rowContents.length));
    return this;
  }

  insertRowsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    this._checkInts('insertRowsAfter', afterPosition, howMany);
    const [after, n] = [afterPosition, howMany] as number[];
    if (n! < 1) throw this._core.err('The number of rows to insert must be at least 1.');
    if (after! < 1 || after! > this._st.maxRows) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    grid.insertRows(this._st, after!, n!);
    this._write('insertRowsAfter');
    return this;
  }
  insertRowAfter(afterPosition: unknown): Sheet {
    this._checkInts('insertRowAfter', afterPosition);
    if ((afterPosition as number) < 1 || (afterPosition as number) > this._st.maxRows) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    grid.insertRows(this._st, afterPosition as number, 1);
    this._write('insertRowAfter');
    return this;
  }
  insertRowsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    this._checkInts('insertRowsBefore', beforePosition, howMany);
    const [before, n] = [beforePosition, howMany] as number[];
    if (before! < 1 || before! > this._st.maxRows) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    grid.insertRows(this._st, before! - 1, n!);
    this._write('insertRowsBefore');
    return this;
  }
  deleteRows(rowPosition: unknown, howMany: unknown): void {
    this._checkInts('deleteRows', rowPosition, howMany);
    const [row, n] = [rowPosition, howMany] as number[];
    if (n! < 1) throw this._core.err('The number of rows to delete must be at least 1.');
    if (row! < 1 || row! + n! - 1 > this._st.maxRows) throw this._core.err('Those rows are out of bounds.');
    if (this._st.maxRows - n! <= this._st.frozenRows) throw this._core.err('Sorry, it is not possible to delete all non-frozen rows.');
    grid.deleteRows(this._st, row!, n!);
    this._write('deleteRows');
  }
  deleteRow(rowPosition: unknown): Sheet {
    this._checkInts('deleteRow', rowPosition);
    const row = rowPosition as number;
    if (row < 1 || row > this._st.maxRows) throw this._core.err('Those rows are out of bounds.');
    if (this._st.maxRows - 1 <= this._st.frozenRows) throw this._core.err('Sorry, it is not possible to delete all non-frozen rows.');
    grid.deleteRows(this._st, row, 1);
    this._write('deleteRow');
    return this;
  }
  insertColumnsAfter(afterPosition: unknown, howMany: unknown): Sheet {
    this._checkInts('insertColumnsAfter', afterPosition, howMany);
    const [after, n] = [afterPosition, howMany] as number[];
    if (n! < 1) throw this._core.err('The number of columns to insert must be at least 1.');
    if (after! < 1 || after! > this._st.maxCols) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    grid.insertColumns(this._st, after!, n!);
    this._write('insertColumnsAfter');
    return this;
  }
  insertColumnAfter(afterPosition: unknown): Sheet {
    this._checkInts('insertColumnAfter', afterPosition);
    if ((afterPosition as number) < 1 || (afterPosition as number) > this._st.maxCols) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    grid.insertColumns(this._st, afterPosition as number, 1);
    this._write('insertColumnAfter');
    return this;
  }
  insertColumnsBefore(beforePosition: unknown, howMany: unknown): Sheet {
    this._checkInts('insertColumnsBefore', beforePosition, howMany);
    grid.insertColumns(this._st, (beforePosition as number) - 1, howMany as number);
    this._write('insertColumnsBefore');
    return this;
  }
  deleteColumns(columnPosition: unknown, howMany: unknown): void {
    this._checkInts('deleteColumns', columnPosition, howMany);
    const [col, n] = [columnPosition, howMany] as number[];
    if (n! < 1) throw this._core.err('The number of columns to delete must be at least 1.');
    if (col! < 1 || col! + n! - 1 > this._st.maxCols) throw this._core.err('Those columns are out of bounds.');
    if (n! >= this._st.maxCols || this._st.maxCols - n! <= this._st.frozenCols) throw this._core.err('Sorry, it is not possible to delete all non-frozen columns.');
    grid.deleteColumns(this._st, col!, n!);
    this._write('deleteColumns');
  }
  deleteColumn(columnPosition: unknown): Sheet {
    this._checkInts('deleteColumn', columnPosition);
    const col = columnPosition as number;
    if (col < 1 || col > this._st.maxCols) throw this._core.err('Those columns are out of bounds.');
    if (this._st.maxCols - 1 <= this._st.frozenCols) throw this._core.err('Sorry, it is not possible to delete all non-frozen columns.');
    grid.deleteColumns(this._st, col, 1);
    this._write('deleteColumn');
    return this;
  }

  setFrozenRows(rows: unknown): void {
    this._checkInts('setFrozenRows', rows);
    const n = rows as number;
    if (n < 0 || n >= this._st.maxRows) throw this._core.err("You can't freeze all visible rows on the sheet.");
    this._st.frozenRows = n;
    this._write('setFrozenRows');
  }
  getFrozenRows(): number { return this._st.frozenRows; }
  setFrozenColumns(cols: unknown): void {
    this._checkInts('setFrozenColumns', cols);
    const n = cols as number;
    if (n < 0 || n >= this._st.maxCols) throw this._core.err("You can't freeze all visible columns on the sheet.");
    this._st.frozenCols = n;
    this._write('setFrozenColumns');
  }
  getFrozenColumns(): number { return this._st.frozenCols; }

  setColumnWidth(columnPosition: unknown, width: unknown): Sheet {
    this._checkInts('setColumnWidth', columnPosition, width);
    const col = columnPosition as number;
    if (col < 1 || col > this._st.maxCols) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    this._st.colWidths.set(col, width as number);
    this._write('setColumnWidth');
    return this;
  }
  setColumnWidths(startColumn: unknown, numColumns: unknown, width: unknown): Sheet {
    this._checkInts('setColumnWidths', startColumn, numColumns, width);
    const [s, n, w] = [startColumn, numColumns, width] as number[];
    if (s! < 1 || n! < 1 || s! + n! - 1 > this._st.maxCols) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    for (let c = s!; c < s! + n!; c++) this._st.colWidths.set(c, w!);
    this._write('setColumnWidths');
    return this;
  }
  getColumnWidth(columnPosition: unknown): number {
    this._checkInts('getColumnWidth', columnPosition);
    return this._st.colWidths.get(columnPosition as number) ?? 100;
  }
  autoResizeColumns(startColumn: unknown, numColumns: unknown): Sheet {
    this._checkInts('autoResizeColumns', startColumn, numColumns);
    const [s, n] = [startColumn, numColumns] as number[];
    if (s! < 1 || n! < 1 || s! + n! - 1 > this._st.maxCols) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    this._write('autoResizeColumns');
    return this;
  }
  autoResizeColumn(columnPosition: unknown): Sheet {
    this._checkInts('autoResizeColumn', columnPosition);
    this._write('autoResizeColumn');
    return this;
  }
  setRowHeight(_row: number, _height: number): Sheet {
    this._alive();
    this._write('setRowHeight');
    return this;
  }

  hideSheet(): Sheet {
    this._alive();
    const visible = this._st.ss.sheets.filter((s) => !s.hidden && s !== this._st);
    if (visible.length === 0) throw this._core.err("You can't hide all the sheets in a document.");
    this._st.hidden = true;
    this._write('hideSheet');
    return this;
  }
  showSheet(): Sheet {
    this._alive();
    this._st.hidden = false;
    this._write('showSheet');
    return this;
  }
  isSheetHidden(): boolean { return this._st.hidden; }
  setTabColor(color: string | null): Sheet {
    this._alive();
    this._st.tabColor = color;
    this._write('setTabColor');
    return this;
  }
  getTabColor(): string | null { return this._st.tabColor; }
  activate(): Sheet {
    this._alive();
    this._st.ss.activeSheet = this._st;
    return this;
  }

  protect(): Protection {
    this._alive();
    const existing = this._st.protections.find((p) => p.type === 'SHEET');
    if (existing) return new Protection(this._core, existing);
    const st = { type: 'SHEET' as const, sheet: this._st, rect: null, description: '', warningOnly: false, editors: [this._core.user], domainEdit: true, removed: false };
    this._st.protections.push(st);
    return new Protection(this._core, st);
  }
  getProtections(type: unknown): Protection[] {
    if (type !== 'RANGE' && type !== 'SHEET') throw this._core.sigErr('SpreadsheetApp.Sheet.getProtections', describeType(type));
    return this._core.arr(this._st.protections.filter((p) => p.type === type).map((p) => new Protection(this._core, p)));
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): Sheet {
    this._alive();
    const o = options ?? {};
    const both = !o.contentsOnly && !o.formatOnly;
    for (const row of this._st.grid) {
      if (!row) continue;
      row.forEach((c: Cell | undefined) => {
        if (!c) return;
        if (both || o.contentsOnly) { c.v = ''; delete c.f; }
        if (both || o.formatOnly) { delete c.nf; delete c.bold; delete c.italic; delete c.bg; delete c.color; delete c.wrap; delete c.ha; delete c.va; }
      });
    }
    this._write('clear');
    return this;
  }
  // Embedded charts live in charts.ts.
  newChart(): EmbeddedChartBuilder { this._alive(); return new EmbeddedChartBuilder(this._core, this._st); }
  insertChart(chart: unknown): void { this._alive(); insertChart(this._core, this._st, chart); }
  getCharts(): EmbeddedChart[] { this._alive(); return getCharts(this._core, this._st); }
  removeChart(chart: unknown): void { this._alive(); removeChart(this._core, this._st, chart); }
  clearContents(): Sheet {
    this._alive();
    for (const row of this._st.grid) row?.forEach((c) => { if (c) { c.v = ''; delete c.f; } });
    this._write('clearContents');
    return this;
  }
  clearFormats(): Sheet {
    this._alive();
    for (const row of this._st.grid) row?.forEach((c) => { if (c) { delete c.nf; delete c.bold; delete c.bg; delete c.color; delete c.wrap; delete c.ha; delete c.va; } });
    this._write('clearFormats');
    return this;
  }
  clearNotes(): Sheet {
    this._alive();
    for (const row of this._st.grid) row?.forEach((c) => { if (c) delete c.note; });
    this._write('clearNotes');
    return this;
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this._core.arr(this._st.cfRules.map((r) => new ConditionalFormatRule(this._core, r as CfSpec)));
  }
  setConditionalFormatRules(rules: unknown): void {
    this._alive();
    if (!Array.isArray(rules) || !rules.every((r) => r instanceof ConditionalFormatRule)) {
      throw this._core.sigErr('SpreadsheetApp.Sheet.setConditionalFormatRules', describeType(rules));
    }
    this._st.cfRules = rules.map((r: ConditionalFormatRule) => r._spec);
    this._write('setConditionalFormatRules');
  }
}
instrument(Sheet, 'Sheet');

function checkSheetName(core: Core, ss: SpreadsheetState, name: string, self?: SheetState): void {
  if (name.trim() === '') throw core.err('Sheet names cannot be empty.');
  if (name.length > 100) throw core.err('The sheet name cannot be longer than 100 characters.');
  const clash = ss.sheets.find((s) => s !== self && s.name.toLowerCase() === name.toLowerCase());
  if (clash) throw core.err(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

// ------------------------------------------------------------------ Spreadsheet
export class Spreadsheet {
  constructor(readonly _core: Core, readonly _st: SpreadsheetState) {}
  getId(): string { return this._st.id; }
  getName(): string { return this._st.name; }
  rename(name: string): void { this._st.name = String(name); }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._st.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this._st.tz; }
  /** Stored serials stay: a date cell shows the same day afterwards (getValues returns a new instant for it). */
  setSpreadsheetTimeZone(tz: unknown): void {
    if (typeof tz !== 'string' || !isValidTimeZone(tz)) throw this._core.sigErr('SpreadsheetApp.Spreadsheet.setSpreadsheetTimeZone', describeType(tz));
    this._st.tz = tz;
  }
  getSpreadsheetLocale(): string { return this._st.locale; }
  /** Typed input and script-written strings parse by the new locale from now on; stored values are unchanged. */
  setSpreadsheetLocale(locale: unknown): void {
    if (typeof locale !== 'string' || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) throw this._core.sigErr('SpreadsheetApp.Spreadsheet.setSpreadsheetLocale', describeType(locale));
    this._st.locale = locale;
  }
  getSheetByName(name: unknown): Sheet | null {
    if (typeof name !== 'string') throw this._core.sigErr('SpreadsheetApp.Spreadsheet.getSheetByName', describeType(name));
    const st = this._st.sheets.find((s) => s.name === name);
    return st ? new Sheet(this._core, st) : null;
  }
  getSheetById(id: unknown): Sheet | null {
    const st = this._st.sheets.find((s) => s.id === id);
    return st ? new Sheet(this._core, st) : null;
  }
  getSheets(): Sheet[] {
    return this._core.arr(this._st.sheets.map((s) => new Sheet(this._core, s)));
  }
  getNumSheets(): number { return this._st.sheets.length; }
  insertSheet(a?: unknown, b?: unknown): Sheet {
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === 'number') index = a;
    else if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
      else if (b !== undefined && (typeof b !== 'object' || b === null)) throw this._core.sigErr('SpreadsheetApp.Spreadsheet.insertSheet', [a, b].map(describeType).join(','));
    } else if (a !== undefined) throw this._core.sigErr('SpreadsheetApp.Spreadsheet.insertSheet', describeType(a));
    const ss = this._st;
    if (name === undefined) {
      let i = ss.sheets.length + 1;
      const base = localeInfo(ss.locale).defaultSheetName;
      while (ss.sheets.some((s) => s.name.toLowerCase() === `${base}${i}`.toLowerCase())) i++;
      name = `${base}${i}`;
    }
    checkSheetName(this._core, ss, name);
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > ss.sheets.length)) {
      throw this._core.err(`The sheet index ${index} is out of range.`);
    }
    const st = this._core.newSheetState(ss, name);
    ss.sheets.splice(index ?? ss.sheets.length, 0, st);
    ss.activeSheet = st;
    this._core.recordWrite('insertSheet', st, '');
    return new Sheet(this._core, st);
  }
  deleteSheet(sheet: unknown): void {
    if (!(sheet instanceof Sheet)) throw this._core.sigErr('SpreadsheetApp.Spreadsheet.deleteSheet', describeType(sheet));
    const st = sheet._st;
    if (st.deleted || st.ss !== this._st) throw this._core.err('The sheet has been deleted.');
    if (this._st.sheets.length === 1) throw this._core.err("You can't remove all the sheets in a document.");
    this._st.sheets.splice(this._st.sheets.indexOf(st), 1);
    st.deleted = true;
    if (this._st.activeSheet === st) this._st.activeSheet = this._st.sheets[0]!;
    this._core.recordWrite('deleteSheet', st, '');
  }
  setActiveSheet(sheet: unknown): Sheet {
    if (!(sheet instanceof Sheet)) throw this._core.sigErr('SpreadsheetApp.Spreadsheet.setActiveSheet', describeType(sheet));
    this._st.activeSheet = sheet._st;
    return new Sheet(this._core, sheet._st);
  }
  getActiveSheet(): Sheet {
    return new Sheet(this._core, this._st.activeSheet ?? this._st.sheets[0]!);
  }
  getRange(a1: unknown): Range {
    if (typeof a1 !== 'string') throw this._core.sigErr('SpreadsheetApp.Spreadsheet.getRange', describeType(a1));
    const { sheetName } = splitSheetPrefix(a1);
    const st = sheetName !== undefined ? this._st.sheets.find((s) => s.name === sheetName) : this._st.activeSheet;
    if (!st) throw this._core.err('Range not found');
    const rect = parseA1(a1, st.maxRows, st.maxCols);
    if (!rect) throw this._core.err('Range not found');
    return Sheet._rangeChecked(this._core, st, rect.row, rect.col, rect.numRows, rect.numCols, 'Spreadsheet.getRange');
  }
  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this._st.toasts.push({ msg: String(msg), title: title === undefined ? '' : String(title), timeout: typeof timeoutSeconds === 'number' ? timeoutSeconds : null, at: this._core.hostNow() });
  }
  getProtections(type: unknown): Protection[] {
    if (type !== 'RANGE' && type !== 'SHEET') throw this._core.sigErr('SpreadsheetApp.Spreadsheet.getProtections', describeType(type));
    return this._core.arr(this._st.sheets.flatMap((s) => s.protections.filter((p) => p.type === type)).map((p) => new Protection(this._core, p)));
  }
}
instrument(Spreadsheet, 'Spreadsheet');

// ------------------------------------------------------------------ conditional formats (opaque storage)
export interface CfSpec {
  condition: { type: string; values: unknown[] } | null;
  format: Record<string, unknown>;
  ranges: Array<{ sheet: SheetState; row: number; col: number; nr: number; nc: number }>;
}

export class ConditionalFormatRuleBuilder {
  _spec: CfSpec;
  constructor(readonly _core: Core, spec?: CfSpec) {
    this._spec = spec ? { condition: spec.condition, format: { ...spec.format }, ranges: [...spec.ranges] } : { condition: null, format: {}, ranges: [] };
  }
  _cond(type: string, values: unknown[]): this {
    this._spec.condition = { type, values };
    return this;
  }
  whenFormulaSatisfied(formula: string): this { return this._cond('CUSTOM_FORMULA', [formula]); }
  whenTextEqualTo(text: string): this { return this._cond('TEXT_EQ', [text]); }
  whenTextContains(text: string): this { return this._cond('TEXT_CONTAINS', [text]); }
  whenCellEmpty(): this { return this._cond('CELL_EMPTY', []); }
  whenCellNotEmpty(): this { return this._cond('CELL_NOT_EMPTY', []); }
  whenNumberGreaterThan(n: number): this { return this._cond('NUMBER_GREATER', [n]); }
  whenNumberLessThan(n: number): this { return this._cond('NUMBER_LESS', [n]); }
  whenDateBefore(d: unknown): this { return this._cond('DATE_BEFORE', [d]); }
  whenDateAfter(d: unknown): this { return this._cond('DATE_AFTER', [d]); }
  setBackground(color: string | null): this { this._spec.format.background = color; return this; }
  setFontColor(color: string | null): this { this._spec.format.fontColor = color; return this; }
  setBold(bold: boolean | null): this { this._spec.format.bold = bold; return this; }
  setItalic(italic: boolean | null): this { this._spec.format.italic = italic; return this; }
  setStrikethrough(s: boolean | null): this { this._spec.format.strikethrough = s; return this; }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges) || !ranges.every((r) => r instanceof Range)) throw this._core.sigErr('SpreadsheetApp.ConditionalFormatRuleBuilder.setRanges', describeType(ranges));
    this._spec.ranges = ranges.map((r: Range) => ({ sheet: r._sheet, row: r._row, col: r._col, nr: r._nr, nc: r._nc }));
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this._spec.condition) throw this._core.err('A conditional format rule must have a condition.');
    if (this._spec.ranges.length === 0) throw this._core.err('A conditional format rule must have at least one range.');
    return new ConditionalFormatRule(this._core, { condition: this._spec.condition, format: { ...this._spec.format }, ranges: [...this._spec.ranges] });
  }
}
instrument(ConditionalFormatRuleBuilder, 'ConditionalFormatRuleBuilder');

export class ConditionalFormatRule {
  constructor(readonly _core: Core, readonly _spec: CfSpec) {}
  getRanges(): Range[] {
    return this._core.arr(this._spec.ranges.map((r) => new Range(this._core, r.sheet, r.row, r.col, r.nr, r.nc)));
  }
  copy(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._core, this._spec);
  }
}
instrument(ConditionalFormatRule, 'ConditionalFormatRule');

// ------------------------------------------------------------------ SpreadsheetApp
export class SpreadsheetAppService {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly WrapStrategy = Object.freeze({ WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' });
  readonly BorderStyle = Object.freeze({ DOTTED: 'DOTTED', DASHED: 'DASHED', SOLID: 'SOLID', SOLID_MEDIUM: 'SOLID_MEDIUM', SOLID_THICK: 'SOLID_THICK', DOUBLE: 'DOUBLE' });
  readonly Dimension = Object.freeze({ COLUMNS: 'COLUMNS', ROWS: 'ROWS' });
  constructor(readonly _core: Core) {}
  getActiveSpreadsheet(): Spreadsheet | null {
    if (this._core.isAddonTrigger()) return null;
    return new Spreadsheet(this._core, this._core.activeSpreadsheet());
  }
  getActive(): Spreadsheet | null {
    if (this._core.isAddonTrigger()) return null;
    return new Spreadsheet(this._core, this._core.activeSpreadsheet());
  }
  getActiveSheet(): Sheet | null {
    if (this._core.isAddonTrigger()) return null;
    const ss = this._core.activeSpreadsheet();
    return new Sheet(this._core, ss.activeSheet ?? ss.sheets[0]!);
  }
  openById(id: unknown): Spreadsheet {
    if (typeof id !== 'string') throw this._core.sigErr('SpreadsheetApp.openById', describeType(id));
    if (!this._core.scopes().includes(SCOPE_SPREADSHEETS)) {
      throw this._core.err(`You do not have permission to call SpreadsheetApp.openById. Required permissions: ${SCOPE_SPREADSHEETS}`);
    }
    const st = this._core.spreadsheets.get(id);
    if (!st) throw this._core.err('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
    return new Spreadsheet(this._core, st);
  }
  openByUrl(url: unknown): Spreadsheet {
    if (typeof url !== 'string') throw this._core.sigErr('SpreadsheetApp.openByUrl', describeType(url));
    if (!this._core.scopes().includes(SCOPE_SPREADSHEETS)) {
      throw this._core.err(`You do not have permission to call SpreadsheetApp.openByUrl. Required permissions: ${SCOPE_SPREADSHEETS}`);
    }
    const m = /\/d\/([^/]+)/.exec(url);
    const st = m ? this._core.spreadsheets.get(m[1]!) : undefined;
    if (!st) throw this._core.err('Unexpected error while getting the method or property openByUrl on object SpreadsheetApp.');
    return new Spreadsheet(this._core, st);
  }
  getUi(): Ui {
    if (this._core.context === 'trigger') throw this._core.err('Cannot call SpreadsheetApp.getUi() from this context.');
    return new Ui(this._core);
  }
  newDataValidation(): DataValidationBuilder {
    return new DataValidationBuilder(this._core);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilder {
    return new ConditionalFormatRuleBuilder(this._core);
  }
  flush(): void {
    this._core.lockEvents.push({ kind: 'flush', scope: '', at: this._core.hostNow() });
    this._core.writesSinceFlush = 0;
  }
}
instrument(SpreadsheetAppService, 'SpreadsheetApp');
