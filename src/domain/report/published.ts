/**
 * The report as it leaves the spreadsheet, one row per figure and breakdown category: what the report sheet, the
 * email, the CSV attachment and the national overview all show, so they can never disagree.
 *
 * The line (README «Protect people, not activity»): a count is protected when it describes people by an attribute
 * (age band, shelter, municipality, needs, reasons for quitting or ending) — in a small place «1 woman aged 25–34
 * from municipality X» can point at one woman. Such a count from 1 to threshold−1 reads «<threshold», and where
 * a category's count could be worked out from a shown total minus the other categories, one more category is
 * hidden («skjult»). Activity figures (inquiries, new volunteers, courses, matches started/active/paused/ended,
 * follow-ups, overdue, meetings) say what the association did, not who someone is, and are shown exactly: the
 * national project leader must be able to add them up.
 */
import { BREAKDOWN_DEFS, FIGURE_DEFS, REPORT_LAYOUT } from './definitions';
import { figureText, TOO_FEW } from './format';
import type { BreakdownKey, BreakdownRow, FigureKey, FigureValue, MonthlyReport } from './types';

/** The attachment's and the national table's schema version: bump it when a column changes meaning. */
export const PUBLISHED_SCHEMA = 'ressursvenn-manedsrapport/1';

/** Breakdowns of people by an attribute. «Henvendelser etter type» counts contacts made, not people. */
export const PROTECTED_BREAKDOWNS: ReadonlySet<BreakdownKey> = new Set<BreakdownKey>([
  'volunteers.quitByReason', 'volunteers.byAge', 'matches.endedByReason',
  'participants.byShelter', 'participants.byMunicipality', 'participants.byAge', 'participants.needs',
]);

/**
 * Figures that split a shown total by the reason a match ended: with «Avsluttede koblinger» exact, either side
 * gives the other away, and «tidlig» includes «Deltaker tilbake til voldsutøver». Protected as a pair.
 */
export const PROTECTED_SPLITS: ReadonlyArray<readonly [FigureKey, FigureKey]> = [['matches.endedPlanned', 'matches.endedEarly']];
const PROTECTED_FIGURES: ReadonlySet<FigureKey> = new Set(PROTECTED_SPLITS.flat());

export const HIDDEN_TO_PROTECT = 'skjult';
/** A breakdown whose only hidden count the total would give away. */
export const WITHHELD = '– (for få til å fordele)';

export interface PublishedRow {
  /** A figure key, or a breakdown key with `category` set. */
  figure: FigureKey | BreakdownKey;
  category: string | null;
  label: string;
  kind: FigureValue['kind'];
  /** count: n; share: the part; mean/median: the value. Null when hidden or when there is nothing to compute. */
  value: number | null;
  /** share: the whole; mean/median: how many items; count: null. */
  base: number | null;
  /** The text the email and the sheet show. */
  shown: string;
  protected: boolean;
  /** True when the value is withheld (small, or hidden so a small one cannot be worked out). */
  hidden: boolean;
}

const small = (n: number, t: number) => n > 0 && n < t;

function figureRow(key: FigureKey, v: FigureValue, hide: boolean): PublishedRow {
  const base = v.kind === 'count' ? null : v.kind === 'share' ? v.den : v.n;
  const value = v.kind === 'count' ? v.n : v.kind === 'share' ? (v.den === 0 ? null : v.num) : v.value;
  const prot = PROTECTED_FIGURES.has(key);
  return { figure: key, category: null, label: FIGURE_DEFS[key].label, kind: v.kind, value: hide ? null : value, base, shown: hide ? TOO_FEW : figureText(v), protected: prot, hidden: hide };
}

/**
 * A protected breakdown: small counts hidden, and when exactly one is hidden, the smallest other non-zero one too
 * (otherwise the total minus the shown ones gives it back). When there is no other to hide, the total alone gives
 * the hidden one away, so the whole breakdown is withheld: one row without a category.
 */
function breakdownRows(key: BreakdownKey, rows: readonly BreakdownRow[], t: number): PublishedRow[] {
  const prot = PROTECTED_BREAKDOWNS.has(key);
  const hidden = new Set<number>();
  if (prot) {
    rows.forEach((r, i) => { if (small(r.count, t)) hidden.add(i); });
    if (hidden.size === 1) {
      let pick = -1;
      rows.forEach((r, i) => { if (!hidden.has(i) && r.count > 0 && (pick < 0 || r.count < rows[pick]!.count)) pick = i; });
      if (pick < 0) return [{ figure: key, category: null, label: BREAKDOWN_DEFS[key].label, kind: 'count', value: null, base: null, shown: WITHHELD, protected: true, hidden: true }];
      hidden.add(pick);
    }
  }
  return rows.map((r, i) => {
    const hide = hidden.has(i);
    return {
      figure: key, category: r.label, label: r.label, kind: 'count', value: hide ? null : r.count, base: null,
      shown: !hide ? String(r.count) : small(r.count, t) ? `<${t}` : HIDDEN_TO_PROTECT, protected: prot, hidden: hide,
    };
  });
}

/** A breakdown withheld as a whole (published as one row with no category). */
export const isWithheld = (rows: readonly PublishedRow[]): boolean => rows.length === 1 && rows[0]!.category === null;

export interface PublishedSection { title: string; items: Array<{ figure: PublishedRow } | { breakdown: BreakdownKey; label: string; rows: PublishedRow[] }> }

/** The report in REPORT_LAYOUT order, as it may leave the sheet with `threshold` (1 hides nothing). */
export function publishReport(report: MonthlyReport, threshold: number): PublishedSection[] {
  const hideSplit = new Set<FigureKey>();
  for (const pair of PROTECTED_SPLITS) {
    if (pair.some((k) => { const v = report.figures[k]; return v.kind === 'count' && small(v.n, threshold); })) for (const k of pair) hideSplit.add(k);
  }
  return REPORT_LAYOUT.map((section) => ({
    title: section.title,
    items: section.items.map((item) => ('figure' in item
      ? { figure: figureRow(item.figure, report.figures[item.figure], hideSplit.has(item.figure)) }
      : { breakdown: item.breakdown, label: BREAKDOWN_DEFS[item.breakdown].label, rows: breakdownRows(item.breakdown, report.breakdowns[item.breakdown], threshold) })),
  }));
}

/** Every row, flat, in report order: the machine-readable attachment and the national overview. */
export function publishedRows(report: MonthlyReport, threshold: number): PublishedRow[] {
  return publishReport(report, threshold).flatMap((s) => s.items.flatMap((i) => ('figure' in i ? [i.figure] : i.rows)));
}
