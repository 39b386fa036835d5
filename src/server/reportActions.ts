/** The report menu items: ask for the month (blank = previous), confirm before sending, show the result. */
import { formatNorwegian } from '../domain/calendar';
import { monthName, parseTypedMonth, previousMonth } from '../domain/report/month';
import { todayIn } from '../sheets/cellDates';
import { UserError } from './errors';
import { withDialog } from './menuActions';
import { generateMonthlyReport, refuseUnfinishedMonth, reportSentOn, resolveMonth, sendMonthlyReport, type GenerateSummary } from './monthlyReport';
import type { Ports } from './ports';

/** Asks which month; null when cancelled. Accepts 2026-03, 03.2026 and 3/2026. */
function askMonth(ports: Ports, title: string): string | null | undefined {
  const today = todayIn(ports.clock.now(), ports.spreadsheet().getSpreadsheetTimeZone());
  const fallback = previousMonth(today);
  const answer = ports.ui?.prompt(title, `Hvilken måned? Skriv ÅÅÅÅ-MM, eller la feltet stå tomt for ${monthName(fallback)} (${fallback}).`);
  if (answer === null || answer === undefined) return null;
  if (answer.trim() === '') return fallback;
  const month = parseTypedMonth(answer);
  if (!month) return undefined;
  return resolveMonth(month, today);
}

function generatedText(s: GenerateSummary): string {
  const parts = [`Rapporten for ${s.monthName} står i arket «${s.sheet}».`];
  if (s.keptFreeText.length > 0) parts.push(`Friteksten ble beholdt (${s.keptFreeText.join(', ')}).`);
  else parts.push('Skriv gode historier, utfordringer og ønsker i fritekstfeltene før du sender den.');
  if (s.notCountedRows > 0) parts.push(`${s.notCountedRows} rader har feil og er ikke talt: se nederst i rapporten, eller kjør «Kontroller data».`);
  return parts.join('\n');
}

function monthOrThrow(month: string | undefined): string {
  if (month === undefined) throw new UserError('Skriv måneden som ÅÅÅÅ-MM, for eksempel 2026-03.');
  return month;
}

export function runMonthlyReport(ports: Ports): void {
  withDialog(ports, 'Lag månedsrapport', () => {
    const month = askMonth(ports, 'Lag månedsrapport');
    if (month === null) return '';
    return generatedText(generateMonthlyReport(ports, monthOrThrow(month)));
  });
}

export function runSendMonthlyReport(ports: Ports): void {
  withDialog(ports, 'Send månedsrapport', () => {
    const month = askMonth(ports, 'Send månedsrapport');
    if (month === null) return '';
    const m = monthOrThrow(month);
    refuseUnfinishedMonth(ports, m); // before asking to confirm
    const sent = reportSentOn(ports, m);
    const question = sent
      ? `Rapporten for ${monthName(m)} er allerede sendt ${formatNorwegian(sent)} – send på nytt?`
      : `Rapporten for ${monthName(m)} lages på nytt og sendes til nasjonal prosjektleder (adressen i Innstillinger). Den inneholder bare tall (små tall om personer er skjult») og friteksten din. Sende nå?`;
    if (!ports.ui?.confirm('Send månedsrapport', question)) return '';
    const s = sendMonthlyReport(ports, m, { resend: sent !== null });
    return [`Rapporten for ${s.monthName} er sendt til ${s.to}.`, ...(s.national ? [s.national] : []), generatedText(s)].join('\n');
  });
}
