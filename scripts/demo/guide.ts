/**
 * Demo step: the user guide's pictures (scripts/demo/guideImages.ts) in headless Chromium: Kom i gang on a
 * fresh spreadsheet, every sidebar tab of the invented association, the import dialog with a preview, and the
 * reminder digest and monthly report email the earlier steps sent. Fails when one of the pictures is not made.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { emailAsPage, openSidebar, screenshotHtml } from '../../test/support/browser';
import { bundleHarness } from '../../test/support/harness';
import { buildXlsx, contactLogSheet } from '../../test/support/legacyLogs';
import { SAMPLE_NOW } from '../../test/support/sampleAssociation';
import { bundleRpc, sidebarFixture } from '../../test/support/sidebar';
import { loadXlsx } from '../../test/support/xlsxLoader';
import type { DemoStep } from './context';
import { GUIDE_IMAGES, GUIDE_IMG_DIR, type GuideImage } from './guideImages';

/** The tab's label in the sidebar → its picture. */
const TAB_IMAGES: Array<[string, GuideImage]> = [
  ['I dag', 'sidepanel-i-dag.png'], ['Oppfølging', 'sidepanel-oppfolging.png'], ['Frivillig', 'sidepanel-frivillig.png'],
  ['Deltaker', 'sidepanel-deltaker.png'], ['Kobling', 'sidepanel-kobling.png'], ['Henvendelse', 'sidepanel-henvendelse.png'],
  ['Kurs', 'sidepanel-kurs.png'], ['Rapport', 'sidepanel-rapport.png'], ['Innstillinger', 'sidepanel-innstillinger.png'],
];

export const guidePictures: DemoStep = {
  title: 'The user guide\'s pictures (headless Chromium → docs/img/)',
  async run(ctx) {
    const dir = join(process.cwd(), GUIDE_IMG_DIR);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const path = (name: GuideImage) => join(dir, name);

    // Kom i gang: a spreadsheet Google just made.
    const fresh = bundleHarness({ now: SAMPLE_NOW });
    let b = await openSidebar(bundleRpc(fresh), { height: 900 });
    await b.page.getByRole('heading', { name: 'Kom i gang' }).waitFor();
    await b.page.screenshot({ path: path('kom-i-gang.png'), fullPage: true });
    await b.close();

    // Every tab of the invented association (Kom i gang done).
    const f = sidebarFixture();
    b = await openSidebar(f.rpc, { height: 900 });
    try {
      await b.page.getByRole('heading', { name: /^I dag/ }).waitFor();
      for (const [label, file] of TAB_IMAGES) {
        await b.page.getByRole('tab', { name: label, exact: true }).click();
        await b.page.locator('#panel[aria-busy="false"]').waitFor();
        await b.page.locator('#panel h2').first().waitFor();
        await b.page.screenshot({ path: path(file), fullPage: true });
      }
    } finally {
      await b.close();
    }

    // The import dialog with an old contact log copied in and previewed.
    const tabs = await loadXlsx(f.h.emu, await buildXlsx(contactLogSheet));
    f.h.call('menuImportLegacy');
    b = await openSidebar(f.rpc, { file: 'Import.html', width: 1100, height: 720 });
    try {
      await b.page.getByRole('combobox').first().selectOption(tabs[0]!).catch(() => undefined);
      await b.page.locator('table').first().waitFor();
      await b.page.screenshot({ path: path('import-dialog.png'), fullPage: true });
    } finally {
      await b.close();
    }

    // The emails the earlier demo steps sent: a reminder digest and the monthly report.
    const sent = ctx.h.emu.mail.sent;
    const report = sent.find((m) => Object.keys(m.inlineImages ?? {}).length > 0);
    const digest = sent.find((m) => m !== report && /påminn|oppfølging|frist/i.test(`${m.subject} ${m.body}`));
    if (!report || !digest) throw new Error('The demo sent no report email or no reminder digest to picture.');
    await screenshotHtml(emailAsPage({ ...digest, htmlBody: digest.htmlBody ?? '', inlineImages: {}, attachments: [] }), path('paminnelse-epost.png'), 640);
    await screenshotHtml(emailAsPage(report as never), path('rapport-epost.png'), 760);

    const missing = (Object.keys(GUIDE_IMAGES) as GuideImage[]).filter((n) => !existsSync(path(n)));
    if (missing.length > 0) throw new Error(`The guide's pictures not made: ${missing.join(', ')}`);
    for (const n of Object.keys(GUIDE_IMAGES) as GuideImage[]) ctx.files.push([path(n), `guide picture: ${GUIDE_IMAGES[n]}`]);
    console.log(`${Object.keys(GUIDE_IMAGES).length} pictures for docs/brukerveiledning.md written to ${GUIDE_IMG_DIR}/`);
  },
};
