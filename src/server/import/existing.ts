/** What the spreadsheet already holds that an import must respect: IDs in use, names, matches, the log. */
import { formatId, type IdKind } from '../../domain/ids';
import { FILLED_IN, INFERRED, PLACEHOLDER, REPLACED, type ExistingData, type RowOutcomeKind } from '../../domain/legacy/plan';
import { IMPORT_LOG, type LogRow } from '../../sheets/importTables';
import type { ParsedTable } from '../../sheets/parseTable';
import * as T from '../../sheets/tables';
import type { Workbook } from '../../sheets/workbook';
import { UserError } from '../errors';
import type { AllTables } from '../readAll';

/** The tables of readAll that an import needs (not inquiries, courses or settings), plus its own log. */
export type ExistingTables = Pick<AllTables, 'volunteers' | 'participants' | 'matches' | 'contacts' | 'contactInfo'> & { log: ParsedTable<LogRow> };

/** One read per table. The data sheets must exist (setup first). */
export function readExisting(wb: Workbook): ExistingTables {
  const t: ExistingTables = {
    volunteers: wb.read(T.VOLUNTEERS), participants: wb.read(T.PARTICIPANTS), matches: wb.read(T.MATCHES),
    contacts: wb.read(T.CONTACTS), contactInfo: wb.read(T.CONTACT_INFO), log: wb.read(IMPORT_LOG),
  };
  const missing = [t.volunteers, t.participants, t.matches, t.contacts, t.contactInfo].filter((x) => !x.exists).map((x) => x.def.sheetName);
  if (missing.length > 0) throw new UserError(`Arkene ${missing.join(', ')} finnes ikke. Kjør «Sett opp / oppdater arkene» først.`);
  return t;
}

/** IDs from every row that has one, valid or not: an ID typed by hand is still taken. */
function idsIn(table: ParsedTable<unknown>, grid: unknown[][] | null): string[] {
  const col = table.columnIndex.get(table.def.keyField as never);
  if (col === undefined || !grid) return [];
  return grid.slice(1).map((r) => String(r[col] ?? '').trim()).filter(Boolean);
}

/** `highWater(kind)`: the remembered highest number, so an ID whose row was deleted is not given again. */
export function existingData(wb: Workbook, t: ExistingTables, highWater: (kind: IdKind) => number): ExistingData {
  const logIds = t.log.records.flatMap(({ record }) => record.ids.split(',').map((s) => s.trim()).filter(Boolean));
  const ids = (table: ParsedTable<any>) => [...idsIn(table, wb.grid(table.def.sheetName)), ...logIds, formatId(table.def.idKind!, highWater(table.def.idKind!))]; // eslint-disable-line @typescript-eslint/no-explicit-any
  const rowLog = new Map<string, RowOutcomeKind>();
  const participantPrints = new Map<string, string>();
  const placeholderIds = new Set<string>();
  const inferredMatches = new Set<string>();
  for (const { record } of t.log.records) {
    if (record.outcome === INFERRED) { inferredMatches.add(record.ids); continue; }
    if (record.outcome === REPLACED) { inferredMatches.delete(record.ids); continue; }
    if (record.outcome === PLACEHOLDER) { placeholderIds.add(record.ids); continue; }
    if (record.outcome === FILLED_IN) { placeholderIds.delete(record.ids); continue; }
    if (record.outcome === 'deltaker') {
      // A fingerprint two imports gave to different people fits neither: '' (ambiguous).
      const had = participantPrints.get(record.fingerprint);
      participantPrints.set(record.fingerprint, had === undefined || had === record.ids ? record.ids : '');
    } else if (record.outcome === 'importert') rowLog.set(record.fingerprint, 'importert');
    else if (!rowLog.has(record.fingerprint)) rowLog.set(record.fingerprint, 'satt til side');
  }
  const placeholders: ExistingData['placeholders'] = new Map();
  for (const { record } of t.volunteers.records) {
    if (placeholderIds.has(record.id)) placeholders.set(record.id, { volunteer: record, info: t.contactInfo.records.find((c) => c.record.volunteerId === record.id)?.record ?? null });
  }
  return {
    placeholders, inferredMatches,
    ids: { volunteer: ids(t.volunteers), participant: ids(t.participants), match: ids(t.matches), contact: ids(t.contacts) },
    volunteerNames: t.contactInfo.records.map(({ record }) => ({ id: record.volunteerId, name: record.name })),
    participantPrints,
    matches: t.matches.records.map(({ record }) => ({ id: record.id, volunteerId: record.volunteerId, participantId: record.participantId, status: record.status })),
    rowLog,
  };
}
