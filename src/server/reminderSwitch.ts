/**
 * Turning automatic reminders on and off. An installable trigger belongs to the Google account that made it:
 * Apps Script shows each user only their own. So who switched reminders on (email, date, trigger id) is kept
 * in the document's properties, where every leader sees it; another leader is refused instead of adding a
 * second daily trigger, or "switching off" a trigger they cannot see. On is idempotent for its owner: exactly
 * one daily trigger at the hour set in Innstillinger, in the spreadsheet's time zone, and the spreadsheet id
 * saved under the trigger's id in the user's properties (an add-on's time-driven trigger has no active
 * spreadsheet and no document properties). Off removes the trigger, the saved id and the record.
 */
import { formatNorwegian, type IsoDate } from '../domain/calendar';
import type { Settings } from '../domain/settings';
import { todayIn } from '../sheets/cellDates';
import { ensureReminderSheets } from '../sheets/reminderSetup';
import { loadSettings } from '../sheets/settingsSheet';
import { Workbook } from '../sheets/workbook';
import { UserError } from './errors';
import type { Ports, TriggerInfo } from './ports';
import { logRun } from './runReminders';
import { setupContext } from './setupContext';

export const REMINDER_HANDLER = 'runDailyReminders';
/** Mirrors src/gas/ports.ts triggerSpreadsheetKey (server must not import gas). */
export const TRIGGER_SPREADSHEET_PREFIX = 'ressursvenn.trigger.';
/** Document property: who switched reminders on ({@link ReminderOwner} as JSON). */
export const REMINDER_OWNER_KEY = 'ressursvenn.reminders.owner';

/**
 * `spreadsheetId`: the file the record was made in. Document properties travel with a copied file (the template,
 * or the retention advice's copy without history), so a record naming another file is that file's, not ours.
 * Records from before it was kept have none and are taken as this file's.
 */
export interface ReminderOwner { email: string; date: IsoDate; triggerId: string; spreadsheetId?: string }

export const NO_RECIPIENT = 'Påminnelsene trenger en mottaker. Fyll inn «Gruppeledere (e-post)» i Innstillinger først. Ingenting ble endret.';

export interface ReminderStatus {
  on: boolean; hour: number; timeZone: string; recipients: string[]; triggers: number;
  /** Who switched them on and when; null when off (or on from before this was recorded, by another leader). */
  by: string | null; since: IsoDate | null;
  /** Whether the current user owns the trigger, so only they can switch it off or move its hour. */
  mine: boolean;
}

function ours(ports: Ports): TriggerInfo[] {
  return ports.triggers.list().filter((t) => t.handler === REMINDER_HANDLER);
}

export function readOwner(ports: Ports): ReminderOwner | null {
  let o: Partial<ReminderOwner> | null;
  try {
    o = JSON.parse(ports.properties.get(REMINDER_OWNER_KEY) ?? 'null') as Partial<ReminderOwner> | null;
  } catch {
    return null;
  }
  if (!o || typeof o.email !== 'string' || typeof o.date !== 'string' || typeof o.triggerId !== 'string') return null;
  if (typeof o.spreadsheetId === 'string' && o.spreadsheetId !== ports.spreadsheet().getId()) return null; // copied from another file
  return { email: o.email, date: o.date, triggerId: o.triggerId, ...(typeof o.spreadsheetId === 'string' ? { spreadsheetId: o.spreadsheetId } : {}) };
}

const sameUser = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The recorded owner when it is someone else (whose trigger this user cannot see or remove). */
function otherOwner(ports: Ports): ReminderOwner | null {
  const owner = readOwner(ports);
  return owner && !sameUser(owner.email, ports.user.email()) ? owner : null;
}

/** «Slått på av x@y dd.mm.åååå», or '' when not known. */
export function ownerText(s: Pick<ReminderStatus, 'by' | 'since'>): string {
  return s.by ? `Slått på av ${s.by}${s.since ? ` ${formatNorwegian(s.since)}` : ''}.` : '';
}

function removeAll(ports: Ports): number {
  const existing = ours(ports);
  for (const t of existing) {
    ports.triggers.remove(t.id);
    ports.userProperties.delete(TRIGGER_SPREADSHEET_PREFIX + t.id);
  }
  return existing.length;
}

/**
 * Installs this user's one trigger at `hour` and records it; the caller holds the lock and has checked that
 * no other leader's trigger is recorded. Used by «Slå på» and by a saved change of the hour.
 */
