/**
 * Demo step: «Nasjonal oversikt». A national spreadsheet (dist-national/Code.js, its doPost as a web app) registers
 * the demo association and two invented ones; each switches on «Send til nasjonal oversikt» and sends its months.
 * Writes the national overview as a page (table, one chart per headline figure, who is missing) and a screenshot.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshotHtml } from '../../test/support/browser';
import { bundleHarness, connectWebApp, nationalHarness, type BundleHarness } from '../../test/support/harness';
import { SAMPLE_NOW, SAMPLE_SETTINGS, typeRows, typeSampleAssociation, typeSettings } from '../../test/support/sampleAssociation';
import type { DemoStep } from './context';
import { columnChartSvg } from './monthlyReport';

const URL = 'https://script.google.com/macros/s/AKfycbDemoNationalOverview/exec';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function register(national: BundleHarness, name: string): string {
  national.emu.ui.answerNext({ button: 'OK', text: name });
  national.call('menuAddAssociation');
  return /\b[0-9a-f]{64}\b/.exec(national.emu.ui.alerts.at(-1)!.prompt)![0];
}

function switchOn(h: BundleHarness, name: string, key: string, national: BundleHarness): void {
  typeSettings(h.emu, { Lokalforening: name, 'Send til nasjonal oversikt': 'Ja', 'Nasjonal oversikt: adresse': URL, 'Nasjonal oversikt: nøkkel': key }, []);
  connectWebApp(h, national, URL);
}

function sendMonth(h: BundleHarness, month: string): string {
  h.emu.ui.answerNext({ button: 'OK', text: month }, 'YES');
  h.call('menuSendMonthlyReport');
  return h.emu.ui.alerts.at(-1)!.prompt.split('\n').slice(0, 2).join(' ');
}

/** An invented association: the sample's people, with its own inquiries and courses. */
function invented(name: string, inquiries: number, national: BundleHarness, key: string): BundleHarness {
  const h = bundleHarness({ now: SAMPLE_NOW, spreadsheetName: `Ressursvenn – ${name} (demo)`, spreadsheetId: `1Demo${name}`.padEnd(44, '0') });
  h.call('menuSetupSheets');
  typeSampleAssociation(h.emu);
  typeSettings(h.emu, SAMPLE_SETTINGS, []);
  typeRows(h.emu, 'Henvendelser', Array.from({ length: inquiries }, (_, i) => ({
    ID: `H-${String(100 + i).padStart(4, '0')}`, Dato: `${String(3 + (i % 25)).padStart(2, '0')}.${i % 2 === 0 ? '09' : '10'}.2026`, Type: 'Frivillig interessert', Fra: 'Nettsiden', Kommune: name, Resultat: 'Registrert',
  })));
  switchOn(h, name, key, national);
  return h;
}

export const national: DemoStep = {
  title: 'Nasjonal oversikt: three associations send their months to the national spreadsheet',
  async run(ctx) {
    const nat = nationalHarness({ now: SAMPLE_NOW });
    nat.call('onOpen', [{ authMode: 'LIMITED' }]);
    nat.call('menuNationalSetup');
    const keys = { eks: register(nat, 'Eksempelby'), fjord: register(nat, 'Fjordby'), nord: register(nat, 'Nordvik') };
    console.log(`National menu: ${nat.emu.ui.menuHandlers().join(', ')}; three associations registered (keys shown once, only SHA-256 stored).`);

    switchOn(ctx.h, 'Eksempelby', keys.eks, nat);
    console.log(`Eksempelby (the demo association) sends September → ${sendMonth(ctx.h, '2026-09')}`);
    console.log(`Eksempelby sends October again → ${sendMonth(ctx.h, '2026-10')}`);
    const fjord = invented('Fjordby', 6, nat, keys.fjord);
    console.log(`Fjordby sends September → ${sendMonth(fjord, '2026-09')}`);
    console.log(`Fjordby sends October → ${sendMonth(fjord, '2026-10')}`);
    const nord = invented('Nordvik', 3, nat, keys.nord);
    console.log(`Nordvik sends September only → ${sendMonth(nord, '2026-09')}`);
    nat.call('menuRefreshNational');
    console.log(`Oppdater nasjonal oversikt → ${nat.emu.ui.alerts.at(-1)!.prompt}`);

    const sheet = nat.emu.sheetDisplayValues('Nasjonal oversikt');
    const header = sheet.find((r) => r[0] === 'Tall')!;
    const defCol = header.indexOf('Definisjon');
    const firstMonth = defCol - 4; // the last four months are the ones with reports
    const table = sheet.slice(sheet.indexOf(header)).filter((r) => r[0] !== '').slice(0, 28);
    const charts = nat.emu.sheetCharts('Nasjonal oversikt');
    const grid = nat.emu.sheetValues('Nasjonal oversikt');
    const svgs = charts.map((c) => {
      const [labels, series] = c.ranges;
      const data = Array.from({ length: series!.numRows - 1 }, (_, i) => [String(grid[labels!.row + i]![labels!.col - 1]), Number(grid[series!.row + i]![series!.col - 1])] as [string, number]);
      // A viewBox lets the page draw two charts side by side at half size.
      return columnChartSvg(String(c.options.title), data).replace(/^<svg ([^>]*?)width="(\d+)" height="(\d+)"/, '<svg $1viewBox="0 0 $2 $3"');
    });
    const missing = nat.emu.sheetValues('Mangler rapport').slice(1);
    const html = `<!doctype html><meta charset="utf-8"><style>body{font-family:Arial,sans-serif;font-size:13px;margin:16px}td,th{border:1px solid #ddd;padding:3px 6px;text-align:right}td:first-child,th:first-child{text-align:left}th{background:#f3f3f3}.charts svg{width:48%;height:auto;margin:0 1% 8px 0}</style>
<h2>Nasjonal oversikt (${esc(nat.emu.sheetNames().join(' · '))})</h2>
${sheet.slice(0, 3).map((r) => `<p>${esc(r[0]!)}</p>`).join('\n')}
<table>${table.map((r, i) => `<tr>${[r[0]!, ...r.slice(firstMonth, defCol)].map((c) => (i === 0 ? `<th>${esc(c)}</th>` : `<td>${esc(c)}</td>`)).join('')}</tr>`).join('\n')}</table>
<h3>Mangler rapport</h3><ul>${missing.map((r) => `<li>${esc(String(r[0]))} (siste: ${esc(String(r[1]))})</li>`).join('')}</ul>
<div class="charts">${svgs.join('\n')}</div>`;
    const page = join(ctx.outDir, 'nasjonal-oversikt.html');
    const png = join(ctx.outDir, 'nasjonal-oversikt.png');
    writeFileSync(page, html);
    await screenshotHtml(html, png, 1100);
    ctx.files.push([page, 'the national overview (four latest months, charts, who is missing)'], [png, 'the national overview rendered in headless Chromium']);
  },
};
