/**
 * Exactly once in both deployment modes, through the bundle on the emulator: a trigger run and «Send påminnelser
 * nå» at the same time send one digest per leader, in the bound script and in the editor add-on (where the
 * trigger has no document lock).
 */
import { SCOPE_SPREADSHEETS, type Deployment } from '../emulator';
import { clockEvent } from '../emulator/bundle';
import { bundleHarness, type BundleHarness } from '../support/harness';
import { SAMPLE_NOW, typeSampleAssociation } from '../support/sampleAssociation';

const SCOPES = [SCOPE_SPREADSHEETS, 'https://www.googleapis.com/auth/script.send_mail', 'https://www.googleapis.com/auth/script.scriptapp', 'https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/userinfo.email'];
const LEADERS = ['leder@example.org', 'leder2@example.org'].sort();

function start(deployment: Deployment): { h: BundleHarness; trigger: () => void } {
  const h = bundleHarness({ deployment, now: SAMPLE_NOW, scopes: SCOPES });
  h.call('menuSetupSheets');
  typeSampleAssociation(h.emu);
  h.call('menuEnableReminders');
  const [t] = h.emu.triggers.list();
  return { h, trigger: () => { h.call('runDailyReminders', [clockEvent(h.emu, t!.id)], 'trigger'); } };
}

const digests = (h: BundleHarness) => h.emu.mail.sent.filter((m) => LEADERS.includes(m.to)).map((m) => m.to).sort();

describe.each(['bound', 'addon'] as const)('%s', (deployment) => {
  test('a menu run started while the trigger run is sending waits for it or is refused: one digest per leader', () => {
    const { h, trigger } = start(deployment);
    h.emu.mail.afterNextSend(() => h.call('menuRunReminders'));
    trigger();
    expect(digests(h)).toEqual(LEADERS);
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).toMatch(/En annen lagrer i regnearket akkurat nå/);
    // And once the trigger is done, the menu run finds nothing new to send.
    h.call('menuRunReminders');
    expect(digests(h)).toEqual(LEADERS);
  });

  test('a trigger run started while «Send påminnelser nå» is sending: one digest per leader', () => {
    const { h, trigger } = start(deployment);
    h.emu.mail.afterNextSend(trigger);
    h.call('menuRunReminders');
    expect(digests(h)).toEqual(LEADERS);
    // The trigger could not even log (the menu run holds the lock): its execution fails, as Apps Script records it.
    expect(h.emu.mail.hookFailures).toEqual([expect.stringMatching(/En annen lagrer i regnearket akkurat nå/)]);
  });
});

describe('the reminder owner record belongs to its spreadsheet', () => {
  test.each(['bound', 'addon'] as const)('%s: a copy of the file carries A\'s record; B switches reminders on in the copy', (deployment) => {
    const { h } = start(deployment); // leder@example.org switched them on in the original
    h.emu.copySpreadsheet('copy-of-the-template');
    h.emu.setUser('ny.leder@example.org');
    h.call('menuEnableReminders');
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).not.toMatch(/allerede slått på av/);
    const mine = h.emu.triggers.list().filter((t) => t.user === 'ny.leder@example.org');
    expect(mine).toHaveLength(1);
    const page = h.call('sidebarOpen', ['settings']) as { reminders: { by: string; mine: boolean } };
    expect(page.reminders).toMatchObject({ by: 'ny.leder@example.org', mine: true });
  });

  test('in the original, another leader is still refused', () => {
    const { h } = start('bound');
    h.emu.setUser('ny.leder@example.org');
    h.call('menuEnableReminders');
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).toMatch(/allerede slått på av leder@example.org/);
  });
});

describe('the mail quota', () => {
  test('is recognised by the remaining quota, not by the English wording of the error', () => {
    const { h } = start('bound');
    h.emu.mail.afterNextSend(() => {
      // Google words its errors in the user's language; the quota is what tells.
      h.emu.mail.setRemaining(0);
      for (const n of [1, 2, 3]) h.emu.mail.failOn(n, 'Tjenesten er brukt for mange ganger i dag: e-post.');
    });
    const before = h.emu.clock.now().getTime();
    h.call('menuRunReminders');
    expect(h.emu.mail.sent).toHaveLength(1);
    expect(JSON.stringify(h.emu.ui.alerts.at(-1))).toMatch(/E-postkvoten for i dag er brukt opp: 1 e-post\(er\) sendes ved neste kjøring/);
    expect(h.emu.clock.now().getTime() - before).toBeLessThan(1000); // not retried with backoff
  });
});

describe('a fault after a send but before its Varsellogg row', () => {
  const FAULT = 'Service Spreadsheets failed while accessing document with id x.';
  const ledgerFor = (h: BundleHarness, to: string) => h.emu.sheetValues('Varsellogg').slice(1).filter((r) => r.includes(to));

  test('a passing fault: the row is written on the retry, and a second run the same day sends nothing again', () => {
    const { h, trigger } = start('bound');
    h.emu.mail.afterNextSend(() => h.emu.faults.failOn('Range.setValues', 1, FAULT));
    trigger();
    const first = h.emu.mail.sent[0]!.to;
    expect(ledgerFor(h, first).length).toBeGreaterThan(0);
    trigger();
    expect(digests(h)).toEqual(LEADERS);
  });

  test('a lasting fault: the window. The Kjørelogg row says the mail may go again, and the next run sends it again', () => {
    const { h, trigger } = start('bound');
    h.emu.mail.afterNextSend(() => { for (const n of [1, 2, 3]) h.emu.faults.failOn('Range.setValues', n, FAULT); });
    trigger();
    const first = h.emu.mail.sent[0]!.to;
    expect(ledgerFor(h, first)).toEqual([]);
    expect(h.emu.sheetValues('Kjørelogg').at(-1)!.join(' ')).toMatch(/1 sendt\(e\) e-post\(er\) kunne ikke føres i Varsellogg og kan bli sendt igjen/);
    trigger();
    expect(h.emu.mail.sent.filter((m) => m.to === first)).toHaveLength(2);
  });
});
