/**
 * The free text is the one part of the report email a person writes, so it is checked before sending: no
 * pseudonymous IDs, no alias or name of a volunteer, no national ID number, phone number or email address.
 */
import { ID_PREFIXES } from '../ids';
import { scanNote } from '../privacy';
import type { FreeText } from './definitions';

const ID_ANYWHERE = new RegExp(`\\b(?:${Object.values(ID_PREFIXES).map((p) => p.prefix).join('|')})-\\d{3,}\\b`, 'g');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface FreeTextProblem { section: string; found: string; kind: string }

/**
 * Problems in the leader's free text. `names` are aliases and name parts of people in the sheets; matched as
 * whole words with their case (initials like «AB» are common letters otherwise), two letters or more.
 */
export function freeTextProblems(freeText: FreeText, names: Iterable<string>): FreeTextProblem[] {
  const check = textCheck(names);
  return Object.entries(freeText).flatMap(([section, text]) => check(text).map((p) => ({ section, ...p })));
}

/** The same check for one text at a time (also report labels typed in the sheets); builds the name pattern once. */
export function textCheck(names: Iterable<string>): (text: string) => Array<Omit<FreeTextProblem, 'section'>> {
  const words = [...new Set([...names].map((n) => n.trim()).filter((n) => n.length >= 2))];
  const nameRe = words.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const out: Array<Omit<FreeTextProblem, 'section'>> = [];
    for (const m of text.matchAll(ID_ANYWHERE)) out.push({ found: m[0], kind: 'ID' });
    if (nameRe) for (const m of text.matchAll(nameRe)) out.push({ found: m[0], kind: 'navn eller alias' });
    for (const f of scanNote(text)) out.push({ found: f.text, kind: f.kind });
    return out;
  };
}

/** Name parts worth looking for: each word of a full name, and the alias as a whole. */
export function nameParts(fullNames: Iterable<string>, aliases: Iterable<string>): string[] {
  const out: string[] = [...aliases];
  for (const n of fullNames) for (const w of n.split(/\s+/)) if (w.length >= 3) out.push(w);
  return out;
}
