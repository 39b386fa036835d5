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
  return t.length > 1 && t[t.length - 1]!.length > 1;
}

/** The shorter forms a full key is written as: «kari nordmann» → [«kari n», «kari»]. */
export function shortKeys(k: string): string[] {
  const t = k.split(' ');
  return [`${t.slice(0, -1).join(' ')} ${t[t.length - 1]![0]}`, t[0]!];
}

/**
 * Canonical key for every key given: abbreviations («kari n») and lone first names («kari») resolve to the one
 * full name («kari nordmann») they fit; otherwise a key is its own canonical key. Linear in the number of keys.
 */
export function resolveNameKeys(keys: Iterable<string>): Map<string, string> {
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
      const candidates = t.length > 1 ? byInitial.get(k) : byFirst.get(k);
      if (candidates && candidates.size === 1) target = [...candidates][0]!;
    }
    out.set(k, target);
  }
  return out;
}
