/**
 * «Foreslå kobling» in Chromium: the group's best set and each participant's ranked list with the reasons; «Velg»
 * fills the propose form and nothing else; the proposal is the leader's own click. The matching fields are
 * edited in the Frivillig tab and change the suggestions.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/harness';
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { typeSuggestionRound } from '../support/sampleAssociation';
import { sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

jest.setTimeout(60_000);

let f: SidebarFixture;
let b: SidebarBrowser;
beforeEach(async () => {
  f = sidebarFixture();
  typeSuggestionRound(f.h.emu);
  b = await openSidebar(f.rpc, { height: 1400 });
  // The sidebar opens on «I dag»; each test goes to its own tab.
  await b.page.getByRole('tab', { name: 'Kobling' }).waitFor();
});
afterEach(async () => { await b.close(); });

const texts = (loc: import('playwright-core').Locator) => loc.evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));

test('Kobling: the group set differs from D-008\'s own best; every term and exclusion is shown; «Velg» only fills the form', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  await p.locator('#suggestions > summary').click();
  const group = p.getByRole('list', { name: 'Best for hele gruppen' });
  await expect(texts(group.locator('li > p:first-child'))).resolves.toEqual([
    'D-008 + F-009 · QR – 3,8 poeng ★ i gruppeforslaget',
    'D-009 + F-017 · CE – 9,5 poeng ★ i gruppeforslaget',
    'D-010 + F-004 · GH – 7,5 poeng ★ i gruppeforslaget',
  ]);
  await expect(texts(group.locator('li > p.hint'))).resolves.toEqual([
    'felles interesser: lesing +1 · ingen felles tid · samme kommune +1,5 · aldersforskjell ca. 12 år +1,3',
    'felles interesser: kafé, trening, tur +3 · begge kvelder +3 · samme kommune +1,5 · aldersforskjell ca. 2 år +2',
    'felles interesser: kafé +1 · begge på dagtid +3 · samme kommune +1,5 · aldersforskjell ca. 2 år +2',
  ]);

  // D-008's own list: F-017 first (5), F-009 second, and F-004 out with the reason.
  const d8 = p.locator('details.participant-suggestions', { hasText: 'D-008' });
  await d8.locator('summary').click();
  await expect(d8.locator('summary').textContent()).resolves.toBe('D-008 (henvist 15.08.2026): best F-017, 5 poeng');
  await expect(texts(d8.locator('ol > li > p:first-child'))).resolves.toEqual(['F-017 · CE – 5 poeng', 'F-009 · QR – 3,8 poeng ★ i gruppeforslaget']);
  await expect(texts(d8.locator('ul > li'))).resolves.toEqual(['F-004 · GH: en av dem har sagt nei til denne koblingen før']);
  const d10 = p.locator('details.participant-suggestions', { hasText: 'D-010' });
  await d10.locator('summary').click();
  await expect(texts(d10.locator('ul > li'))).resolves.toEqual(['F-009 · QR: barn blir med, men F-009 kan ikke møte med barn', 'F-017 · CE: barn blir med, men F-017 kan ikke møte med barn']);
  const out = await texts(p.locator('#suggestions > ul.list > li'));
  expect(out).toContain('F-011 · UV: allerede i kobling K-007 (Foreslått)');
  expect(out).toContain('F-006 · KL: ikke godkjent; politiattest ikke vist; taushetserklæring med N.K.S. ikke signert; taushetserklæring med krisesenteret ikke signert');

  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await p.screenshot({ path: join(ROOT, 'out', 'suggestions.png'), fullPage: true });

  // «Velg» fills the propose form: no call to the server, nothing written.
  const before = b.calls.length;
  const rowsBefore = sheetRecords(f.h, 'Koblinger').length;
  await group.getByRole('button', { name: 'Velg D-008 + F-009' }).click();
  expect(await p.locator('#propose').getAttribute('open')).toBe('');
  expect(await p.getByLabel(/^Frivillig \(klar for kobling\)/).inputValue()).toBe('F-009');
  expect(await p.getByLabel(/^Deltaker \(venter\)/).inputValue()).toBe('D-008');
  expect(b.calls.length).toBe(before);
  expect(sheetRecords(f.h, 'Koblinger').length).toBe(rowsBefore);

  // The leader proposes it; the page redraws from the answer, without D-008 and with F-009 taken.
  await p.locator('#propose').getByRole('button', { name: 'Foreslå kobling' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'er foreslått' }).first().textContent()).resolves.toMatch(/^Kobling K-\d{3} \(F-009 \+ D-008\) er foreslått\./);
  const proposed = sheetRecords(f.h, 'Koblinger').at(-1)!;
  expect(proposed).toMatchObject({ 'Frivillig-ID': 'F-009', 'Deltaker-ID': 'D-008', Status: 'Foreslått', Merknad: '' });
  expect(b.calls.map((c) => c[0]).slice(before)).toEqual(['sidebarProposeMatch']);
  await p.locator('#suggestions > summary').click();
  await expect(texts(p.getByRole('list', { name: 'Best for hele gruppen' }).locator('li > p:first-child'))).resolves.toEqual([
    'D-009 + F-017 · CE – 9,5 poeng ★ i gruppeforslaget',
    'D-010 + F-004 · GH – 7,5 poeng ★ i gruppeforslaget',
  ]);
  expect(await texts(p.locator('#suggestions > ul.list > li'))).toContain(`F-009 · QR: allerede i kobling ${String(proposed.ID)} (Foreslått)`);
  expect(f.h.emu.mail.sent).toEqual([]);
});

test('Frivillig: the matching fields fill in for the volunteer picked, are saved alone, and change the suggestions', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Frivillig' }).click();
  await p.getByText('Opplysninger for kobling', { exact: true }).click();
  const box = p.locator('details', { hasText: 'Lagre opplysninger for kobling' });
  await box.getByLabel(/^Frivillig/).selectOption('F-009');
  expect(await box.getByRole('checkbox', { name: 'Norsk' }).isChecked()).toBe(true);
  expect(await box.getByRole('checkbox', { name: 'Lesing' }).isChecked()).toBe(true);
  expect(await box.getByRole('checkbox', { name: 'Helger' }).isChecked()).toBe(true);
  expect(await box.getByLabel('Kommune').inputValue()).toBe('Nordfjell');
  await box.getByRole('checkbox', { name: 'Kvelder' }).check();
  await box.getByLabel('Ikke aktuell for (deltaker-ID)').fill('D-009');
  await box.getByRole('button', { name: 'Lagre opplysninger for kobling' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'er lagret' }).first().textContent()).resolves.toBe('Koblingsopplysningene for F-009 er lagret.');
  expect(sheetRecords(f.h, 'Frivillige').find((r) => r.ID === 'F-009')).toMatchObject({ Tilgjengelighet: 'Kvelder, Helger', 'Ikke aktuell for': 'D-009', Interesser: 'Lesing', Status: 'Godkjent', 'Kurs fullført': expect.any(Date) });

  await p.getByRole('tab', { name: 'Kobling' }).click();
  await p.locator('#suggestions > summary').click();
  const d9 = p.locator('details.participant-suggestions', { hasText: 'D-009' });
  await d9.locator('summary').click();
  await expect(texts(d9.locator('ul > li'))).resolves.toEqual(['F-009 · QR: merket «ikke aktuell for D-009»']);
  const d8 = p.locator('details.participant-suggestions', { hasText: 'D-008' });
  await d8.locator('summary').click();
  // Both evenings now: F-009 gains the 3 points for time (3,8 + 3).
  await expect(texts(d8.locator('ol > li > p.hint'))).resolves.toContain('felles interesser: lesing +1 · begge kvelder +3 · samme kommune +1,5 · aldersforskjell ca. 12 år +1,3');
});
