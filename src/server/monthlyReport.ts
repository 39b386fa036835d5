/**
 * «Lag månedsrapport» and «Send til nasjonal prosjektleder»: read every table once, compute the month's
 * figures from the dated fields, (re)write «Rapport ÅÅÅÅ-MM» keeping the leader's free text, and for sending,
 * compose an aggregates-only email, sent with the reminders' retrying sender and recorded in Varsellogg as
 * `report:ÅÅÅÅ-MM`, so a second send of the same month is refused unless asked for. Both return JSON-safe
 * summaries (the sidebar can call them as they are).
 */
import { formatNorwegian, maxDate, type IsoDate } from '../domain/calendar';
import type { LedgerEntry } from '../domain/reminders/ledger';
import { publishedCsv } from '../domain/report/attachment';
import { composeReportEmail } from '../domain/report/email';
import { publishedRows } from '../domain/report/published';
import { computeMonthlyReport, type ReportInput } from '../domain/report/compute';
import { FIGURE_DEFS, type FreeText } from '../domain/report/definitions';
import { freeTextProblems, nameParts } from '../domain/report/freeTextCheck';
import { isMonth, monthHasEnded, monthName, previousMonth, reportMonthName, type Month } from '../domain/report/month';
import { figureText } from '../domain/report/format';
import type { FigureKey, MonthlyReport, NotCounted } from '../domain/report/types';
import type { Settings } from '../domain/settings';
import { todayIn } from '../sheets/cellDates';
import { LEDGER } from '../sheets/reminderTables';
import { ensureTable } from '../sheets/setup';
import type { ParsedTable } from '../sheets/parseTable';
import { buildReportGrid, readFreeText, reportGridHtml, reportSheetName, type ReportGrid } from '../sheets/reportSheet';
import { writeReportSheet } from '../sheets/reportWriter';
import { Workbook, type Sheet } from '../sheets/workbook';
import { UserError } from './errors';
import type { MailMessage, Ports } from './ports';
import { deliverReport } from './national/deliver';
import { setupContext } from './setupContext';
import { sendAll, withoutAddresses } from './reminderMail';
import { readAll, validRecords, type AllTables } from './readAll';

export interface GenerateSummary {
  month: Month;
  monthName: string;
  sheet: string;
  /** Rows left out because they failed validation: how many, and which (sheet and row numbers). */
  notCountedRows: number;
  notCounted: NotCounted[];
  /** A few headline figures, exact (the leader's own view; the email hides small counts). */
  headline: Array<{ label: string; value: string }>;
  /** Free-text sections that had text and kept it. */
  keptFreeText: string[];
  /** The free text as it stands in the sheet now (the sidebar's Rapport tab edits it). */
  freeText: FreeText;
  activeMatches: number;
}

export interface SendSummary extends GenerateSummary {
  to: string; subject: string;
  /** What happened to the delivery to the national overview; null when it is switched off. */
  national: string | null;
}
export interface SendOptions { /** Send again although Varsellogg says this month was sent. */ resend?: boolean }

/** The Varsellogg key of a sent report. */
export const reportKey = (month: Month): string => `report:${month}`;

function notCountedRows(table: ParsedTable<unknown>): number[] {
  return table.rows.filter((r) => r.record === null).map((r) => r.row);
}

