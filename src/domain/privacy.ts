/**
 * Free-text notes are where identities leak. Finds Norwegian national ID numbers (11 digits passing both
 * mod-11 check digits), phone numbers and email addresses so the leader can remove them before saving.
 */

export type FindingKind = 'fødselsnummer' | 'telefonnummer' | 'e-postadresse';
export interface PrivacyFinding { kind: FindingKind; text: string }

const W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

function checkDigit(digits: number[], weights: number[]): number {
  const sum = weights.reduce((acc, w, i) => acc + w * digits[i]!, 0);
  const r = 11 - (sum % 11);
  return r === 11 ? 0 : r;
}

/** True for an 11-digit string whose two control digits are right (D-numbers included). */
export function isNationalIdNumber(s: string): boolean {
  if (!/^\d{11}$/.test(s)) return false;
  const d = [...s].map(Number);
  const k1 = checkDigit(d, W1);
  if (k1 === 10 || k1 !== d[9]) return false;
  const k2 = checkDigit(d, W2);
  return k2 !== 10 && k2 === d[10];
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
// 8-digit Norwegian numbers, optionally +47/0047, with spaces or dots between groups; also 11-digit runs.
const DIGIT_RUN = /(?:\+|00)?\d[\d .-]{6,16}\d/g;

export function scanNote(note: string): PrivacyFinding[] {
  const findings: PrivacyFinding[] = [];
  for (const m of note.matchAll(EMAIL)) findings.push({ kind: 'e-postadresse', text: m[0] });
  const withoutEmails = note.replace(EMAIL, ' ');
  for (const m of withoutEmails.matchAll(DIGIT_RUN)) {
    const raw = m[0];
    const digits = raw.replace(/\D/g, '');
    if (/^\d{4}-\d{2}-\d{2}$/.test(raw) || /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(raw)) continue; // a date, not a number
    if (digits.length === 11 && isNationalIdNumber(digits)) findings.push({ kind: 'fødselsnummer', text: raw });
    else if (digits.length === 8 || (digits.length === 10 && digits.startsWith('47')) || (digits.length === 12 && digits.startsWith('0047'))) {
      findings.push({ kind: 'telefonnummer', text: raw });
    }
  }
  return findings;
}

/** Norwegian sentence naming what was found, for warnings. */
export function describeFindings(findings: readonly PrivacyFinding[]): string {
  const kinds = [...new Set(findings.map((f) => f.kind))];
  return `Merknaden ser ut til å inneholde ${kinds.join(', ')}. Personopplysninger skal ikke stå i merknader.`;
}

/** Parts of a name long enough to identify her (three letters or more); initials are fine in an alias. */
const NAME_PART_MIN = 3;

/**
 * The part of `name` that `alias` contains (case-insensitive), or null. The alias is shown everywhere the
 * name must not be (lists, reports to the group), so «Nina N» for Nina Nyesen is refused and «NN» accepted.
 */
export function nameInAlias(alias: string, name: string): string | null {
  const a = alias.toLocaleLowerCase('nb');
  for (const part of name.split(/[^\p{L}]+/u)) {
    if (part.length >= NAME_PART_MIN && a.includes(part.toLocaleLowerCase('nb'))) return part;
  }
  return null;
}
