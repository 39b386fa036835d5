/**
 * Settings live as key/value rows in the Innstillinger sheet (not only in document properties, which an
 * add-on trigger cannot reach). Each setting has a Norwegian label, a default and a validator.
 */
import * as z from 'zod/mini';
import './zod';

const EMAIL = /^[^\s@;,]+@[^\s@;,]+\.[^\s@;,]+$/;
/** An Apps Script web app's address (the national overview); a Workspace domain's form has /a/<domain>/ too. */
const WEB_APP_URL = /^https:\/\/script\.google\.com\/(?:a\/[^/\s]+\/)?macros\/s\/[\w-]+\/exec$/;

const emailList = z.array(z.string().check(z.refine((s) => EMAIL.test(s), 'Ugyldig e-postadresse.')));
const optEmail = z.string().check(z.refine((s) => s === '' || EMAIL.test(s), 'Ugyldig e-postadresse.'));
/** Allowed ranges of the whole-number settings: one table for the schema and the sheet's dropdown validation. */
export const INT_RANGES = {
  followUpEveryDays: [7, 90], overdueAfterDays: [7, 120], newVolunteerContactDays: [1, 30], afterMeetingFollowUpDays: [1, 30],
  endingNoticeDays: [7, 90], closureWithinDays: [1, 60], waitingWithoutMatchDays: [7, 180], pausedDecideDays: [7, 180],
  reminderHour: [0, 23], retentionMonths: [1, 120], smallCountThreshold: [1, 10],
  weightInterests: [0, 10], weightAvailability: [0, 10], weightArea: [0, 10], weightAge: [0, 10],
} as const satisfies Record<string, readonly [number, number]>;

const days = ([min, max]: readonly [number, number]) =>
  z.number().check(z.refine((n) => Number.isInteger(n) && n >= min && n <= max, `Må være et helt tall fra ${min} til ${max}.`));

