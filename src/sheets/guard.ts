/**
 * The one formula-injection guard. Every user-supplied string passes here before it reaches a cell.
 *
 * Sheets treats a string differently by the cell's number format:
 * - in a plain-text cell (`@`) it is stored verbatim and never evaluated, a leading apostrophe included;
 * - in any other cell a leading = + - @ makes it a formula (tab / carriage return are stripped by some
 *   programs first), and a leading apostrophe is Sheets' "this is text" marker, not shown and not returned.
 * So: in a plain-text cell the string is left exactly as typed (an escape would become visible text); the
 * writer must have set that format (Workbook does, for every run it writes). Elsewhere it is escaped.
 */
const DANGEROUS_START = /^[=+\-@\t\r]/;

export function guardText(s: string, cell: 'plainText' | 'formatted' = 'formatted'): string {
  if (cell === 'plainText') return s;
  return DANGEROUS_START.test(s) ? `'${s}` : s;
}
