/**
 * Deletes an imported source tab after the leader confirmed it in the dialog: the tab still holds names. Only
 * a tab the import log knows, never one of the add-on's own sheets.
 */
import { IMPORT_LOG } from '../../sheets/importTables';
import { Workbook } from '../../sheets/workbook';
import { UserError } from '../errors';
import type { Ports } from '../ports';
import type { DeleteResultDto } from './dto';
import { isOwnSheet } from './source';

export function deleteSource(ports: Ports, sheetName: unknown): DeleteResultDto {
  if (typeof sheetName !== 'string' || sheetName.trim() === '') throw new UserError('Oppgi fanen som skal slettes.', { sheetName: 'Må fylles ut.' });
  if (isOwnSheet(sheetName)) throw new UserError(`«${sheetName}» er et av tilleggets egne ark og slettes ikke.`);
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const wb = new Workbook(ss, ss.getSpreadsheetTimeZone());
    const sheet = wb.sheet(sheetName);
    if (!sheet) throw new UserError(`Fant ikke fanen «${sheetName}»; den er kanskje alt slettet.`);
    const log = wb.read(IMPORT_LOG);
    if (!log.records.some(({ record }) => record.sourceSheet === sheetName)) throw new UserError(`«${sheetName}» er ikke importert ennå, så den slettes ikke.`);
    ss.deleteSheet(sheet);
    return { deleted: true, message: `Fanen «${sheetName}» er slettet. Merk: Googles versjonshistorikk tar vare på gamle versjoner av regnearket, også denne fanen.` };
  });
}
