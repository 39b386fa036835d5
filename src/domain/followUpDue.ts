/**
 * When a match (or a volunteer outside one) is next due for a follow-up, and when it is overdue: the one
 * definition behind the reminders (rules 3–4 and the Koblinger column), the sidebar's follow-up list and the
 * report's «overdue at month end». Pure: today and the thresholds come in.
 *
 * - Counted: contacts with the volunteer («Frivillig» or «Frivillig og deltaker») dated on or before today.
 * - Since: the later of the last counted contact and the anchor (the match start, or registration).
 * - Next due: the earlier of «Neste oppfølging» logged on that contact (if on or after the anchor) and
 *   since + «Oppfølging hver (dager)».
 * - Overdue: strictly more than «Forfalt etter (dager)» days since (with 45: from day 46).
 */
import { addDays, daysBetween, type IsoDate } from './calendar';
import type { Contact } from './records';

export type DueState = 'ok' | 'due' | 'overdue';
export interface FollowUpRules { followUpEveryDays: number; overdueAfterDays: number }

export interface FollowUpDue {
  /** The last counted contact, or null. */
  last: Contact | null;
  /** True when the last counted contact is on or after the anchor (a follow-up of this period). */
  followedUp: boolean;
  since: IsoDate;
  nextDue: IsoDate;
  /** True when nextDue is the date logged on the last contact. */
  planned: boolean;
  /** First overdue day. */
  overdueFrom: IsoDate;
  daysSince: number;
  state: DueState;
}

const WITH_VOLUNTEER: ReadonlySet<Contact['withWhom']> = new Set(['Frivillig', 'Frivillig og deltaker']);

/** A contact that counts as following up the volunteer. */
export function isVolunteerFollowUp(c: Pick<Contact, 'withWhom'>): boolean {
  return WITH_VOLUNTEER.has(c.withWhom);
}

/** `contacts` in logging order: on equal dates the later one is the last. Others than the volunteer's are skipped. */
export function followUpDue(anchor: IsoDate, contacts: readonly Contact[], rules: FollowUpRules, today: IsoDate): FollowUpDue {
  let last: Contact | null = null;
  for (const c of contacts) if (c.date <= today && isVolunteerFollowUp(c) && (!last || c.date >= last.date)) last = c;
  const followedUp = last !== null && last.date >= anchor;
  const since = followedUp ? last!.date : anchor;
  const regular = addDays(since, rules.followUpEveryDays);
  const logged = followedUp ? last!.nextFollowUp : null;
  const planned = logged !== null && logged < regular;
  const nextDue = planned ? logged! : regular;
  const overdueFrom = addDays(since, rules.overdueAfterDays + 1);
  const state: DueState = today >= overdueFrom ? 'overdue' : today >= nextDue ? 'due' : 'ok';
  return { last, followedUp, since, nextDue, planned, overdueFrom, daysSince: daysBetween(since, today), state };
}

/**
 * The last `n` contacts, newest first. `contacts` in row order: on equal dates the later row is the newer
 * (the shared order of the log, date then row, reversed).
 */
export function recentContacts(contacts: readonly Contact[], n: number): Contact[] {
  return [...contacts].reverse().sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, n);
}
