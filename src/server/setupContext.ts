/** The context every sheet-creating step needs, with the live shelter list for Deltakere's dropdown. */
import { mapHeaders } from '../sheets/parseTable';
import type { SetupContext } from '../sheets/setup';
import { SETTINGS_SHEET, SHELTERS } from '../sheets/tables';
import type { Spreadsheet } from '../sheets/workbook';
import type { Ports } from './ports';

function shelterRange(ss: Spreadsheet): GoogleAppsScript.Spreadsheet.Range | null {
  const sheet = ss.getSheetByName(SETTINGS_SHEET);
  if (!sheet) return null;
  const header = sheet.getRange(1, 1, 1, Math.max(1, sheet.getLastColumn())).getValues()[0] ?? [];
  const col = mapHeaders(SHELTERS.columns, header).get('name');
  return col === undefined ? null : sheet.getRange(2, col + 1, Math.max(1, sheet.getMaxRows() - 1), 1);
}

export function setupContext(ports: Ports, ss: Spreadsheet = ports.spreadsheet()): SetupContext {
  return { ss, services: ports.sheetServices, shelterRange: () => shelterRange(ss) };
}
