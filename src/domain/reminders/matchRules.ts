/**
 * The deadlines of one match (rules 1–6 and 9 of the reminder issue): meeting tomorrow, the call after the
 * match meeting, the first month, monthly follow-up and overdue, the ending, the 12-month frame, the closure
 * conversation and evaluation, and a pause to decide on. Only deadlines not yet satisfied today are returned;
 * the caller decides which are due (date <= today <= until) and which are upcoming (for the Koblinger column).
 */
import { addDays, addMonths, daysBetween, formatNorwegian as no, maxDate, type IsoDate } from '../calendar';
import { BEFORE_START, RUNNING } from '../matchStatus';
import { frameEnd, plannedEndOf } from '../matchWindow';
import type { Match } from '../records';
import type { Settings } from '../settings';
import { volunteerFollowUps, type ContactIndex } from './contactIndex';
import { matchFollowUp } from './matchFollowUp';
import type { Deadline, Rows } from './types';

/** MENTOR's standard for the first month: the first follow-up within two weeks, two in the month. */
export const FIRST_FOLLOW_UP_DAYS = 14;
export const FIRST_MONTH_FOLLOW_UPS = 2;
/** Overdue items, concerns and passed ends are repeated weekly while they stay due. */
export const URGENT_REPEAT_DAYS = 7;

type Base = Pick<Deadline, 'code' | 'table' | 'row'>;

