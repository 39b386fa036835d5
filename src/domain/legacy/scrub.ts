/**
 * Names in free text are the leak an import is most likely to carry over: «Kari og Fatima gikk tur». Every
 * name (and each name part of three letters or more) seen in the tab's name columns is replaced by a role
 * word before any text is stored, also in the possessive. One regular expression, so the cost is linear in the text.
 */
import { cellText } from './text';

export type Scrubber = (text: string) => string;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function makeScrubber(volunteerNames: Iterable<string>, participantNames: Iterable<string>): Scrubber {
  const label = new Map<string, string>();
  const add = (name: string, word: string) => {
    const full = cellText(name).replace(/\.$/, '');
    const parts = [full, ...full.split(/[\s,]+/)].filter((p) => p.replace(/[^\p{L}]/gu, '').length >= 3);
    for (const p of parts) {
      const k = p.toLowerCase();
      if (label.get(k) !== '[deltaker]') label.set(k, word);
    }
  };
  for (const n of volunteerNames) add(n, '[frivillig]');
  for (const n of participantNames) add(n, '[deltaker]');
  if (label.size === 0) return (t) => t;
  const alts = [...label.keys()].sort((a, b) => b.length - a.length).map(escape).join('|');
  // A possessive («Fatimas», «Amina's», «Karis») is the name too; the role word keeps its «s».
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${alts})(s|['’]s)?(?![\\p{L}\\p{N}])`, 'giu');
  return (text) => (text ? text.replace(re, (_m, name: string, s?: string) => (label.get(name.toLowerCase()) ?? '[navn]') + (s ? 's' : '')).replace(/(\[(?:frivillig|deltaker)\])(?:\s+\1)+/g, '$1') : text);
}
