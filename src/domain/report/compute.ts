/**
 * The monthly report's figures, computed from the dated fields of valid rows (see definitions.ts and the
 * docs/reference.md). Pure, deterministic and linear in the number of rows (the meeting median sorts one number per match).
 */
import type { IsoDate } from '../calendar';
import type { Rows } from '../consistency';
import { followUpDue, isVolunteerFollowUp } from '../followUpDue';
import { lengthMonths } from '../matchWindow';
import type { Contact, Course, Inquiry, Match, Participant, Volunteer } from '../records';
import type { Settings } from '../settings';
import { INQUIRY_KINDS, MATCH_END_REASONS, PARTICIPANT_NEEDS, VOLUNTEER_QUIT_REASONS } from '../vocabulary';
import { textCheck } from './freeTextCheck';
import { monthBounds, monthsEndingWith, type Month } from './month';
import { approvedSince } from '../screening';
import { activeOn, ageBand, AGE_BANDS, endedAsPlanned, pausedDuring, pausedOn, quitBy, runningDuring, runningOn, startOf } from './timeline';
import type { BreakdownRow, FigureValue, MonthlyReport, NotCounted } from './types';

export interface ReportInput {
  month: Month;
  /** When given and before the month's last day, the month has not ended: figures «at month end» are as of today. */
  today?: IsoDate;
  settings: Pick<Settings, 'followUpEveryDays' | 'overdueAfterDays'>;
  volunteers: readonly Rows<Volunteer>[];
  participants: readonly Rows<Participant>[];
  matches: readonly Rows<Match>[];
  contacts: readonly Rows<Contact>[];
  inquiries: readonly Rows<Inquiry>[];
  courses: readonly Rows<Course>[];
  /** Rows that failed validation, by sheet, in sheet order. */
  notCounted: readonly NotCounted[];
  sheetProblems?: readonly string[];
}

export const NOT_GIVEN = 'Ikke oppgitt';
export const OTHER_NEED = 'Annet';
export const WITHHELD_LABEL = '(annet)';
export const TREND_MONTHS = 12;
const MIN_MEETINGS = 2;
const MAX_MEETINGS = 4;
const NINE_MONTHS = 9;

const count = (n: number): FigureValue => ({ kind: 'count', n });
const share = (num: number, den: number): FigureValue => ({ kind: 'share', num, den });

/** Counts by label in a fixed order (`fixed`, zeros kept when `keepZeros`), then other labels by count. */
class Tally {
  private readonly counts = new Map<string, { label: string; count: number }>();
  add(label: string): void {
    const key = label.trim().toLowerCase();
    const hit = this.counts.get(key);
    if (hit) hit.count++;
    else this.counts.set(key, { label: label.trim(), count: 1 });
  }
  rows(fixed: readonly string[] = [], keepZeros = false, last: readonly string[] = []): BreakdownRow[] {
    const out: BreakdownRow[] = [];
    const taken = new Set<string>();
    for (const label of fixed) {
      const key = label.toLowerCase();
      taken.add(key);
      const n = this.counts.get(key)?.count ?? 0;
      if (n > 0 || keepZeros) out.push({ label, count: n });
    }
    const lastKeys = new Set(last.map((l) => l.toLowerCase()));
    const rest = [...this.counts.entries()].filter(([k]) => !taken.has(k) && !lastKeys.has(k)).map(([, v]) => v);
    rest.sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    out.push(...rest.map((r) => ({ label: r.label, count: r.count })));
    for (const label of last) {
      const n = this.counts.get(label.toLowerCase())?.count ?? 0;
      if (n > 0) out.push({ label, count: n });
    }
    return out;
  }
}

const within = (d: IsoDate | null, first: IsoDate, last: IsoDate): boolean => d !== null && d >= first && d <= last;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const KNOWN_NEEDS = new Map(PARTICIPANT_NEEDS.map((n) => [n.toLowerCase(), n]));

/** The participant's needs as report categories, each once; unknown words become «Annet». */
export function needCategories(needs: string): string[] {
  const out = new Set<string>();
  for (const part of needs.split(/[,;\n]/)) {
    const word = part.trim().toLowerCase();
    if (word) out.add(KNOWN_NEEDS.get(word) ?? OTHER_NEED);
  }
  return [...out];
}

