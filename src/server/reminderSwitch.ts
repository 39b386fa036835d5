/**
 * Turning automatic reminders on and off. On is idempotent: the reminder sheets exist, exactly one daily
 * trigger for this document runs at the hour set in Innstillinger in the spreadsheet's time zone, and the
 * spreadsheet id is saved under the trigger's id in the user's properties (an add-on's time-driven trigger
 * has no active spreadsheet and no document properties). Off removes the trigger and the saved id.
 */
import type { Settings } from '../domain/settings';
import { ensureReminderSheets } from '../sheets/reminderSetup';
import { loadSettings } from '../sheets/settingsSheet';
import { Workbook } from '../sheets/workbook';
import type { Ports, TriggerInfo } from './ports';
import { logRun } from './runReminders';
import { setupContext } from './setupContext';

export const REMINDER_HANDLER = 'runDailyReminders';
/** Mirrors src/gas/ports.ts triggerSpreadsheetKey (server must not import gas). */
export const TRIGGER_SPREADSHEET_PREFIX = 'ressursvenn.trigger.';

export interface ReminderStatus { on: boolean; hour: number; timeZone: string; recipients: string[]; triggers: number }

function ours(ports: Ports): TriggerInfo[] {
  return ports.triggers.list().filter((t) => t.handler === REMINDER_HANDLER);
}

function removeAll(ports: Ports): number {
  const existing = ours(ports);
  for (const t of existing) {
    ports.triggers.remove(t.id);
    ports.userProperties.delete(TRIGGER_SPREADSHEET_PREFIX + t.id);
  }
  return existing.length;
}

export function enableReminders(ports: Ports): ReminderStatus {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    ensureReminderSheets(setupContext(ports, ss));
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const { settings } = loadSettings(wb);
    // Remove, then create: the hour may have changed, and an add-on may hold only one clock trigger per document.
    removeAll(ports);
    const trigger = ports.triggers.createDaily(REMINDER_HANDLER, settings.reminderHour, tz);
    ports.userProperties.set(TRIGGER_SPREADSHEET_PREFIX + trigger.id, ss.getId());
    const recipients = settings.groupLeaderEmails.length > 0 ? settings.groupLeaderEmails : [ports.user.email()];
    logRun(wb, ports.clock.now(), { result: 'Slått på', sent: null, kept: null, message: `Daglig kl. ${String(settings.reminderHour).padStart(2, '0')} (${tz}).` });
    return { on: true, hour: settings.reminderHour, timeZone: tz, recipients, triggers: ours(ports).length };
  });
}

export function disableReminders(ports: Ports): ReminderStatus {
  return ports.lock.withLock(() => {
    const ss = ports.spreadsheet();
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const { settings } = loadSettings(wb);
    const removed = removeAll(ports);
    if (removed > 0) logRun(wb, ports.clock.now(), { result: 'Slått av', sent: null, kept: null, message: 'Påminnelser slått av.' });
    return { on: false, hour: settings.reminderHour, timeZone: tz, recipients: [], triggers: ours(ports).length };
  });
}

/**
 * Whether reminders are on for this document (for the sidebar's settings page). `settings`, when the caller
 * has already read them, saves a second read of Innstillinger.
 */
export function reminderStatus(ports: Ports, settings?: Pick<Settings, 'reminderHour' | 'groupLeaderEmails'>): ReminderStatus {
  const ss = ports.spreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const s = settings ?? loadSettings(new Workbook(ss, tz)).settings;
  const n = ours(ports).length;
  return { on: n > 0, hour: s.reminderHour, timeZone: tz, recipients: s.groupLeaderEmails, triggers: n };
}
