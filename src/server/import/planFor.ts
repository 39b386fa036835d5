/** Reads a tab and the spreadsheet once and plans its import: shared by the preview and the import itself. */
import { findLayout, type Layout } from '../../domain/legacy/detect';
import { planImport, type ImportPlan, type PlanBlock } from '../../domain/legacy/plan';
import type { SourceCell } from '../../domain/legacy/text';
import { cellDateToLocalDateTime, todayIn } from '../../sheets/cellDates';
import type { Workbook } from '../../sheets/workbook';
import { highWaterMark } from '../allocateIds';
import type { Ports } from '../ports';
import type { ImportRequest } from './dto';
import { existingData, readExisting, type ExistingTables } from './existing';
import { chooseBlocks, readSource } from './source';

export interface PlannedImport {
  sheetName: string;
  grid: SourceCell[][];
  layout: Layout;
  blocks: PlanBlock[];
  tables: ExistingTables;
  plan: ImportPlan;
  today: string;
}

export function planFor(ports: Ports, wb: Workbook, sheetName: string, request: ImportRequest, previewLimit = 0): PlannedImport {
  const grid = readSource(wb, sheetName);
  const tables = readExisting(wb);
  const layout = findLayout(grid, sheetName, request.blocks?.map((b) => (b.headerRow ? b.headerRow - 1 : null)));
  const blocks = chooseBlocks(layout, grid, request);
  const now = ports.clock.now();
  const today = todayIn(now, wb.tz);
  const plan = planImport({
    sheetName, grid, roles: layout.roles, blocks, existing: existingData(wb, tables, (kind) => highWaterMark(ports, kind)), today,
    salt: wb.ss.getId(), loggedBy: ports.user.email(), loggedAt: cellDateToLocalDateTime(now, wb.tz), previewLimit,
  });
  return { sheetName, grid, layout, blocks, tables, plan, today };
}
