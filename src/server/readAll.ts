/** Reads every table once for an operation: the basis of the data check, the reminders and the report. */
import type { Problem } from '../sheets/problems';
import type { ParsedTable } from '../sheets/parseTable';
import { loadSettings, type LoadedSettings } from '../sheets/settingsSheet';
import * as T from '../sheets/tables';
import type { Workbook } from '../sheets/workbook';
import type * as R from '../domain/records';

export interface AllTables {
  volunteers: ParsedTable<R.Volunteer>;
  participants: ParsedTable<R.Participant>;
  matches: ParsedTable<R.Match>;
  contacts: ParsedTable<R.Contact>;
  inquiries: ParsedTable<R.Inquiry>;
  courses: ParsedTable<R.Course>;
  contactInfo: ParsedTable<R.ContactInfo>;
  settings: LoadedSettings;
}

export function readAll(wb: Workbook): AllTables {
  return {
    volunteers: wb.read(T.VOLUNTEERS),
    participants: wb.read(T.PARTICIPANTS),
    matches: wb.read(T.MATCHES),
    contacts: wb.read(T.CONTACTS),
    inquiries: wb.read(T.INQUIRIES),
    courses: wb.read(T.COURSES),
    contactInfo: wb.read(T.CONTACT_INFO),
    settings: loadSettings(wb),
  };
}

/** The valid records (with their sheet rows) of the programme's tables: what the pure computations take. */
export function validRecords(all: AllTables) {
  return {
    volunteers: all.volunteers.records,
    participants: all.participants.records,
    matches: all.matches.records,
    contacts: all.contacts.records,
    inquiries: all.inquiries.records,
    courses: all.courses.records,
  };
}

/** Every row- and sheet-level problem the parsers found. */
export function parseProblems(all: AllTables): Problem[] {
  const tables = [all.volunteers, all.participants, all.matches, all.contacts, all.inquiries, all.courses, all.contactInfo, all.settings.shelterTable] as ParsedTable<unknown>[];
  const out: Problem[] = [];
  for (const t of tables) {
    out.push(...t.problems);
    for (const r of t.rows) out.push(...r.problems);
  }
  for (const p of all.settings.problems) {
    out.push({ sheet: T.SETTINGS_SHEET, row: null, column: p.label, message: `${p.message} Standardverdien brukes.`, severity: 'feil' });
  }
  return out;
}
