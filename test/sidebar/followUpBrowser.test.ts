/** The built sidebar in headless Chromium, its google.script.run calling the bundle on the emulator. */
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

const contactRows = () => sheetRecords(f.h, 'Kontaktlogg');
const saveButton = () => b.page.getByRole('button', { name: 'Lagre oppfølging' });

test('the follow-up page opens with one server call: matches by due state, defaults, dd.mm.yyyy', async () => {
  expect(b.calls).toEqual([['sidebarStart', ['today']], ['sidebarOpen', ['followUp']]]);
  const options = await b.page.locator('select[name=target] option').allTextContents();
  // Code, due state, months run and the last follow-up date, before anything is selected.
  expect(options).toContain('K-002 CD · forfalt · 9 mnd · sist 01.10.2026');
  expect(options).toContain('K-004 IJ · møte avtalt · ikke fulgt opp');
  // A paused match is listed for logging, never as due (as in the reminders); due ones come first.
  expect(options).toContain('K-003 EF · på pause · 7 mnd · sist 20.09.2026');
  expect(options[1]).toContain(' · forfalt · ');
  expect(options).toContain('F-004 GH (Godkjent) · i rute · sist 18.11.2026');
  expect(await b.page.getByLabel(/^Dato/).inputValue()).toBe('20.11.2026');
  expect(await b.page.getByLabel('Neste oppfølging').inputValue()).toBe('20.12.2026');
  await b.page.getByLabel(/^Kobling eller frivillig/).selectOption('K-002');
  await expect(b.page.locator('.overview').textContent()).resolves.toMatch(/Sist fulgt opp 01\.10\.2026.*forfalt.*Bekymring/s);
});

test('fill in and submit a follow-up: the row lands in Kontaktlogg and is shown as the latest contact', async () => {
  const p = b.page;
  await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-001');
  await p.getByLabel(/^Dato/).fill('19.11.2026');
  await p.getByLabel('Kanal').selectOption('Møte');
  await p.getByLabel('Hvordan går det').selectOption('Svært bra');
  await p.getByLabel('Møter siden sist').fill('4');
  await p.getByLabel('Aktiviteter').fill('kino');
  await p.getByLabel(/^Bekymring/).check();
  await p.getByLabel('Merknad').fill('Trives godt sammen.');
  await saveButton().click();
  await expect(p.getByRole('status').filter({ hasText: 'L-00015' }).textContent()).resolves.toMatch(/Oppfølgingen er lagret som L-00015 \(K-001\)\./);
  const row = contactRows().at(-1)!;
  expect(row).toMatchObject({ ID: 'L-00015', 'Koblings-ID': 'K-001', 'Frivillig-ID': 'F-001', Kanal: 'Møte', 'Hvordan går det': 'Svært bra', 'Møter siden sist': 4, Aktiviteter: 'kino', Bekymring: true, Merknad: 'Trives godt sammen.', 'Logget av': 'leder@example.org' });
  expect(f.h.emu.sheetDisplayValues('Kontaktlogg').at(-1)![1]).toBe('19.11.2026');
  // The overview shows the new contact first; the form is ready for the next one.
  await expect(p.locator('.contact').first().textContent()).resolves.toMatch(/^19\.11\.2026 · Månedlig oppfølging · Møte · Frivillig · Svært bra · Bekymring/);
  expect(await p.getByLabel('Merknad').inputValue()).toBe('');
  expect(await p.getByLabel(/^Kobling eller frivillig/).inputValue()).toBe('K-001');
  expect(b.calls.map((c) => c[0])).toEqual(['sidebarStart', 'sidebarOpen', 'sidebarSaveFollowUp']);
});

