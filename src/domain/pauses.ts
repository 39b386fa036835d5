/**
 * Every pause of a match: the finished ones kept as text in «Tidligere pauser» plus the current one in «Pause fra»
 * / «Pause til» / «Pauseårsak». The text is what the leader reads and may type, so the parser is strict: an entry
 * it cannot read is a data-check problem, never skipped (a skipped pause would change old reports).
 * Format: `01.02.2026–15.03.2026 (Sykdom); 01.06.2026–30.06.2026 (Ferie/reise)`. «til» is the day it ran again.
 */
import { formatNorwegian, parseTypedDate, type IsoDate } from './calendar';
import { PAUSE_REASONS, type PauseReason } from './vocabulary';

export interface Pause {
  from: IsoDate;
  /** First day running again (exclusive); null while the current pause lasts. */
  to: IsoDate | null;
  reason: PauseReason | null;
}

export type ParsedPauses = { ok: true; pauses: Pause[] } | { ok: false; message: string };

export const PAUSES_EXAMPLE = '01.02.2026–15.03.2026 (Sykdom); 01.06.2026–30.06.2026 (Ferie/reise)';

// A date as typed in Norway, a dash (en dash, hyphen or em dash), a date, an optional reason in parentheses.
const ENTRY = /^(\d{1,2}\.\d{1,2}\.\d{4})\s*[–\-—]\s*(\d{1,2}\.\d{1,2}\.\d{4})?\s*(?:\((.*)\))?$/;

function formatOne(p: Pause): string {
  return `${formatNorwegian(p.from)}–${p.to === null ? '' : formatNorwegian(p.to)}${p.reason === null ? '' : ` (${p.reason})`}`;
}

/** Finished pauses, oldest first, separated by semicolons. */
export function formatPauses(pauses: readonly Pause[]): string {
  return pauses.map(formatOne).join('; ');
}

/** Reads «Tidligere pauser»: each entry finished, a real date range, in order and not overlapping. */
export function parsePauses(text: string): ParsedPauses {
  const pauses: Pause[] = [];
  const entries = text.split(/[;\n]/).map((s) => s.trim());
  // A trailing semicolon is harmless; an empty entry between two others is a typo worth seeing.
  while (entries.length > 0 && entries[entries.length - 1] === '') entries.pop();
  for (const entry of entries) {
    const bad = (why: string): ParsedPauses => ({ ok: false, message: `«${entry}»: ${why} Skriv hver pause som dd.mm.åååå–dd.mm.åååå (årsak), skilt med semikolon, f.eks. ${PAUSES_EXAMPLE}.` });
    const m = ENTRY.exec(entry);
    if (!m) return bad(entry === '' ? 'tom pause mellom to semikolon.' : 'kan ikke leses som en pause.');
    const from = parseTypedDate(m[1]!);
    if (from === null) return bad(`«${m[1]}» er ikke en gyldig dato.`);
    if (m[2] === undefined) return bad('en tidligere pause må ha en sluttdato (pågående pause står i «Pause fra»).');
    const to = parseTypedDate(m[2]);
    if (to === null) return bad(`«${m[2]}» er ikke en gyldig dato.`);
    if (to < from) return bad('sluttdatoen er før startdatoen.');
    let reason: PauseReason | null = null;
    if (m[3] !== undefined) {
      const typed = m[3].trim().toLowerCase();
      reason = PAUSE_REASONS.find((r) => r.toLowerCase() === typed) ?? null;
      if (reason === null) return bad(`«${m[3].trim()}» er ikke en pauseårsak. Gyldige: ${PAUSE_REASONS.join(', ')}.`);
    }
    const prev = pauses[pauses.length - 1];
    if (prev && from < prev.to!) return bad(`starter før forrige pause sluttet (${formatNorwegian(prev.to!)}); eldste pause først.`);
    pauses.push({ from, to, reason });
  }
  return { ok: true, pauses };
}

/** The fields of a match that hold its pauses. */
export interface PauseFields {
  pauseStart: IsoDate | null;
  pauseEnd: IsoDate | null;
  pauseReason: PauseReason | null;
  earlierPauses: string;
}

/** The current pause (if any) as a pause. */
export function currentPause(m: PauseFields): Pause | null {
  return m.pauseStart === null ? null : { from: m.pauseStart, to: m.pauseEnd, reason: m.pauseReason };
}

/**
 * Earlier pauses and the current one, oldest first. Only for validated records (the schema checks the text);
 * anything else is a programming error, so it throws rather than drop a pause.
 */
export function allPauses(m: PauseFields): Pause[] {
  const parsed = parsePauses(m.earlierPauses);
  if (!parsed.ok) throw new Error(`Tidligere pauser: ${parsed.message}`);
  const current = currentPause(m);
  return current === null ? parsed.pauses : [...parsed.pauses, current];
}

/**
 * The fields after a new pause from `from`: the previous, finished pause moves into «Tidligere pauser».
 * Null with a reason when the previous pause has no end (nobody knows when it ended: the leader fills it in).
 */
export function startPause(m: PauseFields, from: IsoDate, reason: PauseReason): { ok: true; fields: PauseFields } | { ok: false; message: string } {
  const prev = currentPause(m);
  const parsed = parsePauses(m.earlierPauses);
  if (!parsed.ok) return { ok: false, message: `«Tidligere pauser» kan ikke leses: ${parsed.message}` };
  const earlier = parsed.pauses;
  if (prev !== null) {
    if (prev.to === null) return { ok: false, message: `Forrige pause (fra ${formatNorwegian(prev.from)}) har ingen «Pause til». Fyll inn når den sluttet før en ny pause.` };
    earlier.push(prev);
  }
  const last = earlier[earlier.length - 1];
  if (last && from < last.to!) return { ok: false, message: `Ny pause kan ikke starte før forrige pause sluttet (${formatNorwegian(last.to!)}).` };
  return { ok: true, fields: { pauseStart: from, pauseEnd: null, pauseReason: reason, earlierPauses: formatPauses(earlier) } };
}
