/** Creates the reminders' sheets and the «Neste frist» column in Koblinger; same result every time. */
import { DUE_COLUMN, LEDGER, RUN_LOG } from './reminderTables';
import { ensureColumns, ensureTable, formatColumns, type SetupContext, type TableSetupResult } from './setup';
import { MATCHES } from './tables';

export function ensureReminderSheets(ctx: SetupContext): TableSetupResult[] {
  const due: TableSetupResult = { sheet: MATCHES.sheetName, created: false, addedColumns: [] };
  const { sheet, index } = ensureColumns(ctx, MATCHES.sheetName, [DUE_COLUMN], due);
  formatColumns(ctx, sheet, [DUE_COLUMN], index);
  return [ensureTable(ctx, LEDGER as never), ensureTable(ctx, RUN_LOG as never), due];
}
