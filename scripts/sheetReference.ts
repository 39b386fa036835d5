/**
 * The sheet reference in docs/reference.md, generated from the table definitions so it cannot drift from the code.
 * `npm run docs` rewrites that section; a test fails when it is stale.
 */
import { SETTING_DEFS, DEFAULT_SETTINGS, settingCellValue } from '../src/domain/settings';
import type { ColumnDef, TableDef } from '../src/sheets/tableDef';
import { CHECK_SHEET, DATA_TABLES, SETTINGS_SHEET, SHELTERS } from '../src/sheets/tables';
import { CHECK_HEADERS } from '../src/server/checkData';
import { DUE_COLUMN, LEDGER, RUN_LOG } from '../src/sheets/reminderTables';
import { IMPORT_DEVIATIONS, IMPORT_LOG } from '../src/sheets/importTables';
import { readFileSync, writeFileSync } from 'node:fs';

const KIND_TEXT: Record<string, string> = {
  id: 'ID (plain text)', ref: 'ID reference (plain text)', text: 'text (plain)', note: 'note (plain text, privacy-scanned)',
  date: 'date `dd.mm.yyyy`', datetime: 'date and time', int: 'whole number', bool: 'checkbox', enum: 'dropdown',
  phone: 'phone (plain text)', email: 'email (plain text)',
};

function validation(c: ColumnDef<unknown>): string {
  if (c.list === 'shelters') return 'one of the shelters in Innstillinger (warning only)';
  if (c.list) return c.list.join(' · ');
  if (c.range) return `${c.range[0]}–${c.range[1]}`;
  if (c.kind === 'date') return 'a valid date';
  if (c.kind === 'bool') return 'checked or not';
  return '';
}

function table(def: TableDef<unknown>, intro: string): string {
  const rows = def.columns.map((c) => `| ${c.header} | ${KIND_TEXT[c.kind]} | ${validation(c).replace(/\|/g, '\\|')} | ${c.help.replace(/\|/g, '\\|')} |`);
  return [`### ${def.sheetName}`, '', intro, '', '| Column | Type | Allowed values | Meaning |', '|---|---|---|---|', ...rows].join('\n');
}

const INTROS: Record<string, string> = {
  Frivillige: 'Volunteers and their screening, one row each. No full names (those are only in Kontaktinfo).',
  Deltakere: 'Participants referred by a crisis shelter. No names and no contact details, anywhere.',
  Koblinger: 'Matches between one volunteer and one participant.',
  Kontaktlogg: 'Follow-ups: every contact the group leader has about a match or a volunteer.',
  Henvendelser: 'Inquiries, for the statistics the handbook asks for.',
  Kurs: 'Preparatory courses held and who took part.',
  Kontaktinfo: 'The only place with a volunteer\'s name, phone and email. Hidden and protected warning-only: every group leader can save contact details through the sidebar, and an edit by hand asks first.',
};

export function sheetReference(): string {
  const parts = DATA_TABLES.map((d) => table(d as TableDef<unknown>, INTROS[d.sheetName] ?? ''));
  const settingsRows = SETTING_DEFS.map((d) => `| ${d.label} | ${String(settingCellValue(d, DEFAULT_SETTINGS)) || '(blank)'} | ${d.help} |`);
  parts.push([
    `### ${SETTINGS_SHEET}`, '',
    'Two blocks side by side, each found by its headers. Settings as label/value rows (a blank or invalid value means the default, and the data check says so):', '',
    '| Innstilling | Default | Meaning |', '|---|---|---|', ...settingsRows, '',
    'The crisis shelters, used as the dropdown in Deltakere:', '',
    '| Column | Type | Allowed values | Meaning |', '|---|---|---|---|',
    ...SHELTERS.columns.map((c) => `| ${c.header} | ${KIND_TEXT[c.kind]} | | ${c.help} |`),
  ].join('\n'));
  parts.push(table(RUN_LOG as TableDef<unknown>, 'Written by the reminders: one row per run (and per switch on/off), newest at the bottom. A failed or partial run is also told in the next digest. «Slett gamle personopplysninger» writes a row here too: how many notes and contact details it blanked per sheet, never what they said.'));
  parts.push(table(LEDGER as TableDef<unknown>, 'Hidden. The reminders\' ledger: one row per item sent to a recipient. An occurrence listed here is not sent again to that recipient (except the weekly repeat of overdue items and concerns). Deleting rows here makes them go out again.'));
  parts.push([`### ${DUE_COLUMN.header} (column in Koblinger)`, '', `${DUE_COLUMN.help} Added by setup after the match columns; it is not part of the match record. Rewritten by setup, the import, every save that changes a match's deadlines and every reminder run, with reminders on or off.`].join('\n'));
  parts.push(table(IMPORT_DEVIATIONS as TableDef<unknown>, 'Written by «Importer gammel logg»: every source row that was not imported, was imported with something to check or without its note, and every table or tab that was seen but not imported (with its range). Rows are added, never replaced; delete them when handled.'));
  parts.push(table(IMPORT_LOG as TableDef<unknown>, 'Hidden. Written by «Importer gammel logg» so the same tab never imports twice. Holds fingerprints, never names.'));
  parts.push([`### ${CHECK_SHEET}`, '', `Written by «Kontroller data» (replaced each run): ${CHECK_HEADERS.map((h) => `«${h}»`).join(', ')}.`].join('\n'));
  return parts.join('\n\n');
}

/** Where the sheet reference and the server API table live (the README is a short front page linking to it). */
export const REFERENCE = 'docs/reference.md';

const START = '<!-- sheet-reference:start -->';
const END = '<!-- sheet-reference:end -->';

export function withSheetReference(reference: string): string {
  const a = reference.indexOf(START);
  const b = reference.indexOf(END);
  if (a < 0 || b < a) throw new Error('docs/reference.md has no sheet-reference markers');
  return `${reference.slice(0, a + START.length)}\n${sheetReference()}\n${reference.slice(b)}`;
}

if (require.main === module) {
  writeFileSync(REFERENCE, withSheetReference(readFileSync(REFERENCE, 'utf8')));
  console.log(`${REFERENCE} sheet reference updated`);
}
