/**
 * The daily reminder run (the trigger, and «Send påminnelser nå»): one read of every table, the pure rules,
 * one digest per group leader with what is new (exactly once, by the ledger in Varsellogg), the optional
 * notices to volunteers, the «Neste frist» column in Koblinger, and a row in Kjørelogg. All under the lock,
 * so two runs at once cannot both send. Bad rows are reported as «sjekk rad N», never stop the run.
 */
import { addDays, formatNorwegian, type IsoDate } from '../domain/calendar';
import { composeDigest, composeVolunteerNotice, type DigestContext } from '../domain/reminders/digest';
import { byUrgency } from '../domain/reminders/due';
import { digestItems, indexLedger, isNew, ledgerEntries, type LedgerEntry } from '../domain/reminders/ledger';
import { URGENT_REPEAT_DAYS } from '../domain/reminders/matchRules';
import type { DueItem, LinkTarget } from '../domain/reminders/types';
import { previousMonth } from '../domain/report/month';
import { cellDateToLocalDateTime, todayIn } from '../sheets/cellDates';
import type { ParsedTable } from '../sheets/parseTable';
import { reportSheetName } from '../sheets/reportSheet';
import { ensureReminderSheets } from '../sheets/reminderSetup';
import { LEDGER, RUN_LOG, type RunLogEntry, type RunResult } from '../sheets/reminderTables';
import * as T from '../sheets/tables';
import { Workbook } from '../sheets/workbook';
import { dueColumnAt, writeDueColumn } from './dueColumn';
import { recordWithRetry, sendAll, withoutAddresses, type Outgoing } from './reminderMail';
import type { Ports } from './ports';
import { dueToday, REMINDER_TABLES } from './dueToday';
import { readAll, type AllTables } from './readAll';
import { setupContext } from './setupContext';

/** Failed or partial runs this recent are repeated (once) in the next digest. */
const FAILED_RUN_LOOKBACK_DAYS = 14;

export interface ReminderRunSummary { result: RunResult; sent: number; kept: number; items: number; message: string }

/** Earlier runs that failed or kept mail back: each is told once, in the next digest. */
function failedRunItems(runLog: ParsedTable<RunLogEntry>, today: IsoDate): DueItem[] {
  const from = addDays(today, -FAILED_RUN_LOOKBACK_DAYS);
  return runLog.records
    .filter(({ record: r }) => (r.result === 'Feil' || r.result === 'Delvis') && r.at.slice(0, 10) >= from)
    .map(({ record: r }) => ({
      rule: 'run-failed', code: 'Kjørelogg', key: `run-failed:${r.at}`, urgency: 'forfalt', date: r.at.slice(0, 10), until: null, repeatEveryDays: null,
      table: null, row: null, label: 'Kjøring feilet',
      text: `Påminnelseskjøringen ${formatNorwegian(r.at.slice(0, 10))} kl. ${r.at.slice(11, 16)} ble ikke fullført (${r.result}). Se arket Kjørelogg.`,
    }));
}

/** Appends one row to Kjørelogg (the sheet is created by setup and by switching reminders on). */
export function logRun(wb: Workbook, now: Date, entry: Omit<RunLogEntry, 'at'>): void {
  const table = wb.read(RUN_LOG);
  if (!table.exists) return;
  wb.append(table, [{ at: cellDateToLocalDateTime(now, wb.tz), ...entry, message: withoutAddresses(entry.message).slice(0, 1000) }]);
}

