/**
 * How a figure reads, in the sheet (exact) and in the email (small counts hidden). Shared so the two never
 * disagree on rounding. Norwegian number style: decimal comma, «50 %».
 */
import type { FigureValue } from './types';

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

/** The email's text for a figure: shares, averages and medians over fewer than `threshold` items are not shown. */
export function suppressedFigure(v: FigureValue, threshold: number): string {
  switch (v.kind) {
    case 'count':
      return suppressedCount(v.n, threshold);
    case 'share':
      return v.den === 0 ? NONE : v.den < threshold ? `${NONE} (for få)` : percent(v.num, v.den);
    case 'mean':
    case 'median':
      return v.value === null ? NONE : v.n < threshold ? `${NONE} (for få)` : decimal(v.value);
  }
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
