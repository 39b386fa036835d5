/**
 * The email to the national project leader: aggregates, each with its one-line definition, the 12-month chart
 * (an inline image when one is attached) and the leader's free text. Activity figures are exact; counts of people
 * by an attribute are protected (published.ts).
 * No IDs, aliases or notes can appear: the composer only ever sees the report's numbers and labels.
 */
import { formatNorwegian } from '../calendar';
import { escapeHtml } from '../html';
import { BREAKDOWN_DEFS, FIGURE_DEFS, FREE_TEXT_LABELS, type FreeText } from './definitions';
import { NONE } from './format';
import { monthName, reportMonthName } from './month';
import { HIDDEN_TO_PROTECT, isWithheld, publishReport } from './published';
import type { MonthlyReport } from './types';

export interface ReportEmail { subject: string; text: string; html: string }
export interface EmailOptions {
  associationName: string;
  threshold: number;
  /** Content id of the attached chart image (MailApp inlineImages); without it only the numbers row shows. */
  chartCid?: string;
}

interface Line { label: string; value: string; sub: boolean; definition: string }

export const CHART_HEADING = 'Aktive koblinger ved månedsslutt, siste 12 måneder';

function lines(report: MonthlyReport, t: number): Array<{ title: string; lines: Line[] }> {
  return publishReport(report, t).map((section) => ({
    title: section.title,
    lines: section.items.flatMap((item): Line[] => {
      if ('figure' in item) return [{ label: item.figure.label, value: item.figure.shown, sub: false, definition: FIGURE_DEFS[item.figure.figure as keyof typeof FIGURE_DEFS].definition }];
      const definition = BREAKDOWN_DEFS[item.breakdown].definition;
      if (isWithheld(item.rows)) return [{ label: item.label, value: item.rows[0]!.shown, sub: false, definition }];
      return [
        { label: item.label, value: item.rows.length === 0 ? NONE : '', sub: false, definition },
        ...item.rows.map((r) => ({ label: r.label, value: r.shown, sub: true, definition: '' })),
      ];
    }),
  }));
}

/** What the reader is told about hidden figures: which ones are protected, and why. */
export function protectionNote(t: number): string {
  if (t <= 1) return 'Alle tall vises (grensen for små tall er 1).';
  const range = t === 2 ? 'tallet 1' : `tall fra 1 til ${t - 1}`;
  return `Aktivitetstall (henvendelser, frivillige, kurs, koblinger, oppfølging) vises nøyaktig. Fordelinger av personer (alder, krisesenter, kommune, behov, sluttårsak) viser ${range} som «<${t}», og «${HIDDEN_TO_PROTECT}» der et lite tall ellers kunne regnes ut av summen, av personvernhensyn.`;
}

export function composeReportEmail(report: MonthlyReport, freeText: FreeText, opts: EmailOptions): ReportEmail {
  const t = opts.threshold;
  const who = opts.associationName || 'lokalforeningen';
  const name = reportMonthName(report);
  const subject = `Ressursvenn månedsrapport ${name} – ${who}`;
  const period = `${formatNorwegian(report.first)}–${formatNorwegian(report.last)}`;
  const note = protectionNote(t);
  const notCounted = report.notCounted.reduce((n, x) => n + x.rows.length, 0);
  const notCountedText = notCounted === 0 ? '' : `${notCounted} rader med feil ble ikke talt; gruppelederen retter dem i regnearket.`;
  const sections = lines(report, t);
  // Active matches are activity: exact, as in the chart.
  const trend = report.trend.map((x) => ({ month: monthName(x.month), value: String(x.activeMatches) }));

  const text: string[] = [`Månedsrapport for ${name} (${period}) fra ${who}.`, note, ''];
  for (const label of FREE_TEXT_LABELS) text.push(`${label.toUpperCase()}`, freeText[label] || NONE, '');
  for (const s of sections) {
    text.push(s.title.toUpperCase());
    for (const l of s.lines) text.push(`${l.sub ? '    ' : ''}${l.label}${l.value ? `: ${l.value}` : ':'}`);
    text.push('');
  }
  text.push(CHART_HEADING.toUpperCase());
  for (const x of trend) text.push(`${x.month}: ${x.value}`);
  if (notCountedText) text.push('', notCountedText);
  text.push('', 'DEFINISJONER');
  for (const s of sections) for (const l of s.lines) if (l.definition) text.push(`${l.label} – ${l.definition}`);
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
    html.push(`<h3 style="margin:16px 0 4px">${e(s.title)}</h3>`, '<table style="border-collapse:collapse;width:100%">');
    for (const l of s.lines) {
      const def = l.definition ? `<br><span class="def" style="color:#777;font-size:12px">${e(l.definition)}</span>` : '';
      html.push(`<tr><td style="${td}${l.sub ? ';padding-left:24px;color:#555' : ''}">${e(l.label)}${def}</td><td class="num" style="${td};text-align:right;vertical-align:top;white-space:nowrap">${e(l.value)}</td></tr>`);
    }
    html.push('</table>');
  }
  html.push(`<h3 style="margin:16px 0 4px">${e(CHART_HEADING)}</h3>`);
  if (opts.chartCid) html.push(`<img src="cid:${e(opts.chartCid)}" alt="${e(`Søylediagram: ${CHART_HEADING.toLowerCase()}`)}" width="600" style="max-width:100%;display:block;margin:0 0 8px">`);
  html.push('<table style="border-collapse:collapse">');
  html.push(`<tr>${trend.map((x) => `<th style="${td};font-weight:normal;color:#555">${e(x.month.replace(/ (\d{2})(\d{2})$/, ' $2'))}</th>`).join('')}</tr>`);
  html.push(`<tr>${trend.map((x) => `<td class="num" style="${td};text-align:center">${e(x.value)}</td>`).join('')}</tr>`, '</table>');
  if (notCountedText) html.push(`<p style="color:#666">${e(notCountedText)}</p>`);
  html.push('<p style="color:#666;font-size:12px">Laget med Ressursvenn-tillegget. Tallene er regnet fra datoene i regnearket.</p>', '</div>');
  return { subject, text: text.join('\n'), html: html.join('\n') };
}
