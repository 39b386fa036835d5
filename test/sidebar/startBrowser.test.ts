/**
 * A real association's first day in Chromium: a fresh spreadsheet opens on «Kom i gang» and sets itself up from
 * there; every tab's «?» opens the guide at a heading that exists; Google's failures read in Norwegian; the tab
 * bar fits in two rows at 300 px with readable text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HELP_TOPICS, headingSlug } from '../../src/domain/help';
import { GOOGLE_ERROR_TEXT } from '../../src/domain/googleErrors';
import { openSidebar, type SidebarBrowser } from '../support/browser';
import { bundleHarness, type BundleHarness } from '../support/harness';
import { SAMPLE_NOW } from '../support/sampleAssociation';
import { bundleRpc, sidebarFixture, type Rpc } from '../support/sidebar';

jest.setTimeout(90_000);

const GUIDE = readFileSync(join(__dirname, '..', '..', 'docs', 'brukerveiledning.md'), 'utf8');
const GUIDE_SLUGS = new Set([...GUIDE.matchAll(/^#{1,4}\s+(.+?)\s*$/gm)].map((m) => headingSlug(m[1]!)));

let b: SidebarBrowser | null = null;
afterEach(async () => { await b?.close(); b = null; });

/** Waits (bounded) for something the page's RPC does to the emulator. */
async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(ok()).toBe(true);
}

function fresh(): { h: BundleHarness; rpc: Rpc } {
  const h = bundleHarness({ now: SAMPLE_NOW });
  return { h, rpc: bundleRpc(h) };
}

test('a fresh spreadsheet opens on «Kom i gang», and its first button sets the sheets up (the empty «Ark1» goes)', async () => {
  const { h, rpc } = fresh();
  expect(h.emu.sheetNames()).toEqual(['Ark1']);
  b = await openSidebar(rpc);
  const p = b.page;
  await p.getByRole('heading', { name: 'Kom i gang' }).waitFor();
  expect(await p.getByRole('button', { name: 'Kom i gang', exact: true }).getAttribute('aria-current')).toBe('page');
  expect(await p.getByText(/Arket .* finnes ikke/).count()).toBe(0);
  expect(await p.getByText('0 av 7 steg er gjort.').count()).toBe(1);
  // Until the sheets exist, only the setup button can be used.
  expect(await p.getByRole('button', { name: 'Skriv inn navnet' }).isDisabled()).toBe(true);
  await p.getByRole('button', { name: 'Sett opp arkene' }).click();
  await p.getByRole('status').filter({ hasText: 'Opprettet:' }).waitFor();
  const names = h.emu.sheetNames();
  expect(names).not.toContain('Ark1');
  expect(names[0]).toBe('Innstillinger');
  expect(names).toEqual(expect.arrayContaining(['Frivillige', 'Deltakere', 'Koblinger', 'Kontaktlogg', 'Varsellogg', 'Kjørelogg']));
  await expect(p.locator('#panel > p.status').textContent()).resolves.toMatch(/Fjernet det tomme arket «Ark1»\./);
  await p.getByText('1 av 7 steg er gjort.').waitFor();
  // Reminders need a recipient first: the button waits and says why.
  expect(await p.getByRole('button', { name: 'Slå på påminnelser' }).isDisabled()).toBe(true);
  await p.getByText('Fyll inn gruppeledernes e-post først: påminnelsene trenger en mottaker.').waitFor();
  // A settings step opens Innstillinger with the focus in its field.
  await p.getByRole('button', { name: 'Skriv inn navnet' }).click();
  await p.getByRole('button', { name: 'Lagre innstillinger' }).waitFor();
  await expect(p.evaluate(() => (document.activeElement as HTMLInputElement).name)).resolves.toBe('associationName');
  expect(b.calls.map((c) => c[0])).toEqual(['sidebarStart', 'sidebarSetupSheets', 'sidebarOpen']);
});

test('reminders cannot be switched on before a group leader email exists (server side too), and nothing changes', async () => {
  const { h, rpc } = fresh();
  h.call('menuSetupSheets');
  const before = JSON.stringify(h.emu.sheetNames().map((n) => h.emu.sheetValues(n)));
  expect(rpc('sidebarSetReminders', { on: true })).toMatchObject({ ok: false, message: expect.stringMatching(/^Påminnelsene trenger en mottaker\./) });
  expect(h.emu.triggers.list()).toEqual([]);
  expect(JSON.stringify(h.emu.sheetNames().map((n) => h.emu.sheetValues(n)))).toBe(before);
});

test('once every step is done or skipped, Kom i gang is gone and the sidebar opens on the first tab in one call', async () => {
  const f = sidebarFixture();
  b = await openSidebar(f.rpc);
  await b.page.getByRole('heading', { name: /^I dag/ }).waitFor();
  expect(await b.page.getByRole('button', { name: 'Kom i gang', exact: true }).count()).toBe(0);
  expect(b.calls.map((c) => c[0])).toEqual(['sidebarStart']);
});

