/**
 * The one formula-injection guard. Every user-supplied string passes here before it reaches a cell: a leading
 * = + - @ (or tab / carriage return, which some spreadsheet programs strip) would make Sheets evaluate it.
 * A leading apostrophe is Sheets' own "this is text" marker and is not shown or returned by getValues.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function guardText(s: string): string {
  return DANGEROUS_START.test(s) ? `'${s}` : s;
}

/** True when a string would be interpreted by Sheets rather than stored as typed. */
export function needsGuard(s: string): boolean {
  return DANGEROUS_START.test(s);
}
