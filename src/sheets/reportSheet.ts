/**
 * The «Rapport ÅÅÅÅ-MM» sheet as one block of values: title, the leader's free text (found again by its labels
 * and kept), the figures with their definitions, the rows not counted, and the chart's data. Building the block
 * is pure; the server writes it with one setValues.
 *
 * Formula injection: every text cell of the block is formatted as plain text («@») before the values are
 * written, so Sheets stores user text (free text, shelter and municipality names) exactly as typed and never
 * evaluates it; `plain()` passes those strings through the one guard in its plain-text mode (guard.ts).
 */
import { formatNorwegian, type IsoDate } from '../domain/calendar';
import { BREAKDOWN_DEFS, FIGURE_DEFS, FREE_TEXT_LABELS, type FreeText } from '../domain/report/definitions';
import { basis, NONE } from '../domain/report/format';
import { protectionNote } from '../domain/report/email';
import { monthName, reportMonthName } from '../domain/report/month';
import { isWithheld, publishReport } from '../domain/report/published';
import type { FigureKey, MonthlyReport } from '../domain/report/types';
import { escapeHtml } from '../domain/html';
import { guardText } from './guard';
import { normalizeHeader } from './parseTable';

export const REPORT_SHEET_PREFIX = 'Rapport ';
export const reportSheetName = (month: string): string => `${REPORT_SHEET_PREFIX}${month}`;

/** Columns A–D hold the report, F–G the chart's data (E is a gap). */
export const REPORT_WIDTH = 7;
const CHART_COL = 6;
export const CHART_DATA_HEADERS = ['Måned', 'Aktive koblinger'] as const;
export const FIGURES_HEADER = ['Tall', 'Verdi', 'Grunnlag', 'Definisjon'] as const;
export const NOT_COUNTED_TITLE = 'Ikke talt (rader med feil)';

type Cell = string | number;

export interface ReportGrid {
  values: Cell[][];
  numberFormats: string[][];
  fontWeights: Array<Array<'bold' | 'normal'>>;
  /** 1-based rows of the free-text cells (column D, the wide one), for wrapping. */
  freeTextRows: number[];
  /** 1-based first row of the chart data block (its header) and its row count including the header. */
  chartData: { row: number; column: number; rows: number };
}

export function emptyFreeText(): FreeText {
  return { 'Gode historier': '', Utfordringer: '', 'Ønsker og behov': '' };
}

/**
 * The leader's text beside each free-text label (label in column A; the text is written in D, but text typed
 * in B or C is found too), wherever the rows have moved to.
 */
export function readFreeText(grid: readonly (readonly unknown[])[] | null): FreeText {
  const out = emptyFreeText();
  if (!grid) return out;
  const labels = new Map<string, (typeof FREE_TEXT_LABELS)[number]>(FREE_TEXT_LABELS.map((l) => [normalizeHeader(l), l]));
  for (const row of grid) {
    const label = labels.get(normalizeHeader(row[0]));
    if (!label || out[label]) continue;
    const texts = [row[1], row[2], row[3]].map((v) => String(v ?? '').trim()).filter((t) => t !== '');
    out[label] = texts.join('\n');
  }
  return out;
}

export interface ReportMeta {
  associationName: string;
  generated: IsoDate;
  /** «Skjul tall under»: protected counts below it show as in the email (published.ts). */
  threshold: number;
}

