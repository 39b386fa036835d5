/**
 * An association's side of the national overview: after the monthly report is sent (and when «Send til nasjonal
 * oversikt» is on in Innstillinger), the month's published rows go to the national web app as JSON with the
 * association's key. Transient failures are retried with backoff at once; a delivery that is lost or refused is
 * written to Kjørelogg with the reason and kept as pending (document property), and the daily run and the next
 * send try it again. Nothing but the published rows leaves: the same protected/exact line as the email, with the
 * national overview's minimum threshold where the association's own is lower.
 */
import { buildDelivery, NATIONAL_MIN_THRESHOLD } from '../../domain/national/delivery';
import { monthName, type Month } from '../../domain/report/month';
import { publishedRows } from '../../domain/report/published';
import type { MonthlyReport } from '../../domain/report/types';
import type { Settings } from '../../domain/settings';
import type { Workbook } from '../../sheets/workbook';
import type { Ports } from '../ports';
import { RETRY_DELAYS_MS, withoutAddresses } from '../reminderMail';
import { logRun } from '../runReminders';

export const PENDING_KEY = 'RESSURSVENN_NATIONAL_PENDING';

export interface DeliveryOutcome { delivered: boolean; message: string }

function pending(ports: Ports): Month[] {
  try {
    const v = JSON.parse(ports.properties.get(PENDING_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((m): m is Month => typeof m === 'string') : [];
  } catch {
    return [];
  }
}
function setPending(ports: Ports, months: Month[]): void {
  const list = [...new Set(months)].sort();
  if (list.length === 0) ports.properties.delete(PENDING_KEY);
  else ports.properties.set(PENDING_KEY, JSON.stringify(list));
}

export function pendingDeliveries(ports: Ports): Month[] {
  return pending(ports);
}

function parseAnswer(text: string): { ok?: unknown; message?: unknown } | null {
  try {
    const v = JSON.parse(text) as unknown;
    return v !== null && typeof v === 'object' ? (v as { ok?: unknown; message?: unknown }) : null;
  } catch {
    return null;
  }
}

/** One POST, retried on a network error or a 5xx/429 answer; a refusal (4xx, or ok:false) is not retried. */
function post(ports: Ports, url: string, body: string): { ok: boolean; message: string } {
  let last = '';
  for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
    if (attempt > 0) ports.sleep(RETRY_DELAYS_MS[attempt - 1]!);
    let res: { code: number; text: string };
    try {
      res = ports.http.postJson(url, body);
    } catch (e) {
      last = `ingen forbindelse (${e instanceof Error ? e.message : String(e)})`;
      continue;
    }
    const answer = parseAnswer(res.text);
    const said = answer && typeof answer.message === 'string' ? answer.message : '';
    if (res.code === 200 && answer && answer.ok === true) return { ok: true, message: said };
    if (res.code === 200 && answer && answer.ok === false) return { ok: false, message: `avvist: ${said}` };
    last = `svar ${res.code}${said ? `: ${said}` : ''}`;
    if (res.code < 500 && res.code !== 429) return { ok: false, message: last };
  }
  return { ok: false, message: last };
}

/** Sends one month's report rows; records the outcome in Kjørelogg and the pending list. Call under the lock. */
export function deliverReport(ports: Ports, wb: Workbook, settings: Settings, report: MonthlyReport): DeliveryOutcome {
  const month = report.month;
  const name = monthName(month);
  let outcome: DeliveryOutcome;
  if (!settings.nationalOverviewUrl || !settings.nationalOverviewKey) {
    outcome = { delivered: false, message: `Tallene for ${name} ble ikke sendt til nasjonal oversikt: fyll inn adresse og nøkkel i Innstillinger.` };
  } else {
    const threshold = Math.max(settings.smallCountThreshold, NATIONAL_MIN_THRESHOLD);
    const body = JSON.stringify(buildDelivery(settings.nationalOverviewKey, month, threshold, publishedRows(report, threshold)));
    const r = post(ports, settings.nationalOverviewUrl, body);
    outcome = r.ok
      ? { delivered: true, message: `Tallene for ${name} er levert til nasjonal oversikt. ${r.message}`.trim() }
      : { delivered: false, message: `Tallene for ${name} ble ikke levert til nasjonal oversikt (${withoutAddresses(r.message)}). Nytt forsøk ved neste daglige kjøring eller neste sending.` };
  }
  const others = pending(ports).filter((m) => m !== month);
  setPending(ports, outcome.delivered ? others : [...others, month]);
  logRun(wb, ports.clock.now(), { result: outcome.delivered ? 'OK' : 'Feil', sent: null, kept: null, message: `Nasjonal oversikt: ${outcome.message}` });
  return outcome;
}
