/**
 * What is due today, by the reminder rules: the one evaluation behind the daily digest and the sidebar's «I dag»
 * tab. Besides the rules' own items it says which rows and sheets could not be read (they get no reminders until
 * fixed) and which settings fall back to their default. Reads nothing itself: it takes the tables read once.
 */
import type { IsoDate } from '../domain/calendar';
import { byUrgency, evaluate, type Evaluation } from '../domain/reminders/due';
import { URGENT_REPEAT_DAYS } from '../domain/reminders/matchRules';
import { badRowDeadlines, sheetProblemDeadlines } from '../domain/reminders/otherRules';
import type { BadRow, DueItem, ReminderTable, SheetProblem } from '../domain/reminders/types';
import type { ParsedTable } from '../sheets/parseTable';
import * as T from '../sheets/tables';
import type { AllTables } from './readAll';

/** The tables the reminder rules read. */
export type RuleTables = Pick<AllTables, ReminderTable | 'settings'>;

export const REMINDER_TABLES: readonly ReminderTable[] = ['matches', 'volunteers', 'participants', 'contacts'];

function badRows(all: RuleTables): BadRow[] {
  const out: BadRow[] = [];
  for (const table of REMINDER_TABLES) {
    const parsed = all[table] as ParsedTable<unknown>;
    for (const r of parsed.rows) {
      if (r.record) continue;
      const columns = [...new Set(r.problems.map((p) => p.column).filter((c): c is string => !!c))];
      out.push({ table, sheet: parsed.def.sheetName, row: r.row, columns });
    }
  }
  return out;
}

/** Whole-sheet errors (a sheet or its ID column missing) of the tables the rules read. */
function sheetProblems(all: RuleTables): SheetProblem[] {
  return REMINDER_TABLES.flatMap((table) => (all[table] as ParsedTable<unknown>).problems
    .filter((p) => p.severity === 'feil')
    .map((p) => ({ table, sheet: p.sheet, message: p.message })));
}

function settingItems(all: RuleTables, today: IsoDate): DueItem[] {
  return all.settings.problems.map((p) => ({
    rule: 'check-row', code: T.SETTINGS_SHEET, key: `check-setting:${p.key}`, urgency: 'til orientering', date: today, until: null, repeatEveryDays: URGENT_REPEAT_DAYS,
    table: null, row: null, label: 'Sjekk innstillingen', text: `Innstillingen «${p.label}» er ugyldig; standardverdien brukes til den er rettet.`,
  }));
}

export interface DueToday {
  /** Everything due today, most urgent first. */
  due: DueItem[];
  /** The rules' evaluation itself (per-match deadlines for «Neste frist», notices to volunteers). */
  evaluation: Evaluation;
}

export function dueToday(all: RuleTables, today: IsoDate): DueToday {
  const evaluation = evaluate({
    today, settings: all.settings.settings, volunteers: all.volunteers.records, participants: all.participants.records,
    matches: all.matches.records, contacts: all.contacts.records,
  });
  const due = [...evaluation.due, ...sheetProblemDeadlines(sheetProblems(all), today), ...badRowDeadlines(badRows(all), today), ...settingItems(all, today)].sort(byUrgency);
  return { due, evaluation };
}
