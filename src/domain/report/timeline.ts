/**
 * Where a person or match stood on a given date, from the dated fields alone (never from today's status), so a
 * report for an earlier month gives the same figures whenever it is generated. Intervals are half-open: a match
 * ended on its end date, a pause is over on its «til» day. Every pause counts: the earlier ones kept in «Tidligere
 * pauser» and the current one, so pausing again later does not change what an old month shows.
 */
import { minDate, yearOf, type IsoDate } from '../calendar';
import { allPauses } from '../pauses';
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

/** Each pause (earlier ones and the current) as [from, stop): «til», else the end date, else open; never past the end. */
function pauseSpans(m: Match): Array<{ from: IsoDate; stop: IsoDate | null }> {
  if (m.pauseStart === null && m.earlierPauses === '') return [];
  return allPauses(m).map((p) => ({ from: p.from, stop: minDate(p.to, m.endDate) }));
}

export function pausedOn(m: Match, d: IsoDate): boolean {
  if (!runningOn(m, d)) return false;
  return pauseSpans(m).some((p) => p.from <= d && (p.stop === null || p.stop > d));
}

export function activeOn(m: Match, d: IsoDate): boolean {
  return runningOn(m, d) && !pausedOn(m, d);
}

/** Some pause overlaps [first, last] while the match had started. */
export function pausedDuring(m: Match, first: IsoDate, last: IsoDate): boolean {
  const start = startOf(m);
  if (start === null) return false;
  return pauseSpans(m).some((p) => {
    const from = p.from > start ? p.from : start;
    return from <= last && (p.stop === null || (p.stop > first && p.stop > from));
  });
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
