/**
 * «Kontroller data»: validates every row of every sheet and lists each problem in the Datakontroll sheet with
 * sheet, row, column, the value, a Norwegian reason and a link to the cell. One bad row never stops the rest.
 */
import { crossCheck, type Finding, type TableKey } from '../domain/consistency';
import { a1 } from '../sheets/a1';
import { cellDateToIso, todayIn } from '../sheets/cellDates';
import { guardText } from '../sheets/guard';
import type { ParsedTable } from '../sheets/parseTable';
import type { Problem } from '../sheets/problems';
import type { TableDef } from '../sheets/tableDef';
import * as T from '../sheets/tables';
import { Workbook } from '../sheets/workbook';
import type { Ports } from './ports';
import { parseProblems, readAll, type AllTables } from './readAll';
import { localeProblems, localeState } from './spreadsheetLocale';

export interface CheckSummary { errors: number; warnings: number; rowsChecked: number; sheet: string }

const TABLE_DEFS: Record<TableKey, TableDef<any>> = {
  volunteers: T.VOLUNTEERS, participants: T.PARTICIPANTS, matches: T.MATCHES, contacts: T.CONTACTS,
  inquiries: T.INQUIRIES, courses: T.COURSES, contactInfo: T.CONTACT_INFO,
};

export const CHECK_HEADERS = ['Alvorlighet', 'Ark', 'Rad', 'Kolonne', 'Verdi', 'Problem', 'Gå til'] as const;

function tableOf(all: AllTables, key: TableKey): ParsedTable<any> {
  return all[key];
}

function findingToProblem(all: AllTables, f: Finding): Problem {
  const table = tableOf(all, f.table);
  const col = table.def.columns.find((c) => c.field === f.field);
  const index = col ? table.columnIndex.get(col.field) : undefined;
  return { sheet: table.def.sheetName, row: f.row, column: col?.header ?? null, columnNumber: index === undefined ? null : index + 1, message: f.message, severity: f.severity };
}

function notesOf(all: AllTables): Array<{ table: TableKey; row: number; field: string; text: string }> {
  const out: Array<{ table: TableKey; row: number; field: string; text: string }> = [];
  for (const key of Object.keys(TABLE_DEFS) as TableKey[]) {
    const table = tableOf(all, key);
    const noteFields = table.def.columns.filter((c) => c.kind === 'note').map((c) => c.field);
    for (const { row, record } of table.records) for (const f of noteFields) if (record[f]) out.push({ table: key, row, field: f, text: String(record[f]) });
  }
  return out;
}

/**
 * Formulas typed into the add-on's columns: in a formatted column the value read is the formula's result, not
 * what was meant; in a plain-text column it stays text, but would run if copied elsewhere (CSV/Excel).
 */
function formulaProblems(wb: Workbook, all: AllTables): Problem[] {
  const out: Problem[] = [];
  for (const key of Object.keys(TABLE_DEFS) as TableKey[]) {
    const table = tableOf(all, key);
    const formulas = wb.formulas(table.def.sheetName);
    const grid = wb.grid(table.def.sheetName);
    if (!formulas || !grid) continue;
    for (const c of table.def.columns) {
      const i = table.columnIndex.get(c.field);
      if (i === undefined) continue;
      for (let r = 1; r < grid.length; r++) {
        const f = formulas[r]?.[i];
        const v = grid[r]![i];
        const base = { sheet: table.def.sheetName, row: r + 1, column: c.header, columnNumber: i + 1, severity: 'advarsel' as const };
        if (f) out.push({ ...base, value: f, message: 'Cellen inneholder en formel. Tillegget leser bare resultatet; skriv verdien direkte.' });
        else if (typeof v === 'string' && v.startsWith('=')) out.push({ ...base, value: v, message: 'Teksten starter med «=» og ligner en formel. Den lagres som tekst her, men kan bli kjørt hvis den kopieres til et annet regneark.' });
      }
    }
  }
  return out;
}

