/**
 * «Slett gamle personopplysninger»: notes, activities and contact details past «Lagringstid etter avslutning»
 * are blanked; dates, statuses, counts and flags stay, so the statistics do not change. One read per table,
 * the pure plan (src/domain/retention.ts), a few batched writes, and a Kjørelogg row with the counts only.
 */
import type { IsoDate } from '../domain/calendar';
import { planLedgerPrune, planRetention, retentionCounts, RETENTION_FIELDS, type RetentionPlan, type RetentionTable } from '../domain/retention';
import { blankCells } from '../sheets/blankCells';
import { todayIn } from '../sheets/cellDates';
import { isBlankCell } from '../sheets/cells';
import type { ParsedTable } from '../sheets/parseTable';
import { LEDGER, RUN_LOG, type RunLogEntry } from '../sheets/reminderTables';
import { removeRows } from '../sheets/removeRows';
import { ensureTable } from '../sheets/setup';
import { Workbook } from '../sheets/workbook';
import type { Ports } from './ports';
import { dueToday } from './dueToday';
import { readAll, validRecords, type AllTables } from './readAll';
import { logRun } from './runReminders';
import { setupContext } from './setupContext';

export interface RetentionSummary {
  retentionMonths: number;
  today: IsoDate;
  /** Rows with something blanked (or to blank), per table. */
  counts: Record<RetentionTable, number>;
  total: number;
}

/** What each count means to the leader, in sheet order: sheet, one, many, what. */
const NOTE = ['merknad', 'merknader', ''] as const;
const WHAT: ReadonlyArray<[RetentionTable, string, readonly [string, string, string]]> = [
  ['volunteers', 'Frivillige', NOTE],
  ['participants', 'Deltakere', NOTE],
  ['matches', 'Koblinger', NOTE],
  ['contacts', 'Kontaktlogg', ['rad', 'rader', ' (merknad og aktiviteter)']],
  ['inquiries', 'Henvendelser', NOTE],
  ['courses', 'Kurs', NOTE],
  ['contactInfo', 'Kontaktinfo', ['person', 'personer', ' (navn, telefon, e-post)']],
  ['ledger', 'Varsellogg', ['rad', 'rader', ' (sendte påminnelser)']],
];

/** «Kontaktlogg: 40 rader (merknad og aktiviteter)», one line per table with something to blank. */
export function describeCounts(counts: Record<RetentionTable, number>): string[] {
  return WHAT.filter(([k]) => counts[k] > 0).map(([k, sheet, [one, many, what]]) => `${sheet}: ${counts[k]} ${counts[k] === 1 ? one : many}${what}`);
}

/** The cells of the given fields on bad rows (they have no record): an ID there still says who the row is about. */
function rawCells<R>(wb: Workbook, table: ParsedTable<R>, fields: ReadonlyArray<keyof R & string>): Array<{ row: number; values: string[] }> {
  const grid = wb.grid(table.def.sheetName);
  if (!grid) return [];
  return table.rows.filter((r) => r.record === null).map((r) => ({
    row: r.row,
    values: fields.map((f) => table.columnIndex.get(f)).filter((i): i is number => i !== undefined && !isBlankCell(grid[r.row - 1]?.[i])).map((i) => String(grid[r.row - 1]![i]).trim()),
  }));
}

function plan(wb: Workbook, all: AllTables, today: IsoDate): RetentionPlan {
  const badInfo = rawCells(wb, all.contactInfo, ['volunteerId']).filter((r) => r.values.length > 0);
  const retentionMonths = all.settings.settings.retentionMonths;
  // What a reminder run would find due today: the rows keeping those from going out again stay. (A failed run is
  // repeated for 14 days only, far inside any retention period, so its rows need no such care.)
  const { due, evaluation } = dueToday(all, today);
  const dueKeys = new Set([...due.map((d) => d.key), ...evaluation.volunteerNotices.map((n) => n.key)]);
  return {
    ...planRetention({
      today,
      retentionMonths,
      ...validRecords(all),
      contactInfo: [...all.contactInfo.records.map(({ row, record }) => ({ row, volunteerId: record.volunteerId })), ...badInfo.map((r) => ({ row: r.row, volunteerId: r.values[0]! }))],
      unreadableMatchIds: new Set(rawCells(wb, all.matches, ['id', 'volunteerId', 'participantId']).flatMap((r) => r.values)),
    }),
    ledger: planLedgerPrune({ today, retentionMonths, ledger: wb.read(LEDGER).records, dueKeys }),
  };
}

function summary(p: RetentionPlan, retentionMonths: number, today: IsoDate): RetentionSummary {
  const counts = retentionCounts(p);
  return { retentionMonths, today, counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** What a purge would blank now, as counts. Reads only. */
export function previewRetention(ports: Ports): RetentionSummary {
  const ss = ports.spreadsheet();
  const wb = new Workbook(ss, ss.getSpreadsheetTimeZone());
  const today = todayIn(ports.clock.now(), wb.tz);
  const all = readAll(wb);
  return summary(plan(wb, all, today), all.settings.settings.retentionMonths, today);
}

/** Appends a Kjørelogg row; an older layout without the run log gets it first: the record of what was erased matters more than the layout. */
export function logRunEnsured(ports: Ports, wb: Workbook, now: Date, entry: Omit<RunLogEntry, 'at'>): void {
  if (!wb.read(RUN_LOG).exists) {
    ensureTable(setupContext(ports, wb.ss), RUN_LOG as never);
    wb.invalidate(RUN_LOG.sheetName);
  }
  logRun(wb, now, entry);
}

/** Blanks what the plan names, from a fresh read under the lock, and records the counts in Kjørelogg. */
export function runRetention(ports: Ports): RetentionSummary {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const wb = new Workbook(ss, ss.getSpreadsheetTimeZone());
    const now = ports.clock.now();
    const today = todayIn(now, wb.tz);
    const all = readAll(wb);
    const p = plan(wb, all, today);
    for (const [table] of WHAT) if (table !== 'ledger') blankCells(wb, all[table] as ParsedTable<unknown>, p[table], RETENTION_FIELDS[table]);
    removeRows(wb, wb.read(LEDGER), p.ledger);
    const s = summary(p, all.settings.settings.retentionMonths, today);
    const what = describeCounts(s.counts);
    logRunEnsured(ports, wb, now, {
      result: s.total > 0 ? 'OK' : 'Ingenting nytt', sent: null, kept: null,
      message: `Sletting av gamle personopplysninger (lagringstid ${s.retentionMonths} måneder): ${what.length > 0 ? what.join('; ') : 'ingenting å slette'}.`,
    });
    return s;
  });
}
