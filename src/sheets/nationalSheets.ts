/**
 * The national spreadsheet's sheets: «Foreninger» (the associations allowed to deliver, each with the SHA-256 of
 * its key, never the key), «Nasjonale tall» (association × month × figure, as delivered), «Nasjonal oversikt»
 * (per-month national totals with definitions, and a chart per headline figure over 12 months) and «Mangler
 * rapport». An association's spreadsheet never has them: only the national build (src/national.ts) writes them.
 *
 * Each sheet is read with one getValues and written as one block (setNumberFormats, then setValues), text cells as
 * plain text («@») with user text through the one guard, so nothing delivered can become a formula.
 */
import { formatNorwegian, type IsoDate } from '../domain/calendar';
import { NATIONAL_HEADLINE, type NationalSummary, type NationalTotal, type StoredRow } from '../domain/national/summary';
import { FIGURE_DEFS } from '../domain/report/definitions';
import { decimal, NONE } from '../domain/report/format';
import { isMonth, monthName, type Month } from '../domain/report/month';
import { BREAKDOWN_KEYS, FIGURE_KEYS } from '../domain/report/types';
import { guardText } from './guard';
import type { Sheet, Spreadsheet } from './workbook';

export const ASSOCIATIONS_SHEET = 'Foreninger';
export const DATA_SHEET = 'Nasjonale tall';
export const OVERVIEW_SHEET = 'Nasjonal oversikt';
export const MISSING_SHEET = 'Mangler rapport';
export const NATIONAL_SHEETS = [OVERVIEW_SHEET, MISSING_SHEET, DATA_SHEET, ASSOCIATIONS_SHEET] as const;

export const ASSOCIATION_HEADERS = ['Lokalforening', 'Nøkkel (SHA-256)', 'Lagt til'] as const;
export const DATA_HEADERS = ['Lokalforening', 'Måned', 'Tall-ID', 'Kategori', 'Type', 'Verdi', 'Grunnlag', 'Vist', 'Mottatt'] as const;

type Cell = string | number;
const plain = (s: string) => guardText(s, 'plainText');
const KNOWN = new Set<string>([...FIGURE_KEYS, ...BREAKDOWN_KEYS]);
const KINDS = new Set(['count', 'share', 'mean', 'median']);

export interface Association { name: string; keyHash: string; added: string }
export interface DataRow extends StoredRow { shown: string; received: string }

function values(ss: Spreadsheet, name: string): unknown[][] {
  const sheet = ss.getSheetByName(name);
  if (!sheet || sheet.getLastRow() < 2) return [];
  return sheet.getRange(2, 1, sheet.getLastRow() - 1, sheet.getLastColumn()).getValues();
}

export function readAssociations(ss: Spreadsheet): Association[] {
  return values(ss, ASSOCIATIONS_SHEET)
    .map((r) => ({ name: String(r[0] ?? '').trim(), keyHash: String(r[1] ?? '').trim().toLowerCase(), added: String(r[2] ?? '') }))
    .filter((a) => a.name !== '' && /^[0-9a-f]{64}$/.test(a.keyHash));
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : v === '' || v === null || v === undefined ? null : Number.isFinite(Number(v)) ? Number(v) : null);

/** The stored rows; a row typed or changed by hand that does not read as a delivered row is left out and counted. */
export function readData(ss: Spreadsheet): { rows: DataRow[]; unreadable: number } {
  const rows: DataRow[] = [];
  let unreadable = 0;
  for (const r of values(ss, DATA_SHEET)) {
    if (r.every((c) => c === '' || c === null)) continue;
    const [association, month, figure, category, kind, value, base, shown, received] = r.map((c) => (typeof c === 'string' ? c.trim() : c));
    if (typeof association !== 'string' || association === '' || !isMonth(month) || !KNOWN.has(String(figure)) || !KINDS.has(String(kind))) { unreadable++; continue; }
    rows.push({
      association, month, figure: String(figure), category: category === '' ? null : String(category), kind: kind as StoredRow['kind'],
      value: num(value), base: num(base), shown: String(shown ?? ''), received: String(received ?? ''),
    });
  }
  return { rows, unreadable };
}

