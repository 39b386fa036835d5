/**
 * How a figure reads. Shared by the sheet, the email and the attachment so they never disagree on rounding.
 * Norwegian number style: decimal comma, «50 %». What is hidden, and why, is published.ts.
 */
import type { FigureValue } from './types';

export const NONE = '–';

export function percent(num: number, den: number): string {
  return `${Math.round((num / den) * 100)} %`;
}

export function decimal(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1).replace('.', ',');
}

export const TOO_FEW = `${NONE} (for få)`;

/** A figure's exact text (the leader's own view, and every activity figure wherever it goes). */
export function figureText(v: FigureValue): string {
  switch (v.kind) {
    case 'count':
      return String(v.n);
    case 'share':
      return v.den === 0 ? NONE : percent(v.num, v.den);
    case 'mean':
    case 'median':
      return v.value === null ? NONE : decimal(v.value);
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
