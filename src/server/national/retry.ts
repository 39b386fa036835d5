/** Retrying the national deliveries that were lost or refused: the daily run and «Send til nasjonal oversikt på nytt». */
import { computeMonthlyReport } from '../../domain/report/compute';
import { todayIn } from '../../sheets/cellDates';
import { Workbook } from '../../sheets/workbook';
import { reportInputFrom } from '../monthlyReport';
import type { Ports } from '../ports';
import { withDialog } from '../menuActions';
import { readAll } from '../readAll';
import { deliverReport, pendingDeliveries, type DeliveryOutcome } from './deliver';

/** The daily run's and the menu's retry: every pending month, computed again from the sheets, sent again. */
export function retryNationalDeliveries(ports: Ports): DeliveryOutcome[] {
  const months = pendingDeliveries(ports);
  if (months.length === 0) return [];
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const all = readAll(wb);
    const settings = all.settings.settings;
    if (!settings.nationalOverviewOn) return [];
    const today = todayIn(ports.clock.now(), tz);
    return months.map((m) => deliverReport(ports, wb, settings, computeMonthlyReport(reportInputFrom(all, m, today))));
  });
}

/** The trigger's retry: a failure is already in Kjørelogg per month; anything else is logged, never thrown. */
export function retryNationalLogged(ports: Ports): void {
  try {
    retryNationalDeliveries(ports);
  } catch (e) {
    ports.log(`Nasjonal oversikt, nytt forsøk: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
}

export function runRetryNational(ports: Ports): void {
  withDialog(ports, 'Send til nasjonal oversikt på nytt', () => {
    if (pendingDeliveries(ports).length === 0) return 'Alle tall er levert til nasjonal oversikt. Ingenting å sende på nytt.';
    const out = retryNationalDeliveries(ports);
    return out.length === 0 ? 'Sending til nasjonal oversikt er slått av i Innstillinger.' : out.map((o) => o.message).join('\n');
  });
}
