/**
 * Retention: which free text and contact details have outlived «Lagringstid etter avslutning (måneder)».
 * Only notes, activities and contact details are blanked; every date, status, count and flag stays, so the
 * statistics (monthly report, reminders) read the same before and after. Nothing of an open match (matchStatus OPEN)
 * is touched, nor anything of its two people. A volunteer's note and contact details go only once she has quit
 * («Sluttet» or a quit date) and her last sign is past retention; a participant «Henvist» or «Venter på kobling» is
 * never purged (she is waiting again).
 *
 * A date is past retention when date + N months < today (month-end aware: 31 Jan + 1 month = 28/29 Feb).
 */
import { addMonths, maxDate, type IsoDate } from './calendar';
import { OPEN, WAITING_PARTICIPANT } from './matchStatus';
import type { Contact, Course, Inquiry, Match, Participant, Volunteer } from './records';
import type { LedgerEntry } from './reminders/ledger';

type Rows<R> = ReadonlyArray<{ row: number; record: R }>;

export interface RetentionInput {
  today: IsoDate;
  retentionMonths: number;
  volunteers: Rows<Volunteer>;
  participants: Rows<Participant>;
  matches: Rows<Match>;
  contacts: Rows<Contact>;
  inquiries: Rows<Inquiry>;
  courses: Rows<Course>;
  /** Kontaktinfo rows by the ID in their key cell, parsed or not: a row with a bad email is still contact details. */
  contactInfo: ReadonlyArray<{ row: number; volunteerId: string }>;
  /** IDs (match, volunteer, participant) on Koblinger rows that could not be read: such a row may be an open match. */
  unreadableMatchIds: ReadonlySet<string>;
}

export type RetentionTable = 'volunteers' | 'participants' | 'matches' | 'contacts' | 'inquiries' | 'courses' | 'contactInfo' | 'ledger';

/** Sheet rows to blank, per table (Varsellogg: rows to remove). */
export type RetentionPlan = Record<RetentionTable, number[]>;

/**
 * The fields blanked on such a row, fixed per table. For Kontaktinfo that is the whole row: nothing about her
 * stays there, and a blank row is skipped by every reader (an ID left alone would fail «Navn: Må fylles ut»).
 */
export const RETENTION_FIELDS: Readonly<Record<RetentionTable, readonly string[]>> = {
  volunteers: ['note'],
  participants: ['note'],
  matches: ['note'],
  contacts: ['activities', 'note'],
  inquiries: ['note'],
  courses: ['note'],
  contactInfo: ['volunteerId', 'name', 'phone', 'email', 'preferredChannel'],
  ledger: [], // rows are removed whole, see planLedgerPrune
};

/** The date a closed match closed: its end date; a declined one without it, its meeting or proposal. */
export function closedOn(m: Match): IsoDate | null {
  if (OPEN.has(m.status)) return null;
  return m.endDate ?? (m.status === 'Avslått' ? m.meetingDate ?? m.proposedDate : null);
}

/** Per person: whether every match of hers is past retention (an open or recent one keeps her), and the latest date. */
interface PersonMatches { allExpired: boolean; count: number; latest: IsoDate | null }

function byPerson(matches: Rows<Match>, key: 'volunteerId' | 'participantId', expiredMatch: ReadonlySet<string>): Map<string, PersonMatches> {
  const out = new Map<string, PersonMatches>();
  for (const { record: m } of matches) {
    const p = out.get(m[key]) ?? { allExpired: true, count: 0, latest: null };
    p.count += 1;
    if (!expiredMatch.has(m.id)) p.allExpired = false;
    p.latest = maxDate(p.latest, closedOn(m));
    out.set(m[key], p);
  }
  return out;
}

const has = (s: string) => s.trim() !== '';

