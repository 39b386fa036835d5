/**
 * The privacy dialog (dist/Privacy.html) in Chromium: the access page with its print button, the erasure
 * confirmation that asks once («Avbryt» sends nothing), and the sidebar's button. Screenshots go to out/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { bundleHarness, ROOT, type BundleHarness } from '../support/harness';
import { HER, typePrivacyAssociation } from '../support/privacyData';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { bundleRpc, workbookSnapshot } from '../support/sidebar';

jest.setTimeout(60_000);

const OUT = join(ROOT, 'out');
let h: BundleHarness;
let b: SidebarBrowser;
beforeEach(async () => {
  h = bundleHarness({ now: SAMPLE_NOW });
  typePrivacyAssociation(h);
  const data = `<script type="application/json" id="dialog-data">{"personId":"${HER.id}"}</script>`;
  b = await openSidebar(bundleRpc(h), { file: 'Privacy.html', width: 820, height: 680, append: data });
  await b.page.getByRole('button', { name: 'Vis innsyn' }).waitFor();
  mkdirSync(OUT, { recursive: true });
});
afterEach(async () => { await b.close(); });

test('the access page lists her rows sheet by sheet, with a print button that is not printed', async () => {
  const p = b.page;
  await expect(p.getByLabel('Person-ID').inputValue()).resolves.toBe(HER.id);
  await p.getByRole('button', { name: 'Vis innsyn' }).click();
  await p.getByRole('heading', { name: `Innsyn: opplysninger om frivillig ${HER.id}` }).waitFor();
  expect(b.calls.map((c) => c[0])).toEqual(['privacyAccess']);
  const sheets = await p.locator('h2').allTextContents();
  expect(sheets).toEqual(['Frivillige', 'Kontaktinfo', 'Koblinger', 'Kontaktlogg', 'Kurs', 'Henvendelser', 'Varsellogg', 'Importlogg', 'Importavvik', 'Nevnt hos andre', 'Månedsrapporter hun er talt med i']);
  await expect(p.getByText(HER.name).count()).resolves.toBe(1);
  await p.screenshot({ path: join(OUT, 'privacy-access.png'), fullPage: true });
  await p.emulateMedia({ media: 'print' });
  expect(await p.getByRole('button', { name: 'Skriv ut' }).isVisible()).toBe(false);
  await p.emulateMedia({ media: 'screen' });
});

test('erasure asks once: «Avbryt» sends nothing; «Slett nå» erases and says so', async () => {
  const p = b.page;
  const before = workbookSnapshot(h);
  await p.getByRole('button', { name: 'Slett opplysninger …' }).click();
  await p.getByRole('heading', { name: `Slette opplysningene om ${HER.id}?` }).waitFor();
  await p.getByText('Dette blir stående').waitFor();
  await p.screenshot({ path: join(OUT, 'privacy-erasure.png'), fullPage: true });
  await p.getByRole('button', { name: 'Avbryt' }).click();
  await p.getByRole('button', { name: 'Vis innsyn' }).waitFor();
  expect(b.calls.map((c) => c[0])).toEqual(['privacyPreviewErasure']);
  expect(workbookSnapshot(h)).toBe(before);

  await p.getByRole('button', { name: 'Slett opplysninger …' }).click();
  await p.getByRole('button', { name: 'Slett nå' }).click();
  await p.getByRole('heading', { name: `Slettet: ${HER.id}` }).waitFor();
  expect(b.calls.map((c) => c[0])).toEqual(['privacyPreviewErasure', 'privacyPreviewErasure', 'privacyErase']);
  expect(workbookSnapshot(h)).not.toContain(HER.name);
});

test('an open match: the refusal is shown and there is no erase button', async () => {
  const p = b.page;
  await p.getByLabel('Person-ID').fill('F-001');
  await p.getByRole('button', { name: 'Slett opplysninger …' }).click();
  await p.getByRole('alert').filter({ hasText: 'Koblingen K-001 er åpen (Aktiv)' }).waitFor();
  expect(await p.getByRole('button', { name: 'Slett nå' }).count()).toBe(0);
});

test('the sidebar: «Innsyn eller sletting …» in the Frivillig tab opens the dialog for the volunteer typed there (one who has quit too)', async () => {
  const s = await openSidebar(bundleRpc(h));
  try {
    const p = s.page;
    await p.getByRole('tab', { name: 'Frivillig' }).click();
    const box = p.locator('details:visible', { has: p.locator('summary', { hasText: 'Personvern' }) });
    await box.locator('summary').click();
    await box.getByLabel(/^Frivillig-ID/).fill(HER.id);
    await p.screenshot({ path: join(OUT, 'privacy-sidebar.png'), fullPage: true });
    await box.getByRole('button', { name: 'Innsyn eller sletting …' }).click();
    await p.getByText(`Personvern for ${HER.id} er åpnet i et eget vindu.`).waitFor();
    expect(h.emu.ui.dialogs.at(-1)!.html).toContain(`{"personId":"${HER.id}"}`);
  } finally {
    await s.close();
  }
});