/** All problems of the workbook, parse problems first, in sheet and row order. */
export function collectProblems(all: AllTables, today: string, extra: Problem[] = []): Problem[] {
  const findings = crossCheck({
    today,
    volunteers: all.volunteers.records,
    participants: all.participants.records,
    matches: all.matches.records,
    contacts: all.contacts.records,
    contactInfo: all.contactInfo.records,
    shelters: all.settings.shelters,
    notes: notesOf(all),
  });
  const problems = [...parseProblems(all), ...extra, ...findings.map((f) => findingToProblem(all, f))];
  const order = new Map<string, number>([...Object.values(TABLE_DEFS).map((d, i) => [d.sheetName, i] as [string, number]), [T.SETTINGS_SHEET, 99]]);
  return problems.sort((a, b) => (order.get(a.sheet) ?? 50) - (order.get(b.sheet) ?? 50) || (a.row ?? 0) - (b.row ?? 0) || (a.columnNumber ?? 0) - (b.columnNumber ?? 0));
}

/**
 * Datakontroll is a visible sheet: it shows the offending value only where that value is a code, a date, a
 * number or a dropdown word. Free text, notes and anything from Kontaktinfo stay where they are.
 */
const SHOWN_KINDS: ReadonlySet<string> = new Set(['id', 'ref', 'date', 'datetime', 'int', 'bool', 'enum']);
function valueIsShown(p: Problem): boolean {
  const def = Object.values(TABLE_DEFS).find((d) => d.sheetName === p.sheet);
  if (!def || def === T.CONTACT_INFO) return false;
  const col = def.columns.find((c) => c.header === p.column);
  return !!col && SHOWN_KINDS.has(col.kind);
}

function displayValue(v: unknown, tz: string): string {
  if (v === undefined || v === null) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') return cellDateToIso(v as Date, tz);
  const s = String(v);
  return guardText(s.length > 200 ? `${s.slice(0, 200)}…` : s, 'plainText');
}

export function checkData(ports: Ports): CheckSummary {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const all = readAll(wb);
    const problems = [...localeProblems(localeState(ss)), ...collectProblems(all, todayIn(ports.clock.now(), tz), formulaProblems(wb, all))];
    const sheetIds = new Map<string, number>();
    for (const s of ss.getSheets()) sheetIds.set(s.getName(), s.getSheetId());

    let sheet = ss.getSheetByName(T.CHECK_SHEET);
    if (!sheet) sheet = ss.insertSheet(T.CHECK_SHEET);
    sheet.clearContents();
    const rows: (string | number)[][] = [[...CHECK_HEADERS]];
    for (const p of problems) {
      const gid = sheetIds.get(p.sheet);
      const target = p.row && p.columnNumber ? a1(p.row, p.columnNumber) : p.row ? `A${p.row}` : 'A1';
      const link = gid === undefined ? '' : `=HYPERLINK("#gid=${gid}&range=${target}","${p.sheet}!${target}")`;
      rows.push([p.severity === 'feil' ? 'Feil' : 'Advarsel', p.sheet, p.row ?? '', p.column ? guardText(p.column, 'plainText') : '', valueIsShown(p) ? displayValue(p.value, tz) : '', guardText(p.message, 'plainText'), link]);
    }
    const needed = rows.length;
    const max = sheet.getMaxRows();
    if (needed > max) sheet.insertRowsAfter(max, needed - max);
    // Values and texts as typed: plain text so `0047…` or `31.02.2026` is shown, not reinterpreted.
    sheet.getRange(1, 2, sheet.getMaxRows(), 1).setNumberFormat('@');
    sheet.getRange(1, 4, sheet.getMaxRows(), 3).setNumberFormat('@');
    sheet.getRange(1, 1, rows.length, CHECK_HEADERS.length).setValues(rows);
    sheet.getRange(1, 1, 1, CHECK_HEADERS.length).setFontWeight('bold');
    if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
    const rowsChecked = [all.volunteers, all.participants, all.matches, all.contacts, all.inquiries, all.courses, all.contactInfo].reduce((n, t) => n + t.rows.length, 0);
    const errors = problems.filter((p) => p.severity === 'feil').length;
    return { errors, warnings: problems.length - errors, rowsChecked, sheet: T.CHECK_SHEET };
  });
}