/** The pure computation's input from one read of every table. */
export function reportInputFrom(all: AllTables, month: Month, today?: IsoDate): ReportInput {
  const tables = [all.volunteers, all.participants, all.matches, all.contacts, all.inquiries, all.courses] as ParsedTable<unknown>[];
  return {
    month,
    today,
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

const HEADLINE: readonly FigureKey[] = ['matches.started', 'matches.activeAtMonthEnd', 'matches.ended', 'volunteers.registered', 'volunteers.quit', 'followUps.logged', 'followUps.activeFollowedUp', 'inquiries.total'];

interface Produced {
  report: MonthlyReport; freeText: FreeText; settings: Settings; names: readonly string[]; summary: GenerateSummary; wb: Workbook; today: IsoDate;
  grid: ReportGrid; sheet: Sheet;
}

/** Appends to Varsellogg, creating it first in a spreadsheet set up before the reminders existed. */
function record(ports: Ports, wb: Workbook, entry: LedgerEntry): void {
  let ledger = wb.read(LEDGER);
  if (!ledger.exists) {
    ensureTable(setupContext(ports, wb.ss), LEDGER as never);
    wb.invalidate();
    ledger = wb.read(LEDGER);
  }
  wb.append(ledger, [entry]);
}

/** The sidebar's field names for the three free-text sections. */
export const FREE_TEXT_FIELDS = { 'Gode historier': 'goodStories', Utfordringer: 'challenges', 'Ønsker og behov': 'wishes' } as const;

/**
 * Refuses free text with personal data, naming each find at its field; the send and the sidebar's save share it.
 * Nothing is written or sent when it throws.
 */
function refusePersonalData(freeText: FreeText, names: readonly string[], where: string, nothing: string): void {
  const problems = freeTextProblems(freeText, names);
  if (problems.length === 0) return;
  const list = problems.map((p) => `«${p.found}» (${p.kind}) i «${p.section}»`).join('; ');
  const fieldErrors: Record<string, string> = {};
  for (const p of problems) {
    const field = FREE_TEXT_FIELDS[p.section as keyof typeof FREE_TEXT_FIELDS];
    fieldErrors[field] = `${fieldErrors[field] ? `${fieldErrors[field]}, ` : 'Fjern '}«${p.found}» (${p.kind})`;
  }
  throw new UserError(`${where} ser ut til å inneholde personopplysninger: ${list}. Fjern dem og prøv igjen. ${nothing}`, fieldErrors);
}

/** Computes and writes the report sheet; call under the lock. `freeText` replaces the sheet's, after the check. */
function produce(ports: Ports, requested: string | null | undefined, newFreeText?: FreeText): Produced {
  const ss = ports.spreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const today = todayIn(ports.clock.now(), tz);
  const month = resolveMonth(requested, today);
  const wb = new Workbook(ss, tz);
  const all = readAll(wb);
  const settings = all.settings.settings;
  const input = reportInputFrom(all, month, today);
  const report = computeMonthlyReport(input);
  const name = reportSheetName(month);
  const existing = wb.sheet(name);
  // Only the free text is checked for names and aliases (before sending); the report's labels are not (compute.ts).
  const names = nameParts(all.contactInfo.records.map((r) => r.record.name), all.volunteers.records.map((r) => r.record.alias));
  if (newFreeText) refusePersonalData(newFreeText, names, 'Friteksten', 'Ingenting ble lagret.');
  const freeText = newFreeText ?? readFreeText(existing ? wb.grid(name) : null);
  const grid = buildReportGrid(report, freeText, { associationName: settings.associationName, generated: today, threshold: settings.smallCountThreshold });
  const sheet = writeReportSheet(ss, name, existing, grid);
  const summary: GenerateSummary = {
    month,
    monthName: reportMonthName(report),
    sheet: name,
    notCountedRows: report.notCounted.reduce((n, t) => n + t.rows.length, 0),
    notCounted: report.notCounted.filter((t) => t.rows.length > 0),
    // Headline figures are activity: exact, as the email shows them.
    headline: HEADLINE.map((k) => ({ label: FIGURE_DEFS[k].label, value: figureText(report.figures[k]) })),
    keptFreeText: Object.entries(freeText).filter(([, t]) => t !== '').map(([label]) => label),
    freeText,
    activeMatches: report.figures['matches.activeAtMonthEnd'].kind === 'count' ? report.figures['matches.activeAtMonthEnd'].n : 0,
  };
  return { report, freeText, settings, names, summary, wb, today, grid, sheet };
}

export function generateMonthlyReport(ports: Ports, month?: string | null): GenerateSummary {
  return ports.lock.withLock(() => produce(ports, month).summary);
}

/** The sidebar's «Lagre teksten»: the report made again with this free text, refused (nothing written) if it holds personal data. */
export function saveReportFreeText(ports: Ports, month: string | null | undefined, freeText: FreeText): GenerateSummary {
  return ports.lock.withLock(() => produce(ports, month, freeText).summary);
}

function sentOn(wb: Workbook, month: Month): IsoDate | null {
  const key = reportKey(month);
  return wb.read(LEDGER).records.reduce<IsoDate | null>((d, r) => (r.record.key === key ? maxDate(d, r.record.date) : d), null);
}

/** When the report for `month` was last sent (Varsellogg), or null: the menu asks before sending it again. */
export function reportSentOn(ports: Ports, month: Month): IsoDate | null {
  const ss = ports.spreadsheet();
  return sentOn(new Workbook(ss, ss.getSpreadsheetTimeZone()), month);
}

/**
 * Refuses a month that has not ended: its figures are only «hittil», and once sent, Varsellogg's
 * report:ÅÅÅÅ-MM would hold back the real report. Generating it is allowed.
 */
export function refuseUnfinishedMonth(ports: Ports, requested: string | null | undefined): void {
  const today = todayIn(ports.clock.now(), ports.spreadsheet().getSpreadsheetTimeZone());
  const month = resolveMonth(requested, today);
  if (!monthHasEnded(month, today)) {
    throw new UserError(`Måneden er ikke slutt ennå; send rapporten for ${month} etter månedsslutt.`);
  }
}

const CHART_CID = 'chart';

/** File names: «ressursvenn-2026-10-eksempelby-sanitetsforening.csv». */
function fileBase(settings: Settings, month: Month): string {
  const slug = settings.associationName.toLowerCase().replace(/[æ]/g, 'ae').replace(/[ø]/g, 'o').replace(/[å]/g, 'a').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `ressursvenn-${month}${slug ? `-${slug}` : ''}`;
}

/**
 * The email's files: the chart as an inline image (the sheet's own chart, as a PNG, after a flush so it shows the
 * figures just written), the published rows as CSV, and the report sheet as a PDF.
 */
function reportFiles(ports: Ports, report: MonthlyReport, settings: Settings, grid: ReportGrid, sheet: Sheet): Pick<MailMessage, 'attachments' | 'inlineImages'> {
  const base = fileBase(settings, report.month);
  ports.flush();
  const chart = sheet.getCharts()[0];
  const rows = publishedRows(report, settings.smallCountThreshold);
  return {
    inlineImages: chart ? { [CHART_CID]: chart.getAs('image/png').setName(`${base}-aktive-koblinger.png`) } : {},
    attachments: [
      ports.blobs.text(`${base}.csv`, 'text/csv', publishedCsv(settings.associationName, report.month, rows)),
      ports.blobs.pdfFromHtml(`${base}.pdf`, reportGridHtml(grid)),
    ],
  };
}

/** Regenerates the sheet (so email and sheet agree), checks the free text, then sends and records it. */
export function sendMonthlyReport(ports: Ports, month?: string | null, opts: SendOptions = {}): SendSummary {
  return ports.lock.withLock(() => {
    refuseUnfinishedMonth(ports, month);
    const { report, freeText, settings, names, summary, wb, today, grid, sheet } = produce(ports, month);
    const to = settings.nationalLeaderEmail;
    if (!to) throw new UserError('Fyll inn «Nasjonal prosjektleder (e-post)» i Innstillinger før rapporten kan sendes. Rapportarket er laget.');
    const before = sentOn(wb, summary.month);
    if (before && !opts.resend) throw new UserError(`Rapporten for ${summary.monthName} er allerede sendt ${formatNorwegian(before)}. Ingenting ble sendt nå; velg menyvalget igjen og bekreft for å sende den på nytt.`);
    refusePersonalData(freeText, names, `Fritekstfeltene i ${summary.sheet}`, 'Ingenting ble sendt.');
    const email = composeReportEmail(report, freeText, { associationName: settings.associationName, threshold: settings.smallCountThreshold, chartCid: CHART_CID });
    const message = { to, subject: email.subject, body: email.text, htmlBody: email.html, name: 'Ressursvenn', ...reportFiles(ports, report, settings, grid, sheet) };
    const outcome = sendAll(ports, [{ message, onSent: () => record(ports, wb, { date: today, recipient: to, key: reportKey(summary.month), code: 'Månedsrapport' }) }]);
    if (outcome.quotaHit) throw new UserError('Dagens e-postkvote er brukt opp. Prøv igjen i morgen. Ingenting ble sendt.');
    if (outcome.sent === 0) throw new UserError(`E-posten kunne ikke sendes (${withoutAddresses(outcome.errors.join(' | '))}). Prøv igjen senere. Ingenting ble sendt.`);
    // The email is gone; the national overview (when switched on) gets the same published rows, and a failure
    // there is recorded and retried, never turned into «nothing was sent».
    const national = settings.nationalOverviewOn ? deliverReport(ports, wb, settings, report).message : null;
    return { ...summary, to, subject: email.subject, national };
  });
}
