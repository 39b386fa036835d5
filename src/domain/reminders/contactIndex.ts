/**
 * The follow-up log indexed once per run (linear in the number of contacts), so every rule asks about one
 * match or one volunteer without scanning the whole log again. Contacts dated after today are ignored.
 */
import type { IsoDate } from '../calendar';
import { isVolunteerFollowUp } from '../followUpDue';
import type { Contact } from '../records';
import type { Rows } from './types';

export interface ContactIndex {
  /** Follow-ups with the volunteer of each match (by match ID), oldest first. */
  volunteerByMatch: Map<string, Rows<Contact>[]>;
  /** Every contact that names a volunteer ID, oldest first. */
  byVolunteer: Map<string, Rows<Contact>[]>;
  /** Every contact of each match, any party, oldest first (for clearing concerns). */
  byMatch: Map<string, Rows<Contact>[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byDateThenRow = (a: Rows<Contact>, b: Rows<Contact>) => (a.record.date < b.record.date ? -1 : a.record.date > b.record.date ? 1 : a.row - b.row);

export function indexContacts(contacts: readonly Rows<Contact>[], today: IsoDate): ContactIndex {
  const index: ContactIndex = { volunteerByMatch: new Map(), byVolunteer: new Map(), byMatch: new Map() };
  for (const c of contacts) {
    if (c.record.date > today) continue;
    if (c.record.matchId) {
      push(index.byMatch, c.record.matchId, c);
      if (isVolunteerFollowUp(c.record)) push(index.volunteerByMatch, c.record.matchId, c);
    }
    if (c.record.volunteerId) push(index.byVolunteer, c.record.volunteerId, c);
  }
  for (const map of [index.volunteerByMatch, index.byVolunteer, index.byMatch]) for (const list of map.values()) list.sort(byDateThenRow);
  return index;
}

/** Follow-ups with the volunteer on or after `from` (a match's own log, plus her own rows without a match). */
export function volunteerFollowUps(index: ContactIndex, matchId: string, volunteerId: string, from: IsoDate): Rows<Contact>[] {
  const own = index.volunteerByMatch.get(matchId) ?? [];
  const direct = (index.byVolunteer.get(volunteerId) ?? []).filter((c) => !c.record.matchId && isVolunteerFollowUp(c.record));
  const all = direct.length === 0 ? own : [...own, ...direct].sort(byDateThenRow);
  return all.filter((c) => c.record.date >= from);
}
