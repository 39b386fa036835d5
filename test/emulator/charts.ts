/**
 * Embedded charts, minimal but strict: Sheet.newChart() → EmbeddedChartBuilder (addRange, as*Chart,
 * setChartType, setPosition, setOption, setNumHeaders, build), Sheet.insertChart / getCharts / removeChart.
 * A chart needs at least one range on its own sheet's spreadsheet; removing a chart that is not on the sheet
 * throws, as Sheets does. Nothing is drawn: tests read the chart's type, ranges, position and options.
 */
import { instrument } from './calls';
import { describeType } from './coerce';
import { chartImage } from './blob';
import type { Core, SheetState } from './core';
import { getCell } from './grid';
import { cellValue } from './range';

export type ChartType = 'AREA' | 'BAR' | 'COLUMN' | 'LINE' | 'PIE' | 'SCATTER' | 'TABLE' | 'COMBO' | 'HISTOGRAM';
const TYPES: readonly ChartType[] = ['AREA', 'BAR', 'COLUMN', 'LINE', 'PIE', 'SCATTER', 'TABLE', 'COMBO', 'HISTOGRAM'];

export interface ChartRange { sheet: string; row: number; col: number; numRows: number; numCols: number }
export interface ChartState {
  id: number;
  type: ChartType;
  ranges: ChartRange[];
  anchorRow: number;
  anchorCol: number;
  offsetX: number;
  offsetY: number;
  numHeaders: number;
  options: Record<string, unknown>;
}

/** Charts of each sheet; kept beside the sheet state so core.ts stays as it is. */
const chartsBySheet = new WeakMap<SheetState, ChartState[]>();
let nextId = 1;

export function chartList(st: SheetState): ChartState[] {
  let list = chartsBySheet.get(st);
  if (!list) chartsBySheet.set(st, (list = []));
  return list;
}

interface RangeLike { _sheet: SheetState; _row: number; _col: number; _nr: number; _nc: number }
const isRange = (r: unknown): r is RangeLike => typeof r === 'object' && r !== null && '_sheet' in r && '_nr' in r && typeof (r as { getValues?: unknown }).getValues === 'function';
const isInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n);

export class EmbeddedChartBuilder {
  _spec: ChartState;
  constructor(readonly _core: Core, readonly _sheetState: SheetState) {
    this._spec = { id: 0, type: 'COLUMN', ranges: [], anchorRow: 1, anchorCol: 1, offsetX: 0, offsetY: 0, numHeaders: -1, options: {} };
  }
  _as(type: ChartType): this { this._spec.type = type; return this; }
  addRange(range: unknown): this {
    if (!isRange(range)) throw this._core.sigErr('SpreadsheetApp.EmbeddedChartBuilder.addRange', describeType(range));
    if (range._sheet.ss !== this._sheetState.ss) throw this._core.err('The chart range must be in the same spreadsheet as the chart.');
    this._spec.ranges.push({ sheet: range._sheet.name, row: range._row, col: range._col, numRows: range._nr, numCols: range._nc });
    return this;
  }
  clearRanges(): this { this._spec.ranges = []; return this; }
  asAreaChart(): this { return this._as('AREA'); }
  asBarChart(): this { return this._as('BAR'); }
  asColumnChart(): this { return this._as('COLUMN'); }
  asLineChart(): this { return this._as('LINE'); }
  asPieChart(): this { return this._as('PIE'); }
  asScatterChart(): this { return this._as('SCATTER'); }
  asTableChart(): this { return this._as('TABLE'); }
  setChartType(type: unknown): this {
    if (!TYPES.includes(type as ChartType)) throw this._core.sigErr('SpreadsheetApp.EmbeddedChartBuilder.setChartType', describeType(type));
    return this._as(type as ChartType);
  }
  setPosition(anchorRow: unknown, anchorCol: unknown, offsetX: unknown, offsetY: unknown): this {
    const args = [anchorRow, anchorCol, offsetX, offsetY];
    if (!args.every(isInt)) throw this._core.sigErr('SpreadsheetApp.EmbeddedChartBuilder.setPosition', args.map(describeType).join(','));
    const [r, c, x, y] = args as number[];
    if (r! < 1 || c! < 1) throw this._core.err('The chart anchor must be inside the sheet.');
    Object.assign(this._spec, { anchorRow: r, anchorCol: c, offsetX: x, offsetY: y });
    return this;
  }
  setOption(option: unknown, value: unknown): this {
    if (typeof option !== 'string') throw this._core.sigErr('SpreadsheetApp.EmbeddedChartBuilder.setOption', describeType(option));
    this._spec.options[option] = value;
    return this;
  }
  setNumHeaders(headers: unknown): this {
    if (!isInt(headers)) throw this._core.sigErr('SpreadsheetApp.EmbeddedChartBuilder.setNumHeaders', describeType(headers));
    this._spec.numHeaders = headers;
    return this;
  }
  setTitle(title: unknown): this { return this.setOption('title', String(title)); }
  build(): EmbeddedChart {
    if (this._spec.ranges.length === 0) throw this._core.err('The chart has no data. Add a range with addRange().');
    return new EmbeddedChart(this._core, { ...this._spec, id: 0, ranges: [...this._spec.ranges], options: { ...this._spec.options } });
  }
}

