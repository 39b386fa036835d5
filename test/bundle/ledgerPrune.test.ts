/**
 * Varsellogg pruning keeps exactly-once: the reminder year of reminderScenario.ts is run twice, once with the
 * retention purge (retention one month, so most of the ledger is past it) and once without; every run after the
 * purge sends exactly what the untouched copy sends, and a run right after the purge sends nothing.
 */
import { addDays } from '../../src/domain/calendar';
import { wallTimeToInstant } from '../../src/sheets/cellDates';
import { clockEvent } from '../emulator/bundle';
import type { BundleHarness } from '../support/harness';
import { typeSettings } from '../support/sampleAssociation';
import { LAST_DAY, runScenario } from './reminderScenario';

jest.setTimeout(240_000);

const TZ = 'Europe/Oslo';
const ledgerRows = (h: BundleHarness) => h.emu.sheetValues('Varsellogg').slice(1).filter((r) => r.some((c) => c !== ''));
const mailsOf = (h: BundleHarness, from: number) => h.emu.mail.sent.slice(from).map((m) => JSON.stringify([m.to, m.subject, m.body]));

function runDay(h: BundleHarness, day: string): void {
  const [trigger] = h.emu.triggers.list();
  h.emu.clock.set(wallTimeToInstant(day, TZ, trigger!.atHour ?? 0, 15));
  h.call('runDailyReminders', [clockEvent(h.emu, trigger!.id)], 'trigger');
}

test('after pruning, reminders run on as if nothing was pruned: no repeat, nothing missed', () => {
  const pruned = runScenario('bound').h;
  const control = runScenario('bound').h;
  for (const h of [pruned, control]) typeSettings(h.emu, { 'Lagringstid etter avslutning (måneder)': 1 }, []);
  const rowsBefore = ledgerRows(pruned).length;
  expect(ledgerRows(control)).toHaveLength(rowsBefore);

  // The purge, by the leader, later on the last day of the year.
  pruned.emu.clock.set(wallTimeToInstant(LAST_DAY, TZ, 12));
  pruned.emu.ui.answerNext('YES');
  pruned.call('menuPurgeOldData');
  const left = ledgerRows(pruned);
  expect(left.length).toBeLessThan(rowsBefore / 2);
  expect(pruned.emu.ui.alerts.at(-1)!.prompt).toMatch(/• Varsellogg: \d+ rader \(sendte påminnelser\)/);
  // What stays older than a month is what is still due, one row per key and recipient.
  const old = left.filter((r) => r[0] instanceof Date && (r[0] as Date) < new Date('2027-01-31T00:00:00Z'));
  expect(new Set(old.map((r) => `${r[1]} ${r[2]}`)).size).toBe(old.length);

  // The same day again: nothing goes out.
  const sentBefore = pruned.emu.mail.sent.length;
  pruned.call('menuRunReminders');
  expect(pruned.emu.mail.sent.length).toBe(sentBefore);

  // Two more months, day by day: the pruned copy sends exactly what the untouched one sends.
  const [p0, c0] = [pruned.emu.mail.sent.length, control.emu.mail.sent.length];
  for (let day = addDays(LAST_DAY, 1); day <= '2027-05-02'; day = addDays(day, 1)) for (const h of [pruned, control]) runDay(h, day);
  const [p, c] = [mailsOf(pruned, p0), mailsOf(control, c0)];
  expect(c.length).toBeGreaterThan(0);
  expect(p).toEqual(c);
});
