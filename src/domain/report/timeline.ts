/**
 * Where a person or match stood on a given date, from the dated fields alone (never from today's status), so a
 * report for an earlier month gives the same figures whenever it is generated. Intervals are half-open: a match
 * ended on its end date, a pause is over on «Pause til».
 */
import { yearOf, type IsoDate } from '../calendar';
import { STARTED } from '../matchStatus';
import type { Match, Volunteer } from '../records';


export function startOf(m: Match): IsoDate | null {
  return m.startDate !== null && STARTED.has(m.status) ? m.startDate : null;
}

/** Started on or before `d` and not ended on or before `d` (active or paused). */
export function runningOn(m: Match, d: IsoDate): boolean {
  const start = startOf(m);
  return start !== null && start <= d && (m.endDate === null || m.endDate > d);
}

/** End of the latest pause (exclusive): «Pause til», else the end date, else open. */
function pauseStop(m: Match): IsoDate | null {
  if (m.pauseEnd !== null && m.endDate !== null) return m.pauseEnd < m.endDate ? m.pauseEnd : m.endDate;
  return m.pauseEnd ?? m.endDate;
}

export function pausedOn(m: Match, d: IsoDate): boolean {
  if (!runningOn(m, d) || m.pauseStart === null || m.pauseStart > d) return false;
  const stop = pauseStop(m);
  return stop === null || stop > d;
}

export function activeOn(m: Match, d: IsoDate): boolean {
  return runningOn(m, d) && !pausedOn(m, d);
}

/** The latest pause overlaps [first, last] while the match had started. */
export function pausedDuring(m: Match, first: IsoDate, last: IsoDate): boolean {
  const start = startOf(m);
  if (start === null || m.pauseStart === null) return false;
  const from = m.pauseStart > start ? m.pauseStart : start;
  if (from > last) return false;
  const stop = pauseStop(m);
  return stop === null || (stop > first && stop > from);
}

/** Ran at least one day of [first, last]. */
export function runningDuring(m: Match, first: IsoDate, last: IsoDate): boolean {
  const start = startOf(m);
  return start !== null && start <= last && (m.endDate === null || m.endDate > first);
}

/** Planned ending: the agreed period was completed, by reason or by who ended it. */
export function endedAsPlanned(m: Match): boolean {
  return m.endReason === 'Fullført periode' || m.endedBy === 'Planlagt';
}

export function quitBy(v: Pick<Volunteer, 'quitDate'>, d: IsoDate): boolean {
  return v.quitDate !== null && v.quitDate <= d;
}

export const AGE_BANDS = ['Under 25', '25–34', '35–44', '45–54', '55–64', '65 og eldre', 'Ukjent'] as const;

/** Only the birth year is kept, so age is the report year minus the birth year. */
export function ageBand(birthYear: number | null, onDate: IsoDate): (typeof AGE_BANDS)[number] {
  if (birthYear === null) return 'Ukjent';
  const age = yearOf(onDate) - birthYear;
  if (age < 25) return 'Under 25';
  if (age >= 65) return '65 og eldre';
  const lo = 25 + Math.floor((age - 25) / 10) * 10;
  return AGE_BANDS[(lo - 25) / 10 + 1]!;
}
