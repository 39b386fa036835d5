/**
 * Creates the add-on's sheets or brings an older layout up to date without losing a value: missing columns are
 * appended at the right, extra columns and all data stay where they are, nothing is reordered or deleted.
 * Formats, dropdowns and header notes are re-applied (same result every time, so a second run changes nothing).
 * Service calls depend on the number of columns, never on the number of rows.
 */
import { numberFormatFor } from './cells';
import { mapHeaders, normalizeHeader } from './parseTable';
import type { ColumnDef, TableDef } from './tableDef';
import { contiguousRuns, type Sheet, type Spreadsheet } from './workbook';

/** The Apps Script builders and enums setup needs, handed in by the gas adapter. */
export interface SheetServices {
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  protectionType: { RANGE: GoogleAppsScript.Spreadsheet.ProtectionType; SHEET: GoogleAppsScript.Spreadsheet.ProtectionType };
}

export interface TableSetupResult { sheet: string; created: boolean; addedColumns: string[] }

export const HEADER_PROTECTION = 'Ressursvenn: overskriftsrad (endre ikke navnene, tillegget finner kolonnene på dem)';
export const SHEET_PROTECTION = 'Ressursvenn: kontaktinfo (personopplysninger – endre bare via sidebaren)';
const HEADER_BACKGROUND = '#ede7f6';

/** The shelter-name range used for dropdowns in Deltakere. */
export interface SetupContext { ss: Spreadsheet; services: SheetServices; shelterRange: () => GoogleAppsScript.Spreadsheet.Range | null }

function headerRow(sheet: Sheet): unknown[] {
  const lastCol = sheet.getLastColumn();
  return lastCol === 0 ? [] : (sheet.getRange(1, 1, 1, lastCol).getValues()[0] as unknown[]);
}

/** Ensures a sheet with every column of `columns`; returns where each column stands (0-based). */
export function ensureColumns<R>(ctx: SetupContext, sheetName: string, columns: readonly ColumnDef<R>[], result: TableSetupResult): { sheet: Sheet; index: Map<keyof R & string, number> } {
  let sheet = ctx.ss.getSheetByName(sheetName);
  if (!sheet) {
    sheet = ctx.ss.insertSheet(sheetName);
    result.created = true;
  }
  const header = headerRow(sheet);
  const index = mapHeaders(columns, header);
  const missing = columns.filter((c) => !index.has(c.field));
  if (missing.length > 0) {
    // Append after the last header cell that has text, so a leader's extra columns are never overwritten.
    let start = header.length;
    while (start > 0 && normalizeHeader(header[start - 1]) === '') start--;
    const needed = start + missing.length;
    const maxCols = sheet.getMaxColumns();
    if (needed > maxCols) sheet.insertColumnsAfter(maxCols, needed - maxCols);
    sheet.getRange(1, start + 1, 1, missing.length).setValues([missing.map((c) => c.header)]);
    missing.forEach((c, k) => {
      index.set(c.field, start + k);
      if (c.width) sheet!.setColumnWidth(start + k + 1, c.width);
      result.addedColumns.push(c.header);
    });
  }
  return { sheet, index };
}

function validationFor<R>(ctx: SetupContext, c: ColumnDef<R>): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const b = () => ctx.services.newDataValidation();
  switch (c.kind) {
    case 'bool':
      return b().requireCheckbox().setAllowInvalid(false).build();
    case 'date':
      return b().requireDate().setAllowInvalid(false).setHelpText('Skriv en dato som dd.mm.åååå.').build();
    case 'int':
      return c.range ? b().requireNumberBetween(c.range[0], c.range[1]).setAllowInvalid(false).setHelpText(`Et helt tall fra ${c.range[0]} til ${c.range[1]}.`).build() : null;
    case 'enum': {
      if (c.list === 'shelters') {
        const range = ctx.shelterRange();
        return range ? b().requireValueInRange(range, true).setAllowInvalid(true).setHelpText('Velg et krisesenter fra listen i Innstillinger.').build() : null;
      }
      return c.list ? b().requireValueInList([...c.list], true).setAllowInvalid(false).setHelpText('Velg fra listen.').build() : null;
    }
    default:
      return null;
  }
}

/** Formats, validation, header notes and style for our columns, one call per contiguous run. */
export function formatColumns<R>(ctx: SetupContext, sheet: Sheet, columns: readonly ColumnDef<R>[], index: Map<keyof R & string, number>): void {
  const byIndex = new Map<number, ColumnDef<R>>();
  for (const c of columns) byIndex.set(index.get(c.field)!, c);
  const dataRows = sheet.getMaxRows() - 1;
  for (const [start, end] of contiguousRuns([...byIndex.keys()])) {
    const cols = Array.from({ length: end - start + 1 }, (_, k) => byIndex.get(start + k)!);
    const headerRange = sheet.getRange(1, start + 1, 1, cols.length);
    headerRange.setNotes([cols.map((c) => c.help)]);
    headerRange.setFontWeight('bold');
    headerRange.setBackground(HEADER_BACKGROUND);
    headerRange.setNumberFormat('@');
    if (dataRows > 0) {
      const body = sheet.getRange(2, start + 1, dataRows, cols.length);
      const formats = cols.map((c) => numberFormatFor(c.kind));
      body.setNumberFormats(Array.from({ length: dataRows }, () => formats));
      const rules = cols.map((c) => validationFor(ctx, c));
      body.setDataValidations(Array.from({ length: dataRows }, () => rules));
    }
  }
  if (sheet.getFrozenRows() !== 1) sheet.setFrozenRows(1);
}

function protectHeader(ctx: SetupContext, sheet: Sheet, width: number): void {
  const ours = sheet.getProtections(ctx.services.protectionType.RANGE).filter((p) => p.getDescription() === HEADER_PROTECTION);
  if (ours.length > 0) {
    const p = ours[0]!;
    if (p.getRange().getNumColumns() === width) return;
    p.remove();
  }
  sheet.getRange(1, 1, 1, width).protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
}

/**
 * Kontaktinfo is protected warning-only: every group leader must be able to save a volunteer's contact details
 * (a strict protection would refuse the second leader's save half-way), and Sheets cannot hide a sheet's
 * contents from anyone who can open the file anyway. The warning stops accidental edits; who can read the
 * file is decided by sharing (docs/architecture.md, Limits).
 */
function protectWholeSheet(ctx: SetupContext, sheet: Sheet): void {
  const existing = sheet.getProtections(ctx.services.protectionType.SHEET).filter((p) => p.getDescription() === SHEET_PROTECTION);
  if (existing.length > 0) return;
  sheet.protect().setDescription(SHEET_PROTECTION).setWarningOnly(true);
}

export function ensureTable<R>(ctx: SetupContext, def: TableDef<R>): TableSetupResult {
  const result: TableSetupResult = { sheet: def.sheetName, created: false, addedColumns: [] };
  const { sheet, index } = ensureColumns(ctx, def.sheetName, def.columns, result);
  formatColumns(ctx, sheet, def.columns, index);
  protectHeader(ctx, sheet, Math.max(...index.values()) + 1);
  if (result.created && def.tabColor) sheet.setTabColor(def.tabColor);
  if (def.protectSheet) protectWholeSheet(ctx, sheet);
  if (def.hidden && result.created) sheet.hideSheet();
  return result;
}
