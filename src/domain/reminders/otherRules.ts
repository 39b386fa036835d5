/**
 * Deadlines that are not about one match: new volunteers to contact (rule 7), approved volunteers and waiting
 * participants without a match (8), open concerns (10), the monthly report (11), and rows that could not be
 * read («sjekk rad N»). Texts carry codes, dates and counts only.
 */
import { addDays, daysBetween, formatNorwegian as no, maxDate, type IsoDate } from '../calendar';
import { OPEN, WAITING_PARTICIPANT } from '../matchStatus';
import type { Contact, Match, Participant, Volunteer } from '../records';
import { monthName, previousMonth } from '../report/month';
import { approvedSince } from '../screening';
import type { Settings } from '../settings';
import type { ContactIndex } from './contactIndex';
import { URGENT_REPEAT_DAYS } from './matchRules';
import type { BadRow, Deadline, Rows, SheetProblem } from './types';

/** The report reminder stays due the first days of the month, in case the run on the 1st was missed. */
export const REPORT_DAYS = 3;

/** Per person: is any match open, and when did her last match end. */
export interface MatchHistory { open: Set<string>; lastEnd: Map<string, IsoDate> }

export function matchHistory(matches: readonly Rows<Match>[]): MatchHistory {
  const h: MatchHistory = { open: new Set(), lastEnd: new Map() };
  for (const { record: m } of matches) {
    for (const id of [m.volunteerId, m.participantId]) {
      if (OPEN.has(m.status)) h.open.add(id);
      if (m.endDate) h.lastEnd.set(id, maxDate(h.lastEnd.get(id) ?? null, m.endDate)!);
    }
  }
  return h;
}

export function volunteerDeadlines({ row, record: v }: Rows<Volunteer>, contacts: ContactIndex, history: MatchHistory, s: Settings, today: IsoDate): Deadline[] {
  const base = { code: v.id, table: 'volunteers' as const, row };
  // 7. Interest is perishable: a new registrant is contacted within days.
  if (v.status === 'Påmeldt' && v.registeredDate) {
    const reached = (contacts.byVolunteer.get(v.id) ?? []).some((c) => c.record.date >= v.registeredDate!);
    if (reached) return [];
    return [{ ...base, rule: 'new-volunteer', key: `new-volunteer:${v.id}:${v.registeredDate}`, urgency: 'nå', date: addDays(v.registeredDate, s.newVolunteerContactDays), until: null, repeatEveryDays: null,
      label: 'Kontakt ny frivillig', text: `Ny frivillig påmeldt ${no(v.registeredDate)} er ikke kontaktet ennå: ta kontakt (interessen er ferskvare).` }];
  }
  // 8. Approved (the one rule, age included: whom the matching gate lets through) and waiting for a match. The
  // status column is not asked: a «Godkjent» with a step missing, or one approved since 1 January whose status
  // still says «Under kartlegging», is the data check's business.
  const approved = approvedSince(v);
  if (v.status !== 'Sluttet' && approved !== null && approved <= today && !history.open.has(v.id)) {
    const since = maxDate(approved, history.lastEnd.get(v.id) ?? null)!;
    return [{ ...base, rule: 'waiting-volunteer', key: `waiting:${v.id}:${since}`, urgency: 'til orientering', date: addDays(since, s.waitingWithoutMatchDays), until: null,
      repeatEveryDays: s.waitingWithoutMatchDays, label: 'Venter på kobling',
      text: `Godkjent frivillig uten kobling i ${Math.max(0, daysBetween(since, today))} dager: finn en deltaker, eller hold kontakten varm.` }];
  }
  return [];
}

