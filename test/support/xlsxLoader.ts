/**
 * Loads an .xlsx file into the emulated spreadsheet the way Google's conversion presents it (upload to Drive
 * and open as a Google Sheet, or «Kopier til» into the Ressursvenn file): one tab per worksheet with its name;
 * date cells become date-time values at local midnight in the spreadsheet's zone with their number format;
 * text cells stay text exactly as typed (Google does not re-parse them: «15.01.2026» typed as text stays a
 * string, «0047…» keeps its zeros); numbers and booleans stay numbers and booleans; formulas arrive as their
 * cached result; rich text and hyperlinks as their plain text; a merged range keeps its value in the top-left
 * cell only and the other cells read as empty. Not counted as service calls (it is the user's upload).
 */
import ExcelJS from 'exceljs';
import type { Emulator } from '../emulator';
import { ensureCell } from '../emulator/grid';

type Plain = string | number | boolean | Date | null;

function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : plain(v.text as ExcelJS.CellValue);
  if ('error' in v) return v.error;
  return null;
}

/** Adds every worksheet of the workbook as a tab; returns the tab names. */
export async function loadXlsx(emu: Emulator, file: string | Buffer): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as unknown as ArrayBuffer);
  const names: string[] = [];
  wb.eachSheet((ws) => {
    // «Kopier til» into a spreadsheet that already has the name gives «Kopi av …», as Sheets does in Norwegian.
    const taken = (n: string) => emu.sheetNames().some((x) => x.toLowerCase() === n.toLowerCase());
    let name = ws.name;
    while (taken(name)) name = `Kopi av ${name}`;
    emu.addSheet(name, undefined, { rows: Math.max(1000, ws.rowCount), cols: Math.max(26, ws.columnCount) });
    const st = emu._sheet(name);
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master !== cell) return;
        const v = plain(cell.value);
        if (v === null || v === '') return;
        const target = ensureCell(st, r, c);
        const nf = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
        if (v instanceof Date) {
          // Excel keeps wall-clock time; exceljs hands it over as if it were UTC.
          target.v = (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
          target.nf = nf ?? emu.loc.dateFormat;
        } else {
          target.v = v;
          if (nf) target.nf = nf;
        }
      });
    });
    names.push(name);
  });
  return names;
}
