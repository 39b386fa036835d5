/** The other tabs in Chromium: a match started with its planned end shown, and refusals shown at the field. */
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { sheetRecords, sidebarFixture, type SidebarFixture } from '../support/sidebar';

jest.setTimeout(60_000);

let f: SidebarFixture;
let b: SidebarBrowser;
beforeEach(async () => {
  f = sidebarFixture();
  b = await openSidebar(f.rpc);
  // «I dag» is the first tab; these tests start from Oppfølging.
  await b.page.getByRole('tab', { name: 'Oppfølging' }).click();
  await b.page.getByRole('button', { name: 'Lagre oppfølging' }).waitFor();
});
afterEach(async () => { await b.close(); });

test('Kobling: start K-004 with 9 months; the planned end is shown before saving and the match is active after', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const k4 = p.getByRole('region', { name: 'K-004' });
  await k4.locator('summary', { hasText: 'Start koblingen' }).click();
  await k4.getByLabel(/^Startdato/).fill('31.01.2027');
  await k4.getByLabel(/^Avtalt lengde/).selectOption('9');
  await expect(k4.getByText(/^Planlagt slutt:/).textContent()).resolves.toBe('Planlagt slutt: 31.10.2027');
  await k4.getByLabel('Samarbeidsavtalen er signert').check();
  await k4.getByRole('button', { name: 'Start koblingen' }).click();
  // Wait for the saved message itself: the busy state («Henter …») is a status too.
  await expect(p.getByRole('status').filter({ hasText: 'Start koblingen' }).first().textContent()).resolves.toBe('Start koblingen: K-004 har nå status «Aktiv». Planlagt slutt: 31.10.2027.');
  expect(sheetRecords(f.h, 'Koblinger').find((r) => r.ID === 'K-004')).toMatchObject({ Status: 'Aktiv', 'Avtalt lengde (mnd)': 9, 'Avtale signert': true });
  expect(b.calls.map((c) => c[0])).toEqual(['sidebarStart', 'sidebarOpen', 'sidebarOpen', 'sidebarMatchAction']);
  // Drawn again from the save's answer: K-004 shows its new status and the steps an active match has.
  await expect(k4.getByText(/^Status:/).textContent()).resolves.toMatch(/^Status: Aktiv \(/);
  expect(await k4.locator('summary', { hasText: 'Pause' }).count()).toBe(1);
});

test('Kobling: ending asks whether the participant should get a new match; «Ja» puts her back among the waiting', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const k1 = p.getByRole('region', { name: 'K-001' });
  await k1.locator('summary', { hasText: 'Avslutt' }).click();
  await k1.getByLabel(/^Sluttårsak/).selectOption('Annet');
  await k1.getByLabel(/^Avsluttet av/).selectOption('Deltaker');
  await k1.getByRole('button', { name: 'Avslutt' }).click();
  await expect(k1.getByRole('alert').textContent()).resolves.toMatch(/Skal deltakeren få en ny kobling\?: Svar ja eller nei\./);
  expect(sheetRecords(f.h, 'Koblinger').find((r) => r.ID === 'K-001')!.Status).toBe('Aktiv');
  await k1.getByLabel('Skal deltakeren få en ny kobling?').selectOption({ label: 'Ja – venter på ny kobling' });
  await k1.getByRole('button', { name: 'Avslutt' }).click();
  await k1.getByRole('button', { name: 'Ja, avslutt' }).click();
  await expect(p.locator('#panel > p.status').textContent()).resolves.toBe('Avslutt: K-001 har nå status «Avsluttet». D-001 venter på ny kobling.');
  expect(sheetRecords(f.h, 'Deltakere').find((r) => r.ID === 'D-001')!.Status).toBe('Venter på kobling');
  await p.getByText('Foreslå ny kobling').click();
  await expect(p.getByLabel(/^Deltaker \(venter\)/).locator('option[value="D-001"]').count()).resolves.toBe(1);
});

test('Innstillinger: a bad email is shown at its field and nothing is written', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Innstillinger' }).click();
  const before = JSON.stringify(f.h.emu.sheetValues('Innstillinger'));
  await p.getByLabel('Nasjonal prosjektleder (e-post)').fill('ikke en adresse');
  await p.getByRole('button', { name: 'Lagre innstillinger' }).click();
  await expect(p.getByRole('alert').textContent()).resolves.toMatch(/Nasjonal prosjektleder \(e-post\): Ugyldig e-postadresse\./);
  expect(await p.getByLabel('Nasjonal prosjektleder (e-post)').getAttribute('aria-invalid')).toBe('true');
  expect(JSON.stringify(f.h.emu.sheetValues('Innstillinger'))).toBe(before);
});

test('Innstillinger: changed in the sheet after the page was loaded, the save is refused and nothing is written', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Innstillinger' }).click();
  await p.getByLabel('Lokalforening').fill('Min versjon');
  const r = f.h.emu.sheetValues('Innstillinger').findIndex((x) => x[0] === 'Oppfølging hver (dager)') + 1;
  f.h.emu.typeByHand('Innstillinger', r, 2, [[45]]);
  const before = JSON.stringify(f.h.emu.sheetValues('Innstillinger'));
  await p.getByRole('button', { name: 'Lagre innstillinger' }).click();
  await expect(p.getByRole('alert').textContent()).resolves.toBe('Innstillingene er endret av noen andre siden du åpnet siden. Last inn på nytt og prøv igjen.');
  expect(JSON.stringify(f.h.emu.sheetValues('Innstillinger'))).toBe(before);
});

