/**
 * Pseudonymous IDs: a prefix per table and a zero-padded running number. IDs are never reused, so the next
 * number is one past the highest ever seen (the sheet's maximum or a remembered high-water mark).
 */

export const ID_PREFIXES = {
  volunteer: { prefix: 'F', digits: 3 },
  participant: { prefix: 'D', digits: 3 },
  match: { prefix: 'K', digits: 3 },
  contact: { prefix: 'L', digits: 5 },
  inquiry: { prefix: 'H', digits: 4 },
  course: { prefix: 'KU', digits: 3 },
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function idPattern(kind: IdKind): RegExp {
  return new RegExp(`^${ID_PREFIXES[kind].prefix}-(\\d{${ID_PREFIXES[kind].digits},})$`);
}

export function isId(kind: IdKind, s: unknown): s is string {
  return typeof s === 'string' && idPattern(kind).test(s);
}

export function idNumber(kind: IdKind, s: string): number | null {
  const m = idPattern(kind).exec(s);
  return m ? Number(m[1]) : null;
}

export function formatId(kind: IdKind, n: number): string {
  const { prefix, digits } = ID_PREFIXES[kind];
  return `${prefix}-${String(n).padStart(digits, '0')}`;
}

/** Example shown in error messages, e.g. `F-001`. */
export function idExample(kind: IdKind): string {
  return formatId(kind, 1);
}

/** Highest number among `existing` IDs of this kind (0 when none). Malformed IDs are ignored. */
export function highestIdNumber(kind: IdKind, existing: Iterable<string>): number {
  let max = 0;
  for (const id of existing) {
    const n = idNumber(kind, id);
    if (n !== null && n > max) max = n;
  }
  return max;
}

/** The next `count` IDs after everything in `existing` and after the remembered high-water mark. */
export function nextIds(kind: IdKind, existing: Iterable<string>, highWater: number, count = 1): string[] {
  const start = Math.max(highestIdNumber(kind, existing), highWater) + 1;
  return Array.from({ length: count }, (_, i) => formatId(kind, start + i));
}

/** IDs written in one cell, separated by commas, semicolons or spaces («D-007, D-012»). */
export function splitIds(s: string): string[] {
  return s.split(/[\s,;]+/).filter((x) => x !== '');
}
