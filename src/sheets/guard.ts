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

/**
 * The inverse for reading: a plain-text (`@`) cell keeps the guard's apostrophe as part of its value, so a
 * guarded text read back would gain a character each round trip. Only an apostrophe the guard would have
 * added is removed.
 */
export function unguardText(s: string): string {
  return s.startsWith("'") && DANGEROUS_START.test(s.slice(1)) ? s.slice(1) : s;
}
