/**
 * Text folding shared by the legacy-log parsers: header names, statuses and person names are compared
 * case-, accent- and punctuation-insensitively, because every leader writes them her own way.
 */

/** Cell values as the importer sees them: date cells already turned into `yyyy-MM-dd` strings by the caller. */
export type SourceCell = string | number | boolean | null;

/** Lower case, æ/ø/å and accents folded, punctuation to spaces, single spaces: «Fødsels-år » → «fodsels ar». */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9@+]+/g, ' ')
    .trim();
}

export function isBlank(v: SourceCell | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Text of a cell with stray spaces (also non-breaking) removed, in composed Unicode («a\u030a» is «å»). */
export function cellText(v: SourceCell | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'ja' : 'nei';
  return String(v).normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A cell as the leader would read it back: dates as dd.mm.yyyy, booleans as ja/nei. */
export function displayCell(v: SourceCell | undefined): string {
  const s = cellText(v);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : s;
}
