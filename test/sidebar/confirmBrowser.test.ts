/**
 * Records say only what happened: ending a match does not fill in a closure conversation that has not taken
 * place, and ending, declining and quitting say what will be written and ask once in the page before anything
 * is sent. «Avbryt» sends nothing and writes nothing.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { ROOT } from '../support/harness';
import { sheetRecords, sidebarFixture, workbookSnapshot, type SidebarFixture } from '../support/sidebar';

jest.setTimeout(60_000);

let f: SidebarFixture;
let b: SidebarBrowser;
beforeEach(async () => {
  f = sidebarFixture();
  b = await openSidebar(f.rpc);
  await b.page.getByRole('tab', { name: 'Kobling' }).waitFor();
});
afterEach(async () => { await b.close(); });

const match = (id: string) => sheetRecords(f.h, 'Koblinger').find((r) => r.ID === id)!;
const question = (scope: Locator) => scope.getByRole('group', { name: 'Bekreft' });

test('Kobling: ending starts with an empty «Avkoblingssamtale», asks «Avslutt kobling K-001 …?», and «Avbryt» writes nothing', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const k1 = p.getByRole('region', { name: 'K-001' });
  await k1.locator('summary', { hasText: 'Avslutt' }).click();
  expect(await k1.getByLabel(/^Avkoblingssamtale/).inputValue()).toBe('');
  expect(await k1.getByLabel('Evaluering sendt').isChecked()).toBe(false);
  await k1.getByLabel(/^Sluttårsak/).selectOption('Annet');
  await k1.getByLabel(/^Avsluttet av/).selectOption('Deltaker');
  await k1.getByLabel('Skal deltakeren få en ny kobling?').selectOption({ label: 'Ja – venter på ny kobling' });
  const before = workbookSnapshot(f.h);
  const calls = b.calls.length;
  await k1.getByRole('button', { name: 'Avslutt' }).click();
  const ask = question(k1);
  await ask.waitFor();
  await expect(ask.locator('p').first().textContent()).resolves.toBe('Avslutt kobling K-001 (F-001 AB + D-001)?');
  await expect(ask.locator('li').allTextContents()).resolves.toEqual([
    'Status blir «Avsluttet», sluttdato 20.11.2026.',
    'Sluttårsak: Annet. Avsluttet av: Deltaker.',
    'D-001 venter på ny kobling.',
    'Avkoblingssamtale: ikke ført ennå (fyll den ut når samtalen er holdt).',
    'Evaluering sendt: nei.',
  ]);
  expect(await k1.getByRole('button', { name: 'Avslutt', exact: true }).isHidden()).toBe(true);
  mkdirSync(join(ROOT, 'out'), { recursive: true });
  await k1.screenshot({ path: join(ROOT, 'out', 'confirm-end-match.png') });
  expect(b.calls.length).toBe(calls);

  await ask.getByRole('button', { name: 'Avbryt' }).click();
  await expect(k1.getByRole('status').filter({ hasText: 'Avbrutt' }).textContent()).resolves.toBe('Avbrutt. Ingenting ble lagret.');
  expect(await ask.isHidden()).toBe(true);
  expect(b.calls.length).toBe(calls);
  expect(workbookSnapshot(f.h)).toBe(before);

  await k1.getByRole('button', { name: 'Avslutt', exact: true }).click();
  await question(k1).getByRole('button', { name: 'Ja, avslutt' }).click();
  await expect(p.locator('#panel > p.status').textContent()).resolves.toBe('Avslutt: K-001 har nå status «Avsluttet». D-001 venter på ny kobling.');
  expect(b.calls.slice(calls).map((c) => c[0])).toEqual(['sidebarMatchAction']);
  expect(match('K-001')).toMatchObject({ Status: 'Avsluttet', Avkoblingssamtale: '', 'Evaluering sendt': false });
});

test('Kobling: a required field left blank is refused by the server at once, without asking first', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const k1 = p.getByRole('region', { name: 'K-001' });
  await k1.locator('summary', { hasText: 'Avslutt' }).click();
  await k1.getByRole('button', { name: 'Avslutt' }).click();
  await expect(k1.getByRole('alert').textContent()).resolves.toMatch(/Sluttårsak: Må fylles ut\./);
  expect(await question(k1).isHidden()).toBe(true);
  expect(match('K-001').Status).toBe('Aktiv');
});

test('Kobling: the closure conversation form starts empty too', async () => {
  f.rpc('sidebarMatchAction', { matchId: 'K-001', action: 'end', endDate: '2026-11-18', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false });
  await b.close();
  b = await openSidebar(f.rpc);
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).waitFor();
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const k1 = p.getByRole('region', { name: 'K-001' });
  await k1.locator('summary', { hasText: 'Registrer avkobling' }).click();
  expect(await k1.getByLabel(/^Avkoblingssamtale/).inputValue()).toBe('');
});

test('Kobling: declining asks «Avslå kobling K-007 …?»; «Avbryt» writes nothing, «Ja, avslå» declines', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const k7 = p.getByRole('region', { name: 'K-007' });
  await k7.locator('summary', { hasText: 'Avslått' }).click();
  await k7.getByLabel('Hvem sa nei').selectOption('Frivillig');
  const before = workbookSnapshot(f.h);
  const calls = b.calls.length;
  await k7.getByRole('button', { name: 'Avslått (en av dem sa nei)' }).click();
  await expect(question(k7).locator('p').first().textContent()).resolves.toBe('Avslå kobling K-007 (F-011 UV + D-007)?');
  await expect(question(k7).locator('li').allTextContents()).resolves.toEqual(['Status blir «Avslått», dato 20.11.2026, sagt nei av: Frivillig.', 'D-007 venter på kobling igjen.']);
  await question(k7).getByRole('button', { name: 'Avbryt' }).click();
  expect(b.calls.length).toBe(calls);
  expect(workbookSnapshot(f.h)).toBe(before);
  await k7.getByRole('button', { name: 'Avslått (en av dem sa nei)' }).click();
  await question(k7).getByRole('button', { name: 'Ja, avslå' }).click();
  await expect(p.locator('#panel > p.status').textContent()).resolves.toMatch(/^Avslått \(en av dem sa nei\): K-007 har nå status «Avslått»\./);
  expect(match('K-007').Status).toBe('Avslått');
});

test('Frivillig: quitting asks «Registrer at F-009 QR har sluttet?»; «Avbryt» writes nothing', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Frivillig' }).click();
  await p.getByText('Sluttet', { exact: true }).click();
  const form = p.locator('form').filter({ has: p.getByLabel(/^Sluttet dato/) });
  await form.getByRole('combobox', { name: /^Frivillig/ }).selectOption('F-009');
  await form.getByLabel(/^Sluttårsak/).selectOption('Flyttet');
  const before = workbookSnapshot(f.h);
  const calls = b.calls.length;
  await form.getByRole('button', { name: 'Registrer at hun sluttet' }).click();
  await expect(question(form).locator('p').first().textContent()).resolves.toBe('Registrer at F-009 QR har sluttet?');
  await expect(question(form).locator('li').first().textContent()).resolves.toBe('Status blir «Sluttet», sluttet dato 20.11.2026, sluttårsak: Flyttet.');
  await question(form).getByRole('button', { name: 'Avbryt' }).click();
  expect(b.calls.length).toBe(calls);
  expect(workbookSnapshot(f.h)).toBe(before);
  await form.getByRole('button', { name: 'Registrer at hun sluttet' }).click();
  await question(form).getByRole('button', { name: 'Ja, registrer' }).click();
  await expect(p.locator('#panel > p.status').textContent()).resolves.toMatch(/^F-009 er registrert som sluttet/);
  expect(sheetRecords(f.h, 'Frivillige').find((r) => r.ID === 'F-009')!.Status).toBe('Sluttet');
});

test('Frivillig: the birth-year hint gives the approval rule\'s bound for this year', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Frivillig' }).click();
  await p.getByText('Registrer ny frivillig', { exact: true }).click();
  const hint = await p.getByLabel('Fødselsår').getAttribute('aria-describedby');
  await expect(p.locator(`[id="${hint!.split(' ')[0]}"]`).textContent()).resolves.toBe('Bare årstall. Hun kan kobles fra 1. januar i året hun fyller 25: i år født 2001 eller før.');
});
