/**
 * Demo step: «Lag månedsrapport» for October 2026, the leader's free text, the report made again (text kept),
 * then «Send til nasjonal prosjektleder». Writes the email that was sent (HTML and text) and the chart as SVG:
 * the .xlsx export cannot draw charts, so the chart's own data is rendered here the way the sheet's chart shows it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emailAsPage, screenshotHtml } from '../../test/support/browser';
import type { DemoContext, DemoStep } from './context';

const SHEET = 'Rapport 2026-10';

function lastAlert(ctx: DemoContext): string {
  const a = ctx.h.emu.ui.alerts.at(-1);
  return a ? a.prompt : '(no dialog)';
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A column chart of the chart's data range, as the sheet's embedded chart would draw it. */
export function columnChartSvg(title: string, data: Array<[string, number]>): string {
  const w = 760, h = 340, left = 70, bottom = 80, top = 40;
  const max = Math.max(1, ...data.map(([, v]) => v));
  const step = (w - left - 10) / data.length;
  const bar = step * 0.6;
  const y = (v: number) => h - bottom - ((h - bottom - top) * v) / max;
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="Arial" font-size="11">`,
    `<rect width="${w}" height="${h}" fill="#fff"/>`, `<text x="${w / 2}" y="22" text-anchor="middle" font-size="14">${escapeXml(title)}</text>`];
  for (let t = 0; t <= max; t++) parts.push(`<line x1="${left}" x2="${w - 10}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
  data.forEach(([label, v], i) => {
    const x = left + i * step + (step - bar) / 2;
    parts.push(`<rect x="${x}" y="${y(v)}" width="${bar}" height="${h - bottom - y(v)}" fill="#c2185b"/>`);
    parts.push(`<text x="${x + bar / 2}" y="${h - bottom + 14}" text-anchor="end" transform="rotate(-40 ${x + bar / 2} ${h - bottom + 14})">${escapeXml(label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

export const monthlyReport: DemoStep = {
  title: 'Monthly report and the email to the national project leader',
  async run(ctx) {
    const { h } = ctx;
    h.emu.ui.answerNext({ button: 'OK', text: '' });
    h.call('menuMonthlyReport');
    console.log(`Lag månedsrapport (blank = previous month) → ${lastAlert(ctx).split('\n').join(' ')}`);

    const grid = h.emu.sheetValues(SHEET);
    const row = (label: string) => grid.findIndex((r) => r[0] === label) + 1;
    h.emu.typeByHand(SHEET, row('Gode historier'), 4, [['En deltaker har fått praksisplass, og de to går fortsatt tur hver uke.']]);
    h.emu.typeByHand(SHEET, row('Utfordringer'), 4, [['Få godkjente frivillige i Nordfjell; én kobling står på pause.']]);
    h.emu.typeByHand(SHEET, row('Ønsker og behov'), 4, [['Nytt aktivitetskurs i januar.']]);
    console.log('The leader writes the three free-text fields, then sends:');

    h.emu.ui.answerNext({ button: 'OK', text: '2026-10' }, 'YES');
    h.call('menuSendMonthlyReport');
    console.log(`Send månedsrapport → ${lastAlert(ctx).split('\n')[0]}`);

    const shown = h.emu.sheetDisplayValues(SHEET);
    const figureRows = shown.filter((r) => r[0] && r[1] !== '' && !r[0].startsWith('·')).slice(0, 14);
    for (const r of figureRows) console.log(`  ${r[0]!.padEnd(40)} ${r[1]}`);
    console.log('  …');

    const mail = h.emu.mail.sent.at(-1)!;
    const html = join(ctx.outDir, 'manedsrapport-epost.html');
    const text = join(ctx.outDir, 'manedsrapport-epost.txt');
    const page = emailAsPage(mail);
    writeFileSync(html, page);
    writeFileSync(text, `Til: ${mail.to}\nEmne: ${mail.subject}\n\n${mail.body}\n`);
    const png = join(ctx.outDir, 'manedsrapport-epost.png');
    await screenshotHtml(page, png);
    ctx.files.push([html, 'the monthly report email as sent (HTML part, chart image inlined)'], [text, 'the same email, plain-text part'], [png, 'the email rendered in headless Chromium']);
    for (const a of mail.attachments) {
      const file = join(ctx.outDir, a.name ?? 'vedlegg');
      writeFileSync(file, a.bytes);
      ctx.files.push([file, `attachment of the email (${a.contentType})`]);
    }

    const [chart] = h.emu.sheetCharts(SHEET);
    const range = chart!.ranges[0]!;
    const values = h.emu.sheetValues(SHEET).slice(range.row, range.row - 1 + range.numRows).map((r) => [String(r[range.col - 1]), Number(r[range.col])] as [string, number]);
    const svg = join(ctx.outDir, 'manedsrapport-diagram.svg');
    writeFileSync(svg, columnChartSvg(String(chart!.options.title), values));
    ctx.files.push([svg, `the report's chart (${chart!.type.toLowerCase()} chart of ${SHEET}!F${range.row}:G${range.row + range.numRows - 1}; the .xlsx cannot hold charts)`]);
  },
};
