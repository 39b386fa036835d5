/** SpreadsheetApp.Range with Google's strict write semantics. */
import { cellA1, rangeA1 } from './a1';
import { instrument } from './calls';
import {
  CoercedCell,
  DEFAULT_NUMBER_FORMAT,
  MAX_CELL_CHARS,
  Stored,
  autoDateFormat,
  coerceValue,
  describeType,
  displayValue,
  isCellValue,
  isDateCell,
  localeInfo,
  serialToInstant,
} from './coerce';
import type { Cell, Core, SheetState } from './core';
import { ensureCell, getCell, lastColumn, lastRow } from './grid';
import { Protection } from './protection';
import { Sheet } from './spreadsheet';
import { DataValidation, satisfies } from './validation';

/** The value a formula cell shows. The emulator evaluates constants only; everything else is '#NAME?'. */
export function formulaValue(f: string): Stored {
  const body = f.slice(1).trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(body);
  if (str) return str[1]!.replace(/""/g, '"');
  if (/^[+-]?\d+(\.\d+)?$/.test(body)) return Number(body);
  return '#NAME?';
}

export function cellValue(c: Cell | undefined): Stored {
  if (!c) return '';
  if (c.f) return formulaValue(c.f);
  return c.v;
}

/**
 * What getValues returns for a cell: the type follows the number format, as in Sheets. A number under a date
 * format is a Date (the instant its wall clock shows in the spreadsheet's zone, so a new zone moves the instant
 * and keeps the day); the same number under a number format is a number.
 */
export function scriptValue(core: Core, c: Cell | undefined, tz: string): string | number | boolean | Date {
  const v = cellValue(c);
  return isDateCell(v, c?.nf) ? core.date(serialToInstant(v as number, tz)) : v;
}

export class Range {
  constructor(
    readonly _core: Core,
    readonly _sheet: SheetState,
    readonly _row: number,
    readonly _col: number,
    readonly _nr: number,
    readonly _nc: number,
  ) {}

