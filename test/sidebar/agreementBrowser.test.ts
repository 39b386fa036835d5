/** «Skriv ut samarbeidsavtale» from the Kobling tab in Chromium, and the dialog's page printed: one A4 page per copy. */
import { chromium } from 'playwright-core';
import { CHROMIUM, openSidebar, type SidebarBrowser } from '../support/browser';
import { sidebarFixture, type SidebarFixture } from '../support/sidebar';

jest.setTimeout(60_000);

let f: SidebarFixture;
let b: SidebarBrowser;
beforeEach(async () => {
  f = sidebarFixture();
  b = await openSidebar(f.rpc);
  await b.page.getByRole('heading', { name: /^I dag/ }).waitFor();
});
afterEach(async () => { await b.close(); });

test('the button in the match block opens the agreement dialog; printed, it is three A4 pages', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  await p.getByRole('button', { name: 'Skriv ut samarbeidsavtale (K-002)' }).click();
  const k2 = p.getByRole('region', { name: 'K-002' });
  await expect(k2.getByRole('status').textContent()).resolves.toBe('Samarbeidsavtalen for K-002 er åpnet i et eget vindu: skriv den ut derfra (tre eksemplarer).');
  expect(b.calls.at(-1)).toEqual(['sidebarPrintAgreement', [{ matchId: 'K-002' }]]);
  // Every match block in the list has its button (an ended one, waiting for its closure, would not).
  expect(await p.getByRole('button', { name: /^Skriv ut samarbeidsavtale/ }).count()).toBe(await p.locator('section[aria-label^="K-"]').count());

  const html = f.h.emu.ui.dialogs.at(-1)!.html;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html);
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: /^Skriv ut/ }).isVisible()).toBe(false);
  } finally {
    await browser.close();
  }
});
