/** «Oppdater nasjonal oversikt»: the overview, the missing list and the charts rebuilt from «Nasjonale tall». */
import { missingFor, summarize } from '../../domain/national/summary';
import { previousMonth, type Month } from '../../domain/report/month';
import { todayIn } from '../../sheets/cellDates';
import { ensureNationalSheets, readAssociations, readData, writeMissing, writeOverview } from '../../sheets/nationalSheets';
import type { Spreadsheet } from '../../sheets/workbook';
import type { Ports } from '../ports';

export interface OverviewSummary { lastMonth: Month; registered: number; reported: number; missing: string[] }

/** Call under the lock. Last month is the month before today in the spreadsheet's time zone. */
export function refreshOverviewUnlocked(ports: Ports, ss: Spreadsheet): OverviewSummary {
  const today = todayIn(ports.clock.now(), ss.getSpreadsheetTimeZone());
  const lastMonth = previousMonth(today);
  const associations = readAssociations(ss).map((a) => a.name);
  const { rows, unreadable } = readData(ss);
  const summary = summarize(rows, lastMonth);
  const missing = missingFor(associations, rows, lastMonth);
  const lastReceived = new Map<string, Month>();
  for (const r of rows) if (r.month > (lastReceived.get(r.association) ?? '')) lastReceived.set(r.association, r.month);
  writeOverview(ss, summary, { today, lastMonth, registered: associations.length, missing, unreadable });
  writeMissing(ss, missing, lastReceived);
  return { lastMonth, registered: associations.length, reported: summary.reported[lastMonth]?.length ?? 0, missing };
}

export function refreshOverview(ports: Ports): OverviewSummary {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    ensureNationalSheets(ss);
    return refreshOverviewUnlocked(ports, ss);
  });
}
