/**
 * The same person written differently («Kari N.», «kari n», «Kari Nordmann», «Kari») is one person. Keys are
 * folded names; an abbreviated surname or a lone first name joins the single full name it can stand for, and
 * stays a person of its own when it could be more than one.
 */
import { fold } from './text';

/** «Kari N.» → «kari n»; «NORDMANN, Kari» → «kari nordmann». */
export function nameKey(name: string): string {
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name.trim());
  return fold(comma ? `${comma[2]} ${comma[1]}` : name);
}

/** Initials for the alias column: «Kari N.» → «KN», «Anne-Lise Berg» → «ALB». At most four letters. */
export function initials(name: string): string {
  const letters = name.split(/[\s.\-,]+/).filter(Boolean).map((t) => t[0]!.toUpperCase());
  return letters.slice(0, 4).join('') || '?';
}

/** A key with a surname of two letters or more: «kari nordmann», not «kari» or «kari n». */
export function isFullKey(k: string): boolean {
  const t = k.split(' ');
  const last = t[t.length - 1]!;
  return t.length > 1 && last.length > 1 && /[a-z]/.test(last);
}

/** «kari n»: a first name and a surname's initial (a letter; «frivillig 1» is a code, not an initial). */
const isInitialKey = (t: string[]) => t.length > 1 && /^[a-z]$/.test(t[t.length - 1]!);

/** The shorter forms a full key is written as: «kari nordmann» → [«kari n», «kari»]. */
export function shortKeys(k: string): string[] {
  const t = k.split(' ');
  return [`${t.slice(0, -1).join(' ')} ${t[t.length - 1]![0]}`, t[0]!];
}

/**
 * Canonical key for every key given: abbreviations («kari n») and lone first names («kari») resolve to the one
 * full name («kari nordmann») they fit; otherwise a key is its own canonical key, and one that fits several
 * («anne b» for «anne berg» and «anne bakke») is added to `ambiguous`. Linear in the number of keys.
 */
export function resolveNameKeys(keys: Iterable<string>, ambiguous?: Set<string>): Map<string, string> {
  const all = [...new Set(keys)].filter(Boolean);
  const isFull = isFullKey;
  const byInitial = new Map<string, Set<string>>();
  const byFirst = new Map<string, Set<string>>();
  const add = (m: Map<string, Set<string>>, k: string, v: string) => (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  for (const k of all) {
    if (!isFull(k)) continue;
    const [initial, first] = shortKeys(k);
    add(byInitial, initial!, k);
    add(byFirst, first!, k);
  }
  const out = new Map<string, string>();
  for (const k of all) {
    let target = k;
    if (!isFull(k)) {
      const t = k.split(' ');
      const candidates = t.length === 1 ? byFirst.get(k) : isInitialKey(t) ? byInitial.get(k) : undefined;
      if (candidates && candidates.size === 1) target = [...candidates][0]!;
      else if (candidates && candidates.size > 1) ambiguous?.add(k);
    }
    out.set(k, target);
  }
  return out;
}

/** Cells that sit in a name column but are no person: places and services, legends, totals and footer labels. */
const NOT_PEOPLE = new Set([
  'kommunen', 'kommune', 'nav', 'krisesenter', 'krisesenteret', 'senteret', 'barnevernet', 'politiet', 'legevakta', 'legevakten', 'sykehuset',
  'biblioteket', 'skolen', 'helsestasjonen', 'familievernkontoret', 'frivilligsentralen', 'ukjent', 'vet ikke', 'ingen', 'n a', 'na', 'tbd', 'unknown',
  'ledig', 'mangler', 'ikke koblet', 'venteliste', 'diverse', 'andre', 'flere', 'alle',
]);
const FOOTER_WORDS = /^(sum|summer|totalt?|i alt|antall|snitt|gjennomsnitt|total|count|average|merk|obs|forklaring|tegnforklaring|note|nb)\b/;

/**
 * Why a name cell holds no person, or null when it may be one: a place or service («kommunen», «NAV», a shelter),
 * a legend («✓ = ferdig»), a totals or footer label («Totalt:», «Sum aktive»), a number, or no letters at all.
 */
export function notAPerson(raw: string): string | null {
  const text = raw.trim();
  const key = nameKey(text);
  if (!/\p{L}/u.test(text)) return /\d/.test(text) ? 'et tall, ikke en person' : 'et tegn, ikke en person';
  if (/[=:]/.test(text) && !/^[^=:]+,[^=:]+$/.test(text)) return text.endsWith(':') ? 'en overskrift eller sumtekst, ikke en person' : 'en tegnforklaring, ikke en person';
  if (FOOTER_WORDS.test(key)) return 'en sum- eller bunntekst, ikke en person';
  if (NOT_PEOPLE.has(key) || /(^| )(krisesenter|krisesenteret|kommune|kommunen|nav|senter|senteret|sykehus)$/.test(key)) return 'et sted eller en tjeneste, ikke en person';
  if (key.split(' ').length > 5) return 'en setning, ikke et navn';
  return null;
}
