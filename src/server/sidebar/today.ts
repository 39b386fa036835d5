/**
 * «I dag»: everything due today by the reminder rules (dueToday, the digest's own evaluation, so the tab and
 * the email never disagree), fresh from the sheets on every opening — with reminders switched off too, since
 * nothing here depends on the trigger or the ledger. Plus a few counts at the top. Reads four tables and the
 * settings once; writes nothing.
 */
import { addDays } from '../../domain/calendar';
import { plannedEndOf } from '../../domain/matchWindow';
import { todayItems } from '../../domain/reminders/actions';
import { RUNNING } from '../../domain/matchStatus';
import { loadSettings } from '../../sheets/settingsSheet';
import * as T from '../../sheets/tables';
import { dueToday } from '../dueToday';
import type { Ports } from '../ports';
import type { TodayPage } from './dto';
import { openMatchIndex, readyVolunteers, waitingParticipantsOf } from './matches';
import type { Ok } from './result';
import { openSession } from './session';

/** «Ending in the next 30 days»: the leader plans the closure conversation about a month ahead. */
export const ENDING_WITHIN_DAYS = 30;

export function openToday(ports: Ports): Ok<TodayPage> {
  const s = openSession(ports);
  const all = {
    volunteers: s.wb.read(T.VOLUNTEERS), participants: s.wb.read(T.PARTICIPANTS), matches: s.wb.read(T.MATCHES), contacts: s.wb.read(T.CONTACTS),
    settings: loadSettings(s.wb),
  };
  const { due } = dueToday(all, s.today);
  const matches = all.matches.records.map((r) => r.record);
  const open = openMatchIndex(matches);
  const horizon = addDays(s.today, ENDING_WITHIN_DAYS);
  const endingSoon = matches.filter((m) => {
    const end = RUNNING.has(m.status) ? plannedEndOf(m) : null;
    return end !== null && end >= s.today && end <= horizon;
  }).length;
  return {
    ok: true, page: 'today', today: s.today, endingWithinDays: ENDING_WITHIN_DAYS,
    overview: {
      active: matches.filter((m) => m.status === 'Aktiv').length,
      paused: matches.filter((m) => m.status === 'Pause').length,
      endingSoon,
      volunteersWaiting: readyVolunteers(all.volunteers.records.map((r) => r.record), open, s.today).length,
      participantsWaiting: waitingParticipantsOf(all.participants.records.map((r) => r.record), open).length,
    },
    items: todayItems(due),
  };
}
