/**
 * Fingerprints that let a second import recognise what the first one did, without keeping the text: a
 * 53-bit string hash (cyrb53), fast and deterministic, of a source row or of a person's folded name.
 */
import { cellText, type SourceCell } from './text';

export function hash53(s: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * One fingerprint per source row: the tab name and the row's trimmed values (not its position, so rows moved
 * or inserted above do not import twice). Identical rows get #2, #3, … so each still counts once.
 */
export function rowFingerprints(sheetName: string, rows: ReadonlyArray<readonly SourceCell[]>): string[] {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    let end = row.length;
    while (end > 0 && cellText(row[end - 1]) === '') end--;
    const base = `r${hash53(`${sheetName}\u0001${row.slice(0, end).map(cellText).join('\u0001')}`)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/**
 * A participant's fingerprint: her folded name, salted, so a later tab finds her D-ID. The salt is random per
 * spreadsheet (kept in document properties), so a copy of Importlogg alone does not let anyone confirm a guessed
 * name; fingerprints made before, salted with the spreadsheet's id, are still recognised (knownPerson).
 */
export function personFingerprint(salt: string, nameKey: string): string {
  return `d${hash53(`${salt}\u0001${nameKey}`)}`;
}

/** The D-ID earlier imports gave a name form, by its fingerprint under each salt in turn (current first). */
export function knownPerson(prints: ReadonlyMap<string, string>, salts: readonly string[], nameKey: string): string | undefined {
  for (const salt of salts) {
    const id = prints.get(personFingerprint(salt, nameKey));
    if (id !== undefined) return id;
  }
  return undefined;
}
