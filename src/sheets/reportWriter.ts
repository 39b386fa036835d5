/**
 * Writes the report grid into its sheet: created when missing, otherwise written over in place and only then
 * are the old report's leftover cells and chart removed, so a write that fails midway never loses the leader's
 * free text. A fixed number of service calls whatever the data: one setValues for the whole block, one call per
 * format kind, one chart.
 */
import type { ReportGrid } from './reportSheet';
import { REPORT_WIDTH } from './reportSheet';
import type { Sheet, Spreadsheet } from './workbook';

const WIDTHS = [330, 110, 150, 520, 30, 130, 120];
export const CHART_TITLE = 'Aktive koblinger ved månedsslutt, siste 12 måneder';

export function writeReportSheet(ss: Spreadsheet, name: string, existing: Sheet | null, grid: ReportGrid): Sheet {
  const sheet = existing ?? ss.insertSheet(name);
  const oldRows = existing ? sheet.getLastRow() : 0;
  const oldCols = existing ? sheet.getLastColumn() : 0;
  const rows = grid.values.length;
  if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (sheet.getMaxColumns() < REPORT_WIDTH) sheet.insertColumnsAfter(sheet.getMaxColumns(), REPORT_WIDTH - sheet.getMaxColumns());

  const block = sheet.getRange(1, 1, rows, REPORT_WIDTH);
  // Formats first, so «–» and labels stay text and shares show as percent.
  block.setNumberFormats(grid.numberFormats);
  block.setValues(grid.values);
  block.setFontWeights(grid.fontWeights);
  block.setVerticalAlignment('top');
  if (existing === null) WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  // Column D holds definitions and the free text: wrap it (the free-text rows are contiguous).
  sheet.getRange(1, 4, rows, 1).setWrap(true);

  // What the old report had beyond the new one (a longer list of rows not counted, say) is blanked now.
  if (oldRows > rows) sheet.getRange(rows + 1, 1, oldRows - rows, Math.max(oldCols, REPORT_WIDTH)).clear();
  if (oldCols > REPORT_WIDTH) sheet.getRange(1, REPORT_WIDTH + 1, rows, oldCols - REPORT_WIDTH).clear();
  if (existing) for (const chart of sheet.getCharts()) sheet.removeChart(chart);

  const data = sheet.getRange(grid.chartData.row, grid.chartData.column, grid.chartData.rows, 2);
  const chart = sheet.newChart().asColumnChart()
    .addRange(data)
    .setNumHeaders(1)
    .setPosition(grid.chartData.row + grid.chartData.rows + 1, grid.chartData.column, 0, 0)
    .setOption('title', CHART_TITLE)
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
  return sheet;
}
