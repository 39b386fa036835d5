/**
 * «Sett opp / oppdater arkene»: every sheet the add-on needs, created or brought up to date without losing a
 * value. Also remembers the spreadsheet's id in Innstillinger, which an add-on's trigger needs to find it.
 */
import { SETTING_DEFS } from '../domain/settings';
import { ensureReminderSheets } from '../sheets/reminderSetup';
import { ensureSettingsSheet } from '../sheets/settingsSheet';
import { ensureTable, type SetupContext, type TableSetupResult } from '../sheets/setup';
import { mapHeaders } from '../sheets/parseTable';
import { DATA_TABLES, SETTINGS_HEADERS, SETTINGS_SHEET, SHELTERS } from '../sheets/tables';
import type { Ports } from './ports';

export interface SetupSummary { created: string[]; addedColumns: Array<{ sheet: string; columns: string[] }> }

function shelterRange(ctx: Omit<SetupContext, 'shelterRange'>): GoogleAppsScript.Spreadsheet.Range | null {
  const sheet = ctx.ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return null;
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  const col = mapHeaders(SHELTERS.columns, header).get('name');
  return col === undefined ? null : sheet.getRange(2, col + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
}

function rememberSpreadsheetId(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const sheet = ss.getSheetByName(SETTINGS_SHEET)!;
  const label = SETTING_DEFS.find((d) => d.key === 'spreadsheetId')!.label;
  const grid = sheet.getDataRange().getValues();
  const header = grid[0] ?? [];
  const labelCol = header.indexOf(SETTINGS_HEADERS.label);
  const valueCol = header.indexOf(SETTINGS_HEADERS.value);
  if (labelCol < 0 || valueCol < 0) return;
  const r = grid.findIndex((row) => row[labelCol] === label);
  if (r > 0 && grid[r]![valueCol] !== ss.getId()) sheet.getRange(r + 1, valueCol + 1).setValue(ss.getId());
}

export function setupSheets(ports: Ports): SetupSummary {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const base = { ss, services: ports.sheetServices };
    const ctx: SetupContext = { ...base, shelterRange: () => shelterRange(base) };
    const results: TableSetupResult[] = [...ensureSettingsSheet(ctx)];
    for (const def of DATA_TABLES) results.push(ensureTable(ctx, def as never, ports.user.email()));
    results.push(...ensureReminderSheets(ctx, ports.user.email()));
    rememberSpreadsheetId(ss);
    return {
      created: results.filter((r) => r.created).map((r) => r.sheet),
      addedColumns: results.filter((r) => !r.created && r.addedColumns.length > 0).map((r) => ({ sheet: r.sheet, columns: r.addedColumns })),
    };
  });
}
