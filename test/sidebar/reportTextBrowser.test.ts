/** Rapport tab in Chromium: the three free-text fields written in the sidebar, checked like the send, then sent. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { ROOT } from '../support/harness';
import { sidebarFixture, type SidebarFixture } from '../support/sidebar';

jest.setTimeout(90_000);

let f: SidebarFixture;
let b: SidebarBrowser;
beforeEach(async () => {
  f = sidebarFixture();
  b = await openSidebar(f.rpc, { height: 1400 });
  await b.page.getByRole('tab', { name: 'Rapport' }).click();
  await b.page.getByLabel(/^Måned/).selectOption({ label: 'september 2026' });
  await b.page.getByRole('button', { name: 'Lag månedsrapport' }).click();
  await b.page.getByRole('button', { name: 'Lagre teksten' }).waitFor();
});
afterEach(async () => { await b.close(); });

const freeTextCell = (label: string) => f.h.emu.sheetValues('Rapport 2026-09').find((r) => r[0] === label)![3];

test('an ID or a name in the free text is refused at its field, and nothing is written', async () => {
  const p = b.page;
  await p.getByLabel('Gode historier').fill('Astrid og F-001 har gått tur hver uke.');
  await p.getByLabel('Ønsker og behov').fill('Ring 912 34 567 om kurset.');
  await p.getByRole('button', { name: 'Lagre teksten' }).click();
  const summary = p.getByRole('alert').filter({ hasText: 'personopplysninger' });
  await expect(summary.textContent()).resolves.toMatch(/«F-001» \(ID\).*«Astrid» \(navn eller alias\)/);
  await expect(summary.textContent()).resolves.toContain('Ingenting ble lagret.');
  expect(await p.getByLabel('Gode historier').getAttribute('aria-invalid')).toBe('true');
  expect(await p.getByLabel('Ønsker og behov').getAttribute('aria-invalid')).toBe('true');
  expect(await p.getByLabel('Utfordringer').getAttribute('aria-invalid')).toBeNull();
  expect(freeTextCell('Gode historier')).toBe('');
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await p.screenshot({ path: join(ROOT, 'out', 'rapport-fritekst-avvist.png'), fullPage: true });
});

test('clean text is saved into the report sheet, shown again, and sent with the email', async () => {
  const p = b.page;
  await p.getByLabel('Gode historier').fill('En deltaker har fått praksisplass.');
  await p.getByLabel('Utfordringer').fill('Få frivillige i Nordfjell.');
  await p.getByRole('button', { name: 'Lagre teksten' }).click();
  await p.getByText('Friteksten er lagret i arket «Rapport 2026-09».').waitFor();
  expect(freeTextCell('Gode historier')).toBe('En deltaker har fått praksisplass.');
  expect(freeTextCell('Utfordringer')).toBe('Få frivillige i Nordfjell.');
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await p.screenshot({ path: join(ROOT, 'out', 'rapport-fritekst.png'), fullPage: true });

  await p.getByRole('button', { name: 'Send til nasjonal prosjektleder' }).click();
  await p.getByRole('group', { name: 'Bekreft sending' }).getByRole('button', { name: 'Ja, send' }).click();
  await p.getByText(/er sendt til prosjektleder@example\.org/).waitFor();
  expect(f.h.emu.mail.sent[0]!.body).toContain('GODE HISTORIER\nEn deltaker har fått praksisplass.');
  expect(b.calls.map((c) => c[0])).toEqual(['sidebarStart', 'sidebarOpen', 'sidebarGenerateReport', 'sidebarSaveReportText', 'sidebarSendReport']); // «I dag», then Rapport

  // Made again from the sheet, the tab shows the saved text.
  await p.getByRole('button', { name: 'Lag månedsrapport' }).click();
  await expect(p.getByLabel('Gode historier').inputValue()).resolves.toBe('En deltaker har fått praksisplass.');
});
