/** One read of every sheet that can hold something about a person: the basis of access and erasure. */
import type { IsoDate } from '../../domain/calendar';
import type { PersonTables } from '../../domain/personData/footprint';
import { todayIn } from '../../sheets/cellDates';
import { IMPORT_DEVIATIONS, IMPORT_LOG, type Deviation, type LogRow } from '../../sheets/importTables';
import type { ParsedTable } from '../../sheets/parseTable';
import { LEDGER } from '../../sheets/reminderTables';
import { Workbook } from '../../sheets/workbook';
import type { LedgerEntry } from '../../domain/reminders/ledger';
import type { Ports } from '../ports';
import { readAll, type AllTables } from '../readAll';

export interface PersonRead {
  wb: Workbook;
  all: AllTables;
  ledger: ParsedTable<LedgerEntry>;
  importLog: ParsedTable<LogRow>;
  importDeviations: ParsedTable<Deviation>;
  tables: PersonTables;
  today: IsoDate;
}

export function readPersonData(ports: Ports): PersonRead {
  const ss = ports.spreadsheet();
  const wb = new Workbook(ss, ss.getSpreadsheetTimeZone());
  const all = readAll(wb);
  const ledger = wb.read(LEDGER);
  const importLog = wb.read(IMPORT_LOG);
  const importDeviations = wb.read(IMPORT_DEVIATIONS);
  const tables: PersonTables = {
    volunteers: all.volunteers.records, participants: all.participants.records, matches: all.matches.records, contacts: all.contacts.records,
    inquiries: all.inquiries.records, courses: all.courses.records, contactInfo: all.contactInfo.records,
    ledger: ledger.records, importLog: importLog.records, importDeviations: importDeviations.records,
  };
  return { wb, all, ledger, importLog, importDeviations, tables, today: todayIn(ports.clock.now(), wb.tz) };
}

/** Every parsed table of the read, with its sheet's grid. */
export function parsedTables(r: PersonRead): Array<ParsedTable<unknown>> {
  const { all } = r;
  return [all.volunteers, all.participants, all.matches, all.contacts, all.inquiries, all.courses, all.contactInfo, r.ledger, r.importLog, r.importDeviations] as Array<ParsedTable<unknown>>;
}

/**
 * Rows that failed validation and hold her ID in one of their cells: «Rad 7 i Kontaktlogg kan ikke leses.» Such a
 * row may be hers, and its cells cannot be blanked safely, so erasure waits until it is corrected.
 */
export function unreadableRowsOf(r: PersonRead, id: string): string[] {
  const out: string[] = [];
  for (const t of parsedTables(r)) {
    const grid = r.wb.grid(t.def.sheetName);
    if (!grid) continue;
    for (const row of t.rows) {
      if (row.record !== null) continue;
      if ((grid[row.row - 1] ?? []).some((v) => String(v ?? '').trim().toUpperCase() === id)) out.push(`Rad ${row.row} i ${t.def.sheetName} kan ikke leses.`);
    }
  }
  return out;
}
