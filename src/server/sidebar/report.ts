/**
 * «Rapport» and the reminder switch in «Innstillinger»: the menu's own use cases (monthlyReport.ts,
 * reminderSwitch.ts) behind the sidebar's JSON results. Sending needs the page's explicit confirmation.
 */
import { monthName, monthsEndingWith, previousMonth } from '../../domain/report/month';
import { loadSettings } from '../../sheets/settingsSheet';
import * as z from 'zod/mini';
import '../../domain/zod';
import { FREE_TEXT_FIELDS, generateMonthlyReport, saveReportFreeText, sendMonthlyReport } from '../monthlyReport';
import type { Ports } from '../ports';
import { disableReminders, enableReminders, ownerText } from '../reminderSwitch';
import type { RemindersInput, ReminderState, ReportInput, ReportPage, ReportResult, ReportSent, ReportTextInput, SendReportInput } from './dto';
import { Refusal, type Ok } from './result';
import { openSession } from './session';
import { asObject, checkKeys, checkRecord } from './validate';

/** How many months back the month picker offers (the report for any earlier month is still one menu click). */
const MONTHS_OFFERED = 12;

export function openReport(ports: Ports): Ok<ReportPage> {
  const s = openSession(ports);
  const { settings } = loadSettings(s.wb);
  const defaultMonth = previousMonth(s.today);
  // The current month is offered too, marked as figures so far: it can be generated, not sent (monthlyReport.ts).
  const current = s.today.slice(0, 7);
  const months = monthsEndingWith(current, MONTHS_OFFERED + 1).reverse().map((m) => ({ month: m, label: m === current ? `${monthName(m)} (hittil)` : monthName(m) }));
  return { ok: true, page: 'report', today: s.today, defaultMonth, months, recipient: settings.nationalLeaderEmail };
}

/** The month asked for; null or absent means the previous one, any other type is refused (never read as blank). */
function month(payload: unknown): string | null {
  const m = checkKeys(payload, { month: { kind: 'text?', message: 'Må være en måned (ÅÅÅÅ-MM), eller tom for forrige måned.' } }).month;
  return typeof m === 'string' ? m : null;
}

export function generateReport(ports: Ports, payload: ReportInput): Ok<ReportResult> {
  const summary = generateMonthlyReport(ports, month(payload));
  return { ok: true, ...summary, message: `Rapporten for ${summary.monthName} står i arket «${summary.sheet}».` };
}

const MAX_FREE_TEXT = 5000;
const text = z.string().check(z.maxLength(MAX_FREE_TEXT, `Høyst ${MAX_FREE_TEXT} tegn.`));
const ReportTextSchema = z.object({ month: z.optional(z.nullable(z.string())), goodStories: text, challenges: text, wishes: text });

/** «Lagre teksten»: the free text written into the report sheet, after the send's own privacy check. */
export function saveReportText(ports: Ports, payload: ReportTextInput): Ok<ReportResult> {
  const v = checkRecord(ReportTextSchema, asObject(payload));
  const freeText = { 'Gode historier': v[FREE_TEXT_FIELDS['Gode historier']].trim(), Utfordringer: v[FREE_TEXT_FIELDS.Utfordringer].trim(), 'Ønsker og behov': v[FREE_TEXT_FIELDS['Ønsker og behov']].trim() };
  const summary = saveReportFreeText(ports, v.month, freeText);
  return { ok: true, ...summary, message: `Friteksten er lagret i arket «${summary.sheet}».` };
}

export function sendReport(ports: Ports, payload: SendReportInput): Ok<ReportSent> {
  const requested = month(payload);
  if (asObject(payload).confirmed !== true) throw new Refusal('Bekreft at rapporten skal sendes. Ingenting ble sendt.');
  const summary = sendMonthlyReport(ports, requested);
  return { ok: true, ...summary, message: `Rapporten for ${summary.monthName} er sendt til ${summary.to}.${summary.national ? ` ${summary.national}` : ''}` };
}

export function setReminders(ports: Ports, payload: RemindersInput): Ok<{ reminders: ReminderState; message: string }> {
  const on = asObject(payload).on;
  if (typeof on !== 'boolean') throw new Refusal('Velg på eller av.', { on: 'Må være på eller av.' });
  const status = on ? enableReminders(ports) : disableReminders(ports);
  const hour = String(status.hour).padStart(2, '0');
  const message = on
    ? `Påminnelser er slått på: hver dag kl. ${hour} (${status.timeZone}) til ${status.recipients.join(', ')}, bare når noe er nytt. ${ownerText(status)}`
    : 'Påminnelser er slått av. Ingen e-post sendes før du slår dem på igjen.';
  return { ok: true, reminders: status, message };
}
