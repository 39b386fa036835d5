/** The built import dialog (dist/Import.html) in headless Chromium, its google.script.run calling the bundle. */
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { bundleHarness, type BundleHarness } from '../support/harness';
import { buildXlsx, contactLogSheet, nameLeaks, PARTICIPANT_NAMES, volunteerListSheet } from '../support/legacyLogs';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { bundleRpc } from '../support/sidebar';
import { loadXlsx } from '../support/xlsxLoader';

jest.setTimeout(60_000);

let h: BundleHarness;
let b: SidebarBrowser;
beforeEach(async () => {
  h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  await loadXlsx(h.emu, await buildXlsx(volunteerListSheet, contactLogSheet));
  b = await openSidebar(bundleRpc(h), { file: 'Import.html', width: 1100, height: 720 });
  await b.page.getByRole('button', { name: 'Importer' }).waitFor();
});
afterEach(async () => { await b.close(); });

test('preview in one call, import, then delete the source tab only after the confirming tick', async () => {
  const p = b.page;
  expect(b.calls.map((c) => c[0])).toEqual(['importPreview']);
  await expect(p.getByText(/Fanen har 6 rader med data: 5 blir importert, 1 settes til side \(Importavvik\); 2 importeres med merknad/).count()).resolves.toBe(1);
  await p.getByRole('button', { name: 'Importer' }).click();
  await p.getByText(/Jeg har kontrollert importen/).waitFor();
  expect(b.calls.map((c) => c[0])).toEqual(['importPreview', 'importRun']);
  expect(h.emu.sheetValues('Frivillige').length).toBeGreaterThan(1);
  const del = p.getByRole('button', { name: /Slett fanen «Frivillige \(gammel\)»/ });
  expect(await del.isDisabled()).toBe(true);
  await p.getByLabel(/Jeg har kontrollert importen/).check();
  await del.click();
  await p.getByText(/slettet/i).first().waitFor();
  expect(h.emu.sheetNames()).not.toContain('Frivillige (gammel)');
});

test('while the preview reloads every control is disabled; «Ikke importer» skips the table, and importing then notes it in Importavvik', async () => {
  const p = b.page;
  // Hold the next server call, as a slow round trip would.
  await p.evaluate(() => {
    const w = window as unknown as { __rpc: (...a: unknown[]) => Promise<string>; __release: () => void };
    const orig = w.__rpc;
    w.__rpc = (...a) => new Promise((resolve) => { w.__release = () => resolve(orig(...a)); });
  });
  await p.getByLabel('Type tabell').selectOption('skip');
  const controls = p.locator('button, select, input');
  expect(await controls.count()).toBeGreaterThan(3);
  for (const c of await controls.all()) expect(await c.isDisabled()).toBe(true);
  await p.evaluate(() => (window as unknown as { __release: () => void }).__release());
  await p.getByText(/Fanen har 6 rader med data: 0 blir importert, 0 settes til side \(Importavvik\), 6 hoppes over \(Ikke importer\)/).waitFor();
  expect(await p.getByLabel('Type tabell').isDisabled()).toBe(false);
  // Not disabled without a word: importing records the table left out, with its range.
  await p.getByRole('button', { name: 'Importer' }).click();
  await p.evaluate(() => (window as unknown as { __release: () => void }).__release()); // the held round trip, as above
  await p.getByText(/Tabeller som ikke er importert \(notert i Importavvik\): 1\./).waitFor();
  expect(h.emu.sheetValues('Importavvik').slice(1).map((r) => [r[2], r[3]])).toEqual([['Ikke importert', 'Tabellen er valgt bort («Ikke importer»): 6 rader er ikke importert. Område: A1:I7.']]);
});

test('the contact log tab: participant names are shown nowhere in the page and stored nowhere', async () => {
  const p = b.page;
  await p.getByLabel('Fane').selectOption('Kontaktlogg 2025');
  await p.getByText(/Fanen har 10 rader med data/).waitFor();
  const before = await p.locator('body').innerText();
  expect(nameLeaks(before, PARTICIPANT_NAMES)).toEqual([]);
  await p.getByRole('button', { name: 'Importer' }).click();
  await p.getByText(/Jeg har kontrollert importen/).waitFor();
  const everything = JSON.stringify(h.emu.sheetNames().filter((n) => n !== 'Kontaktlogg 2025').map((n) => h.emu.sheetValues(n)));
  expect(nameLeaks(everything, PARTICIPANT_NAMES)).toEqual([]);
});