export function matchDeadlines({ row, record: m }: Rows<Match>, contacts: ContactIndex, s: Settings, today: IsoDate): Deadline[] {
  const out: Deadline[] = [];
  const base: Base = { code: m.id, table: 'matches', row };
  const add = (d: Omit<Deadline, keyof Base | 'repeatEveryDays'> & { repeatEveryDays?: number | null }) => out.push({ ...base, repeatEveryDays: null, ...d });

  // 1. Match meeting tomorrow (and on the day itself, should yesterday's run have been missed).
  if (m.meetingDate && (BEFORE_START.has(m.status) || (m.status === 'Aktiv' && m.meetingDate >= today))) {
    add({ rule: 'meeting-tomorrow', key: `meeting:${m.id}:${m.meetingDate}`, urgency: 'nå', date: addDays(m.meetingDate, -1), until: m.meetingDate,
      label: 'Bekreft koblingsmøtet', text: `Koblingsmøte ${no(m.meetingDate)}: bekreft tid og sted med den frivillige og kontaktpersonen på krisesenteret (SMS eller telefon dagen før).` });
  }

  // 2. The call to the volunteer after the match meeting (rule 4 takes over after a follow-up period).
  if (m.meetingDate && m.meetingDate <= today && (m.status === 'Koblingsmøte avtalt' || RUNNING.has(m.status))
      && volunteerFollowUps(contacts, m.id, m.volunteerId, m.meetingDate).length === 0) {
    add({ rule: 'after-meeting', key: `after-meeting:${m.id}:${m.meetingDate}`, urgency: 'nå',
      date: addDays(m.meetingDate, s.afterMeetingFollowUpDays), until: addDays(m.meetingDate, s.followUpEveryDays - 1),
      label: 'Ring etter koblingsmøtet', text: `Koblingsmøtet var ${no(m.meetingDate)}: ring den frivillige og hør hvordan det gikk, og sjekk deltakerens svar med kontaktpersonen på krisesenteret.` });
  }

  const start = m.startDate;
  if (m.status === 'Aktiv' && start) {
    const sinceStart = volunteerFollowUps(contacts, m.id, m.volunteerId, start);
    const monthEnd = addMonths(start, 1);
    const inFirstMonth = sinceStart.filter((c) => c.record.date < monthEnd).length;
    const firstMonth = inFirstMonth < FIRST_MONTH_FOLLOW_UPS;
    const firstLineFrom = addDays(monthEnd, -7);
    // 4 (computed first). Monthly follow-up and overdue: followUpDue.ts, the definition the sidebar and report share.
    const f = matchFollowUp(m, contacts, s, today)!; // non-null: «Aktiv» with a start date
    // One follow-up line per match: a date the leader planned before the first month's last week stands in for
    // «two in the first month»; otherwise the first-month rules speak and the regular follow-up waits for them.
    const plannedEarly = firstMonth && f.planned && f.nextDue < firstLineFrom;

    // 3. First month: a follow-up within 14 days, two in the month; «first follow-up» until there is one.
    if (sinceStart.length === 0) {
      add({ rule: 'first-follow-up', key: `first-follow-up:${m.id}:${start}`, urgency: 'nå', date: addDays(start, FIRST_FOLLOW_UP_DAYS), until: addDays(monthEnd, -1),
        label: 'Første oppfølging', text: `Ny kobling (start ${no(start)}): den første oppfølgingen av den frivillige skal skje innen ${FIRST_FOLLOW_UP_DAYS} dager, og to i første måned. Ta kontakt nå.` });
    } else if (firstMonth && !plannedEarly) {
      add({ rule: 'first-month', key: `first-month:${m.id}:${start}`, urgency: 'snart', date: firstLineFrom, until: addDays(monthEnd, -1),
        label: 'To oppfølginger første måned', text: `Første måned slutter ${no(addDays(monthEnd, -1))}: den frivillige skal følges opp minst ${FIRST_MONTH_FOLLOW_UPS} ganger; ${inFirstMonth} er registrert.` });
    }

    const dueDate = firstMonth && !plannedEarly ? maxDate(f.nextDue, monthEnd)! : f.nextDue;
    const until = addDays(f.overdueFrom, -1);
    const sinceText = f.followedUp ? `siste oppfølging ${no(f.since)}` : `ingen oppfølging siden start ${no(f.since)}`;
    if (dueDate < f.overdueFrom) {
      add({ rule: 'follow-up', key: `follow-up:${m.id}:${f.since}`, urgency: 'nå', date: dueDate, until, label: 'Oppfølging',
        text: f.planned && dueDate === f.nextDue ? `Planlagt oppfølging ${no(f.nextDue)} (${sinceText}): ta kontakt med den frivillige.` : `Månedlig oppfølging: ${sinceText} (${f.daysSince} dager). Ta kontakt med den frivillige.` });
    }
    add({ rule: 'follow-up-overdue', key: `overdue:${m.id}:${f.since}`, urgency: 'forfalt', date: f.overdueFrom, until: null, repeatEveryDays: URGENT_REPEAT_DAYS, label: 'Oppfølging forfalt',
      text: `Oppfølging forfalt: ${sinceText} (${f.daysSince} dager). Ring den frivillige.` });
  }

  if (RUNNING.has(m.status) && start) {
    // 5. The ending: plan it, end it when the planned end has passed, and the 12-month frame of the programme.
    const end = plannedEndOf(m);
    const frame = frameEnd(start);
    if (end) {
      add({ rule: 'ending-soon', key: `ending-soon:${m.id}:${end}`, urgency: 'snart', date: addDays(end, -s.endingNoticeDays), until: end, label: 'Planlegg avslutningen',
        text: `Planlagt slutt ${no(end)}: planlegg avkoblingssamtalen og snakk med begge om tiden etterpå.` });
      if (end < frame) {
        add({ rule: 'ending-passed', key: `ending-passed:${m.id}:${end}`, urgency: 'forfalt', date: addDays(end, 1), until: frame, repeatEveryDays: URGENT_REPEAT_DAYS, label: 'Avslutt koblingen',
          text: `Planlagt slutt ${no(end)} er passert: avslutt koblingen (status, sluttdato, sluttårsak) og hold avkoblingssamtalen.` });
      }
    }
    add({ rule: 'outside-frame', key: `outside-frame:${m.id}:${start}`, urgency: 'forfalt', date: addDays(frame, 1), until: null, repeatEveryDays: URGENT_REPEAT_DAYS, label: 'Over 12 måneder',
      text: `Mer enn 12 måneder siden start ${no(start)}: koblingen er utenfor programmets ramme. Avslutt den; de kan holde kontakten privat.` });
  }

  // 9. A pause to decide on, again every period while it lasts.
  if (m.status === 'Pause' && m.pauseStart && (!m.pauseEnd || m.pauseEnd > today)) {
    add({ rule: 'paused', key: `paused:${m.id}:${m.pauseStart}`, urgency: 'nå', date: addDays(m.pauseStart, s.pausedDecideDays), until: null, repeatEveryDays: s.pausedDecideDays,
      label: 'Vurder pausen', text: `På pause siden ${no(m.pauseStart)} (${Math.max(0, daysBetween(m.pauseStart, today))} dager): avgjør med begge om koblingen skal fortsette eller avsluttes.` });
  }

  // 6. Ended: closure conversation and evaluation recorded within the set days.
  if (m.status === 'Avsluttet' && m.endDate && m.startDate && (!m.closureDate || !m.evaluationSent)) {
    const missing = [!m.closureDate ? 'registrer avkoblingssamtalen' : null, !m.evaluationSent ? 'send evalueringsskjemaet' : null].filter(Boolean).join(' og ');
    add({ rule: 'closure', key: `closure:${m.id}:${m.endDate}`, urgency: 'nå', date: addDays(m.endDate, s.closureWithinDays), until: null, label: 'Avkoblingssamtale og evaluering',
      text: `Koblingen ble avsluttet ${no(m.endDate)}: ${missing}.` });
  }
  return out;
}
