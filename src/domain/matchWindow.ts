/** The time frame of a match: 9–12 months agreed at the start, planned end derived, month-end safe. */
import { addMonths, daysBetween, fullMonthsBetween, type IsoDate } from './calendar';
import { MAX_MATCH_MONTHS, MIN_MATCH_MONTHS, type Match } from './records';

export function plannedEnd(start: IsoDate, agreedMonths: number): IsoDate {
  if (!Number.isInteger(agreedMonths) || agreedMonths < MIN_MATCH_MONTHS || agreedMonths > MAX_MATCH_MONTHS) {
    throw new RangeError(`agreedMonths must be ${MIN_MATCH_MONTHS}..${MAX_MATCH_MONTHS}, got ${agreedMonths}`);
  }
  return addMonths(start, agreedMonths);
}

/** A match's planned end: as written, else derived from its start and agreed length; null when neither is known. */
export function plannedEndOf(m: Pick<Match, 'plannedEnd' | 'startDate' | 'agreedMonths'>): IsoDate | null {
  if (m.plannedEnd) return m.plannedEnd;
  return m.startDate && m.agreedMonths !== null ? plannedEnd(m.startDate, m.agreedMonths) : null;
}

/** The latest date a match may run to and stay within the programme's frame (start + 12 months). */
export function frameEnd(start: IsoDate): IsoDate {
  return addMonths(start, MAX_MATCH_MONTHS);
}

export interface WindowState {
  monthsRun: number;
  daysToPlannedEnd: number | null;
  pastPlannedEnd: boolean;
  outsideFrame: boolean;
}

export function windowState(start: IsoDate, planned: IsoDate | null, today: IsoDate): WindowState {
  const daysToPlannedEnd = planned ? daysBetween(today, planned) : null;
  return {
    monthsRun: Math.max(0, fullMonthsBetween(start, today)),
    daysToPlannedEnd,
    pastPlannedEnd: daysToPlannedEnd !== null && daysToPlannedEnd < 0,
    outsideFrame: today > frameEnd(start),
  };
}

/** Months the match actually lasted (for ended matches), and whether it reached the 9-month minimum. */
export function lengthMonths(start: IsoDate, end: IsoDate): number {
  return Math.max(0, fullMonthsBetween(start, end));
}
