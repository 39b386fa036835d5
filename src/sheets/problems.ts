/** A problem found in the sheets, precise to sheet, row and column, in Norwegian. */
export type Severity = 'feil' | 'advarsel';

export interface Problem {
  sheet: string;
  /** 1-based sheet row; null for a problem with the whole sheet. */
  row: number | null;
  /** Header name; null for a whole row or sheet. */
  column: string | null;
  /** 1-based column number, when known (for links). */
  columnNumber?: number | null;
  value?: unknown;
  message: string;
  severity: Severity;
}
