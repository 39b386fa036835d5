/**
 * Names in free text are the leak an import is most likely to carry over: «Kari og Fatima gikk tur». Every
 * name (and each name part of three letters or more) known to the import is replaced by a role word before any
 * text is stored, in any case, spacing or Unicode composition, also in the possessive («Fatimas», «Amina's»).
 * A word lookup: the text is read once, word by word, and each word looked up in a map, so the cost is linear in
 * the text and does not grow with the number of people (one regular expression of every name would).
 */
import { cellText } from './text';

export type Scrubber = (text: string) => string;

export const VOLUNTEER_WORD = '[frivillig]';
export const PARTICIPANT_WORD = '[deltaker]';

/** A word as names are compared: composed, lower case, accents off («Zófia», decomposed «Zo\u0301fia» → «zofia»). */
export function wordKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const letters = (s: string) => s.replace(/[^\p{L}]/gu, '').length;

export function makeScrubber(volunteerNames: Iterable<string>, participantNames: Iterable<string>): Scrubber {
  const label = new Map<string, string>();
  const add = (name: string, word: string) => {
    for (const m of cellText(name).matchAll(WORD)) {
      if (letters(m[0]) < 3) continue;
      const k = wordKey(m[0]);
      if (label.get(k) !== PARTICIPANT_WORD) label.set(k, word);
    }
  };
  for (const n of volunteerNames) add(n, VOLUNTEER_WORD);
  for (const n of participantNames) add(n, PARTICIPANT_WORD);
  if (label.size === 0) return (t) => t;
  return (text) => {
    if (!text) return text;
    let out = '';
    let at = 0;
    for (const m of text.matchAll(WORD)) {
      const start = m.index!;
      let end = start + m[0].length;
      const k = wordKey(m[0]);
      let role = label.get(k);
      let possessive = false;
      if (role) {
        // «Amina's», «Fatima’s»: the apostrophe and s belong to the name.
        const tail = /^['’]s(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3));
        if (tail) { possessive = true; end += tail[0].length; }
      } else if (k.length > 3 && k.endsWith('s') && (role = label.get(k.slice(0, -1)))) possessive = true; // «Karis»
      if (!role) continue;
      out += text.slice(at, start) + role + (possessive ? 's' : '');
      at = end;
    }
    out += text.slice(at);
    // «Kari Nordmann» is two name words: one role word for the whole name.
    return out.replace(/(\[(?:frivillig|deltaker)\])(?:[ \u00a0]+\1)+/g, '$1');
  };
}