  // ---------- internals ----------
  _method(name: string): string {
    return `SpreadsheetApp.Range.${name}`;
  }
  _cells<T>(fn: (c: Cell | undefined, r: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let i = 0; i < this._nr; i++) {
      const row: T[] = [];
      for (let j = 0; j < this._nc; j++) row.push(fn(getCell(this._sheet, this._row + i, this._col + j), this._row + i, this._col + j));
      out.push(row);
    }
    return out;
  }
  _each(fn: (c: Cell, r: number, col: number) => void): void {
    for (let i = 0; i < this._nr; i++) for (let j = 0; j < this._nc; j++) fn(ensureCell(this._sheet, this._row + i, this._col + j), this._row + i, this._col + j);
  }
  _a1(): string {
    return rangeA1(this._row, this._col, this._nr, this._nc);
  }
  _tz(): string {
    return this._sheet.ss.tz;
  }
  _display(c: Cell | undefined): string {
    if (!c) return '';
    return displayValue(cellValue(c), c.nf, localeInfo(this._sheet.ss.locale), this._tz());
  }
  _displayGrid(): string[][] {
    return this._cells((c) => this._display(c));
  }
  _alive(): void {
    if (this._sheet.deleted) throw this._core.err('The sheet has been deleted.');
  }
  /** Checks a 2-D argument's shape exactly as Apps Script does. */
  _checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) throw this._core.sigErr(this._method(method), describeType(data));
    if (data.length !== this._nr) {
      throw this._core.err(`The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this._nr}.`);
    }
    for (const r of data as unknown[][]) {
      if (r.length !== this._nc) {
        throw this._core.err(`The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this._nc}.`);
      }
    }
    return data as unknown[][];
  }
  /** Coerces, validates and writes a grid of script values (setValue(s), setFormula(s)). */
  /**
   * Sheets refuses a script's edit of a protected range (not warning-only) unless the running user is one of its
   * editors; the spreadsheet's owner can always edit.
   */
  _checkProtection(): void {
    const core = this._core;
    if (core.user === core.opts.user) return;
    for (const p of this._sheet.protections) {
      if (p.removed || p.warningOnly || p.editors.includes(core.user)) continue;
      const r = p.rect;
      const overlaps = !r || (r.row <= this._row + this._nr - 1 && this._row <= r.row + r.numRows - 1 && r.col <= this._col + this._nc - 1 && this._col <= r.col + r.numCols - 1);
      if (overlaps) throw core.err('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
    }
  }
  _writeValues(method: string, data: unknown[][]): void {
    this._checkProtection();
    this._alive();
    const core = this._core;
    const loc = localeInfo(this._sheet.ss.locale);
    const coerced: CoercedCell[][] = data.map((row) =>
      row.map((v, j) => {
        if (!isCellValue(v)) throw core.sigErr(this._method(method), describeType(data));
        if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
          throw core.err(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
        }
        void j;
        return { value: '' };
      }),
    );
    for (let i = 0; i < this._nr; i++) {
      for (let j = 0; j < this._nc; j++) {
        const c = getCell(this._sheet, this._row + i, this._col + j);
        const res = coerceValue(data[i]![j], c?.nf, loc, this._tz());
        coerced[i]![j] = res;
        const isDate = !!res.date || isDateCell(res.value, c?.nf);
        if (c?.dv && !c.dv.allowInvalid && !res.formula && !satisfies(c.dv, res.value, isDate, core, this._sheet.ss)) {
          throw core.err(`The data you entered in cell ${cellA1(this._row + i, this._col + j)} violates the data validation rules set on this cell.`);
        }
      }
    }
    for (let i = 0; i < this._nr; i++) {
      for (let j = 0; j < this._nc; j++) {
        const res = coerced[i]![j]!;
        const c = ensureCell(this._sheet, this._row + i, this._col + j);
        c.v = res.value;
        if (res.formula) c.f = res.formula;
        else delete c.f;
        if (res.date && c.nf === undefined) c.nf = autoDateFormat(res.value as number, loc);
      }
    }
    core.recordWrite(method, this._sheet, this._a1());
  }
  _fill<T>(v: T): T[][] {
    return Array.from({ length: this._nr }, () => Array.from({ length: this._nc }, () => v));
  }
  _setAttr(method: string, data: unknown[][], check: (v: unknown) => boolean, apply: (c: Cell, v: unknown) => void): void {
    this._alive();
    this._checkProtection();
    for (const row of data) for (const v of row) if (!check(v)) throw this._core.sigErr(this._method(method), describeType(data));
    this._each((c, r, col) => apply(c, data[r - this._row]![col - this._col]));
    this._core.recordWrite(method, this._sheet, this._a1());
  }
  _sub(row: number, col: number, nr: number, nc: number, method: string): Range {
    return Sheet._rangeChecked(this._core, this._sheet, row, col, nr, nc, method);
  }

  // ---------- geometry ----------
  getRow(): number { return this._row; }
  getRowIndex(): number { return this._row; }
  getColumn(): number { return this._col; }
  getNumRows(): number { return this._nr; }
  getNumColumns(): number { return this._nc; }
  getHeight(): number { return this._nr; }
  getWidth(): number { return this._nc; }
  getLastRow(): number { return this._row + this._nr - 1; }
  getLastColumn(): number { return this._col + this._nc - 1; }
  getA1Notation(): string { return this._a1(); }
  getSheet(): Sheet { return new Sheet(this._core, this._sheet); }
  getGridId(): number { return this._sheet.id; }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this._sub(this._row + rowOffset, this._col + columnOffset, numRows ?? this._nr, numColumns ?? this._nc, 'Range.offset');
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this._nr || column > this._nc) throw this._core.err('The coordinates of the range are outside the dimensions of the sheet.');
    return this._sub(this._row + row - 1, this._col + column - 1, 1, 1, 'Range.getCell');
  }
  activate(): Range {
    return this;
  }

  // ---------- values ----------
  getValues(): unknown[][] {
    this._alive();
    return this._core.arr2(this._cells((c) => scriptValue(this._core, c, this._tz())));
  }
  getValue(): unknown {
    this._alive();
    return scriptValue(this._core, getCell(this._sheet, this._row, this._col), this._tz());
  }
  getDisplayValues(): string[][] {
    this._alive();
    return this._core.arr2(this._displayGrid());
  }
  getDisplayValue(): string {
    this._alive();
    return this._display(getCell(this._sheet, this._row, this._col));
  }
  getFormulas(): string[][] {
    return this._core.arr2(this._cells((c) => c?.f ?? ''));
  }
  getFormula(): string {
    return getCell(this._sheet, this._row, this._col)?.f ?? '';
  }
  isBlank(): boolean {
    return this._cells((c) => !c || (c.v === '' && !c.f)).every((r) => r.every(Boolean));
  }
  setValues(values: unknown): Range {
    this._writeValues('setValues', this._checkShape('setValues', values));
    return this;
  }
  setValue(value: unknown): Range {
    if (!isCellValue(value)) throw this._core.sigErr(this._method('setValue'), describeType(value));
    this._writeValues('setValue', this._fill(value));
    return this;
  }
  setFormula(formula: unknown): Range {
    if (typeof formula !== 'string') throw this._core.sigErr(this._method('setFormula'), describeType(formula));
    this._writeValues('setFormula', this._fill(formula));
    return this;
  }
  setFormulas(formulas: unknown): Range {
    const data = this._checkShape('setFormulas', formulas);
    if (data.some((r) => r.some((v) => typeof v !== 'string'))) throw this._core.sigErr(this._method('setFormulas'), describeType(formulas));
    this._writeValues('setFormulas', data);
    return this;
  }
  clearContent(): Range {
    this._alive();
    this._each((c) => { c.v = ''; delete c.f; });
    this._core.recordWrite('clearContent', this._sheet, this._a1());
    return this;
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): Range {
    this._alive();
    const o = options ?? {};
    const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
    this._each((c) => {
      if (!any || o.contentsOnly) { c.v = ''; delete c.f; }
      if (!any || o.formatOnly) clearFormat(c);
      if (o.validationsOnly) delete c.dv;
      if (o.commentsOnly) delete c.note;
    });
    this._core.recordWrite('clear', this._sheet, this._a1());
    return this;
  }

  // ---------- number formats ----------
  getNumberFormats(): string[][] {
    return this._core.arr2(this._cells((c) => c?.nf ?? DEFAULT_NUMBER_FORMAT));
  }
  getNumberFormat(): string {
    return getCell(this._sheet, this._row, this._col)?.nf ?? DEFAULT_NUMBER_FORMAT;
  }
  setNumberFormat(format: unknown): Range {
    if (typeof format !== 'string') throw this._core.sigErr(this._method('setNumberFormat'), describeType(format));
    this._setAttr('setNumberFormat', this._fill(format), () => true, (c, v) => { c.nf = v as string; });
    return this;
  }
  setNumberFormats(formats: unknown): Range {
    const data = this._checkShape('setNumberFormats', formats);
    this._setAttr('setNumberFormats', data, (v) => typeof v === 'string', (c, v) => { c.nf = v as string; });
    return this;
  }

  // ---------- data validation ----------
  getDataValidations(): (DataValidation | null)[][] {
    return this._core.arr2(this._cells((c) => (c?.dv ? new DataValidation(this._core, c.dv) : null)));
  }
  getDataValidation(): DataValidation | null {
    const c = getCell(this._sheet, this._row, this._col);
    return c?.dv ? new DataValidation(this._core, c.dv) : null;
  }
  setDataValidation(rule: unknown): Range {
    if (rule !== null && !(rule instanceof DataValidation)) throw this._core.sigErr(this._method('setDataValidation'), describeType(rule));
    this._setAttr('setDataValidation', this._fill(rule), () => true, (c, v) => {
      if (v) c.dv = (v as DataValidation)._spec;
      else delete c.dv;
    });
    return this;
  }
  setDataValidations(rules: unknown): Range {
    const data = this._checkShape('setDataValidations', rules);
    this._setAttr('setDataValidations', data, (v) => v === null || v instanceof DataValidation, (c, v) => {
      if (v) c.dv = (v as DataValidation)._spec;
      else delete c.dv;
    });
    return this;
  }
  clearDataValidations(): Range {
    this._alive();
    this._each((c) => { delete c.dv; });
    this._core.recordWrite('clearDataValidations', this._sheet, this._a1());
    return this;
  }
  insertCheckboxes(): Range {
    this._alive();
    this._each((c) => {
      c.dv = { type: 'CHECKBOX', values: [], allowInvalid: false, helpText: '' };
      if (c.v === '' && !c.f) c.v = false;
    });
    this._core.recordWrite('insertCheckboxes', this._sheet, this._a1());
    return this;
  }

  // ---------- notes ----------
  getNotes(): string[][] {
    return this._core.arr2(this._cells((c) => c?.note ?? ''));
  }
  getNote(): string {
    return getCell(this._sheet, this._row, this._col)?.note ?? '';
  }
  setNote(note: unknown): Range {
    if (note !== null && typeof note !== 'string') throw this._core.sigErr(this._method('setNote'), describeType(note));
    this._setAttr('setNote', this._fill(note), () => true, setNoteOn);
    return this;
  }
  setNotes(notes: unknown): Range {
    const data = this._checkShape('setNotes', notes);
    this._setAttr('setNotes', data, (v) => v === null || typeof v === 'string', setNoteOn);
    return this;
  }
  clearNote(): Range {
    this._alive();
    this._each((c) => { delete c.note; });
    this._core.recordWrite('clearNote', this._sheet, this._a1());
    return this;
  }

  // ---------- formatting ----------
  setFontWeight(w: unknown): Range {
    if (w !== null && w !== 'bold' && w !== 'normal') throw this._core.sigErr(this._method('setFontWeight'), describeType(w));
    this._setAttr('setFontWeight', this._fill(w), () => true, setWeight);
    return this;
  }
  setFontWeights(ws: unknown): Range {
    const data = this._checkShape('setFontWeights', ws);
    this._setAttr('setFontWeights', data, (v) => v === null || v === 'bold' || v === 'normal', setWeight);
    return this;
  }
  getFontWeights(): string[][] {
    return this._core.arr2(this._cells((c) => (c?.bold ? 'bold' : 'normal')));
  }
  getFontWeight(): string {
    return getCell(this._sheet, this._row, this._col)?.bold ? 'bold' : 'normal';
  }
  setFontStyle(style: string | null): Range {
    this._setAttr('setFontStyle', this._fill(style), () => true, (c, v) => { if (v === 'italic') c.italic = true; else delete c.italic; });
    return this;
  }
  setBackground(color: unknown): Range {
    if (color !== null && typeof color !== 'string') throw this._core.sigErr(this._method('setBackground'), describeType(color));
    this._setAttr('setBackground', this._fill(color), () => true, setBg);
    return this;
  }
  setBackgrounds(colors: unknown): Range {
    const data = this._checkShape('setBackgrounds', colors);
    this._setAttr('setBackgrounds', data, (v) => v === null || typeof v === 'string', setBg);
    return this;
  }
  getBackgrounds(): string[][] {
    return this._core.arr2(this._cells((c) => c?.bg ?? '#ffffff'));
  }
  getBackground(): string {
    return getCell(this._sheet, this._row, this._col)?.bg ?? '#ffffff';
  }
  setFontColor(color: unknown): Range {
    if (color !== null && typeof color !== 'string') throw this._core.sigErr(this._method('setFontColor'), describeType(color));
    this._setAttr('setFontColor', this._fill(color), () => true, (c, v) => { if (v) c.color = v as string; else delete c.color; });
    return this;
  }
  getFontColors(): string[][] {
    return this._core.arr2(this._cells((c) => c?.color ?? '#000000'));
  }
  setWrap(wrap: unknown): Range {
    if (typeof wrap !== 'boolean') throw this._core.sigErr(this._method('setWrap'), describeType(wrap));
    this._setAttr('setWrap', this._fill(wrap), () => true, (c, v) => { c.wrap = v as boolean; });
    return this;
  }
  setWrapStrategy(strategy: unknown): Range {
    this._setAttr('setWrapStrategy', this._fill(strategy), () => true, (c, v) => { c.wrap = v === 'WRAP'; });
    return this;
  }
  getWraps(): boolean[][] {
    return this._core.arr2(this._cells((c) => c?.wrap ?? true));
  }
  setHorizontalAlignment(a: unknown): Range {
    if (a !== null && !['left', 'center', 'right', 'normal', 'general', 'general-left', 'general-right'].includes(a as string)) {
      throw this._core.sigErr(this._method('setHorizontalAlignment'), describeType(a));
    }
    this._setAttr('setHorizontalAlignment', this._fill(a), () => true, (c, v) => { if (v) c.ha = v as string; else delete c.ha; });
    return this;
  }
  setVerticalAlignment(a: unknown): Range {
    if (a !== null && !['top', 'middle', 'bottom'].includes(a as string)) throw this._core.sigErr(this._method('setVerticalAlignment'), describeType(a));
    this._setAttr('setVerticalAlignment', this._fill(a), () => true, (c, v) => { if (v) c.va = v as string; else delete c.va; });
    return this;
  }
  getHorizontalAlignments(): string[][] {
    return this._core.arr2(this._cells((c) => c?.ha ?? 'general'));
  }
  setBorder(..._args: unknown[]): Range {
    this._core.recordWrite('setBorder', this._sheet, this._a1());
    return this;
  }
  clearFormat(): Range {
    this._alive();
    this._each(clearFormat);
    this._core.recordWrite('clearFormat', this._sheet, this._a1());
    return this;
  }

  // ---------- protection ----------
  protect(): Protection {
    this._alive();
    const st = {
      type: 'RANGE' as const,
      sheet: this._sheet,
      rect: { row: this._row, col: this._col, numRows: this._nr, numCols: this._nc },
      description: '',
      warningOnly: false,
      editors: [this._core.user],
      domainEdit: true,
      removed: false,
    };
    this._sheet.protections.push(st);
    return new Protection(this._core, st);
  }
}
instrument(Range, 'Range');

function setNoteOn(c: Cell, v: unknown): void {
  if (v) c.note = v as string;
  else delete c.note;
}
function setWeight(c: Cell, v: unknown): void {
  if (v === 'bold') c.bold = true;
  else delete c.bold;
}
function setBg(c: Cell, v: unknown): void {
  if (v && v !== '#ffffff' && v !== 'white') c.bg = v as string;
  else delete c.bg;
}
function clearFormat(c: Cell): void {
  delete c.nf;
  delete c.bold;
  delete c.italic;
  delete c.bg;
  delete c.color;
  delete c.wrap;
  delete c.ha;
  delete c.va;
}

export { lastRow, lastColumn };