export function computeMonthlyReport(input: ReportInput): MonthlyReport {
  const { month, first, last: monthEnd } = monthBounds(input.month);
  // An unfinished month is counted up to today: «at month end» never means a day that has not come.
  const last = input.today !== undefined && input.today < monthEnd ? input.today : monthEnd;
  const matches = input.matches.map((r) => r.record);
  const volunteers = input.volunteers.map((r) => r.record);

  // Inquiries and courses.
  const byKind = new Tally();
  let inquiries = 0;
  for (const { record: q } of input.inquiries) if (within(q.date, first, last)) { inquiries++; byKind.add(q.kind); }
  let coursesHeld = 0;
  let courseParticipants = 0;
  for (const { record: c } of input.courses) {
    if (!within(c.date, first, last)) continue;
    coursesHeld++;
    courseParticipants += c.participantCount ?? c.participantIds.split(/[,;\s]+/).filter((s) => s !== '').length;
  }

  // Matches on the month's last day, and what ended in the month.
  const runningVolunteers = new Set<string>();
  const activeAtEnd: Match[] = [];
  let started = 0, pausedInMonth = 0, pausedAtEnd = 0, ended = 0, planned = 0, reachedNine = 0, lengthSum = 0;
  const endReasons = new Tally();
  const servedParticipantIds = new Set<string>();
  for (const m of matches) {
    if (within(startOf(m), first, last)) started++;
    if (runningOn(m, last)) {
      runningVolunteers.add(m.volunteerId);
      if (pausedOn(m, last)) pausedAtEnd++;
      else activeAtEnd.push(m);
    }
    if (pausedDuring(m, first, last)) pausedInMonth++;
    if (runningDuring(m, first, last)) servedParticipantIds.add(m.participantId);
    const start = startOf(m);
    if (start !== null && within(m.endDate, first, last)) {
      ended++;
      endReasons.add(m.endReason ?? NOT_GIVEN);
      if (endedAsPlanned(m)) planned++;
      const months = lengthMonths(start, m.endDate!);
      lengthSum += months;
      if (months >= NINE_MONTHS) reachedNine++;
    }
  }

  // Volunteers.
  let registered = 0, courseCompleted = 0, approved = 0, waiting = 0, quit = 0, inMatch = 0;
  const quitReasons = new Tally();
  const volunteerAges = new Tally();
  for (const v of volunteers) {
    if (within(v.registeredDate, first, last)) registered++;
    if (within(v.courseDate, first, last)) courseCompleted++;
    // «Godkjent (klar for kobling)»: the one approval rule, age included, so the report counts whom the gate lets through.
    const approvedOn = approvedSince(v);
    if (within(approvedOn, first, last)) approved++;
    if (within(v.quitDate, first, last)) { quit++; quitReasons.add(v.quitReason ?? NOT_GIVEN); }
    if (quitBy(v, last)) continue;
    const matched = runningVolunteers.has(v.id);
    const isWaiting = !matched && approvedOn !== null && approvedOn <= last;
    if (matched) inMatch++;
    if (isWaiting) waiting++;
    if (matched || isWaiting) volunteerAges.add(ageBand(v.birthYear, last));
  }

  // Follow-ups: contacts belong to a match by its ID, or by its volunteer while the match runs.
  const followUps = new Map<string, Contact[]>();
  const contactedInMonth = new Set<string>();
  const meetings = new Map<string, number>();
  const matchesByVolunteer = new Map<string, Match[]>();
  for (const m of matches) if (startOf(m) !== null) matchesByVolunteer.set(m.volunteerId, [...(matchesByVolunteer.get(m.volunteerId) ?? []), m]);
  let logged = 0;
  for (const { record: c } of input.contacts) {
    if (c.date > last) continue;
    const inMonth = c.date >= first;
    if (inMonth) logged++;
    const ids = c.matchId !== null ? [c.matchId] : (matchesByVolunteer.get(c.volunteerId ?? '') ?? []).filter((m) => runningOn(m, c.date)).map((m) => m.id);
    for (const id of ids) {
      const list = followUps.get(id);
      if (list) list.push(c);
      else followUps.set(id, [c]);
      if (!inMonth) continue;
      if (isVolunteerFollowUp(c)) contactedInMonth.add(id); // the same contacts followUpDue counts
      if (c.meetingsSinceLast !== null) meetings.set(id, (meetings.get(id) ?? 0) + c.meetingsSinceLast);
    }
  }
  let followedUp = 0, overdue = 0;
  for (const m of activeAtEnd) {
    if (contactedInMonth.has(m.id)) followedUp++;
    if (followUpDue(startOf(m)!, followUps.get(m.id) ?? [], input.settings, last).state === 'overdue') overdue++;
  }
  const meetingCounts = [...meetings.values()];
  const withinNorm = meetingCounts.filter((n) => n >= MIN_MEETINGS && n <= MAX_MEETINGS).length;

  // Participants in the month: referred in it, or in a match that ran part of it.
  let referred = 0;
  const shelters = new Tally(), municipalities = new Tally(), ages = new Tally(), needs = new Tally();
  let served = 0;
  // Shelter and municipality are typed free text: a label holding an ID, a phone number, an email address or a
  // national ID number shows as «(annet)». Content only, never today's names and aliases: those change (a purge
  // empties Kontaktinfo), and an old month's report must read the same whenever it is made.
  const check = textCheck([]);
  const checked = new Map<string, string>();
  const safe = (label: string): string => {
    let out = checked.get(label);
    if (out === undefined) checked.set(label, (out = check(label).length > 0 ? WITHHELD_LABEL : label));
    return out;
  };
  for (const { record: p } of input.participants) {
    const isReferred = within(p.referralDate, first, last);
    if (isReferred) referred++;
    if (!isReferred && !servedParticipantIds.has(p.id)) continue;
    served++;
    shelters.add(p.shelter ? safe(p.shelter) : NOT_GIVEN);
    municipalities.add(p.municipality ? safe(p.municipality) : NOT_GIVEN);
    ages.add(ageBand(p.birthYear, last));
    const cats = needCategories(p.needs);
    if (cats.length === 0) needs.add(NOT_GIVEN);
    for (const n of cats) needs.add(n);
  }

  const trend = monthsEndingWith(month, TREND_MONTHS).map((mo) => {
    const end = mo === month ? last : monthBounds(mo).last;
    let n = 0;
    for (const m of matches) if (activeOn(m, end)) n++;
    return { month: mo, activeMatches: n };
  });

  return {
    month, first, last, asOf: input.today !== undefined && input.today <= monthEnd ? last : null, // its last day is not over either
    figures: {
      'inquiries.total': count(inquiries),
      'volunteers.registered': count(registered),
      'volunteers.courseCompleted': count(courseCompleted),
      'volunteers.approved': count(approved),
      'volunteers.inMatch': count(inMatch),
      'volunteers.waiting': count(waiting),
      'volunteers.activeAtMonthEnd': count(inMatch + waiting),
      'volunteers.quit': count(quit),
      'courses.held': count(coursesHeld),
      'courses.participants': count(courseParticipants),
      'matches.started': count(started),
      'matches.activeAtMonthEnd': count(activeAtEnd.length),
      'matches.pausedInMonth': count(pausedInMonth),
      'matches.pausedAtMonthEnd': count(pausedAtEnd),
      'matches.ended': count(ended),
      'matches.endedPlanned': count(planned),
      'matches.endedEarly': count(ended - planned),
      'matches.averageLengthMonths': { kind: 'mean', value: ended === 0 ? null : Math.round((lengthSum / ended) * 10) / 10, n: ended },
      'matches.reachedNineMonths': share(reachedNine, ended),
      'followUps.logged': count(logged),
      'followUps.activeFollowedUp': share(followedUp, activeAtEnd.length),
      'followUps.overdueAtMonthEnd': count(overdue),
      'followUps.meetingsMedian': { kind: 'median', value: median(meetingCounts), n: meetingCounts.length },
      'followUps.meetingsWithinNorm': share(withinNorm, meetingCounts.length),
      'participants.referred': count(referred),
      'participants.served': count(served),
    },
    breakdowns: {
      'inquiries.byKind': byKind.rows(INQUIRY_KINDS, true),
      'volunteers.quitByReason': quitReasons.rows(VOLUNTEER_QUIT_REASONS, false, [NOT_GIVEN]),
      'matches.endedByReason': endReasons.rows(MATCH_END_REASONS, false, [NOT_GIVEN]),
      'participants.byShelter': shelters.rows([], false, [WITHHELD_LABEL, NOT_GIVEN]),
      'participants.byMunicipality': municipalities.rows([], false, [WITHHELD_LABEL, NOT_GIVEN]),
      'participants.byAge': ages.rows(AGE_BANDS, true),
      'participants.needs': needs.rows([...PARTICIPANT_NEEDS, OTHER_NEED], true, [NOT_GIVEN]),
      'volunteers.byAge': volunteerAges.rows(AGE_BANDS, true),
    },
    trend,
    notCounted: input.notCounted.filter((n) => n.rows.length > 0).map((n) => ({ sheet: n.sheet, rows: [...n.rows] })),
    sheetProblems: [...(input.sheetProblems ?? [])],
  };
}