export class EmbeddedChart {
  constructor(readonly _core: Core, readonly _spec: ChartState, readonly _sheetState: SheetState | null = null) {}
  /** The chart as an image, drawn from its data as it is now: the last column of its first range, below the headers. */
  getAs(contentType: unknown) {
    const r = this._spec.ranges[this._spec.ranges.length - 1]; // the series; earlier ranges are the labels
    const st = this._sheetState?.ss.sheets.find((s) => s.name === r?.sheet && !s.deleted) ?? null;
    const values: number[] = [];
    if (r && st) {
      for (let row = r.row + Math.max(0, this._spec.numHeaders); row < r.row + r.numRows; row++) {
        const v = cellValue(getCell(st, row, r.col + r.numCols - 1));
        values.push(typeof v === 'number' ? v : 0);
      }
    }
    return chartImage(this._core, values, contentType, String(this._spec.options.title ?? 'Chart'));
  }
  getBlob() { return this.getAs('image/png'); }
  getChartId(): number | null { return this._spec.id === 0 ? null : this._spec.id; }
  getType(): string { return this._spec.type; }
  getNumHeaders(): number { return this._spec.numHeaders; }
  getOptions(): { get(option: string): unknown } {
    const options = this._spec.options;
    return { get: (o: string) => (o in options ? options[o] : null) };
  }
  getContainerInfo(): { getAnchorRow(): number; getAnchorColumn(): number; getOffsetX(): number; getOffsetY(): number } {
    const s = this._spec;
    return { getAnchorRow: () => s.anchorRow, getAnchorColumn: () => s.anchorCol, getOffsetX: () => s.offsetX, getOffsetY: () => s.offsetY };
  }
}

instrument(EmbeddedChartBuilder, 'EmbeddedChartBuilder');
instrument(EmbeddedChart, 'EmbeddedChart');

export function insertChart(core: Core, st: SheetState, chart: unknown): void {
  if (!(chart instanceof EmbeddedChart)) throw core.sigErr('SpreadsheetApp.Sheet.insertChart', describeType(chart));
  if (chart._spec.id !== 0) throw core.err('This chart has already been inserted. Use updateChart() to change it.');
  chart._spec.id = nextId++;
  chartList(st).push(chart._spec);
  core.recordWrite('insertChart', st, '');
}

export function getCharts(core: Core, st: SheetState): EmbeddedChart[] {
  return core.arr(chartList(st).map((spec) => new EmbeddedChart(core, spec, st)));
}

export function removeChart(core: Core, st: SheetState, chart: unknown): void {
  if (!(chart instanceof EmbeddedChart)) throw core.sigErr('SpreadsheetApp.Sheet.removeChart', describeType(chart));
  const list = chartList(st);
  const i = list.findIndex((c) => c.id !== 0 && c.id === chart._spec.id);
  if (i < 0) throw core.err('The chart does not exist on this sheet.');
  list.splice(i, 1);
  core.recordWrite('removeChart', st, '');
}
