/**
 * Innstillinger holds two blocks side by side, each found by its header names: the settings as label/value
 * rows, and the list of crisis shelters (used as the dropdown in Deltakere).
 */
import { DEFAULT_SETTINGS, INT_RANGES, parseSettings, SETTING_DEFS, settingCellValue, type SettingDef, type Settings, type SettingProblem } from '../domain/settings';
import { hash53 } from '../domain/legacy/fingerprint';
import type { Shelter } from '../domain/records';
import { guardText } from './guard';
import { decodeCell, isBlankCell, numberFormatFor } from './cells';
import { mapHeaders, normalizeHeader, parseTable, type ParsedTable } from './parseTable';
import { ensureColumns, formatColumns, type SetupContext, type TableSetupResult } from './setup';
import type { ColumnDef } from './tableDef';
import { SETTINGS_HEADERS, SETTINGS_SHEET, SHELTERS } from './tables';
import { contiguousRuns, type Workbook } from './workbook';

interface SettingRow { label: string; value: string; help: string }

const settingColumns: ColumnDef<SettingRow>[] = [
  { field: 'label', header: SETTINGS_HEADERS.label, kind: 'text', help: 'Navnet på innstillingen. Ikke endre.', width: 260 },
  { field: 'value', header: SETTINGS_HEADERS.value, kind: 'text', help: 'Verdien. Tom betyr standardverdien.', width: 240 },
  { field: 'help', header: SETTINGS_HEADERS.help, kind: 'text', help: 'Hva innstillingen gjør.', width: 380 },
];

export interface LoadedSettings { settings: Settings; problems: SettingProblem[]; shelters: Shelter[]; shelterTable: ParsedTable<Shelter> }

/**
 * A version of everything on Innstillinger as read in this operation (both blocks): the sidebar sends back
 * the version it loaded, and a save is refused when the sheet changed in between (no last-writer-wins).
 */
export function settingsVersion(wb: Workbook): string {
  return hash53(JSON.stringify(wb.grid(SETTINGS_SHEET) ?? []));
}

/** Reads settings and shelters from one read of Innstillinger. A missing sheet means defaults. */
export function loadSettings(wb: Workbook): LoadedSettings {
  const grid = wb.grid(SETTINGS_SHEET);
  const shelterTable = parseTable(SHELTERS, grid, wb.tz);
  if (!grid) return { settings: { ...DEFAULT_SETTINGS }, problems: [], shelters: [], shelterTable };
  const header = grid[0] ?? [];
  const index = mapHeaders(settingColumns, header);
  const labelCol = index.get('label');
  const valueCol = index.get('value');
  const raw = new Map<string, unknown>();
  const byLabel = new Map(SETTING_DEFS.map((d) => [d.label, d]));
  if (labelCol !== undefined && valueCol !== undefined) {
    for (const row of grid.slice(1)) {
      const label = String(row[labelCol] ?? '').trim();
      if (label) raw.set(label, settingRaw(byLabel.get(label), row[valueCol], wb.tz));
    }
  }
  const { settings, problems } = parseSettings(raw);
  return { settings, problems, shelters: shelterTable.records.map((r) => r.record), shelterTable };
}

/**
 * A text setting as the leader sees it, even in a cell an older version left without the plain-text format (Sheets
 * made a date or a boolean of it): the date as dd.mm.yyyy, TRUE as «TRUE».
 */
