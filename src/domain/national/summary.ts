/**
 * The national overview from the stored rows (association × month × figure): per-month national totals of every
 * figure, the 12-month series of the headline figures, and the associations whose report for a month has not
 * arrived. Pure and linear in the number of rows.
 *
 * How a total is made, by kind: counts are added; a share is Σ part / Σ whole and a mean Σ (mean × n) / Σ n, so the
 * national figure is what one large association would report; a median cannot be added up and is not totalled.
 * A protected figure an association withheld is counted as at least 1 (it is only ever withheld when 1 … threshold−1),
 * so such a total reads «minst N».
 */
import { monthsEndingWith, type Month } from '../report/month';
import { FIGURE_KEYS, type FigureKey, type FigureValue } from '../report/types';

export interface StoredRow {
  association: string;
  month: Month;
  figure: string;
  category: string | null;
  kind: FigureValue['kind'];
  value: number | null;
  base: number | null;
}

export interface NationalTotal {
  /** Null when there is nothing to total (no reports, a median, or a share over nothing). */
  value: number | null;
  /** Count: some association withheld its (small) value; `value` is then a lower bound. */
  atLeast: boolean;
  kind: FigureValue['kind'];
  /** For shares and means: the whole they are taken over. */
  base: number | null;
}

/** The headline figures charted over 12 months in the national overview. */
export const NATIONAL_HEADLINE: readonly FigureKey[] = [
  'matches.activeAtMonthEnd', 'matches.started', 'volunteers.registered', 'volunteers.activeAtMonthEnd', 'inquiries.total', 'followUps.logged',
];

export const NATIONAL_MONTHS = 12;

export interface NationalSummary {
  months: Month[];
  /** Associations that reported, by month. */
  reported: Record<Month, string[]>;
  totals: Record<FigureKey, Record<Month, NationalTotal>>;
}

export function summarize(rows: readonly StoredRow[], lastMonth: Month): NationalSummary {
  const months = monthsEndingWith(lastMonth, NATIONAL_MONTHS);
  const inRange = new Set(months);
  const reported: Record<Month, Set<string>> = Object.fromEntries(months.map((m) => [m, new Set<string>()]));
  type Acc = { kind: FigureValue['kind']; sum: number; base: number; weighted: number; withheld: number; any: boolean };
  const acc = new Map<string, Map<Month, Acc>>(); // figure → month → running totals (no key string per row)
  for (const r of rows) {
    if (!inRange.has(r.month)) continue;
    reported[r.month]!.add(r.association);
    if (r.category !== null) continue;
    let byMonth = acc.get(r.figure);
    if (!byMonth) acc.set(r.figure, (byMonth = new Map()));
    let a = byMonth.get(r.month);
    if (!a) byMonth.set(r.month, (a = { kind: r.kind, sum: 0, base: 0, weighted: 0, withheld: 0, any: false }));
    a.any = true;
    if (r.value === null) {
      if (r.kind === 'count') a.withheld++;
      continue;
    }
    a.sum += r.value;
    a.base += r.base ?? 0;
    a.weighted += r.value * (r.base ?? 0);
  }
  const totals = {} as Record<FigureKey, Record<Month, NationalTotal>>;
  for (const f of FIGURE_KEYS) {
    totals[f] = {};
    for (const m of months) {
      const a = acc.get(f)?.get(m);
      totals[f][m] = total(a);
    }
  }
  return { months, reported: Object.fromEntries(months.map((m) => [m, [...reported[m]!].sort()])), totals };

  function total(a: Acc | undefined): NationalTotal {
    if (!a || !a.any) return { value: null, atLeast: false, kind: 'count', base: null };
    switch (a.kind) {
      case 'count': return { value: a.sum + a.withheld, atLeast: a.withheld > 0, kind: 'count', base: null };
      case 'share': return { value: a.base === 0 ? null : a.sum / a.base, atLeast: false, kind: 'share', base: a.base };
      case 'mean': return { value: a.base === 0 ? null : a.weighted / a.base, atLeast: false, kind: 'mean', base: a.base };
      case 'median': return { value: null, atLeast: false, kind: 'median', base: a.base };
    }
  }
}

/** Registered associations with no report for `month`, in name order. */
export function missingFor(registered: readonly string[], rows: readonly StoredRow[], month: Month): string[] {
  const have = new Set(rows.filter((r) => r.month === month).map((r) => r.association));
  return registered.filter((a) => !have.has(a)).sort();
}
