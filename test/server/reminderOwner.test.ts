/**
 * Reminder triggers belong to the leader who installed them (Apps Script shows each user only their own):
 * who switched them on is recorded, another leader cannot add a second trigger or "remove" one they cannot
 * see, and a new hour saved in the sidebar moves the owner's trigger at once.
 */
import { disableReminders, enableReminders, reminderStatus } from '../../src/server/reminderSwitch';
import { api } from '../../src/server/sidebar/api';
import { openSettings } from '../../src/server/sidebar/settings';
import { setupSheets } from '../../src/server/setupSheets';
import { SCOPE_SPREADSHEETS, type Deployment } from '../emulator';
import { gasHarness, type GasHarness } from '../support/harness';
import { SAMPLE_NOW, typeSampleAssociation } from '../support/sampleAssociation';

const A = 'leder.a@example.org';
const B = 'leder.b@example.org';
const SCOPES = [SCOPE_SPREADSHEETS, 'https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/userinfo.email'];

let h: GasHarness;
function start(deployment: Deployment = 'bound'): void {
  h = gasHarness({ now: SAMPLE_NOW, deployment, scopes: SCOPES });
  h.emu.setUser(A);
  h.run((p) => setupSheets(p));
  typeSampleAssociation(h.emu);
}
afterEach(() => h.dispose());

const runLog = () => h.emu.sheetValues('Kjørelogg').slice(1).map((r) => r[1]);
const allTriggers = () => h.emu.triggers.list();

describe('the emulator models per-user triggers, as Apps Script does', () => {
  test.each(['bound', 'addon'] as const)('%s: another user sees none of A\'s triggers', (deployment) => {
    start(deployment);
    h.run((p) => enableReminders(p));
    const seen = () => h.run(() => {
      const ss = h.emu.globals.SpreadsheetApp.getActiveSpreadsheet();
      return [h.emu.globals.ScriptApp.getProjectTriggers().length, h.emu.globals.ScriptApp.getUserTriggers(ss).length];
    });
    expect(seen()).toEqual(deployment === 'bound' ? [1, 0] : [1, 1]);
    h.emu.setUser(B);
    expect(seen()).toEqual([0, 0]);
  });
});

describe('two leaders', () => {
  test.each(['bound', 'addon'] as const)('%s: B sees A\'s reminders as on, cannot add a second trigger or switch A\'s off', (deployment) => {
    start(deployment);
    const on = h.run((p) => enableReminders(p));
    expect(on).toMatchObject({ on: true, by: A, since: '2026-11-20', mine: true });

    h.emu.setUser(B);
    expect(h.run((p) => reminderStatus(p))).toMatchObject({ on: true, by: A, since: '2026-11-20', mine: false, triggers: 0 });
    const page = h.run((p) => openSettings(p));
    expect(page.reminders).toMatchObject({ on: true, by: A });

    expect(() => h.run((p) => enableReminders(p))).toThrow(`Påminnelsene er allerede slått på av ${A} (20.11.2026). Be ${A} slå dem av først`);
    expect(allTriggers()).toHaveLength(1);
    const viaSidebar = h.run((p) => api.setReminders(p, { on: true }));
    expect(viaSidebar).toMatchObject({ ok: false });
    expect(allTriggers()).toHaveLength(1);

    expect(() => h.run((p) => disableReminders(p))).toThrow(`bare ${A} kan slå dem av`);
    expect(allTriggers()).toHaveLength(1);
    expect(h.run((p) => reminderStatus(p)).on).toBe(true);
    expect(runLog()).toEqual(['Slått på']);

    h.emu.setUser(A);
    expect(h.run((p) => disableReminders(p))).toMatchObject({ on: false, by: null });
    expect(allTriggers()).toEqual([]);
    h.emu.setUser(B);
    expect(h.run((p) => reminderStatus(p)).on).toBe(false);
    expect(h.run((p) => enableReminders(p))).toMatchObject({ on: true, by: B, mine: true });
    expect(allTriggers().map((t) => t.user)).toEqual([B]);
  });

  test('the sidebar\'s answer names who switched them on and when', () => {
    start();
    const r = h.run((p) => api.setReminders(p, { on: true }));
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.message).toContain(`Slått på av ${A} 20.11.2026.`);
  });
});

describe('a new hour saved in Innstillinger', () => {
  const saveHour = (hour: number) => h.run((p) => {
    const page = openSettings(p);
    return api.saveSettings(p, { settings: { ...page.settings, reminderHour: hour }, shelters: page.shelters, version: page.version });
  });

  test('moves the owner\'s trigger in the same save', () => {
    start();
    h.run((p) => enableReminders(p));
    expect(allTriggers()[0]).toMatchObject({ atHour: 7 });
    const r = saveHour(9);
    expect(r).toMatchObject({ ok: true });
    expect(r.ok && r.message).toContain('Påminnelsene sendes nå kl. 09.');
    expect(allTriggers()).toHaveLength(1);
    expect(allTriggers()[0]).toMatchObject({ atHour: 9, user: A });
    expect(r.ok && r.page?.reminders).toMatchObject({ on: true, hour: 9, mine: true });
  });

  test('saved by another leader: the trigger stays, and the message says who must switch them off and on', () => {
    start();
    h.run((p) => enableReminders(p));
    h.emu.setUser(B);
    const r = saveHour(9);
    expect(r.ok && r.message).toContain(`Påminnelsene går fortsatt kl. 07: ${A} må slå dem av og på igjen for å flytte dem til kl. 09.`);
    expect(allTriggers()).toHaveLength(1);
    expect(allTriggers()[0]).toMatchObject({ atHour: 7, user: A });
  });

  test('reminders off: nothing is installed', () => {
    start();
    expect(saveHour(9)).toMatchObject({ ok: true, message: 'Innstillingene er lagret (2 krisesentre).' });
    expect(allTriggers()).toEqual([]);
  });
});