export function participantDeadlines({ row, record: p }: Rows<Participant>, history: MatchHistory, s: Settings, today: IsoDate): Deadline[] {
  if (!WAITING_PARTICIPANT.has(p.status) || history.open.has(p.id)) return [];
  const since = maxDate(p.referralDate, history.lastEnd.get(p.id) ?? null);
  if (!since) return [];
  return [{ code: p.id, table: 'participants', row, rule: 'waiting-participant', key: `waiting:${p.id}:${since}`, urgency: 'til orientering',
    date: addDays(since, s.waitingWithoutMatchDays), until: null, repeatEveryDays: s.waitingWithoutMatchDays, label: 'Venter på kobling',
    text: `Deltaker har ventet på kobling i ${Math.max(0, daysBetween(since, today))} dager: finn en frivillig, eller gi krisesenteret beskjed.` }];
}

/** 10. A concern stays at the top until a later contact about the same match (or volunteer) clears it. */
export function concernDeadlines(contacts: readonly Rows<Contact>[], index: ContactIndex, today: IsoDate): Deadline[] {
  const out: Deadline[] = [];
  for (const c of contacts) {
    const r = c.record;
    if (!r.concern || r.date > today) continue;
    const thread = r.matchId ? index.byMatch.get(r.matchId) : index.byVolunteer.get(r.volunteerId!);
    const cleared = (thread ?? []).some((o) => o.record.date > r.date || (o.record.date === r.date && o.row > c.row));
    if (cleared) continue;
    out.push({ code: r.matchId ?? r.volunteerId!, table: 'contacts', row: c.row, rule: 'concern', key: `concern:${r.id}`, urgency: 'bekymring', date: r.date, until: null,
      repeatEveryDays: URGENT_REPEAT_DAYS, label: 'Bekymring',
      text: `Bekymring meldt i oppfølgingen ${no(r.date)} (${r.id}): ta kontakt med den frivillige snarest. Ved akutt fare: 112 (politi), 113 (ambulanse).` });
  }
  return out;
}

/** 11. The monthly report for last month, due on the 1st; links to its sheet (the digest's `report` link) when made. */
export function reportDeadline(today: IsoDate): Deadline[] {
  if (Number(today.slice(8, 10)) > REPORT_DAYS) return [];
  const first = `${today.slice(0, 8)}01`;
  const month = previousMonth(today);
  return [{ code: 'Månedsrapport', table: 'report', row: null, rule: 'monthly-report', key: `monthly-report:${month}`, urgency: 'nå', date: first,
    until: addDays(first, REPORT_DAYS - 1), repeatEveryDays: null, label: 'Månedsrapport',
    text: `Lag månedsrapport for ${monthName(month)} (Utvidelser → Ressursvenn → Lag månedsrapport), skriv friteksten og send den til nasjonal prosjektleder.` }];
}

/** «Sjekk rad N»: per row and set of unreadable columns, weekly until fixed; column headers only, never the typed value. */
export function badRowDeadlines(rows: readonly BadRow[], today: IsoDate): Deadline[] {
  return rows.map((b) => ({
    code: `${b.sheet} rad ${b.row}`, table: b.table, row: b.row, rule: 'check-row' as const, key: `check-row:${b.table}:${b.row}:${b.columns.join('|')}`,
    urgency: 'til orientering' as const, date: today, until: null, repeatEveryDays: URGENT_REPEAT_DAYS, label: 'Sjekk raden',
    text: `Sjekk raden${b.columns.length > 0 ? ` (${b.columns.map((c) => `«${c}»`).join(', ')})` : ''}: den kan ikke leses, så den får ingen påminnelser før den er rettet.`,
  }));
}

/**
 * A sheet that cannot be read as a whole (missing, its ID column gone): none of its rows get reminders, so the
 * digest says so first among the overdue items, weekly until fixed, linking to the sheet (or the spreadsheet).
 */
export function sheetProblemDeadlines(problems: readonly SheetProblem[], today: IsoDate): Deadline[] {
  return problems.map((p) => ({
    code: p.sheet, table: p.table, row: null, rule: 'check-sheet' as const, key: `check-sheet:${p.table}:${p.message}`,
    urgency: 'forfalt' as const, date: today, until: null, repeatEveryDays: URGENT_REPEAT_DAYS, label: 'Sjekk arket',
    text: `${p.message} Til det er rettet får radene i «${p.sheet}» ikke påminnelser.`,
  }));
}
