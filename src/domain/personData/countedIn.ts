/**
 * Which monthly reports count her, and in which figures: each month's report computed with and without her
 * rows (her own row, her matches and their contact log, her place on a course). A figure that differs counts
 * her. It says counts only: the labels of the figures, never a value about her.
 */
import { minDate, type IsoDate } from '../calendar';
import { computeMonthlyReport, type ReportInput } from '../report/compute';
import { BREAKDOWN_DEFS, FIGURE_DEFS } from '../report/definitions';
import { addMonthsToMonth, type Month } from '../report/month';
import { BREAKDOWN_KEYS, FIGURE_KEYS, type MonthlyReport } from '../report/types';
import type { Footprint } from './footprint';

export interface CountedMonth { month: Month; figures: string[] }

/** The report input without her: what the reports would say had she never been there. */
export function withoutHer(input: ReportInput, f: Footprint): ReportInput {
  const mine = <R>(rows: ReadonlyArray<{ row: number; record: R }>) => new Set(rows.map((r) => r.row));
  const matches = mine(f.matches);
  const contacts = mine(f.contacts);
  const courses = mine(f.courses);
  return {
    ...input,
    volunteers: input.volunteers.filter((r) => r.row !== f.volunteer?.row),
    participants: input.participants.filter((r) => r.row !== f.participant?.row),
    matches: input.matches.filter((r) => !matches.has(r.row)),
    contacts: input.contacts.filter((r) => !contacts.has(r.row)),
    courses: input.courses.map((r) => {
      if (!courses.has(r.row)) return r;
      const ids = r.record.participantIds.split(/[,;\s]+/).filter((x) => x !== '' && x.toUpperCase() !== f.id);
      const n = r.record.participantCount;
      return { row: r.row, record: { ...r.record, participantIds: ids.join(', '), participantCount: n === null ? null : Math.max(0, n - 1) } };
    }),
  };
}

function differences(a: MonthlyReport, b: MonthlyReport): string[] {
  const out: string[] = [];
  for (const k of FIGURE_KEYS) if (JSON.stringify(a.figures[k]) !== JSON.stringify(b.figures[k])) out.push(FIGURE_DEFS[k].label);
  for (const k of BREAKDOWN_KEYS) if (JSON.stringify(a.breakdowns[k]) !== JSON.stringify(b.breakdowns[k])) out.push(BREAKDOWN_DEFS[k].label);
  return [...new Set(out)];
}

/** The earliest date on her rows: reports before it cannot count her. */
export function firstDate(f: Footprint): IsoDate | null {
  const v = f.volunteer?.record;
  const p = f.participant?.record;
  let d: IsoDate | null = minDate(v?.registeredDate ?? null, p?.referralDate ?? null);
  for (const x of [v?.courseDate, v?.interviewDate, v?.policeCertificateDate, v?.nksDeclarationDate, v?.shelterDeclarationDate, v?.quitDate]) d = minDate(d, x ?? null);
  for (const { record: m } of f.matches) d = minDate(d, minDate(m.proposedDate, minDate(m.meetingDate, m.startDate)));
  for (const { record: c } of f.contacts) d = minDate(d, c.date);
  for (const { record: c } of f.courses) d = minDate(d, c.date);
  return d;
}

/**
 * Only her rows. Every figure about her depends on her rows alone (her matches bring their contact log and the
 * other party's ID with them), so comparing her rows with and without her says what counting everyone with and
 * without her says, at the cost of her rows instead of the whole spreadsheet's, month after month.
 */
export function onlyHer(input: ReportInput, f: Footprint): ReportInput {
  const rows = <R>(own: ReadonlyArray<{ row: number }>, all: ReadonlyArray<{ row: number; record: R }>) => {
    const mine = new Set(own.map((r) => r.row));
    return all.filter((r) => mine.has(r.row));
  };
  return {
    ...input,
    volunteers: rows(f.volunteer ? [f.volunteer] : [], input.volunteers),
    participants: rows(f.participant ? [f.participant] : [], input.participants),
    matches: rows(f.matches, input.matches),
    contacts: rows(f.contacts, input.contacts),
    courses: rows(f.courses, input.courses),
    inquiries: [],
    notCounted: [],
    sheetProblems: [],
  };
}

/** The months from `first` to `last` (inclusive) whose report counts her, oldest first. */
export function reportsCountingHer(input: Omit<ReportInput, 'month'>, f: Footprint, first: Month, last: Month): CountedMonth[] {
  const out: CountedMonth[] = [];
  const mine = onlyHer({ ...input, month: first }, f);
  const without = withoutHer(mine, f);
  for (let m = first; m <= last; m = addMonthsToMonth(m, 1)) {
    const figures = differences(computeMonthlyReport({ ...mine, month: m }), computeMonthlyReport({ ...without, month: m }));
    if (figures.length > 0) out.push({ month: m, figures });
  }
  return out;
}