export function runReminders(ports: Ports): ReminderRunSummary {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const now = ports.clock.now();
    const today = todayIn(now, tz);
    let ledger = wb.read(LEDGER);
    if (!ledger.exists || !wb.read(RUN_LOG).exists || wb.read(RUN_LOG).columnIndex.size < RUN_LOG.columns.length) {
      // No ledger, no exactly-once: create the sheets (an upgrade that skipped setup) before anything is sent.
      ensureReminderSheets(setupContext(ports, ss));
      wb.invalidate();
      ledger = wb.read(LEDGER);
    }
    const runLog = wb.read(RUN_LOG);
    const all = readAll(wb);
    const settings = all.settings.settings;

    // The same evaluation as the sidebar's «I dag», plus the runs that failed (the digest's own business).
    const { due: ruleItems, evaluation: ev } = dueToday(all, today);
    const due = [...ruleItems, ...failedRunItems(runLog, today)].sort(byUrgency);

    const gids: Partial<Record<LinkTarget, number>> = {};
    for (const t of REMINDER_TABLES) {
      const sheet = wb.sheet(all[t].def.sheetName);
      if (sheet) gids[t] = sheet.getSheetId();
    }
    const report = wb.sheet(reportSheetName(previousMonth(today)));
    if (report) gids.report = report.getSheetId();
    const ctx: DigestContext = { today, associationName: settings.associationName, spreadsheetId: ss.getId(), gids };
    const sent = indexLedger(ledger.records.map((r) => r.record));
    const recipients = settings.groupLeaderEmails.length > 0 ? settings.groupLeaderEmails : [ports.user.email()].filter(Boolean);

    // Each successful send is recorded in the ledger at once: a later failure cannot un-record it, and
    // nothing is recorded that did not go out.
    const record = (entries: LedgerEntry[]) => () => {
      recordWithRetry(ports, () => wb.append(ledger, entries));
      ledger.lastRow += entries.length;
    };
    const queue: Outgoing[] = [];
    let items = 0;
    for (const to of recipients) {
      const chosen = digestItems(due, sent.get(to), today);
      if (chosen.length === 0) continue;
      items += chosen.length;
      const email = composeDigest(ctx, chosen);
      queue.push({ message: { to, subject: email.subject, body: email.text, htmlBody: email.html }, onSent: record(ledgerEntries(chosen, to, today)) });
    }
    if (settings.remindVolunteers && ev.volunteerNotices.length > 0) {
      const emails = new Map(all.contactInfo.records.map((r) => [r.record.volunteerId, r.record.email]));
      for (const n of ev.volunteerNotices) {
        const to = emails.get(n.volunteerId);
        if (!to || !isNew({ key: n.key, repeatEveryDays: null }, sent.get(n.volunteerId), today)) continue;
        const email = composeVolunteerNotice(settings.associationName, n.plannedEnd);
        queue.push({ message: { to, subject: email.subject, body: email.text, htmlBody: email.html }, onSent: record(ledgerEntries([{ key: n.key, code: n.volunteerId }], n.volunteerId, today)) });
      }
    }

    const outcome = sendAll(ports, queue);
    writeDueColumn(wb, dueColumnAt(wb), all.matches.lastRow, all.matches.records, ev.byMatch, today);

    const parts: string[] = [];
    if (queue.length === 0) parts.push(recipients.length === 0 ? 'Ingen gruppeledere står i Innstillinger, og ingen e-post å sende til.' : 'Ingenting nytt å varsle om.');
    else parts.push(`Sendte ${outcome.sent} av ${queue.length} e-poster (${items} punkter til gruppeledere).`);
    if (outcome.quotaHit) parts.push(`E-postkvoten for i dag er brukt opp: ${outcome.kept} e-post(er) sendes ved neste kjøring.`);
    else if (outcome.kept > 0) parts.push(`${outcome.kept} e-post(er) kunne ikke sendes og prøves igjen ved neste kjøring: ${outcome.errors.join(' | ')}`);
    if (outcome.unrecorded.length > 0) parts.push(`${outcome.unrecorded.length} sendt(e) e-post(er) kunne ikke føres i Varsellogg og kan bli sendt igjen: ${outcome.unrecorded.join(' | ')}`);
    const result: RunResult = queue.length === 0 ? 'Ingenting nytt' : outcome.kept > 0 || outcome.unrecorded.length > 0 ? 'Delvis' : 'OK';
    const message = parts.join(' ');
    logRun(wb, now, { result, sent: outcome.sent, kept: outcome.kept, message });
    return { result, sent: outcome.sent, kept: outcome.kept, items, message };
  });
}

/**
 * The trigger's entry: a failing run is written to Kjørelogg (add-on triggers send no failure email) and
 * shown in the next digest. Rethrows only when even that is impossible, so Apps Script records it.
 */
export function runRemindersLogged(ports: Ports): ReminderRunSummary {
  try {
    return runReminders(ports);
  } catch (e) {
    const message = `Kjøringen stoppet: ${e instanceof Error ? e.message : String(e)}`;
    ports.log(e instanceof Error ? e.stack ?? message : message);
    try {
      ports.lock.withLock(() => {
        const ss = ports.spreadsheet();
        logRun(new Workbook(ss, ss.getSpreadsheetTimeZone()), ports.clock.now(), { result: 'Feil', sent: 0, kept: null, message });
      });
    } catch {
      throw e;
    }
    return { result: 'Feil', sent: 0, kept: 0, items: 0, message };
  }
}