test('every tab\'s «?» opens the guide at a heading that exists in docs/brukerveiledning.md; tab names and headings agree', async () => {
  const f = sidebarFixture({ fresh: true });
  b = await openSidebar(f.rpc);
  const p = b.page;
  await p.getByRole('heading', { name: 'Kom i gang' }).waitFor();
  // Kom i gang (above the tabs) and whatever the tab bar holds.
  const labels = ['Kom i gang', ...await p.locator('#tabs button').allTextContents()];
  expect(labels.length).toBeGreaterThan(5);
  for (const label of labels) {
    await p.locator('#tab-start, #tabs button').getByText(label, { exact: true }).click();
    const help = p.getByRole('button', { name: `Hjelp: ${label}` });
    await help.waitFor();
    // The tab's name and its heading agree (one word per thing).
    expect([label, (await p.locator('#panel h2').first().textContent())!.toLowerCase().includes(label.toLowerCase())]).toEqual([label, true]);
    const before = f.h.emu.ui.dialogs.length;
    await help.click();
    await until(() => f.h.emu.ui.dialogs.length === before + 1);
    const [, [topic]] = b.calls.at(-1)! as [string, [keyof typeof HELP_TOPICS]];
    const dialog = f.h.emu.ui.dialogs.at(-1)!;
    const section = /"section":"([^"]+)"/.exec(dialog.html)?.[1];
    expect([label, section]).toEqual([label, headingSlug(HELP_TOPICS[topic])]);
    expect([label, GUIDE_SLUGS.has(section!)]).toEqual([label, true]);
  }
});

test('the help dialog shows the guide and lands on the section it was opened for', async () => {
  const f = sidebarFixture();
  f.rpc('sidebarShowHelp', 'report');
  const dialog = f.h.emu.ui.dialogs.at(-1)!;
  expect(dialog).toMatchObject({ title: 'Brukerveiledning', modal: true });
  b = await openSidebar(f.rpc, { html: dialog.html, width: 720, height: 640 });
  const p = b.page;
  await p.getByRole('heading', { name: 'Brukerveiledning for gruppeledere' }).waitFor();
  await p.waitForFunction((id) => document.activeElement?.id === id, headingSlug('Månedsrapporten'));
  expect(await p.locator('img').count()).toBe(0);
  expect(f.rpc('sidebarShowHelp', 'javascript:alert(1)')).toMatchObject({ ok: false });
});

test('«Hjelp» in the menu opens the guide from the top', () => {
  const f = sidebarFixture();
  f.h.call('onOpen');
  const items = JSON.stringify(f.h.emu.ui.menus);
  expect(items).toContain('"caption":"Hjelp","functionName":"menuHelp"');
  f.h.call('menuHelp');
  expect(f.h.emu.ui.dialogs.at(-1)!.html).toContain(`"section":"${headingSlug(HELP_TOPICS.guide)}"`);
});

test.each([
  ['ScriptError: Authorization is required to perform that action.', GOOGLE_ERROR_TEXT.auth],
  ["ScriptError: We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.", GOOGLE_ERROR_TEXT.accounts],
  ['Exceeded maximum execution time', GOOGLE_ERROR_TEXT.timeout],
  ['NetworkError: Connection failure due to HTTP 0', GOOGLE_ERROR_TEXT.network],
])('a failure Google reports (%s) renders in Norwegian', async (thrown, shown) => {
  const f = sidebarFixture();
  b = await openSidebar((fn, ...args) => {
    if (fn === 'sidebarOpen' && args[0] === 'volunteer') throw new Error(thrown);
    return f.rpc(fn, ...args);
  });
  const p = b.page;
  await p.getByRole('heading', { name: /^I dag/ }).waitFor();
  await p.getByRole('tab', { name: 'Frivillig' }).click();
  await expect(p.getByRole('alert').textContent()).resolves.toBe(shown);
  expect(await p.getByText(/Kunne ikke nå serveren|Exception|ScriptError/).count()).toBe(0);
});

test('a service failure the server caught renders in Norwegian, never as «Kunne ikke nå serveren»', async () => {
  const f = sidebarFixture();
  b = await openSidebar(f.rpc);
  const p = b.page;
  await p.getByRole('heading', { name: /^I dag/ }).waitFor();
  f.h.emu.faults.failOn('Range.getValues', 1, 'Service Spreadsheets failed while accessing document with id 1abc.');
  await p.getByRole('tab', { name: 'Frivillig' }).click();
  await expect(p.getByRole('alert').textContent()).resolves.toBe(GOOGLE_ERROR_TEXT.service);
});

/** WCAG relative luminance contrast of two computed `rgb(...)` colours. */
function contrast(a: string, b2: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b2)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

test('at 300 px: every tab fits in two rows (Kom i gang shown above them); body ≥ 13 px, hints ≥ 12 px with AA contrast; focus is visible', async () => {
  const { rpc } = fresh();
  b = await openSidebar(rpc, { width: 300 });
  const p = b.page;
  await p.getByRole('heading', { name: 'Kom i gang' }).waitFor();
  const tops = await p.locator('#tabs button').evaluateAll((bs) => bs.map((x) => (x as HTMLElement).getBoundingClientRect().top));
  expect(tops.length).toBeGreaterThanOrEqual(8);
  expect(new Set(tops.map((t) => Math.round(t))).size).toBeLessThanOrEqual(2);
  const style = await p.evaluate(() => {
    const hint = document.querySelector('.hint') as HTMLElement;
    const cs = (e: Element) => getComputedStyle(e);
    return { body: cs(document.body).fontSize, hint: cs(hint).fontSize, hintColor: cs(hint).color, bg: cs(document.body).backgroundColor, tab: cs(document.querySelector('#tabs button')!).fontSize };
  });
  expect(parseFloat(style.body)).toBeGreaterThanOrEqual(13);
  expect(parseFloat(style.tab)).toBeGreaterThanOrEqual(12);
  expect(parseFloat(style.hint)).toBeGreaterThanOrEqual(12);
  expect(contrast(style.hintColor, style.bg)).toBeGreaterThanOrEqual(4.5);
  await p.keyboard.press('Tab');
  await p.keyboard.press('Tab');
  const outline = await p.evaluate(() => { const s = getComputedStyle(document.activeElement!); return `${s.outlineStyle} ${s.outlineWidth}`; });
  expect(outline).toMatch(/^solid [2-9]/);
});
