/**
 * The tab to import, read once, as the pure planner wants it: date cells become `yyyy-MM-dd` in the
 * spreadsheet's zone, everything else stays as Sheets returns it. Also which tabs can be imported at all.
 */
import { findLayout, rankKinds, type Layout, type Mapping } from '../../domain/legacy/detect';
import { fieldsOf, SKIP, type BlockKind } from '../../domain/legacy/fields';
import type { PlanBlock } from '../../domain/legacy/plan';
import type { SourceCell } from '../../domain/legacy/text';
import { cellDateToIso } from '../../sheets/cellDates';
import { IMPORT_TABLES } from '../../sheets/importTables';
import { LEDGER, RUN_LOG } from '../../sheets/reminderTables';
import { REPORT_SHEET_PREFIX } from '../../sheets/reportSheet';
import { CHECK_SHEET, DATA_TABLES, SETTINGS_SHEET } from '../../sheets/tables';
import type { Workbook } from '../../sheets/workbook';
import { UserError } from '../errors';
import type { ImportRequest } from './dto';

const OWN_SHEETS = new Set<string>([...DATA_TABLES, ...IMPORT_TABLES, LEDGER, RUN_LOG].map((d) => d.sheetName).concat(SETTINGS_SHEET, CHECK_SHEET));

/** The add-on's own sheets (and its monthly «Rapport ÅÅÅÅ-MM» sheets) are never import sources. */
export function isOwnSheet(name: string): boolean {
  return OWN_SHEETS.has(name) || new RegExp(`^${REPORT_SHEET_PREFIX}\\d{4}-\\d{2}$`).test(name);
}

/** Tabs that are not the add-on's own and not empty, in sheet order. */
export function importableSheets(wb: Workbook): string[] {
  return wb.ss.getSheets().filter((s) => !isOwnSheet(s.getName()) && s.getLastRow() > 0).map((s) => s.getName());
}

function toSource(v: unknown, tz: string): SourceCell {
  if (Object.prototype.toString.call(v) === '[object Date]') return isNaN((v as Date).getTime()) ? '' : cellDateToIso(v as Date, tz);
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return v === null || v === undefined ? null : String(v);
}

export function readSource(wb: Workbook, sheetName: string): SourceCell[][] {
  if (isOwnSheet(sheetName)) throw new UserError(`«${sheetName}» er et av tilleggets egne ark og kan ikke importeres.`, { sheetName: 'Velg fanen med den gamle loggen.' });
  const grid = wb.grid(sheetName);
  if (!grid) throw new UserError(`Fant ikke fanen «${sheetName}».`, { sheetName: 'Fanen finnes ikke (slettet eller omdøpt?).' });
  return grid.map((row) => row.map((v) => toSource(v, wb.tz)));
}

/** The detected tables with the leader's choices applied: another kind gets a fresh proposed mapping. */
export function chooseBlocks(layout: Layout, grid: SourceCell[][], request: ImportRequest): PlanBlock[] {
  return layout.blocks.map((b, i) => {
    const choice = request.blocks?.[i];
    const kind: BlockKind = choice?.kind ?? b.kind;
    const place = { headerRow: b.headerRow, end: b.end, ...(b.cols ? { cols: b.cols, roles: b.roles } : {}) };
    if (kind === SKIP) return { ...place, kind, mapping: {} };
    // Beside another table: only this table's header cells are candidates.
    const header = b.cols ? grid[b.headerRow]!.map((v, c) => (c >= b.cols!.first && c < b.cols!.end ? v : null)) : grid[b.headerRow]!;
    let mapping: Mapping = kind === b.kind ? b.mapping : rankKinds(header, '').find((r) => r.kind === kind)!.mapping;
    if (choice?.mapping && (choice.kind === undefined || choice.kind === b.kind || Object.keys(choice.mapping).length > 0)) {
      const width = grid[b.headerRow]!.length;
      mapping = Object.fromEntries(fieldsOf(kind).map((f) => {
        const c = f.key in choice.mapping! ? choice.mapping![f.key]! : mapping[f.key] ?? null;
        return [f.key, c !== null && c < width ? c : null];
      }));
    }
    return { ...place, kind, mapping };
  });
}
