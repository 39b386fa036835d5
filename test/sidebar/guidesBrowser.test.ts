/** The handbook's questions beside the follow-up, match-meeting and closure forms: collapsed, and never sent. */
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { sidebarFixture } from '../support/sidebar';

jest.setTimeout(60_000);

let b: SidebarBrowser;
afterEach(async () => { await b.close(); });

test('Oppfølging: the guide follows the kind of contact, starts closed, and its text is not in the saved payload', async () => {
  b = await openSidebar(sidebarFixture().rpc);
  const p = b.page;
  await p.getByRole('tab', { name: 'Oppfølging' }).click();
  await p.getByRole('button', { name: 'Lagre oppfølging' }).waitFor();
  const guide = p.locator('details.guide');
  expect(await guide.count()).toBe(1);
  expect(await guide.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
  expect(await guide.locator('summary').textContent()).toBe('Spørsmål til oppfølgingssamtalen');
  await guide.locator('summary').click();
  await expect(guide.locator('li').first().textContent()).resolves.toBe('Hvordan går det i koblingen?');
  await p.getByLabel('Type').selectOption('Avkoblingssamtale');
  // Swapped for the closure questions, still open as she left it.
  expect(await guide.locator('summary').textContent()).toBe('Spørsmål før og ved avslutningen');
  expect(await guide.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
  await expect(guide.textContent()).resolves.toMatch(/Vil de fortsette å treffes privat.*Hva ønsker deltakeren selv\?.*Evaluering/s);
  await p.getByLabel('Type').selectOption('Etter koblingsmøte');
  expect(await guide.locator('summary').textContent()).toBe('Spørsmål etter koblingsmøtet');

  await p.getByLabel(/^Kobling eller frivillig/).selectOption('K-001');
  await p.getByRole('button', { name: 'Lagre oppfølging' }).click();
  await p.getByRole('status').filter({ hasText: 'er lagret' }).waitFor();
  const payload = b.calls.at(-1)![1][0] as Record<string, unknown>;
  expect(Object.keys(payload).sort()).toEqual(['activities', 'channel', 'concern', 'confirmPrivacy', 'date', 'howItGoes', 'kind', 'matchId', 'meetingsSinceLast', 'nextFollowUp', 'note', 'volunteerId', 'withWhom']);
  expect(JSON.stringify(payload)).not.toMatch(/Hvordan|koblingen\?|håndboka/);
  // The form is back at its default kind, and the guide with it.
  expect(await p.getByLabel('Type').inputValue()).toBe('Månedlig oppfølging');
  expect(await guide.locator('summary').textContent()).toBe('Spørsmål til oppfølgingssamtalen');
});

test('Kobling: the match meeting guide beside «Start koblingen», the closure guide beside «Avslutt»', async () => {
  b = await openSidebar(sidebarFixture().rpc);
  const p = b.page;
  await p.getByRole('tab', { name: 'Kobling' }).click();
  const start = p.getByRole('region', { name: 'K-004' }).locator('details[data-step="activate"]');
  await start.locator('summary').first().click();
  await expect(start.locator('details.guide summary').textContent()).resolves.toBe('Dette går dere gjennom på koblingsmøtet');
  await expect(start.locator('details.guide').textContent()).resolves.toMatch(/krisesenteret.*9–12 måneder.*2–4 ganger i måneden/s);
  const end = p.getByRole('region', { name: 'K-001' }).locator('details[data-step="end"]');
  await expect(end.locator('details.guide summary').textContent()).resolves.toBe('Spørsmål før og ved avslutningen');
  // Pause and resume have no conversation guide.
  expect(await p.getByRole('region', { name: 'K-001' }).locator('details[data-step="pause"] details.guide').count()).toBe(0);
});
