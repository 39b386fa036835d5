/**
 * The email to the national project leader: aggregates and the leader's free text only. Counts from 1 to
 * threshold−1 read «<threshold»; averages and medians over fewer than threshold items are not shown, nor shares
 * and splits that would give such a count away (format.ts).
 * No IDs, aliases or notes can appear: the composer only ever sees the report's numbers and labels.
 */
import { formatNorwegian } from '../calendar';
import { escapeHtml } from '../html';
import { BREAKDOWN_DEFS, FIGURE_DEFS, FREE_TEXT_LABELS, REPORT_LAYOUT, type FreeText } from './definitions';
import { NONE, suppressedCount, suppressedFigures } from './format';
import { monthName, reportMonthName } from './month';
import type { MonthlyReport } from './types';

export interface ReportEmail { subject: string; text: string; html: string }
export interface EmailOptions { associationName: string; threshold: number }

interface Line { label: string; value: string; sub: boolean }

function lines(report: MonthlyReport, t: number): Array<{ title: string; lines: Line[] }> {
  const shown = suppressedFigures(report.figures, t);
  return REPORT_LAYOUT.map((section) => ({
    title: section.title,
    lines: section.items.flatMap((item): Line[] => {
      if ('figure' in item) return [{ label: FIGURE_DEFS[item.figure].label, value: shown[item.figure], sub: false }];
      const rows = report.breakdowns[item.breakdown];
      return [
        { label: BREAKDOWN_DEFS[item.breakdown].label, value: rows.length === 0 ? NONE : '', sub: false },
        ...rows.map((r) => ({ label: r.label, value: suppressedCount(r.count, t), sub: true })),
      ];
    }),
  }));
}

export function composeReportEmail(report: MonthlyReport, freeText: FreeText, opts: EmailOptions): ReportEmail {
  const t = opts.threshold;
  const who = opts.associationName || 'lokalforeningen';
  const name = reportMonthName(report);
  const subject = `Ressursvenn månedsrapport ${name} – ${who}`;
  const period = `${formatNorwegian(report.first)}–${formatNorwegian(report.last)}`;
  const note = t <= 1 ? 'Alle tall vises (grensen for små tall er 1).'
    : `${t === 2 ? 'Tallet 1' : `Tall fra 1 til ${t - 1}`} vises som «<${t}», og snitt over færre enn ${t}, andeler og delsummer som kunne avsløre et så lite tall, vises ikke, av personvernhensyn.`;
  const notCounted = report.notCounted.reduce((n, x) => n + x.rows.length, 0);
  const notCountedText = notCounted === 0 ? '' : `${suppressedCount(notCounted, t)} rader med feil ble ikke tellet; gruppelederen retter dem i regnearket.`;
  const sections = lines(report, t);
  const trend = report.trend.map((x) => ({ month: monthName(x.month), value: suppressedCount(x.activeMatches, t) }));

  const text: string[] = [`Månedsrapport for ${name} (${period}) fra ${who}.`, note, ''];
  for (const label of FREE_TEXT_LABELS) text.push(`${label.toUpperCase()}`, freeText[label] || NONE, '');
  for (const s of sections) {
    text.push(s.title.toUpperCase());
    for (const l of s.lines) text.push(`${l.sub ? '    ' : ''}${l.label}${l.value ? `: ${l.value}` : ':'}`);
    text.push('');
  }
  text.push('AKTIVE KOBLINGER VED MÅNEDSSLUTT, SISTE 12 MÅNEDER');
  for (const x of trend) text.push(`${x.month}: ${x.value}`);
  if (notCountedText) text.push('', notCountedText);
  text.push('', 'Laget med Ressursvenn-tillegget. Tallene er regnet fra datoene i regnearket.');

  const e = escapeHtml;
  const td = 'padding:2px 8px;border-bottom:1px solid #eee';
  const html: string[] = [
    `<div style="font-family:Arial,sans-serif;font-size:14px;color:#222;max-width:640px">`,
    `<h2 style="margin:0 0 4px">${e(`Månedsrapport ${name}`)}</h2>`,
    `<p style="margin:0 0 12px">${e(`${who}, ${period}.`)} <span style="color:#666">${e(note)}</span></p>`,
  ];
  for (const label of FREE_TEXT_LABELS) {
    html.push(`<h3 style="margin:12px 0 4px">${e(label)}</h3>`, `<p style="margin:0;white-space:pre-wrap">${e(freeText[label] || NONE)}</p>`);
  }
  for (const s of sections) {
    html.push(`<h3 style="margin:16px 0 4px">${e(s.title)}</h3>`, '<table style="border-collapse:collapse">');
    for (const l of s.lines) {
      html.push(`<tr><td style="${td}${l.sub ? ';padding-left:24px;color:#555' : ''}">${e(l.label)}</td><td class="num" style="${td};text-align:right">${e(l.value)}</td></tr>`);
    }
    html.push('</table>');
  }
  html.push('<h3 style="margin:16px 0 4px">Aktive koblinger ved månedsslutt, siste 12 måneder</h3>', '<table style="border-collapse:collapse">');
  html.push(`<tr>${trend.map((x) => `<th style="${td};font-weight:normal;color:#555">${e(x.month.replace(/ (\d{2})(\d{2})$/, ' $2'))}</th>`).join('')}</tr>`);
  html.push(`<tr>${trend.map((x) => `<td class="num" style="${td};text-align:center">${e(x.value)}</td>`).join('')}</tr>`, '</table>');
  if (notCountedText) html.push(`<p style="color:#666">${e(notCountedText)}</p>`);
  html.push('<p style="color:#666;font-size:12px">Laget med Ressursvenn-tillegget. Tallene er regnet fra datoene i regnearket.</p>', '</div>');
  return { subject, text: text.join('\n'), html: html.join('\n') };
}
