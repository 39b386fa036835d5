/**
 * «Sett opp / oppdater arkene»: every sheet the add-on needs, created or brought up to date without losing a
 * value. Running it twice changes nothing the second time.
 */
import { ensureReminderSheets } from '../sheets/reminderSetup';
import { ensureSettingsSheet } from '../sheets/settingsSheet';
import { ensureTable, type TableSetupResult } from '../sheets/setup';
import { DATA_TABLES } from '../sheets/tables';
import type { Ports } from './ports';
import { setupContext } from './setupContext';

export interface SetupSummary { created: string[]; addedColumns: Array<{ sheet: string; columns: string[] }> }

export function setupSheets(ports: Ports): SetupSummary {
  return ports.lock.withLock(() => {
    const ctx = setupContext(ports);
    const results: TableSetupResult[] = [...ensureSettingsSheet(ctx)];
    for (const def of DATA_TABLES) results.push(ensureTable(ctx, def as never));
    results.push(...ensureReminderSheets(ctx));
    return {
      created: results.filter((r) => r.created).map((r) => r.sheet),
      addedColumns: results.filter((r) => !r.created && r.addedColumns.length > 0).map((r) => ({ sheet: r.sheet, columns: r.addedColumns })),
    };
  });
}
