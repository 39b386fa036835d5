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
