/**
 * «Neste frist» in Koblinger: what each match has due next, by the reminders' own rules (evaluate, followUpDue).
 * Written by every save that changes a match's deadlines (a follow-up, a step of the match, a closure), by
 * setup, by the import and by the daily run, so the column is never older than the last change, with reminders
 * on or off. One setValues and one setBackgrounds for the whole column, whatever the number of rows.
 */
import type { IsoDate } from '../domain/calendar';
import { columnView, evaluate } from '../domain/reminders/due';
import type { Deadline, Rows } from '../domain/reminders/types';
import type { Contact, Match } from '../domain/records';
import type { Settings } from '../domain/settings';
import { guardText } from '../sheets/guard';
import { mapHeaders } from '../sheets/parseTable';
import { DUE_COLORS, DUE_COLUMN } from '../sheets/reminderTables';
import { loadSettings } from '../sheets/settingsSheet';
import { CONTACTS, MATCHES } from '../sheets/tables';
import type { Workbook } from '../sheets/workbook';

/**
 * Where «Neste frist» stands in Koblinger, from the header this operation read (call it before writing
 * Koblinger: the read is cached until then, so this costs no call). Null while the column is missing.
 */
export function dueColumnAt(wb: Workbook): number | null {
  const grid = wb.grid(MATCHES.sheetName);
  return (grid ? mapHeaders([DUE_COLUMN], grid[0] ?? []).get('due') : undefined) ?? null;
}

/** Every match's open deadlines (due and upcoming): the reminders' evaluation of matches and contacts. */
export function deadlinesByMatch(matches: readonly Rows<Match>[], contacts: readonly Rows<Contact>[], settings: Settings, today: IsoDate): Map<string, Deadline[]> {
  return evaluate({ today, settings, volunteers: [], participants: [], matches: [...matches], contacts: [...contacts] }).byMatch;
}

/**
 * Writes the column for rows 2..`lastRow` of Koblinger: a valid match row gets its view, any other row
 * (blank, or one that cannot be read) an empty cell.
 */
export function writeDueColumn(wb: Workbook, col: number | null, lastRow: number, matches: readonly Rows<Match>[], byMatch: Map<string, Deadline[]>, today: IsoDate): void {
  if (col === null || lastRow < 2) return;
  const byRow = new Map(matches.map((r) => [r.row, r.record.id]));
  const values: string[][] = [];
  const colors: (string | null)[][] = [];
  for (let row = 2; row <= lastRow; row++) {
    const id = byRow.get(row);
    const view = id ? columnView(byMatch.get(id), today) : { text: '', level: null };
    values.push([guardText(view.text)]);
    colors.push([view.level ? DUE_COLORS[view.level] : null]);
  }
  const range = wb.requireSheet(MATCHES.sheetName).getRange(2, col + 1, values.length, 1);
  range.setValues(values);
  range.setBackgrounds(colors);
}

/**
 * After a save: `matches` and `contacts` are the rows as they are now (the save's own read with its changes
 * applied), `lastRow` the last row of Koblinger now. Reads Kontaktlogg and Innstillinger when not given.
 */
export function refreshDueColumn(wb: Workbook, today: IsoDate, at: { col: number | null; lastRow: number; matches: readonly Rows<Match>[]; contacts?: readonly Rows<Contact>[]; settings?: Settings }): void {
  if (at.col === null) return;
  const contacts = at.contacts ?? wb.read(CONTACTS).records;
  const settings = at.settings ?? loadSettings(wb).settings;
  writeDueColumn(wb, at.col, at.lastRow, at.matches, deadlinesByMatch(at.matches, contacts, settings, today), today);
}

/** From a fresh read of Koblinger (setup, import): the whole column as the daily run would write it. */
export function rewriteDueColumn(wb: Workbook, today: IsoDate): void {
  const matches = wb.read(MATCHES);
  if (!matches.exists) return;
  refreshDueColumn(wb, today, { col: dueColumnAt(wb), lastRow: matches.lastRow, matches: matches.records });
}