export function buildReportGrid(report: MonthlyReport, freeText: FreeText, meta: ReportMeta): ReportGrid {
  const rows: Array<{ cells: Cell[]; format?: string; bold?: boolean }> = [];
  const push = (cells: Cell[], format = '@', bold = false) => rows.push({ cells, format, bold });
  /** User text bound for a plain-text («@») cell: stored as typed, never a formula (see the module comment). */
  const plain = (s: string) => guardText(s, 'plainText');

  const title = `Månedsrapport ${reportMonthName(report)}${meta.associationName ? ` – ${meta.associationName}` : ''}`;
  push([plain(title)], '@', true);
  push([`Periode ${formatNorwegian(report.first)}–${formatNorwegian(report.last)}. Laget ${formatNorwegian(meta.generated)}. Tallene er regnet fra datoene i arkene, ikke fra dagens status; definisjonene står i kolonne D og i README.`]);
  push([plain(protectionNote(meta.threshold))]);
  push([]);
  push(['Fritekst', '', '', 'Skriv i cellene under. Teksten beholdes når rapporten lages på nytt, og sendes med e-posten: ingen navn, ID-er eller andre personopplysninger.'], '@', true);
  const freeTextRows: number[] = [];
  for (const label of FREE_TEXT_LABELS) {
    push([label, '', '', plain(freeText[label])]);
    freeTextRows.push(rows.length);
  }
  push([]);
  push([...FIGURES_HEADER], '@', true);
  // The sheet shows what leaves it (email, PDF, attachment, national overview): protected counts as published.
  for (const section of publishReport(report, meta.threshold)) {
    push([section.title], '@', true);
    for (const item of section.items) {
      if ('figure' in item) {
        const row = item.figure;
        const v = report.figures[row.figure as FigureKey];
        const def = FIGURE_DEFS[row.figure as FigureKey];
        if (row.hidden) push([def.label, row.shown, '', def.definition]);
        else if (v.kind === 'count') push([def.label, v.n, '', def.definition], '0');
        else if (v.kind === 'share') push([def.label, v.den === 0 ? NONE : v.num / v.den, basis(v), def.definition], v.den === 0 ? '@' : '0 %');
        else push([def.label, v.value === null ? NONE : v.value, basis(v), def.definition], v.value === null ? '@' : '0.0');
      } else {
        const withheld = isWithheld(item.rows);
        push([`${item.label}:`, item.rows.length === 0 ? NONE : withheld ? item.rows[0]!.shown : '', '', BREAKDOWN_DEFS[item.breakdown].definition]);
        if (!withheld) for (const r of item.rows) {
          if (r.hidden) push([plain(`· ${r.label}`), r.shown]);
          else push([plain(`· ${r.label}`), r.value!], '0');
        }
      }
    }
  }
  push([]);
  push([NOT_COUNTED_TITLE], '@', true);
  if (report.notCounted.length === 0 && report.sheetProblems.length === 0) push(['Alle rader ble talt.']);
  for (const n of report.notCounted) push([plain(`${n.sheet}: ikke talt, sjekk rad ${n.rows.join(', ')}`)]);
  for (const p of report.sheetProblems) push([plain(p)]);

  // The chart's data sits beside the free text, from row 4.
  const chartRow = 4;
  const chartRows = [[...CHART_DATA_HEADERS] as Cell[], ...report.trend.map((t) => [monthName(t.month), t.activeMatches] as Cell[])];
  while (rows.length < chartRow - 1 + chartRows.length) push([]);

  const values: Cell[][] = [];
  const numberFormats: string[][] = [];
  const fontWeights: Array<Array<'bold' | 'normal'>> = [];
  rows.forEach((r, i) => {
    const v: Cell[] = Array.from({ length: REPORT_WIDTH }, (_, c) => (c < 4 ? r.cells[c] ?? '' : ''));
    const f = ['@', r.format ?? '@', '@', '@', '@', '@', '0'];
    const w = Array.from({ length: REPORT_WIDTH }, (_, c): 'bold' | 'normal' => (r.bold && c < 4 ? 'bold' : 'normal'));
    const chart = chartRows[i - (chartRow - 1)];
    if (chart) {
      v[CHART_COL - 1] = chart[0]!;
      v[CHART_COL] = chart[1]!;
      if (i === chartRow - 1) { w[CHART_COL - 1] = 'bold'; w[CHART_COL] = 'bold'; f[CHART_COL] = '@'; }
    }
    values.push(v);
    numberFormats.push(f);
    fontWeights.push(w);
  });
  return { values, numberFormats, fontWeights, freeTextRows, chartData: { row: chartRow, column: CHART_COL, rows: chartRows.length } };
}

/** A cell as the sheet displays it: shares as «50 %», one-decimal numbers with a decimal comma. */
function displayed(v: Cell, format: string): string {
  if (typeof v !== 'number') return v;
  if (format === '0 %') return `${Math.round(v * 100)} %`;
  if (format === '0.0') return v.toFixed(1).replace('.', ',');
  return String(v);
}

/**
 * The report sheet as an HTML page (columns A–D and the chart's data), for its PDF: made from the same grid the
 * sheet is written from, so the PDF shows exactly what the sheet shows. Every cell is escaped.
 */
export function reportGridHtml(grid: ReportGrid): string {
  const e = escapeHtml;
  const out = ['<html><head><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:10px}td{padding:1px 6px;vertical-align:top}td.n{text-align:right}.b{font-weight:bold}</style></head><body><table>'];
  grid.values.forEach((row, i) => {
    const cells = row.slice(0, 4).map((v, c) => displayed(v, grid.numberFormats[i]![c]!));
    if (cells.every((c) => c === '')) { out.push('<tr><td>&nbsp;</td></tr>'); return; }
    const bold = grid.fontWeights[i]![0] === 'bold' ? ' class="b"' : '';
    out.push(`<tr${bold}>${cells.map((c, col) => `<td${col === 1 ? ' class="n"' : ''}>${e(c)}</td>`).join('')}</tr>`);
  });
  out.push('</table>');
  const { row, rows } = grid.chartData;
  out.push('<table>');
  for (let r = row - 1; r < row - 1 + rows; r++) {
    const v = grid.values[r]!;
    out.push(`<tr><td>${e(String(v[CHART_COL - 1]))}</td><td class="n">${e(String(v[CHART_COL]))}</td></tr>`);
  }
  out.push('</table></body></html>');
  return out.join('\n');
}
