/**
 * «Sett opp / oppdater arkene»: every sheet the add-on needs, created or brought up to date without losing a
 * value. Running it twice changes nothing the second time.
 */
import { ensureReminderSheets } from '../sheets/reminderSetup';
import { ensureSettingsSheet } from '../sheets/settingsSheet';
import { ensureTable, type TableSetupResult } from '../sheets/setup';
import { DATA_TABLES } from '../sheets/tables';
import { todayIn } from '../sheets/cellDates';
import { Workbook } from '../sheets/workbook';
import { rewriteDueColumn } from './dueColumn';
import type { Ports } from './ports';
import { setupContext } from './setupContext';
import { removeBlankDefaultTab } from './tidyFirstTab';

export interface SetupSummary {
  created: string[];
  addedColumns: Array<{ sheet: string; columns: string[] }>;
  /** The empty default tab («Ark1») removed by the first setup, so the add-on's sheets come first. */
  removedBlank: string | null;
}

export function setupSheets(ports: Ports): SetupSummary {
  return ports.lock.withLock(() => {
    const ctx = setupContext(ports);
    const results: TableSetupResult[] = [...ensureSettingsSheet(ctx)];
    for (const def of DATA_TABLES) results.push(ensureTable(ctx, def as never));
    results.push(...ensureReminderSheets(ctx));
    // «Neste frist» filled from the sheets as they are, reminders on or off (an upgrade, or a copied file).
    const tz = ctx.ss.getSpreadsheetTimeZone();
    rewriteDueColumn(new Workbook(ctx.ss, tz), todayIn(ports.clock.now(), tz));
    const created = results.filter((r) => r.created).map((r) => r.sheet);
    return {
      created,
      addedColumns: results.filter((r) => !r.created && r.addedColumns.length > 0).map((r) => ({ sheet: r.sheet, columns: r.addedColumns })),
      removedBlank: created.length > 0 ? removeBlankDefaultTab(ctx.ss) : null,
    };
  });
}