function settingRaw(def: SettingDef | undefined, v: unknown, tz: string): unknown {
  if (!def || !isTextSetting(def) || isBlankCell(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const decoded = decodeCell('text', v, tz);
  return decoded.ok ? decoded.value : v;
}

function isTextSetting(def: SettingDef): boolean {
  return def.kind === 'text' || def.kind === 'email' || def.kind === 'emails';
}

/** A setting's value cell format: plain text for text settings (so «0047», «15.01.2026», «TRUE» stay as typed). */
export function settingNumberFormat(def: SettingDef | undefined): string {
  if (!def || isTextSetting(def)) return numberFormatFor('text');
  return numberFormatFor(def.kind === 'int' ? 'int' : 'bool');
}

/**
 * Each value cell gets the validation of its own setting (checkbox, whole number in range), found by the label
 * in its row; one setDataValidations for the column. Warnings only: parseSettings reads «ja»/«nei» too.
 */
function validateValues(ctx: SetupContext, sheet: GoogleAppsScript.Spreadsheet.Sheet, labelCol: number, valueCol: number): void {
  const last = sheet.getLastRow();
  if (last < 2) return;
  const labels = sheet.getRange(2, labelCol + 1, last - 1, 1).getValues();
  const byLabel = new Map(SETTING_DEFS.map((d) => [normalizeHeader(d.label), d]));
  const values = sheet.getRange(2, valueCol + 1, labels.length, 1);
  values.setNumberFormats(labels.map(([label]) => [settingNumberFormat(byLabel.get(normalizeHeader(label)))]));
  const rules = labels.map(([label]) => {
    const def = byLabel.get(normalizeHeader(label));
    const b = () => ctx.services.newDataValidation().setAllowInvalid(true);
    if (def?.kind === 'bool') return [b().requireCheckbox().build()];
    const range = def && (INT_RANGES as Record<string, readonly [number, number]>)[def.key];
    if (range) return [b().requireNumberBetween(range[0], range[1]).setHelpText(`Et helt tall fra ${range[0]} til ${range[1]}.`).build()];
    return [null];
  });
  values.setDataValidations(rules);
}

/** Ensures both blocks and a row for every setting (missing rows get their default); leader values stay. */
export function ensureSettingsSheet(ctx: SetupContext): TableSetupResult[] {
  const settingsResult: TableSetupResult = { sheet: SETTINGS_SHEET, created: false, addedColumns: [] };
  const { sheet, index } = ensureColumns(ctx, SETTINGS_SHEET, settingColumns, settingsResult);
  const shelterResult: TableSetupResult = { sheet: `${SETTINGS_SHEET} (krisesentre)`, created: false, addedColumns: [] };
  const shelters = ensureColumns(ctx, SETTINGS_SHEET, SHELTERS.columns, shelterResult);

  const labelCol = index.get('label')!;
  const valueCol = index.get('value')!;
  const helpCol = index.get('help')!;
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const grid = lastRow > 1 ? (sheet.getRange(2, 1, lastRow - 1, width).getValues() as unknown[][]) : [];
  // Settings rows live in the label column; the shelter block may be longer, so find the first free label row.
  const present = new Set(grid.map((r) => normalizeHeader(r[labelCol])));
  let lastLabelRow = 1;
  grid.forEach((r, i) => { if (!isBlankCell(r[labelCol])) lastLabelRow = i + 2; });
  const missing = SETTING_DEFS.filter((d) => !present.has(normalizeHeader(d.label)));
  if (missing.length > 0) {
    const startRow = lastLabelRow + 1;
    const maxRows = sheet.getMaxRows();
    if (startRow + missing.length - 1 > maxRows) sheet.insertRowsAfter(maxRows, startRow + missing.length - 1 - maxRows);
    const cells: Array<[number, (d: SettingDef) => string | number | boolean]> = [
      [labelCol, (d) => d.label], [valueCol, (d) => settingValueCell(d, DEFAULT_SETTINGS)], [helpCol, (d) => d.help],
    ];
    // One write for the block in the normal layout (three adjacent columns); one per column if a leader moved them.
    const min = Math.min(labelCol, valueCol, helpCol);
    if (Math.max(labelCol, valueCol, helpCol) - min === 2) {
      const values = missing.map((d) => {
        const row: Array<string | number | boolean> = ['', '', ''];
        for (const [col, pick] of cells) row[col - min] = pick(d);
        return row;
      });
      sheet.getRange(startRow, min + 1, values.length, 3).setValues(values);
    } else {
      for (const [col, pick] of cells) sheet.getRange(startRow, col + 1, missing.length, 1).setValues(missing.map((d) => [pick(d)]));
    }
  }
  formatColumns(ctx, sheet, settingColumns.filter((c) => c.field !== 'value'), new Map([['label', labelCol], ['help', helpCol]]) as Map<keyof SettingRow & string, number>);
  validateValues(ctx, sheet, labelCol, valueCol);
  formatColumns(ctx, shelters.sheet, SHELTERS.columns, shelters.index);
  return [settingsResult, shelterResult];
}

/**
 * Writes the settings that changed into their value cells (one setValues per contiguous run of changed rows,
 * so at most one per setting and never per data row) and replaces the shelter list. Returns the labels of
 * settings whose row is missing (the sheet was edited by hand); nothing is written then.
 */
export function writeSettings(wb: Workbook, settings: Settings, shelters: readonly Shelter[]): string[] {
  const grid = wb.grid(SETTINGS_SHEET);
  const header = grid?.[0] ?? [];
  const index = mapHeaders(settingColumns, header);
  const labelCol = index.get('label');
  const valueCol = index.get('value');
  const defs = SETTING_DEFS;
  if (!grid || labelCol === undefined || valueCol === undefined) return defs.map((d) => d.label);
  const rowOf = new Map<string, number>();
  grid.forEach((r, i) => { if (i > 0) rowOf.set(normalizeHeader(r[labelCol]), i); });
  const missing = defs.filter((d) => !rowOf.has(normalizeHeader(d.label))).map((d) => d.label);
  if (missing.length > 0) return missing;
  const changed = new Map<number, { value: string | number | boolean; format: string }>();
  for (const d of defs) {
    const i = rowOf.get(normalizeHeader(d.label))!;
    const value = settingValueCell(d, settings);
    if (String(grid[i]![valueCol] ?? '') !== String(value)) changed.set(i, { value, format: settingNumberFormat(d) });
  }
  const sheet = wb.requireSheet(SETTINGS_SHEET);
  for (const [start, end] of contiguousRuns([...changed.keys()])) {
    const cells = [];
    for (let i = start; i <= end; i++) cells.push(changed.get(i)!);
    // The format first: a text value must land in a plain-text cell, or Sheets parses it.
    const range = sheet.getRange(start + 1, valueCol + 1, cells.length, 1);
    range.setNumberFormats(cells.map((c) => [c.format]));
    range.setValues(cells.map((c) => [c.value]));
  }
  const shelterTable = parseTable(SHELTERS, grid, wb.tz);
  wb.replaceAll(shelterTable, shelters);
  wb.invalidate(SETTINGS_SHEET);
  return [];
}

/**
 * The cell value of a setting, guarded like any text that reaches a cell. Text settings go into plain-text cells
 * (writeSettings sets the format first), where the guard leaves them exactly as typed.
 */
export function settingValueCell(def: SettingDef, settings: Settings): string | number | boolean {
  const v = settingCellValue(def, settings);
  return typeof v === 'string' ? guardText(v, settingNumberFormat(def) === numberFormatFor('text') ? 'plainText' : 'formatted') : v;
}

