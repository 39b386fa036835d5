/** Writes the emulator's active spreadsheet to an .xlsx file (for people to inspect what a test produced). */
import ExcelJS from 'exceljs';
import { columnToLetters } from './a1';
import { isDateCell } from './coerce';
import type { Cell, DvSpec, SheetState } from './core';
import type { Emulator } from './index';
import { Range, cellValue, formulaValue } from './range';

/** Excel stores wall-clock date-times as exceljs's UTC Dates: a serial's wall clock, no zone applied. */
function wallDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
}

function argb(color: string): string | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  return m ? 'FF' + m[1]!.toUpperCase() : null;
}

function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

function validation(dv: DvSpec): ExcelJS.DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: !dv.allowInvalid,
    errorStyle: dv.allowInvalid ? 'warning' : 'stop',
    ...(dv.helpText ? { showInputMessage: true, prompt: dv.helpText } : {}),
  } as const;
  switch (dv.type) {
    case 'VALUE_IN_LIST': {
      const list = (dv.values[0] as string[]).map((s) => s.replace(/"/g, '""')).join(',');
      return { ...common, type: 'list', formulae: [`"${list}"`] };
    }
    case 'VALUE_IN_RANGE': {
      const r = dv.values[0] as Range;
      const a1 = `$${columnToLetters(r._col)}$${r._row}:$${columnToLetters(r._col + r._nc - 1)}$${r._row + r._nr - 1}`;
      return { ...common, type: 'list', formulae: [`${quoteSheet(r._sheet.name)}!${a1}`] };
    }
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'NUMBER_BETWEEN':
      return { ...common, type: 'decimal', operator: 'between', formulae: [dv.values[0], dv.values[1]] };
    case 'NUMBER_GREATER_THAN':
      return { ...common, type: 'decimal', operator: 'greaterThan', formulae: [dv.values[0]] };
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'greaterThanOrEqual', formulae: [dv.values[0]] };
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return { ...common, type: 'decimal', operator: 'lessThanOrEqual', formulae: [dv.values[0]] };
    default:
      return null;
  }
}

function writeCell(target: ExcelJS.Cell, c: Cell, tz: string, dateFormat: string): void {
  if (c.f) {
    const shown = formulaValue(c.f);
    target.value = { formula: c.f.slice(1), result: shown as string | number } as ExcelJS.CellFormulaValue;
  } else {
    const v = cellValue(c);
    if (isDateCell(v, c.nf)) target.value = wallDate(v as number);
    else if (v !== '') target.value = v;
  }
  const nf = c.nf;
  void dateFormat;
  void tz;
  if (nf) target.numFmt = nf;
  if (c.note) target.note = c.note;
  if (c.bold || c.italic || c.color) {
    const font: Partial<ExcelJS.Font> = {};
    if (c.bold) font.bold = true;
    if (c.italic) font.italic = true;
    const col = c.color ? argb(c.color) : null;
    if (col) font.color = { argb: col };
    target.font = font;
  }
  if (c.bg) {
    const col = argb(c.bg);
    if (col) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: col } };
  }
  if (c.wrap || c.ha || c.va) {
    const al: Partial<ExcelJS.Alignment> = {};
    if (c.wrap) al.wrapText = true;
    if (c.ha && ['left', 'center', 'right'].includes(c.ha)) al.horizontal = c.ha as ExcelJS.Alignment['horizontal'];
    if (c.va) al.vertical = c.va as ExcelJS.Alignment['vertical'];
    target.alignment = al;
  }
  if (c.dv) {
    const dv = validation(c.dv);
    if (dv) target.dataValidation = dv;
  }
}

function addSheet(wb: ExcelJS.Workbook, st: SheetState, used: Set<string>, dateFormat: string): void {
  let name = st.name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31);
  while (used.has(name.toLowerCase())) name = name.slice(0, 28) + '_' + used.size;
  used.add(name.toLowerCase());
  const views: Array<Partial<ExcelJS.WorksheetView>> = [];
  if (st.frozenRows || st.frozenCols) views.push({ state: 'frozen', ySplit: st.frozenRows, xSplit: st.frozenCols });
  const ws = wb.addWorksheet(name, { state: st.hidden ? 'hidden' : 'visible', views });
  if (st.tabColor && argb(st.tabColor)) ws.properties.tabColor = { argb: argb(st.tabColor)! };
  for (const [col, px] of st.colWidths) ws.getColumn(col).width = Math.max(1, Math.round((px / 7) * 100) / 100);
  const tz = st.ss.tz;
  st.grid.forEach((row, r) => {
    row?.forEach((c, j) => {
      if (c) writeCell(ws.getCell(r + 1, j + 1), c, tz, dateFormat);
    });
  });
}

/** Writes every sheet of the emulator's active spreadsheet to `filePath`. */
export async function writeXlsx(emu: Emulator, filePath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ss = emu._core.activeSpreadsheet();
  wb.creator = 'apps-script-emulator';
  wb.created = emu.clock.now();
  const used = new Set<string>();
  for (const st of ss.sheets) addSheet(wb, st, used, emu.loc.dateFormat);
  await wb.xlsx.writeFile(filePath);
}
