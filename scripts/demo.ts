/**
 * `npm run demo`: runs the built add-on (dist/Code.js) on the emulated spreadsheet of an invented association,
 * the way Apps Script would, and writes what a newcomer can look at into out/demo/. Each step is a module in
 * scripts/demo/; they share one emulator and run in order.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { writeXlsx } from '../test/emulator/xlsx';
import { bundleHarness } from '../test/support/harness';
import { SAMPLE_NOW, SAMPLE_TODAY } from '../test/support/sampleAssociation';
import type { DemoContext, DemoStep } from './demo/context';
import { monthlyReport } from './demo/monthlyReport';
import { national } from './demo/national';
import { reminders } from './demo/reminders';
import { retention } from './demo/retention';
import { guidePictures } from './demo/guide';
import { importLegacy } from './demo/importLegacy';
import { setupAndCheck } from './demo/setupAndCheck';
import { sidebarFollowUp } from './demo/sidebar';
import { suggestionRound } from './demo/suggestions';

const STEPS: DemoStep[] = [setupAndCheck, sidebarFollowUp, suggestionRound, monthlyReport, national, reminders, importLegacy, retention, guidePictures];

async function main(): Promise<void> {
  const outDir = join(process.cwd(), 'out', 'demo');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const h = bundleHarness({ now: SAMPLE_NOW, spreadsheetName: 'Ressursvenn – Eksempelby (demo)' });
  const ctx: DemoContext = { h, outDir, today: SAMPLE_TODAY, files: [] };
  console.log(`Ressursvenn demo — an invented association, «today» is ${SAMPLE_TODAY}. Running dist/Code.js on the emulator.\n`);
  for (const step of STEPS) {
    console.log(`== ${step.title} ==`);
    await step.run(ctx);
    console.log('');
  }
  const xlsx = join(outDir, 'ressursvenn-demo.xlsx');
  await writeXlsx(h.emu, xlsx);
  ctx.files.push([xlsx, 'the whole spreadsheet after the demo (open it in Excel or LibreOffice)']);
  console.log(`Output in ${outDir}:`);
  for (const [file, what] of ctx.files) console.log(`  ${file.replace(`${process.cwd()}/`, '')} — ${what}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
