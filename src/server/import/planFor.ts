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
import { importSalts } from './salt';
import { chooseBlocks, importableSheets, readSource } from './source';
import { namesOnTab } from '../../domain/legacy/planning/state';

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
    // The import (no preview limit, under its lock) creates the salt the first time; a preview only reads it.
    ...importSalts(ports, wb.ss.getId(), previewLimit === 0), loggedBy: ports.user.email(), loggedAt: cellDateToLocalDateTime(now, wb.tz), previewLimit,
    otherNames: namesOnOtherTabs(wb, sheetName), notesReviewed: request.notesReviewed === true,
  });
  return { sheetName, grid, layout, blocks, tables, plan, today };
}

/**
 * Names in the name columns of every other tab that could be imported (one read per tab): a participant named
 * only in the match list is still scrubbed from the contact log's notes, whichever tab is imported first.
 */
function namesOnOtherTabs(wb: Workbook, sheetName: string): { volunteers: string[]; participants: string[] } {
  const out = { volunteers: [] as string[], participants: [] as string[] };
  for (const name of importableSheets(wb)) {
    if (name === sheetName) continue;
    const grid = readSource(wb, name);
    const layout = findLayout(grid, name);
    const { vNames, pNames } = namesOnTab({ grid, roles: layout.roles, blocks: layout.blocks });
    out.volunteers.push(...vNames);
    out.participants.push(...pNames);
  }
  return out;
}