test('invalid input: errors next to the fields and in a summary that takes focus; no row is written', async () => {
  const p = b.page;
  const before = contactRows().length;
  await p.getByLabel(/^Dato/).fill('31.02.2026');
  await p.getByLabel('Møter siden sist').fill('mange');
  await saveButton().click();
  const summary = p.getByRole('alert');
  await expect(summary.textContent()).resolves.toMatch(/felt må rettes\. Ingenting ble lagret\./);
  const dato = p.getByLabel(/^Dato/);
  expect(await dato.getAttribute('aria-invalid')).toBe('true');
  const errId = (await dato.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
  expect(await p.locator(`#${errId}`).textContent()).toBe('Må være en gyldig dato.');
  await expect(summary.textContent()).resolves.toMatch(/Møter siden sist: Må være et tall\./);
  await expect(summary.textContent()).resolves.toMatch(/Kobling eller frivillig: Velg en kobling eller en frivillig\./);
  expect(await p.evaluate(() => document.activeElement?.classList.contains('summary'))).toBe(true);
  expect(contactRows().length).toBe(before);
  // A link in the summary moves the focus to its field.
  await summary.getByRole('link', { name: /^Møter siden sist/ }).click();
  expect(await p.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe('meetingsSinceLast');
});

test('XSS and formula payloads are stored as text and shown as text', async () => {
  const p = b.page;
  const payloads = ['=IMPORTXML("http://x","//a")', '<img src=x onerror=alert(1)>'];
  let dialogs = 0;
  p.on('dialog', (d) => { dialogs += 1; void d.dismiss(); });
  await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-003');
  for (const note of payloads) {
    await p.getByLabel('Merknad').fill(note);
    await p.getByLabel('Aktiviteter').fill(note);
    await saveButton().click();
    await p.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
  }
  expect(f.h.emu.sheetFormulas('Kontaktlogg').flat().filter((x) => x !== '')).toEqual([]);
  expect(contactRows().slice(-2).map((r) => r.Merknad)).toEqual(payloads);
  const shown = await p.locator('.contact .note').allTextContents();
  expect(shown.slice(0, 2).sort()).toEqual([...payloads].sort());
  expect(await p.locator('.overview img, img').count()).toBe(0);
  expect(dialogs).toBe(0);
  // Reopened from the sheet, still text.
  const reopened = f.rpc('sidebarOpen', 'followUp').matches.find((m: any) => m.id === 'K-003');
  expect(reopened.recent.slice(0, 2).map((c: any) => c.note).sort()).toEqual([...payloads].sort());
});

test('a double click on save writes exactly one row', async () => {
  const before = contactRows().length;
  await b.page.getByLabel(/^Kobling eller frivillig/).selectOption('K-001');
  await saveButton().dblclick();
  await b.page.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
  expect(contactRows().length).toBe(before + 1);
  expect(b.calls.filter((c) => c[0] === 'sidebarSaveFollowUp').length).toBe(1);
});

test('a note with a phone number asks first; «Fjern funnene» removes it, then the save goes through', async () => {
  const p = b.page;
  await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-001');
  await p.getByLabel('Merknad').fill('Deltaker har nytt nummer 912 34 567, ellers fint.');
  await saveButton().click();
  await expect(p.getByRole('alert').textContent()).resolves.toMatch(/personopplysninger/);
  await expect(p.locator('.privacy').textContent()).resolves.toMatch(/telefonnummer: «912 34 567»/);
  const before = contactRows().length;
  await p.getByRole('button', { name: 'Fjern funnene' }).click();
  expect(await p.getByLabel('Merknad').inputValue()).toBe('Deltaker har nytt nummer , ellers fint.');
  await saveButton().click();
  await p.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
  expect(contactRows().length).toBe(before + 1);
  expect(contactRows().at(-1)!.Merknad).toBe('Deltaker har nytt nummer , ellers fint.');
});

test('«Lagre likevel» keeps the flagged text after confirmation', async () => {
  const p = b.page;
  await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-001');
  await p.getByLabel('Merknad').fill('Kontakt: kari@example.org');
  await saveButton().click();
  await p.getByRole('button', { name: 'Lagre likevel' }).click();
  await p.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
  expect(contactRows().at(-1)!.Merknad).toBe('Kontakt: kari@example.org');
  expect(b.calls.at(-1)![1][0]).toMatchObject({ confirmPrivacy: true });
});

test('keyboard: tabs move with the arrow keys and the focus is visible', async () => {
  const p = b.page;
  // The keyboard in use (the tab was clicked in beforeEach): focus is drawn as for a keyboard user.
  await p.keyboard.press('Shift');
  await p.getByRole('tab', { name: 'Oppfølging' }).focus();
  expect(await p.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
  await p.keyboard.press('End');
  const selected = await p.getByRole('tab', { selected: true }).textContent();
  expect(selected).toBe(await p.getByRole('tab').last().textContent());
});

test('an ended match without closure date is offered for its closure conversation; saving it records the date on the match', async () => {
  await b.close();
  f.rpc('sidebarMatchAction', { matchId: 'K-001', action: 'end', endDate: '2026-11-18', endReason: 'Annet', endedBy: 'Deltaker', newMatch: false });
  b = await openSidebar(f.rpc);
  const p = b.page;
  await p.getByRole('tab', { name: 'Oppfølging' }).click();
  await saveButton().waitFor();
  const picker = p.getByLabel(/^Kobling eller frivillig/);
  await expect(picker.locator('option[value="K-001"]').textContent()).resolves.toBe('K-001 AB · avsluttet – avkobling mangler');
  await picker.selectOption('K-001');
  expect(await p.getByLabel('Type').inputValue()).toBe('Avkoblingssamtale');
  await expect(p.locator('.overview').textContent()).resolves.toMatch(/avkoblingssamtalen er ikke ført/);
  await p.getByLabel('Med hvem').selectOption('Frivillig og deltaker');
  await saveButton().click();
  await expect(p.getByRole('status').filter({ hasText: 'Avkoblingssamtalen' }).textContent()).resolves.toBe('Oppfølgingen er lagret som L-00015 (K-001). Avkoblingssamtalen 20.11.2026 er ført på K-001.');
  expect(contactRows().at(-1)).toMatchObject({ 'Koblings-ID': 'K-001', Type: 'Avkoblingssamtale' });
  expect(f.h.emu.sheetDisplayValues('Koblinger')[sheetRecords(f.h, 'Koblinger').findIndex((r) => r.ID === 'K-001') + 1]).toContain('20.11.2026');
  expect(await picker.locator('option[value="K-001"]').count()).toBe(0);
  expect(await p.getByLabel('Type').inputValue()).toBe('Månedlig oppfølging');
});

test('a follow-up dated after today is refused at the date, and nothing is written', async () => {
  const p = b.page;
  const before = contactRows().length;
  await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-001');
  await p.getByLabel(/^Dato/).fill('21.11.2026');
  await saveButton().click();
  await expect(p.getByRole('alert').textContent()).resolves.toMatch(/Dato: Datoen kan ikke være etter i dag\./);
  expect(await p.getByLabel(/^Dato/).getAttribute('aria-invalid')).toBe('true');
  expect(contactRows().length).toBe(before);
});
