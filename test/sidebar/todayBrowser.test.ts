/**
 * «I dag» in Chromium: the first tab, opened with one call; each line's button opens its form filled in; a save
 * there and the way back show the list as it is after the save; an empty day says so.
 */
import type { Page } from 'playwright-core';
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { bundleRpc, sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';
import { bundleHarness } from '../support/harness';
import { SAMPLE_NOW } from '../support/sampleAssociation';

jest.setTimeout(60_000);

let f: SidebarFixture;
let b: SidebarBrowser;
afterEach(async () => { await b.close(); });

const opened = async () => {
  f = sidebarFixture();
  b = await openSidebar(f.rpc);
  await b.page.getByRole('heading', { name: /^I dag/ }).waitFor();
  return b.page;
};
const lines = (p: Page) => p.locator('.today-item > p').allTextContents();
const section = (p: Page, name: string) => p.getByRole('region', { name });

test('the first tab, opened with one call: the counts, then concerns, overdue, due now, soon, for information', async () => {
  const p = await opened();
  expect(b.calls).toEqual([['sidebarStart', ['today']]]);
  expect(await p.getByRole('tab', { selected: true }).textContent()).toBe('I dag');
  const figures = await p.getByRole('table', { name: 'Oversikt' }).locator('tr').allTextContents();
  expect(figures).toEqual(['Aktive koblinger2', 'På pause1', 'Slutter innen 30 dager1', 'Frivillige som venter på kobling2', 'Deltakere som venter på kobling1']);
  expect(await p.locator('h3').allTextContents()).toEqual(['Bekymring – ta kontakt med en gang (1)', 'Forfalt (1)', 'Gjør nå (4)', 'Snart (1)', 'Til orientering (3)']);
  expect((await lines(p))[0]).toMatch(/^K-002: Bekymring meldt i oppfølgingen 01\.10\.2026/);
  // No trigger is installed in this fixture: the list does not depend on reminders being on.
  expect(f.h.emu.triggers.list()).toEqual([]);
});

test('«Logg kontakten» on the concern opens Oppfølging with K-002 chosen; after the save the way back shows it gone', async () => {
  const p = await opened();
  await section(p, 'Bekymring – ta kontakt med en gang').getByRole('button', { name: 'Logg kontakten (K-002)' }).click();
  await p.getByRole('button', { name: 'Lagre oppfølging' }).waitFor();
  expect(await p.getByRole('tab', { selected: true }).textContent()).toBe('Oppfølging');
  expect(await p.getByLabel(/^Kobling eller frivillig/).inputValue()).toBe('K-002');
  expect(await p.getByLabel('Type').inputValue()).toBe('Månedlig oppfølging');
  await expect(p.locator('.overview').textContent()).resolves.toMatch(/Sist fulgt opp 01\.10\.2026/);
  await p.getByLabel('Hvordan går det').selectOption('Greit');
  await p.getByRole('button', { name: 'Lagre oppfølging' }).click();
  await p.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
  expect(sheetRecords(f.h, 'Kontaktlogg').at(-1)).toMatchObject({ 'Koblings-ID': 'K-002', 'Med hvem': 'Frivillig' });
  await p.getByRole('button', { name: '← Tilbake til I dag' }).click();
  await p.getByRole('heading', { name: /^I dag/ }).waitFor();
  // The concern is answered by the later contact and the follow-up is no longer overdue: only the ending is left for K-002.
  expect(await p.locator('h3').allTextContents()).toEqual(['Gjør nå (4)', 'Snart (1)', 'Til orientering (3)']);
  expect((await lines(p)).filter((l) => l.startsWith('K-002'))).toEqual([expect.stringMatching(/^K-002: Planlagt slutt 10\.12\.2026/)]);
  expect(b.calls.map((c) => [c[0], c[0] === 'sidebarOpen' ? c[1][0] : '-'])).toEqual([
    ['sidebarStart', '-'], ['sidebarOpen', 'followUp'], ['sidebarSaveFollowUp', '-'], ['sidebarOpen', 'today'],
  ]);
});

test('«Logg første kontakt» for a new volunteer: her code chosen and the kind «Første kontakt»', async () => {
  const p = await opened();
  await p.getByRole('button', { name: 'Logg første kontakt (F-007)' }).click();
  await p.getByRole('button', { name: 'Lagre oppfølging' }).waitFor();
  expect(await p.getByLabel(/^Kobling eller frivillig/).inputValue()).toBe('F-007');
  expect(await p.getByLabel('Type').inputValue()).toBe('Første kontakt');
});

test('«Foreslå kobling» for a waiting participant opens the proposal with her chosen', async () => {
  const p = await opened();
  await p.getByRole('button', { name: 'Foreslå kobling (D-008)' }).click();
  const participant = p.getByLabel(/^Deltaker \(venter\)/);
  await participant.waitFor();
  expect(await participant.inputValue()).toBe('D-008');
  expect(await p.locator('details[data-step="propose"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
});

test('«Avslutt koblingen» once the planned end has passed opens that match\'s end step', async () => {
  f = sidebarFixture({ now: new Date('2026-12-14T08:00:00Z') });
  b = await openSidebar(f.rpc);
  const p = b.page;
  await p.getByRole('button', { name: 'Avslutt koblingen (K-002)' }).click();
  const k2 = p.getByRole('region', { name: 'K-002' });
  await k2.getByLabel(/^Sluttårsak/).waitFor();
  expect(await k2.locator('details[data-step="end"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  expect(await k2.locator('details[data-step="pause"]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
});

test('an empty day says so kindly', async () => {
  const h = bundleHarness({ now: SAMPLE_NOW });
  h.call('menuSetupSheets');
  b = await openSidebar(bundleRpc(h));
  const p = b.page;
  // A spreadsheet with nothing in it yet opens on Kom i gang; I dag is one tab away.
  await p.getByRole('heading', { name: 'Kom i gang' }).waitFor();
  await p.getByRole('tab', { name: 'I dag' }).click();
  await p.getByRole('heading', { name: /^I dag/ }).waitFor();
  await expect(p.locator('.today-empty').textContent()).resolves.toMatch(/^Ingenting venter på deg i dag\./);
  expect(await p.locator('.today-item').count()).toBe(0);
  expect(await p.getByRole('table', { name: 'Oversikt' }).locator('td').allTextContents()).toEqual(['0', '0', '0', '0', '0']);
});
