/**
 * «Lag månedsrapport» and «Send til nasjonal prosjektleder»: read every table once, compute the month's
 * figures from the dated fields, (re)write «Rapport ÅÅÅÅ-MM» keeping the leader's free text, and for sending,
 * compose an aggregates-only email. Both return JSON-safe summaries (the sidebar can call them as they are).
 */
import { composeReportEmail } from '../domain/report/email';
import { computeMonthlyReport, type ReportInput } from '../domain/report/compute';
import type { FreeText } from '../domain/report/definitions';
import { freeTextProblems, nameParts } from '../domain/report/freeTextCheck';
import { isMonth, monthName, previousMonth, type Month } from '../domain/report/month';
import type { MonthlyReport } from '../domain/report/types';
import type { Settings } from '../domain/settings';
import { todayIn } from '../sheets/cellDates';
import type { ParsedTable } from '../sheets/parseTable';
import { buildReportGrid, readFreeText, reportSheetName } from '../sheets/reportSheet';
import { writeReportSheet } from '../sheets/reportWriter';
import { Workbook } from '../sheets/workbook';
import { UserError } from './errors';
import type { Ports } from './ports';
import { readAll, validRecords, type AllTables } from './readAll';

export interface GenerateSummary {
  month: Month;
  monthName: string;
  sheet: string;
  /** Rows left out because they failed validation. */
  notCountedRows: number;
  /** Free-text sections that had text and kept it. */
  keptFreeText: string[];
  activeMatches: number;
}

export interface SendSummary extends GenerateSummary { to: string; subject: string }

function notCountedRows(table: ParsedTable<unknown>): number[] {
  return table.rows.filter((r) => r.record === null).map((r) => r.row);
}

/** The pure computation's input from one read of every table. */
export function reportInputFrom(all: AllTables, month: Month): ReportInput {
  const tables = [all.volunteers, all.participants, all.matches, all.contacts, all.inquiries, all.courses] as ParsedTable<unknown>[];
  return {
    month,
    settings: all.settings.settings,
    ...validRecords(all),
    notCounted: tables.map((t) => ({ sheet: t.def.sheetName, rows: notCountedRows(t) })),
    sheetProblems: tables.flatMap((t) => t.problems.filter((p) => p.severity === 'feil').map((p) => (p.message.includes(t.def.sheetName) ? p.message : `${t.def.sheetName}: ${p.message}`))),
  };
}

/** The month the leader asked for; blank means the previous month. Future months have no figures yet. */
export function resolveMonth(requested: string | null | undefined, today: string): Month {
  const month = requested === null || requested === undefined || requested.trim() === '' ? previousMonth(today) : requested.trim();
  if (!isMonth(month)) throw new UserError(`«${month}» er ikke en måned. Skriv ÅÅÅÅ-MM, for eksempel ${previousMonth(today)}.`);
  if (month > today.slice(0, 7)) throw new UserError(`${monthName(month)} har ikke begynt ennå.`);
  return month;
}

interface Produced { report: MonthlyReport; freeText: FreeText; settings: Settings; all: AllTables; summary: GenerateSummary }

/** Computes and writes the report sheet; call under the lock. */
function produce(ports: Ports, requested: string | null | undefined): Produced {
  const ss = ports.spreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const today = todayIn(ports.clock.now(), tz);
  const month = resolveMonth(requested, today);
  const wb = new Workbook(ss, tz);
  const all = readAll(wb);
  const settings = all.settings.settings;
  const report = computeMonthlyReport(reportInputFrom(all, month));
  const name = reportSheetName(month);
  const existing = wb.sheet(name);
  const freeText = readFreeText(existing ? wb.grid(name) : null);
  writeReportSheet(ss, name, existing, buildReportGrid(report, freeText, { associationName: settings.associationName, generated: today }));
  const summary: GenerateSummary = {
    month,
    monthName: monthName(month),
    sheet: name,
    notCountedRows: report.notCounted.reduce((n, t) => n + t.rows.length, 0),
    keptFreeText: Object.entries(freeText).filter(([, t]) => t !== '').map(([label]) => label),
    activeMatches: report.figures['matches.activeAtMonthEnd'].kind === 'count' ? report.figures['matches.activeAtMonthEnd'].n : 0,
  };
  return { report, freeText, settings, all, summary };
}

export function generateMonthlyReport(ports: Ports, month?: string | null): GenerateSummary {
  return ports.lock.withLock(() => produce(ports, month).summary);
}

/** Regenerates the sheet (so email and sheet agree), checks the free text, then sends. */
export function sendMonthlyReport(ports: Ports, month?: string | null): SendSummary {
  return ports.lock.withLock(() => {
    const { report, freeText, settings, all, summary } = produce(ports, month);
    const to = settings.nationalLeaderEmail;
    if (!to) throw new UserError('Fyll inn «Nasjonal prosjektleder (e-post)» i Innstillinger før rapporten kan sendes. Rapportarket er laget.');
    const names = nameParts(all.contactInfo.records.map((r) => r.record.name), all.volunteers.records.map((r) => r.record.alias));
    const problems = freeTextProblems(freeText, names);
    if (problems.length > 0) {
      const list = problems.map((p) => `«${p.found}» (${p.kind}) i «${p.section}»`).join('; ');
      throw new UserError(`Fritekstfeltene i ${summary.sheet} ser ut til å inneholde personopplysninger: ${list}. Fjern dem og prøv igjen. Ingenting ble sendt.`);
    }
    if (ports.mail.remainingQuota() < 1) throw new UserError('Dagens e-postkvote er brukt opp. Prøv igjen i morgen. Ingenting ble sendt.');
    const email = composeReportEmail(report, freeText, { associationName: settings.associationName, threshold: settings.smallCountThreshold });
    ports.mail.send({ to, subject: email.subject, body: email.text, htmlBody: email.html, name: 'Ressursvenn' });
    return { ...summary, to, subject: email.subject };
  });
}