export function planRetention(input: RetentionInput): Omit<RetentionPlan, 'ledger'> {
  const { today, retentionMonths } = input;
  // Dates repeat a lot (a log has a few hundred distinct days): one addMonths per distinct date keeps this linear and cheap.
  const cache = new Map<IsoDate, boolean>();
  const expired = (d: IsoDate | null): boolean => {
    if (d === null) return false;
    let e = cache.get(d);
    if (e === undefined) cache.set(d, (e = addMonths(d, retentionMonths) < today));
    return e;
  };

  const expiredMatch = new Set<string>();
  const keep = input.unreadableMatchIds;
  for (const { record: m } of input.matches) if (expired(closedOn(m)) && !keep.has(m.id)) expiredMatch.add(m.id);

  // Match-less Kontaktlogg rows are about the volunteer: they count as a later sign of her, and go with her.
  const ownContactLatest = new Map<string, IsoDate>();
  for (const { record: c } of input.contacts) {
    if (c.matchId === null && c.volunteerId !== null) ownContactLatest.set(c.volunteerId, maxDate(ownContactLatest.get(c.volunteerId) ?? null, c.date)!);
  }

  const volunteerMatches = byPerson(input.matches, 'volunteerId', expiredMatch);
  const purgedVolunteers = new Set<string>();
  for (const { record: v } of input.volunteers) {
    const m = volunteerMatches.get(v.id);
    if ((m && !m.allExpired) || keep.has(v.id)) continue; // open or recent match
    // Only a volunteer who has quit: one still «Godkjent» after an old match is between matches, not gone.
    if (v.status !== 'Sluttet' && v.quitDate === null) continue;
    const latest = [v.registeredDate, v.courseDate, v.interviewDate, v.policeCertificateDate, v.nksDeclarationDate, v.shelterDeclarationDate, v.quitDate, m?.latest ?? null, ownContactLatest.get(v.id) ?? null]
      .reduce<IsoDate | null>((a, b) => maxDate(a, b), null);
    if (expired(latest)) purgedVolunteers.add(v.id);
  }

  const participantMatches = byPerson(input.matches, 'participantId', expiredMatch);
  const purgedParticipants = new Set<string>();
  for (const { record: p } of input.participants) {
    if (WAITING_PARTICIPANT.has(p.status)) continue; // referred (again) and waiting: her note is in use
    const m = participantMatches.get(p.id);
    if (m && m.allExpired && !keep.has(p.id) && expired(maxDate(m.latest, p.referralDate))) purgedParticipants.add(p.id);
  }

  // Only rows with something left to blank: a second run finds nothing.
  const notes = <R extends { note: string }>(rows: Rows<R>, purge: (r: R) => boolean): number[] =>
    rows.filter(({ record }) => has(record.note) && purge(record)).map(({ row }) => row);
  const contactGone = (c: Contact) => (c.matchId !== null ? expiredMatch.has(c.matchId) : c.volunteerId !== null && purgedVolunteers.has(c.volunteerId));

  return {
    volunteers: notes(input.volunteers, (v) => purgedVolunteers.has(v.id)),
    participants: notes(input.participants, (p) => purgedParticipants.has(p.id)),
    matches: notes(input.matches, (m) => expiredMatch.has(m.id)),
    contacts: input.contacts.filter(({ record: c }) => (has(c.activities) || has(c.note)) && contactGone(c)).map(({ row }) => row),
    inquiries: notes(input.inquiries, (i) => expired(i.date)),
    courses: notes(input.courses, (c) => expired(c.date)),
    contactInfo: input.contactInfo.filter((c) => purgedVolunteers.has(c.volunteerId)).map(({ row }) => row),
  };
}

export interface LedgerPruneInput {
  today: IsoDate;
  retentionMonths: number;
  ledger: Rows<LedgerEntry>;
  /** The keys a reminder run would find due today (every rule, and the volunteers' notices). */
  dueKeys: ReadonlySet<string>;
}

/**
 * Varsellogg rows to remove: sent more than the retention period ago, and not the row that keeps a reminder from
 * going out again. The ledger sends an item when its key is not there for the recipient (or its repeat period has
 * passed since the latest row), so the latest row of a key that is still due stays; every other expired row can
 * go without changing what any run sends: an occurrence no longer due is not sent whatever the ledger says.
 */
export function planLedgerPrune(input: LedgerPruneInput): number[] {
  const latest = new Map<string, IsoDate>();
  const id = (e: LedgerEntry) => `${e.recipient}\u0001${e.key}`;
  for (const { record: e } of input.ledger) latest.set(id(e), maxDate(latest.get(id(e)) ?? null, e.date)!);
  const kept = new Set<string>();
  const cache = new Map<IsoDate, boolean>();
  const expired = (d: IsoDate): boolean => {
    let e = cache.get(d);
    if (e === undefined) cache.set(d, (e = addMonths(d, input.retentionMonths) < input.today));
    return e;
  };
  const out: number[] = [];
  for (const { row, record: e } of input.ledger) {
    // One row per still-due key and recipient stays: the latest (and only one of equal dates).
    if (input.dueKeys.has(e.key) && latest.get(id(e)) === e.date && !kept.has(id(e))) {
      kept.add(id(e));
      continue;
    }
    if (expired(e.date)) out.push(row);
  }
  return out;
}

/** Rows touched per table: what the preview shows and the run log records (counts only, never content). */
export function retentionCounts<K extends string>(plan: Record<K, number[]>): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const k of Object.keys(plan) as K[]) out[k] = plan[k].length;
  return out;
}
