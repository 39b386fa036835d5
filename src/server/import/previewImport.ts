/**
 * The import dialog's one round trip: the tabs that can be imported, and for the chosen one (or the first)
 * the tables found, their kind and proposed mapping, the counts for the whole tab and its first rows as they
 * would be imported. Reads only; writes nothing.
 */
import { BLOCK_KINDS, BLOCK_LABELS, fieldsOf, SKIP } from '../../domain/legacy/fields';
import { tableContext } from '../../domain/legacy/planning/row';
import { cellText } from '../../domain/legacy/text';
import { Workbook } from '../../sheets/workbook';
import type { Ports } from '../ports';
import { ImportRequestSchema, type BlockDto, type ImportPreviewDto } from './dto';
import { planFor } from './planFor';
import { parseRequest } from './rpc';
import { importableSheets } from './source';

/** Preview rows per table. */
export const PREVIEW_ROWS = 15;

export function previewImport(ports: Ports, raw: unknown): ImportPreviewDto {
  const request = parseRequest(ImportRequestSchema, raw);
  const ss = ports.spreadsheet();
  const wb = new Workbook(ss, ss.getSpreadsheetTimeZone());
  const sheets = importableSheets(wb);
  const kinds = BLOCK_KINDS.map((value) => ({ value, label: BLOCK_LABELS[value] }));
  const sheetName = request.sheetName ?? sheets[0] ?? null;
  const base: ImportPreviewDto = { sheets, sheetName, kinds, blocks: [], counts: null, rows: [], defaults: [], message: null };
  if (sheetName === null) return { ...base, message: 'Fant ingen fane å importere. Last opp den gamle loggen til Google Disk, åpne den, og kopier fanen inn i dette regnearket (høyreklikk fanen → Kopier til).' };
  const p = planFor(ports, wb, sheetName, request, PREVIEW_ROWS);
  if (p.blocks.length === 0) {
    return {
      ...base, counts: p.plan.counts,
      message: `Fant ingen overskriftsrad i «${sheetName}» blant de ${30} første radene. Importen trenger en rad med kolonnenavn som «Dato», «Navn», «Frivillig» eller «Status». Er fanen en logg, oppgi raden med kolonnenavnene under «Overskriftsrad». Er den ikke en logg (statistikk, notater), kan du notere den i Importavvik som «ikke en logg».`,
    };
  }
  const blocks: BlockDto[] = p.blocks.map((b, i) => {
    const header = p.grid[b.headerRow]!;
    const table = tableContext(p.grid, b);
    return {
      headerRow: b.headerRow + 1,
      lastRow: b.end,
      title: p.layout.blocks[i]!.title,
      kind: b.kind,
      columns: header.map((h, index) => ({ index, header: cellText(h) || `Kolonne ${index + 1}` })).filter((c) => c.index >= table.first && c.index < table.end),
      unmapped: b.kind === SKIP ? [] : table.unmapped.map((u) => ({ header: u.header, kept: !u.personal })),
      fields: fieldsOf(b.kind).map((f) => ({ key: f.key, label: f.label, required: f.required === true, column: b.mapping[f.key] ?? null })),
    };
  });
  return { ...base, blocks, counts: p.plan.counts, rows: p.plan.preview, defaults: p.plan.defaults };
}
