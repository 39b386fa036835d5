/**
 * Rule 4's follow-up state of one match, shared by the reminders, the Koblinger column and the sidebar's
 * follow-up list: only «Aktiv» matches are followed up, from their start date (a paused match or one waiting
 * for its meeting is not due, whatever was logged). Null when the match is not followed up.
 */
import type { IsoDate } from '../calendar';
import { followUpDue, type FollowUpDue, type FollowUpRules } from '../followUpDue';
import type { Match } from '../records';
import { volunteerFollowUps, type ContactIndex } from './contactIndex';

export function matchFollowUp(m: Pick<Match, 'id' | 'volunteerId' | 'status' | 'startDate'>, contacts: ContactIndex, rules: FollowUpRules, today: IsoDate): FollowUpDue | null {
  if (m.status !== 'Aktiv' || !m.startDate) return null;
  return followUpDue(m.startDate, volunteerFollowUps(contacts, m.id, m.volunteerId, '0000-01-01').map((c) => c.record), rules, today);
}