test('Frivillig: registering without a name is refused at the field; with one, Kontaktinfo gets the name', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Frivillig' }).click();
  await p.getByText('Registrer ny frivillig', { exact: true }).click();
  await p.getByLabel(/^Alias/).fill('<b>XY</b>');
  await p.getByRole('button', { name: 'Registrer frivillig' }).click();
  await expect(p.getByRole('alert').textContent()).resolves.toMatch(/Navn \(lagres bare i Kontaktinfo\): Må fylles ut\./);
  await p.getByLabel(/^Navn/).fill('Xenia Ypsilon');
  await p.getByRole('button', { name: 'Registrer frivillig' }).click();
  await expect(p.getByRole('status').filter({ hasText: 'er registrert' }).first().textContent()).resolves.toMatch(/^Frivillig F-013 \(<b>XY<\/b>\) er registrert\./);
  expect(sheetRecords(f.h, 'Kontaktinfo').at(-1)).toMatchObject({ 'Frivillig-ID': 'F-013', Navn: 'Xenia Ypsilon' });
  expect(await p.locator('b').count()).toBe(0);
});

test('Rapport: the previous month by default; generate shows figures and rows not counted; send only after «Ja, send»', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Rapport' }).click();
  expect(await p.getByLabel(/^Måned/).inputValue()).toBe('2026-10');
  await p.getByLabel(/^Måned/).selectOption({ label: 'september 2026' });
  await p.getByRole('button', { name: 'Lag månedsrapport' }).click();
  await expect(p.getByRole('status').first().textContent()).resolves.toBe('Rapporten for september 2026 står i arket «Rapport 2026-09».');
  expect(f.h.emu.sheetNames()).toContain('Rapport 2026-09');
  expect(await p.getByRole('row', { name: /Aktive koblinger ved månedsslutt/ }).textContent()).toMatch(/Aktive koblinger ved månedsslutt\d+$/);
  await expect(p.getByText('Alle rader ble talt.').count()).resolves.toBe(1);

  await p.getByRole('button', { name: 'Send til nasjonal prosjektleder' }).click();
  const confirmBox = p.getByRole('group', { name: 'Bekreft sending' });
  await expect(confirmBox.textContent()).resolves.toMatch(/Rapporten for september 2026 lages på nytt og sendes til prosjektleder@example\.org\..*Sende nå\?/);
  await confirmBox.getByRole('button', { name: 'Avbryt' }).click();
  expect(await confirmBox.isHidden()).toBe(true);
  expect(f.h.emu.mail.sent).toEqual([]);

  await p.getByRole('button', { name: 'Send til nasjonal prosjektleder' }).click();
  await confirmBox.getByRole('button', { name: 'Ja, send' }).dblclick();
  await p.getByText('Rapporten for september 2026 er sendt til prosjektleder@example.org.').waitFor();
  expect(f.h.emu.mail.sent.map((m) => m.to)).toEqual(['prosjektleder@example.org']);
  expect(b.calls.map((c) => c[0])).toEqual(['sidebarStart', 'sidebarOpen', 'sidebarOpen', 'sidebarGenerateReport', 'sidebarSendReport']);
  expect(b.calls.at(-1)![1][0]).toEqual({ month: '2026-09', confirmed: true });
});

test('Rapport: rows that fail validation are listed by sheet and row', async () => {
  await b.close();
  f = sidebarFixture({ withBadRows: true });
  b = await openSidebar(f.rpc);
  const p = b.page;
  await p.getByRole('tab', { name: 'Rapport' }).click();
  await p.getByRole('button', { name: 'Lag månedsrapport' }).click();
  await expect(p.getByText(/rader har feil og er ikke talt/).textContent()).resolves.toBe('4 rader har feil og er ikke talt:');
  await expect(p.getByText(/^Frivillige: rad/).textContent()).resolves.toBe('Frivillige: rad 14, 15, 16, 17');
});

test('Innstillinger: automatic reminders switched on and off, with the state shown', async () => {
  const p = b.page;
  await p.getByRole('tab', { name: 'Innstillinger' }).click();
  const sw = p.getByRole('switch', { name: 'Automatiske påminnelser' });
  expect(await sw.getAttribute('aria-checked')).toBe('false');
  await expect(p.locator('#reminder-state').textContent()).resolves.toBe('Av: ingen påminnelser sendes.');
  await sw.click();
  await p.getByText(/^Påminnelser er slått på/).waitFor();
  expect(await sw.getAttribute('aria-checked')).toBe('true');
  await expect(p.locator('#reminder-state').textContent()).resolves.toBe('På: hver dag kl. 07 (Europe/Oslo) til leder@example.org, leder2@example.org, bare når noe er nytt. Slått på av leder@example.org 20.11.2026.');
  expect(f.h.emu.triggers.list().map((t) => t.handler)).toEqual(['runDailyReminders']);
  await sw.click();
  await p.getByText(/^Påminnelser er slått av/).waitFor();
  expect(await sw.getAttribute('aria-checked')).toBe('false');
  expect(f.h.emu.triggers.list()).toEqual([]);
});
