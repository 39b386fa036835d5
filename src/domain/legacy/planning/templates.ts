/**
 * Empty records and the helpers that lay a row's values over them: a column the tab lacks gets the schema's
 * "no value", and a record the schema refuses becomes a Norwegian reason naming the field.
 */
import { FOLLOWED } from '../../matchStatus';
import type * as R from '../../records';

/** Labels for schema fields an import kind has no column for. */
export const SCHEMA_LABELS: Record<string, string> = {
  pauseStart: 'Pause fra', pauseEnd: 'Pause til', plannedEnd: 'Planlagt slutt', alias: 'Alias', matchId: 'Koblings-ID', volunteerId: 'Frivillig-ID',
  participantId: 'Deltaker-ID', agreedMonths: 'Avtalt lengde (mnd)', startDate: 'Startdato', endDate: 'Sluttdato', endReason: 'Sluttårsak',
  quitDate: 'Sluttet dato', status: 'Status', name: 'Navn', email: 'E-post', phone: 'Telefon',
};

export const NO_VOLUNTEER = {
  birthYear: null, municipality: '', languages: '', interests: '', availability: '', canMeetWithChildren: false, area: '', travel: null, notSuitableFor: '', recruitmentSource: null,
  registeredDate: null, courseDate: null, interviewDate: null, policeCertificateDate: null, nksDeclarationDate: null, shelterDeclarationDate: null,
  quitDate: null, quitReason: null,
};
export const NO_PARTICIPANT = { shelter: '', municipality: '', birthYear: null, languages: '', interpreterNeeded: false, interests: '', needs: '', childrenJoin: false, referralDate: null, area: '', travel: null, availability: '' };
export const NO_MATCH = {
  proposedDate: null, meetingDate: null, agreementSigned: false, startDate: null, agreedMonths: null, plannedEnd: null, pauseStart: null, pauseEnd: null,
  pauseReason: null, earlierPauses: '', endDate: null, endReason: null, endedBy: null, closureDate: null, evaluationSent: false, privateContactAfter: false,
};
export const NO_CONTACT = { howItGoes: null, meetingsSinceLast: null, activities: '', concern: false, nextFollowUp: null };

export const PLACEHOLDER_NOTE = 'Opprettet ved import fra';
/** A person in one of these is «I kobling» (matchStatus.ts). */
export const ACTIVE: ReadonlySet<string> = FOLLOWED;
export const DEFAULT_MONTHS = 12;

export type Values = Record<string, unknown>;

const isEmpty = (x: unknown) => x === null || x === undefined || x === '' || x === false;

/** `old` with its empty fields taken from `row`. */
export function fillIn<T extends object>(old: T, row: T): T {
  const out = { ...old } as Record<string, unknown>;
  for (const [k, x] of Object.entries(row)) if (isEmpty(out[k]) && !isEmpty(x)) out[k] = x;
  return out as T;
}

/** The template with every value the row has for one of its keys. */
export function fill<T extends object>(template: T, v: Values): T {
  const out = { ...template } as Record<string, unknown>;
  for (const k of Object.keys(template)) if (v[k] !== null && v[k] !== undefined) out[k] = v[k];
  return out as T;
}

export interface SafeSchema { safeParse(x: unknown): { success: boolean; error?: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } } }

/**
 * What the schema says about a record: `refused` for a value that is wrong, `missing` for a rule that wants a value
 * the row does not have («Sluttet» without a date). An import keeps the second kind, flagged; the data check lists it.
 */
export function checkRecord(schema: SafeSchema, record: object, labels: Record<string, string>): { refused: string | null; missing: string | null } {
  const r = schema.safeParse(record);
  if (r.success) return { refused: null, missing: null };
  const refused: string[] = [];
  const missing: string[] = [];
  for (const i of r.error!.issues) {
    const key = String(i.path[0] ?? '');
    const value = (record as Record<string, unknown>)[key];
    (value === null || value === undefined ? missing : refused).push(`${labels[key] ?? key}: ${i.message}`);
  }
  return { refused: refused.length ? refused.join(' ') : null, missing: missing.length ? missing.join(' ') : null };
}