export function installTrigger(ports: Ports, wb: Workbook, hour: number): ReminderOwner {
  const ss = ports.spreadsheet();
  // Remove, then create: the hour may have changed, and an add-on may hold only one clock trigger per document.
  removeAll(ports);
  const trigger = ports.triggers.createDaily(REMINDER_HANDLER, hour, wb.tz);
  ports.userProperties.set(TRIGGER_SPREADSHEET_PREFIX + trigger.id, ss.getId());
  const owner: ReminderOwner = { email: ports.user.email(), date: todayIn(ports.clock.now(), wb.tz), triggerId: trigger.id, spreadsheetId: ss.getId() };
  ports.properties.set(REMINDER_OWNER_KEY, JSON.stringify(owner));
  logRun(wb, ports.clock.now(), { result: 'Slått på', sent: null, kept: null, message: `Daglig kl. ${String(hour).padStart(2, '0')} (${wb.tz}).` });
  return owner;
}

export function enableReminders(ports: Ports): ReminderStatus {
  return ports.lock.withLock(() => {
    const other = otherOwner(ports);
    if (other) {
      throw new UserError(`Påminnelsene er allerede slått på av ${other.email} (${formatNorwegian(other.date)}). Be ${other.email} slå dem av først, `
        + `eller la dem stå: de sendes til alle gruppelederne i Innstillinger uansett hvem som slo dem på. Ingenting ble endret.`);
    }
    const ss = ports.spreadsheet();
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const { settings } = loadSettings(wb);
    // A daily trigger with nobody to write to would run for nothing: the recipients come first.
    if (settings.groupLeaderEmails.length === 0) throw new UserError(NO_RECIPIENT);
    ensureReminderSheets(setupContext(ports, ss));
    const owner = installTrigger(ports, wb, settings.reminderHour);
    const recipients = settings.groupLeaderEmails;
    return { on: true, hour: settings.reminderHour, timeZone: tz, recipients, triggers: ours(ports).length, by: owner.email, since: owner.date, mine: true };
  });
}

export function disableReminders(ports: Ports): ReminderStatus {
  return ports.lock.withLock(() => {
    const other = otherOwner(ports);
    if (other) {
      throw new UserError(`Påminnelsene ble slått på av ${other.email}, og bare ${other.email} kan slå dem av (utløseren hører til den kontoen). `
        + `Be ${other.email} velge «Slå av påminnelser». Har ${other.email} sluttet, kan kontoens eier eller en administrator fjerne utløseren under Utvidelser > Apps Script > Utløsere. Ingenting ble endret.`);
    }
    const ss = ports.spreadsheet();
    const tz = ss.getSpreadsheetTimeZone();
    const wb = new Workbook(ss, tz);
    const { settings } = loadSettings(wb);
    const removed = removeAll(ports);
    ports.properties.delete(REMINDER_OWNER_KEY);
    if (removed > 0) logRun(wb, ports.clock.now(), { result: 'Slått av', sent: null, kept: null, message: 'Påminnelser slått av.' });
    return { on: false, hour: settings.reminderHour, timeZone: tz, recipients: [], triggers: ours(ports).length, by: null, since: null, mine: false };
  });
}

/**
 * Whether reminders are on for this document (for the sidebar's settings page): this user's own trigger, or
 * another leader's recorded one. `settings`, when the caller has already read them, saves a second read.
 */
export function reminderStatus(ports: Ports, settings?: Pick<Settings, 'reminderHour' | 'groupLeaderEmails'>): ReminderStatus {
  const ss = ports.spreadsheet();
  const tz = ss.getSpreadsheetTimeZone();
  const s = settings ?? loadSettings(new Workbook(ss, tz)).settings;
  const mine = ours(ports);
  const owner = readOwner(ports);
  const other = owner && !sameUser(owner.email, ports.user.email()) ? owner : null;
  // Our own record whose trigger is gone (removed by hand) is not "on".
  const ownOn = mine.length > 0;
  const on = ownOn || other !== null;
  const by = other ? other.email : ownOn ? owner?.email ?? ports.user.email() : null;
  const since = other ? other.date : ownOn ? owner?.date ?? null : null;
  return { on, hour: s.reminderHour, timeZone: tz, recipients: s.groupLeaderEmails, triggers: mine.length, by, since, mine: ownOn };
}
