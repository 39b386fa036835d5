/** «Innstillinger»: the settings and the crisis shelter list, edited with validation instead of by hand. */
import { ShelterSchema, type Shelter } from '../../domain/records';
import { SettingsSchema, SETTING_DEFS } from '../../domain/settings';
import { loadSettings, settingsVersion, writeSettings } from '../../sheets/settingsSheet';
import type { Workbook } from '../../sheets/workbook';
import { UserError } from '../errors';
import type { Ports } from '../ports';
import { installTrigger, reminderStatus } from '../reminderSwitch';
import type { EditableSettings, Saved, SettingsInput, SettingsPage } from './dto';
import { Refusal, type Ok } from './result';
import { openSession, underLock } from './session';
import { checkFields, checkKeys, refuseIfAny } from './validate';

const KEYS = SETTING_DEFS.map((d) => d.key) as Array<keyof EditableSettings>;

export function openSettings(ports: Ports): Ok<SettingsPage> {
  const s = openSession(ports);
  const loaded = loadSettings(s.wb);
  const settings = loaded.settings;
  const problems = loaded.problems.map((p) => `${p.label}: ${p.message} Standardverdien brukes.`);
  const defs = SETTING_DEFS.map(({ key, label, kind, help }) => ({ key: key as keyof EditableSettings, label, kind, help }));
  return { ok: true, page: 'settings', defs, settings, shelters: loaded.shelters, problems, reminders: reminderStatus(ports, loaded.settings), version: settingsVersion(s.wb) };
}

const hh = (h: number) => `kl. ${String(h).padStart(2, '0')}`;

/**
 * The trigger's hour is fixed when it is made: a new «Påminnelser klokken» moves it here when this leader
 * installed it (only they can); otherwise the message says who must switch reminders off and on.
 */
function moveReminders(ports: Ports, wb: Workbook, oldHour: number, settings: EditableSettings): string {
  const hour = settings.reminderHour;
  if (hour === oldHour) return '';
  const status = reminderStatus(ports, settings);
  if (status.mine) {
    installTrigger(ports, wb, hour);
    return ` Påminnelsene sendes nå ${hh(hour)}.`;
  }
  if (!status.on) return '';
  return ` Påminnelsene går fortsatt ${hh(oldHour)}: ${status.by ?? 'den som slo dem på'} må slå dem av og på igjen for å flytte dem til ${hh(hour)}.`;
}

export function saveSettings(ports: Ports, payload: SettingsInput): Ok<Saved> {
  // The list is kept whole: a shelters key that is not a list must not pass for an empty one.
  const input = checkKeys(payload, { settings: 'form', shelters: 'list', version: 'text?' });
  const errors: Record<string, string> = {};
  const settings = checkFields(SettingsSchema.shape, input.settings, KEYS, [], errors) as EditableSettings;
  const shelters: Shelter[] = [];
  const seen = new Set<string>();
  (input.shelters as unknown[]).forEach((raw, i) => {
    const own: Record<string, string> = {};
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) { errors[`shelters.${i}`] = 'Må være et krisesenter med navn.'; return; }
    const s = checkFields(ShelterSchema.shape, raw, ['name', 'contactRole', 'municipality'], ['name'], own) as Shelter;
    const key = String(s.name ?? '').trim().toLowerCase();
    if (!own.name && seen.has(key)) own.name = `«${s.name}» står to ganger.`;
    seen.add(key);
    for (const [f, m] of Object.entries(own)) errors[`shelters.${i}.${f}`] = m;
    if (Object.keys(own).length === 0) shelters.push(s);
  });
  refuseIfAny(errors);
  return underLock(ports, (s) => {
    if (settingsVersion(s.wb) !== input.version) throw new Refusal('Innstillingene er endret av noen andre siden du åpnet siden. Last inn på nytt og prøv igjen.');
    const oldHour = loadSettings(s.wb).settings.reminderHour;
    const missing = writeSettings(s.wb, settings, shelters);
    if (missing.length > 0) throw new UserError(`Innstillinger-arket mangler raden ${missing.map((m) => `«${m}»`).join(', ')}. Kjør «Sett opp / oppdater arkene» først; ingenting ble lagret.`);
    return { ok: true, id: '', message: `Innstillingene er lagret (${shelters.length} krisesentre).${moveReminders(ports, s.wb, oldHour, settings)}` };
  });
}
