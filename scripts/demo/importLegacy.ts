/**
 * Demo step: the leader's old Excel log (four messy tabs, one with a match list and a volunteer list side by side;
 * built with exceljs and saved to out/demo) copied into the spreadsheet, previewed and imported through «Importer
 * gammel logg»; prints the summaries and the Importavvik sheet, and deletes one imported source tab as the dialog offers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildXlsx, contactLogSheet, matchesTwoTablesSheet, sideBySideSheet, volunteerListSheet } from '../../test/support/legacyLogs';
import { loadXlsx } from '../../test/support/xlsxLoader';
import type { DemoStep } from './context';

export const importLegacy: DemoStep = {
  title: 'Importer gammel logg',
  async run(ctx) {
    const { h } = ctx;
    const xlsx = await buildXlsx(volunteerListSheet, matchesTwoTablesSheet, contactLogSheet, sideBySideSheet);
    const file = join(ctx.outDir, 'gammel-logg.xlsx');
    writeFileSync(file, xlsx);
    ctx.files.push([file, 'the invented old Excel log that was imported (four messy tabs, one with two tables side by side)']);
    const tabs = await loadXlsx(h.emu, xlsx);
    console.log(`Copied into the spreadsheet: ${tabs.map((t) => `«${t}»`).join(', ')}`);
    h.call('menuImportLegacy');
    const beside = JSON.parse(JSON.stringify(h.call('importPreview', [{ sheetName: tabs[3] }])));
    console.log(`Preview of «${tabs[3]}»: ${beside.blocks.map((b: { headerRow: number; kind: string; columns: Array<{ header: string }> }) => `table with header in row ${b.headerRow} (${b.columns.map((c) => c.header).join(', ')}), detected as ${b.kind}`).join('; ')}`);
    const preview = JSON.parse(JSON.stringify(h.call('importPreview', [{ sheetName: tabs[2] }])));
    console.log(`Preview of «${tabs[2]}»: ${preview.blocks.map((b: { headerRow: number; kind: string }) => `table with header in row ${b.headerRow}, detected as ${b.kind}`).join('; ')}`);
    for (const r of preview.rows.slice(0, 4)) console.log(`  row ${r.row}: ${r.outcome} ${r.values.map((v: string[]) => `${v[0]}=${v[1]}`).join(', ')} ${r.reason}`);
    for (const sheetName of tabs) {
      const r = JSON.parse(JSON.stringify(h.call('importRun', [{ sheetName }])));
      console.log(r.summary);
    }
    const again = JSON.parse(JSON.stringify(h.call('importRun', [{ sheetName: tabs[2] }])));
    console.log(`Importing «${tabs[2]}» again: ${again.counts.imported} imported, ${again.counts.alreadyImported} already imported before.`);
    const deleted = JSON.parse(JSON.stringify(h.call('importDeleteSource', [tabs[2]])));
    console.log(deleted.message);
    const dev = h.emu.sheetDisplayValues('Importavvik');
    console.log('Importavvik:');
    for (const r of dev.slice(1)) console.log(`  ${`${r[0]}!${r[1]}`.padEnd(24)} ${r[2]!.padEnd(22)} ${r[3]}`);
    const out = join(ctx.outDir, 'importavvik.txt');
    writeFileSync(out, `${dev.map((r) => r.join('\t')).join('\n')}\n`);
    ctx.files.push([out, 'the Importavvik sheet after the import, tab-separated']);
  },
};
