/**
 * When a match or volunteer is next due for a follow-up: the date the last contact agreed on, else the
 * settings' interval after the last contact (or after the start when there is none yet). Overdue means no
 * contact for longer than the overdue threshold. Pure: today and the thresholds come in.
 */
import { addDays, daysBetween, type IsoDate } from './calendar';
import type { Contact } from './records';

export type DueState = 'ok' | 'due' | 'overdue';

export interface FollowUpState {
  lastDate: IsoDate | null;
  nextDue: IsoDate;
  state: DueState;
}

export interface FollowUpRules { followUpEveryDays: number; overdueAfterDays: number }

/** The latest contact by date (the later-logged one on a tie), or null. */
export function latestContact(contacts: readonly Contact[]): Contact | null {
  let latest: Contact | null = null;
  for (const c of contacts) if (!latest || c.date >= latest.date) latest = c;
  return latest;
}

/** `anchor` is when following up started to matter: the match start, meeting or registration date. */
export function followUpState(anchor: IsoDate, contacts: readonly Contact[], rules: FollowUpRules, today: IsoDate): FollowUpState {
  const last = latestContact(contacts);
  const since = last ? last.date : anchor;
  const nextDue = last?.nextFollowUp ?? addDays(since, rules.followUpEveryDays);
  const state: DueState = daysBetween(since, today) > rules.overdueAfterDays ? 'overdue' : today >= nextDue ? 'due' : 'ok';
  return { lastDate: last?.date ?? null, nextDue, state };
}

/** The last `n` contacts, newest first. */
export function recentContacts(contacts: readonly Contact[], n: number): Contact[] {
  return [...contacts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0)).slice(0, n);
}