function ensureSheet(ss: Spreadsheet, name: string, headers: readonly string[]): Sheet {
  let sheet = ss.getSheetByName(name);
  if (!sheet) {
    sheet = ss.insertSheet(name);
    const head = sheet.getRange(1, 1, 1, headers.length);
    head.setNumberFormat('@');
    head.setValues([[...headers]]);
    head.setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** Creates the four sheets where missing (the national «Sett opp» and every delivery). */
export function ensureNationalSheets(ss: Spreadsheet): void {
  ensureSheet(ss, OVERVIEW_SHEET, ['Nasjonal oversikt']);
  ensureSheet(ss, MISSING_SHEET, ['Lokalforening', 'Siste rapport mottatt']);
  ensureSheet(ss, DATA_SHEET, DATA_HEADERS);
  ensureSheet(ss, ASSOCIATIONS_SHEET, ASSOCIATION_HEADERS);
}

/** Writes `rows` from row 2 (formats first), then blanks what an older, longer block left below. */
function writeBlock(sheet: Sheet, rows: Cell[][], formats: string[][], width: number): void {
  const old = sheet.getLastRow();
  if (rows.length > 0) {
    if (sheet.getMaxRows() < rows.length + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    if (sheet.getMaxColumns() < width) sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
    const range = sheet.getRange(2, 1, rows.length, width);
    range.setNumberFormats(formats);
    range.setValues(rows);
  }
  if (old > rows.length + 1) sheet.getRange(rows.length + 2, 1, old - rows.length - 1, Math.max(width, sheet.getLastColumn())).clearContent();
}

export function appendAssociation(ss: Spreadsheet, a: Association): void {
  const sheet = ensureSheet(ss, ASSOCIATIONS_SHEET, ASSOCIATION_HEADERS);
  const row = sheet.getLastRow() + 1;
  const range = sheet.getRange(row, 1, 1, 3);
  range.setNumberFormat('@');
  range.setValues([[plain(a.name), a.keyHash, a.added]]);
}

/** The whole data table, sorted by month, association, then the order delivered. */
export function writeData(ss: Spreadsheet, rows: readonly DataRow[]): void {
  const sheet = ensureSheet(ss, DATA_SHEET, DATA_HEADERS);
  const sorted = rows.map((r, i) => ({ r, i })).sort((a, b) => (a.r.month < b.r.month ? -1 : a.r.month > b.r.month ? 1 : a.r.association < b.r.association ? -1 : a.r.association > b.r.association ? 1 : a.i - b.i));
  const cells = sorted.map(({ r }): Cell[] => [plain(r.association), r.month, r.figure, plain(r.category ?? ''), r.kind, r.value ?? '', r.base ?? '', plain(r.shown), r.received]);
  const formats = cells.map(() => ['@', '@', '@', '@', '@', 'General', 'General', '@', '@']);
  writeBlock(sheet, cells, formats, DATA_HEADERS.length);
}

function totalCell(t: NationalTotal): { value: Cell; format: string } {
  if (t.value === null) return { value: t.kind === 'median' ? 'kan ikke summeres' : NONE, format: '@' };
  if (t.kind === 'count') return t.atLeast ? { value: `minst ${t.value}`, format: '@' } : { value: t.value, format: '0' };
  if (t.kind === 'share') return { value: t.value, format: '0 %' };
  return { value: Math.round(t.value * 10) / 10, format: '0.0' };
}

export interface OverviewMeta { today: IsoDate; lastMonth: Month; registered: number; missing: readonly string[]; unreadable: number }

/**
 * «Nasjonal oversikt»: who reported last month and who did not, then one row per figure with its national total for
 * each of the 12 months and its definition, then one chart per headline figure (data in the columns to the right).
 */
export function writeOverview(ss: Spreadsheet, summary: NationalSummary, meta: OverviewMeta): void {
  const sheet = ensureSheet(ss, OVERVIEW_SHEET, ['Nasjonal oversikt']);
  const months = summary.months;
  const width = months.length + 2;
  const rows: Cell[][] = [];
  const formats: string[][] = [];
  const text = (cells: Cell[]) => { rows.push([...cells, ...Array(width - cells.length).fill('')]); formats.push(Array(width).fill('@')); };
  const reportedLast = summary.reported[meta.lastMonth]?.length ?? 0;
  text([`Oppdatert ${formatNorwegian(meta.today)}. ${monthName(meta.lastMonth)}: ${reportedLast} av ${meta.registered} lokalforeninger har rapportert.`]);
  text([meta.missing.length === 0 ? 'Alle lokalforeninger har rapportert for siste måned.' : `Mangler rapport for ${monthName(meta.lastMonth)}: ${meta.missing.map(plain).join(', ')} (se arket «${MISSING_SHEET}»).`]);
  text(['Bare summer av tall lokalforeningene har sendt: skjermede tall (fordelinger av personer) er aldri under grensen. Andeler og snitt er regnet av delene, ikke snitt av prosenter.']);
  if (meta.unreadable > 0) text([`${meta.unreadable} rader i «${DATA_SHEET}» kunne ikke leses og er ikke tatt med.`]);
  text([]);
  text(['Tall', ...months.map(monthName), 'Definisjon']);
  const headerRow = rows.length + 1; // 1-based sheet row (block starts at row 2)
  text(['Lokalforeninger som har rapportert', ...months.map((m) => String(summary.reported[m]?.length ?? 0))]);
  formats[formats.length - 1] = formats[formats.length - 1]!.map((f, i) => (i > 0 && i <= months.length ? '@' : f));
  for (const f of FIGURE_KEYS) {
    const cells = months.map((m) => totalCell(summary.totals[f][m]!));
    rows.push([FIGURE_DEFS[f].label, ...cells.map((c) => c.value), FIGURE_DEFS[f].definition]);
    formats.push(['@', ...cells.map((c) => c.format), '@']);
  }
  // Chart data: months down, one column per headline figure, right of the table.
  const chartCol = width + 2;
  const chartWidth = NATIONAL_HEADLINE.length + 1;
  const chartRows: Cell[][] = [['Måned', ...NATIONAL_HEADLINE.map((f) => FIGURE_DEFS[f].label)], ...months.map((m) => [monthName(m), ...NATIONAL_HEADLINE.map((f) => {
    const t = summary.totals[f][m]!;
    return t.value ?? 0;
  })])];
  const totalWidth = chartCol + chartWidth - 1;
  const all = rows.map((r, i) => [...r, '', ...(chartRows[i] ?? Array(chartWidth).fill(''))]);
  for (let i = rows.length; i < chartRows.length; i++) all.push([...Array(width + 1).fill(''), ...chartRows[i]!]);
  const allFormats = all.map((_, i) => [...(formats[i] ?? Array(width).fill('@')), '@', '@', ...Array(chartWidth - 1).fill(i === 0 ? '@' : '0')]);
  writeBlock(sheet, all, allFormats, totalWidth);
  sheet.getRange(headerRow, 1, 1, width).setFontWeight('bold');

  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  const firstChartRow = rows.length + 3;
  NATIONAL_HEADLINE.forEach((f, i) => {
    const monthsRange = sheet.getRange(2, chartCol, chartRows.length, 1);
    const dataRange = sheet.getRange(2, chartCol + 1 + i, chartRows.length, 1);
    sheet.insertChart(sheet.newChart().asColumnChart()
      .addRange(monthsRange).addRange(dataRange).setNumHeaders(1)
      .setPosition(firstChartRow + Math.floor(i / 2) * 20, 1 + (i % 2) * 6, 0, 0)
      .setOption('title', `${FIGURE_DEFS[f].label}, hele landet, siste 12 måneder`)
      .setOption('legend', { position: 'none' })
      .build());
  });
}

/** «Mangler rapport»: the associations without last month's report, and the last month each did send. */
export function writeMissing(ss: Spreadsheet, missing: readonly string[], lastReceived: ReadonlyMap<string, Month>): void {
  const sheet = ensureSheet(ss, MISSING_SHEET, ['Lokalforening', 'Siste rapport mottatt']);
  const cells = missing.map((a): Cell[] => [plain(a), lastReceived.has(a) ? monthName(lastReceived.get(a)!) : 'ingen ennå']);
  writeBlock(sheet, cells, cells.map(() => ['@', '@']), 2);
}

export const totalText = (t: NationalTotal): string => {
  const c = totalCell(t);
  return typeof c.value === 'string' ? c.value : c.format === '0 %' ? `${Math.round(c.value * 100)} %` : c.format === '0.0' ? decimal(c.value) : String(c.value);
};
