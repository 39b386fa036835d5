/**
 * How a figure reads, in the sheet (exact) and in the email (small counts hidden). Shared so the two never
 * disagree on rounding. Norwegian number style: decimal comma, «50 %».
 */
import type { FigureKey, FigureValue } from './types';

export const NONE = '–';

export function percent(num: number, den: number): string {
  return `${Math.round((num / den) * 100)} %`;
}

export function decimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ',');
}

/** A count as it may leave the sheet: 0 stays 0, 1 … threshold−1 become «<threshold». */
export function suppressedCount(n: number, threshold: number): string {
  return n > 0 && n < threshold ? `<${threshold}` : String(n);
}

export const TOO_FEW = `${NONE} (for få)`;

const small = (n: number, threshold: number) => n > 0 && n < threshold;

/**
 * The email's text for a figure: averages and medians over fewer than `threshold` items are not shown, nor a
 * share whose part or rest is 1 … threshold−1 (with its base shown elsewhere, the percentage gives it away:
 * «3 ended» and «33 %» reveal 1).
 */
export function suppressedFigure(v: FigureValue, threshold: number): string {
  switch (v.kind) {
    case 'count':
      return suppressedCount(v.n, threshold);
    case 'share':
      return v.den === 0 ? NONE : small(v.num, threshold) || small(v.den - v.num, threshold) ? TOO_FEW : percent(v.num, v.den);
    case 'mean':
    case 'median':
      return v.value === null ? NONE : v.n < threshold ? TOO_FEW : decimal(v.value);
  }
}

/** Counts that add up to a shown total: if either is small, the total minus the other reveals it, so neither shows. */
const SPLITS: ReadonlyArray<readonly [FigureKey, FigureKey]> = [['matches.endedPlanned', 'matches.endedEarly']];

/** Every figure as the email shows it: suppressedFigure, and a split with a small side hidden on both sides. */
export function suppressedFigures(figures: Readonly<Record<FigureKey, FigureValue>>, threshold: number): Record<FigureKey, string> {
  const out = {} as Record<FigureKey, string>;
  for (const k of Object.keys(figures) as FigureKey[]) out[k] = suppressedFigure(figures[k], threshold);
  for (const pair of SPLITS) {
    if (pair.some((k) => { const v = figures[k]; return v.kind === 'count' && small(v.n, threshold); })) for (const k of pair) out[k] = TOO_FEW;
  }
  return out;
}

/** The sheet's «grunnlag» for a figure: what a share or an average is taken over. */
export function basis(v: FigureValue): string {
  switch (v.kind) {
    case 'count':
      return '';
    case 'share':
      return v.den === 0 ? 'ingen å regne andel av' : `${v.num} av ${v.den}`;
    case 'mean':
    case 'median':
      return v.n === 0 ? 'ingen å regne av' : `over ${v.n}`;
  }
}
