/**
 * One daily evaluation: every deadline of every record, what is due today (most urgent first), the Koblinger
 * column's view per match, and the optional notices to volunteers. Linear in the number of rows.
 */
import { daysBetween, formatNorwegian as no, type IsoDate } from '../calendar';
import { indexContacts } from './contactIndex';
import { matchDeadlines } from './matchRules';
import { concernDeadlines, matchHistory, participantDeadlines, reportDeadline, volunteerDeadlines } from './otherRules';
import { URGENCIES, type Deadline, type DueItem, type ReminderInput, type Urgency, type VolunteerNotice } from './types';

/** How far ahead the Koblinger column calls a deadline «snart» (amber). */
export const SOON_DAYS = 7;

export function isDue(d: Deadline, today: IsoDate): boolean {
  return d.date <= today && (d.until === null || today <= d.until);
}

const rank = (u: Urgency) => URGENCIES.indexOf(u);

/** Most urgent first, then oldest deadline, then code: the digest's and the column's order. */
export function byUrgency(a: Deadline, b: Deadline): number {
  return rank(a.urgency) - rank(b.urgency) || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.key < b.key ? -1 : 1);
}

export interface Evaluation {
  /** Due today, most urgent first. */
  due: DueItem[];
  /** All open deadlines per match ID (due and upcoming), for the column. */
  byMatch: Map<string, Deadline[]>;
  volunteerNotices: VolunteerNotice[];
}

export function evaluate(input: ReminderInput): Evaluation {
  const { today, settings: s } = input;
  const contacts = indexContacts(input.contacts, today);
  const history = matchHistory(input.matches);
  const all: Deadline[] = [];
  const byMatch = new Map<string, Deadline[]>();
  const volunteerNotices: VolunteerNotice[] = [];
  for (const m of input.matches) {
    const ds = matchDeadlines(m, contacts, s, today);
    byMatch.set(m.record.id, ds);
    all.push(...ds);
    const soon = ds.find((d) => d.rule === 'ending-soon');
    if (s.remindVolunteers && soon && isDue(soon, today)) {
      volunteerNotices.push({ volunteerId: m.record.volunteerId, key: `volunteer-ending:${m.record.id}:${soon.until}`, plannedEnd: soon.until! });
    }
  }
  for (const v of input.volunteers) all.push(...volunteerDeadlines(v, contacts, history, s, today));
  for (const p of input.participants) all.push(...participantDeadlines(p, history, s, today));
  const concerns = concernDeadlines(input.contacts, contacts, today);
  if (concerns.length > 0) {
    const matchOfRow = new Map(input.contacts.map((c) => [c.row, c.record.matchId]));
    for (const c of concerns) {
      const matchId = matchOfRow.get(c.row!);
      if (matchId) byMatch.get(matchId)?.push(c);
    }
  }
  all.push(...concerns, ...reportDeadline(today));
  return { due: all.filter((d) => isDue(d, today)).sort(byUrgency), byMatch, volunteerNotices };
}

export type ColumnLevel = 'forfalt' | 'snart' | null;
export interface ColumnView { text: string; level: ColumnLevel }

/**
 * The Koblinger column for one match: the most urgent thing due today, else the next deadline.
 * Overdue and concerns are red, due now or within a week amber.
 */
export function columnView(deadlines: readonly Deadline[] | undefined, today: IsoDate): ColumnView {
  const ds = deadlines ?? [];
  const due = ds.filter((d) => isDue(d, today)).sort(byUrgency)[0];
  if (due) {
    const red = due.urgency === 'bekymring' || due.urgency === 'forfalt';
    return { text: `${red ? 'Forfalt' : 'Nå'}: ${due.label} (${no(due.date)})`, level: red ? 'forfalt' : 'snart' };
  }
  const next = ds.filter((d) => d.date > today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : byUrgency(a, b)))[0];
  if (!next) return { text: '', level: null };
  return { text: `${no(next.date)}: ${next.label}`, level: daysBetween(today, next.date) <= SOON_DAYS ? 'snart' : null };
}
