/** The monthly report as a JSON-safe value: figures by key, breakdowns by key, a 12-month trend, rows not counted. */
import type { IsoDate } from '../calendar';
import type { Month } from './month';

export type FigureValue =
  | { kind: 'count'; n: number }
  /** A share: `num` of `den` (percent shown; none when den is 0). */
  | { kind: 'share'; num: number; den: number }
  /** An average or a median over `n` items; null when n is 0. */
  | { kind: 'mean' | 'median'; value: number | null; n: number };

export const FIGURE_KEYS = [
  'inquiries.total',
  'volunteers.registered', 'volunteers.courseCompleted', 'volunteers.approved', 'volunteers.inMatch',
  'volunteers.waiting', 'volunteers.activeAtMonthEnd', 'volunteers.quit',
  'courses.held', 'courses.participants',
  'matches.started', 'matches.activeAtMonthEnd', 'matches.pausedInMonth', 'matches.pausedAtMonthEnd',
  'matches.ended', 'matches.endedPlanned', 'matches.endedEarly', 'matches.averageLengthMonths', 'matches.reachedNineMonths',
  'followUps.logged', 'followUps.activeFollowedUp', 'followUps.overdueAtMonthEnd', 'followUps.meetingsMedian', 'followUps.meetingsWithinNorm',
  'participants.referred', 'participants.served',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export const BREAKDOWN_KEYS = [
  'inquiries.byKind', 'volunteers.quitByReason', 'matches.endedByReason', 'participants.byShelter',
  'participants.byMunicipality', 'participants.byAge', 'participants.needs', 'volunteers.byAge',
] as const;
export type BreakdownKey = (typeof BREAKDOWN_KEYS)[number];

export interface BreakdownRow { label: string; count: number }

/** Rows that failed validation: never counted, always named. */
export interface NotCounted { sheet: string; rows: number[] }

export interface MonthlyReport {
  month: Month;
  first: IsoDate;
  /** The month's last day, or today for a month that has not ended (then `asOf` is that day too). */
  last: IsoDate;
  /** Set when the month has not ended: the figures are «hittil», as of this day, and the report may not be sent. */
  asOf: IsoDate | null;
  figures: Record<FigureKey, FigureValue>;
  breakdowns: Record<BreakdownKey, BreakdownRow[]>;
  /** Matches active on the last day of each of the 12 months ending with the report month. */
  trend: Array<{ month: Month; activeMatches: number }>;
  notCounted: NotCounted[];
  /** Whole-sheet problems (missing sheet or column): figures from that sheet may be incomplete. */
  sheetProblems: string[];
}