export const SettingsSchema = z.object({
  associationName: z.string().check(z.maxLength(100, 'Høyst 100 tegn.')),
  groupLeaderEmails: emailList,
  nationalLeaderEmail: optEmail,
  followUpEveryDays: days(INT_RANGES.followUpEveryDays),
  overdueAfterDays: days(INT_RANGES.overdueAfterDays),
  newVolunteerContactDays: days(INT_RANGES.newVolunteerContactDays),
  afterMeetingFollowUpDays: days(INT_RANGES.afterMeetingFollowUpDays),
  endingNoticeDays: days(INT_RANGES.endingNoticeDays),
  closureWithinDays: days(INT_RANGES.closureWithinDays),
  waitingWithoutMatchDays: days(INT_RANGES.waitingWithoutMatchDays),
  pausedDecideDays: days(INT_RANGES.pausedDecideDays),
  reminderHour: days(INT_RANGES.reminderHour),
  remindVolunteers: z.boolean(),
  retentionMonths: days(INT_RANGES.retentionMonths),
  smallCountThreshold: days(INT_RANGES.smallCountThreshold),
  nationalOverviewOn: z.boolean(),
  nationalOverviewUrl: z.string().check(z.refine((s) => s === '' || WEB_APP_URL.test(s), 'Må være adressen til nettappen, https://script.google.com/macros/s/…/exec.')),
  nationalOverviewKey: z.string().check(z.refine((s) => s === '' || /^[0-9a-f]{64}$/.test(s), 'Må være nøkkelen fra nasjonal prosjektleder (64 tegn, 0–9 og a–f).')),
  weightInterests: days(INT_RANGES.weightInterests),
  weightAvailability: days(INT_RANGES.weightAvailability),
  weightArea: days(INT_RANGES.weightArea),
  weightAge: days(INT_RANGES.weightAge),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

type Kind = 'text' | 'emails' | 'email' | 'int' | 'bool';
export interface SettingDef { key: SettingKey; label: string; kind: Kind; help: string }

/** Order here is the order of rows in Innstillinger. Labels are what the leader reads; keep them stable. */
export const SETTING_DEFS: readonly SettingDef[] = [
  { key: 'associationName', label: 'Lokalforening', kind: 'text', help: 'Navnet på lokalforeningen, brukt i rapporter.' },
  { key: 'groupLeaderEmails', label: 'Gruppeledere (e-post)', kind: 'emails', help: 'Én eller flere adresser skilt med semikolon. Får påminnelser.' },
  { key: 'nationalLeaderEmail', label: 'Nasjonal prosjektleder (e-post)', kind: 'email', help: 'Mottaker av månedsrapporten.' },
  { key: 'followUpEveryDays', label: 'Oppfølging hver (dager)', kind: 'int', help: 'Hvor ofte en aktiv kobling skal følges opp. Standard 30.' },
  { key: 'overdueAfterDays', label: 'Forfalt etter (dager)', kind: 'int', help: 'Dager uten oppfølging før koblingen regnes som forfalt. Standard 45.' },
  { key: 'newVolunteerContactDays', label: 'Kontakt ny frivillig innen (dager)', kind: 'int', help: 'Interessen er ferskvare. Standard 3.' },
  { key: 'afterMeetingFollowUpDays', label: 'Oppfølging etter koblingsmøte (dager)', kind: 'int', help: 'Ring den frivillige innen så mange dager. Standard 3.' },
  { key: 'endingNoticeDays', label: 'Varsel før planlagt slutt (dager)', kind: 'int', help: 'Når avkoblingssamtalen skal planlegges. Standard 30.' },
  { key: 'closureWithinDays', label: 'Avkobling registreres innen (dager)', kind: 'int', help: 'Avkoblingssamtale og evaluering etter slutt. Standard 14.' },
  { key: 'waitingWithoutMatchDays', label: 'Venter uten kobling (dager)', kind: 'int', help: 'Godkjente frivillige og ventende deltakere. Standard 30.' },
  { key: 'pausedDecideDays', label: 'Pause vurderes etter (dager)', kind: 'int', help: 'En kobling på pause skal vurderes. Standard 30.' },
  { key: 'reminderHour', label: 'Påminnelser klokken (0–23)', kind: 'int', help: 'Timen da den daglige påminnelsen sendes. Standard 7.' },
  { key: 'remindVolunteers', label: 'Påminnelser til frivillige', kind: 'bool', help: 'Send frivillige en påminnelse før koblingen slutter. Standard nei.' },
  { key: 'retentionMonths', label: 'Lagringstid etter avslutning (måneder)', kind: 'int', help: 'Merknader og kontaktinfo slettes så lenge etter avsluttet kobling. Standard 24.' },
  { key: 'smallCountThreshold', label: 'Skjul tall under', kind: 'int', help: 'Tall om personer under grensen vises som «<3» i rapporten når grensen er 3. Standard 3.' },
  { key: 'nationalOverviewOn', label: 'Send til nasjonal oversikt', kind: 'bool', help: 'Send månedens tall (aldri fritekst) til nasjonal oversikt når rapporten sendes. Standard nei.' },
  { key: 'nationalOverviewUrl', label: 'Nasjonal oversikt: adresse', kind: 'text', help: 'Nettadressen nasjonal prosjektleder ga dere (https://script.google.com/macros/s/…/exec).' },
  { key: 'nationalOverviewKey', label: 'Nasjonal oversikt: nøkkel', kind: 'text', help: 'Lokalforeningens nøkkel fra nasjonal prosjektleder. Den gir bare rett til å sende deres egne tall.' },
  { key: 'weightInterests', label: 'Forslag: vekt interesser (0–10)', kind: 'int', help: '«Foreslå kobling»: poeng for 3 felles interesser. 0 = av. Standard 3.' },
  { key: 'weightAvailability', label: 'Forslag: vekt tid (0–10)', kind: 'int', help: 'Poeng når hun kan alle deltakerens tider. Standard 3.' },
  { key: 'weightArea', label: 'Forslag: vekt område (0–10)', kind: 'int', help: 'Poeng for samme bydel (samme kommune: 3/4). Standard 2.' },
  { key: 'weightAge', label: 'Forslag: vekt alder (0–10)', kind: 'int', help: 'Poeng innen 5 års aldersforskjell, 0 ved 25. Standard 2.' },
];

export const DEFAULT_SETTINGS: Settings = {
  associationName: '',
  groupLeaderEmails: [],
  nationalLeaderEmail: '',
  followUpEveryDays: 30,
  overdueAfterDays: 45,
  newVolunteerContactDays: 3,
  afterMeetingFollowUpDays: 3,
  endingNoticeDays: 30,
  closureWithinDays: 14,
  waitingWithoutMatchDays: 30,
  pausedDecideDays: 30,
  reminderHour: 7,
  remindVolunteers: false,
  retentionMonths: 24,
  smallCountThreshold: 3,
  nationalOverviewOn: false,
  nationalOverviewUrl: '',
  nationalOverviewKey: '',
  weightInterests: 3,
  weightAvailability: 3,
  weightArea: 2,
  weightAge: 2,
};

export interface SettingProblem { key: SettingKey; label: string; message: string }

/** Converts a raw cell value into the setting's type; blank means "use the default". */
function coerce(def: SettingDef, raw: unknown): unknown {
  if (raw === '' || raw === null || raw === undefined) return DEFAULT_SETTINGS[def.key];
  switch (def.kind) {
    case 'text':
    case 'email':
      return String(raw).trim();
    case 'emails':
      return String(raw).split(/[;,\s]+/).map((s) => s.trim()).filter((s) => s !== '');
    case 'int':
      return typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
    case 'bool':
      if (typeof raw === 'boolean') return raw;
      return /^(ja|j|yes|true|x|✓)$/i.test(String(raw).trim()) ? true : /^(nei|n|no|false)$/i.test(String(raw).trim()) ? false : raw;
  }
}

/**
 * Typed settings from the label → raw value pairs of the sheet. An invalid value falls back to its default and
 * is reported, so one typo never stops reminders.
 */
export function parseSettings(raw: ReadonlyMap<string, unknown>): { settings: Settings; problems: SettingProblem[] } {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const problems: SettingProblem[] = [];
  for (const def of SETTING_DEFS) {
    const value = coerce(def, raw.get(def.label));
    const result = SettingsSchema.shape[def.key].safeParse(value);
    if (result.success) settings[def.key] = result.data;
    else problems.push({ key: def.key, label: def.label, message: result.error.issues[0]?.message ?? 'Ugyldig verdi.' });
  }
  return { settings: settings as Settings, problems };
}

/** The cell value a setting is stored as. */
export function settingCellValue(def: SettingDef, settings: Settings): string | number | boolean {
  const v = settings[def.key];
  if (Array.isArray(v)) return v.join('; ');
  return v as string | number | boolean;
}
