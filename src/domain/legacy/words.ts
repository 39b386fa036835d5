/**
 * The leader's own words for statuses, channels and the like, mapped to the add-on's fixed vocabulary.
 * Exact (folded) matches first, then known synonyms, then a synonym that starts the text («bra, men travelt»).
 */
import * as V from '../vocabulary';
import { cellText, fold, isBlank, type SourceCell } from './text';
import type { Parsed } from './values';

type Synonyms<T extends string> = Partial<Record<T, readonly string[]>>;

export interface WordList<T extends string = string> {
  values: readonly T[];
  synonyms: Synonyms<T>;
  /** Used for unknown words instead of an error (reasons: «Annet»). */
  fallback?: T;
}

function list<T extends string>(values: readonly T[], synonyms: Synonyms<T>, fallback?: T): WordList<T> {
  return { values, synonyms, fallback };
}

export const VOLUNTEER_STATUS = list(V.VOLUNTEER_STATUSES, {
  'Påmeldt': ['ny', 'interessert', 'registrert', 'meldt interesse', 'innmeldt', 'new', 'registered'],
  'Under kartlegging': ['kartlegging', 'pa kurs', 'kurs', 'intervju', 'i prosess', 'screening', 'under arbeid', 'venter pa attest'],
  // On leave: still approved, not in a match now (plan.ts keeps her word in the note).
  'Godkjent': ['klar', 'klar for kobling', 'ledig', 'venter pa kobling', 'tilgjengelig', 'approved', 'ready', 'pause', 'pa pause', 'permisjon', 'pa vent', 'venter', 'available', 'on hold'],
  'I kobling': ['koblet', 'aktiv', 'matchet', 'i match', 'matched', 'active', 'opptatt'],
  'Sluttet': ['slutta', 'avsluttet', 'inaktiv', 'ikke aktiv', 'trukket seg', 'har sluttet', 'ikke relevant', 'ikke lenger aktiv', 'quit', 'inactive', 'left', 'withdrawn'],
});

export const PARTICIPANT_STATUS = list(V.PARTICIPANT_STATUSES, {
  'Henvist': ['ny', 'referred', 'mottatt'],
  'Venter på kobling': ['venter', 'ventende', 'waiting', 'ledig', 'klar', 'pa vent', 'venteliste', 'on hold'],
  'I kobling': ['koblet', 'aktiv', 'matchet', 'active'],
  'Avsluttet': ['ferdig', 'slutt', 'sluttet', 'fullfort', 'ended'],
  'Trukket seg': ['trakk seg', 'takket nei', 'onsker ikke', 'ikke relevant', 'withdrew', 'withdrawn', 'declined'],
});

export const MATCH_STATUS = list(V.MATCH_STATUSES, {
  'Foreslått': ['forslag', 'proposed', 'planlagt'],
  'Koblingsmøte avtalt': ['mote avtalt', 'koblingsmote', 'venter pa mote'],
  'Aktiv': ['pagar', 'i gang', 'lopende', 'active', 'ongoing', 'ok', 'kobla', 'koblet'],
  'Pause': ['pa pause', 'satt pa pause', 'pa vent', 'paused', 'on hold'],
  'Avsluttet': ['ferdig', 'slutt', 'sluttet', 'avslutta', 'fullfort', 'ended', 'completed', 'avbrutt', 'avbrutt av deltaker', 'avbrutt av frivillig'],
  'Avslått': ['takket nei', 'sa nei', 'avslo', 'avslatt', 'ble ikke noe av', 'ikke akseptert', 'ikke godtatt', 'ikke relevant', 'nei', 'declined', 'not accepted', 'rejected', 'refused', 'cancelled', 'canceled'],
});

export const CHANNEL = list(V.CONTACT_CHANNELS, {
  'Telefon': ['tlf', 'ringt', 'ringte', 'ring', 'samtale', 'telefonsamtale', 'mobil', 'phone', 'call'],
  'SMS': ['melding', 'tekstmelding', 'text', 'messenger', 'whatsapp'],
  'E-post': ['epost', 'e post', 'mail', 'email', 'e mail'],
  'Møte': ['motte', 'traff', 'motes', 'moter', 'fysisk', 'treff', 'kafe', 'besok', 'hjemmebesok', 'personlig', 'meeting', 'in person', 'face to face'],
  'Video': ['teams', 'zoom', 'facetime', 'videosamtale'],
});

export const CONTACT_WITH = list(V.CONTACT_WITH, {
  'Frivillig': ['ressursvenn', 'venn', 'volunteer', 'fv'],
  'Deltaker': ['kvinnen', 'participant', 'dt'],
  'Kontaktperson krisesenter': ['krisesenter', 'krisesenteret', 'kontaktperson', 'shelter'],
  'Frivillig og deltaker': ['begge', 'felles', 'both', 'frivillig deltaker'],
});

export const CONTACT_KIND = list(V.CONTACT_KINDS, {
  'Første kontakt': ['forste', 'oppstart', 'first'],
  'Etter koblingsmøte': ['etter mote', 'koblingsmote'],
  'Månedlig oppfølging': ['manedlig', 'oppfolging', 'rutine', 'vanlig', 'monthly', 'follow up'],
  'Før avslutning': ['for slutt'],
  'Avkoblingssamtale': ['avkobling', 'avslutning', 'avslutningssamtale', 'closure'],
  'Annet': ['other'],
});

export const HOW_IT_GOES = list(V.HOW_IT_GOES, {
  'Svært bra': ['veldig bra', 'kjempebra', 'supert', 'utmerket', 'stralende', 'very good', 'great', 'excellent'],
  'Bra': ['fint', 'godt', 'good', 'fine'],
  'Greit': ['ok', 'helt ok', 'middels', 'sann passe', 'okay'],
  'Utfordrende': ['litt vanskelig', 'krevende', 'tungt', 'challenging'],
  'Vanskelig': ['darlig', 'veldig vanskelig', 'difficult', 'bad'],
});

export const QUIT_REASON = list(V.VOLUNTEER_QUIT_REASONS, { 'Tidsmangel': ['tid', 'travel', 'ikke tid'], 'Flyttet': ['flytta', 'flytting'], 'Helse': ['syk', 'sykdom'] }, 'Annet');
export const END_REASON = list(V.MATCH_END_REASONS, { 'Fullført periode': ['fullfort', 'ferdig', 'planlagt', 'periode over'], 'Flyttet': ['flytta', 'flytting'], 'Manglende kjemi': ['kjemi', 'passet ikke'] }, 'Annet');
export const RECRUITMENT = list(V.RECRUITMENT_SOURCES, { 'Nettside': ['nett', 'web', 'hjemmeside'], 'Sosiale medier': ['facebook', 'instagram', 'some'], 'Bekjent': ['venn', 'venninne', 'kollega'] }, 'Annet');

/** Maps a cell to one of the list's values; unknown words give the fallback or a reason naming the choices. */
export function mapWord<T extends string>(words: WordList<T>, v: SourceCell): Parsed<T> {
  if (isBlank(v)) return { ok: true, value: null };
  const key = fold(cellText(v));
  const candidates: Array<[string, T]> = [];
  for (const value of words.values) {
    candidates.push([fold(value), value]);
    for (const s of words.synonyms[value] ?? []) candidates.push([s, value]);
  }
  for (const [k, value] of candidates) if (k === key) return { ok: true, value };
  let best: [string, T] | null = null;
  for (const c of candidates) if ((key.startsWith(`${c[0]} `)) && (!best || c[0].length > best[0].length)) best = c;
  if (best) return { ok: true, value: best[1], loose: true };
  if (words.fallback) return { ok: true, value: words.fallback, loose: true };
  return { ok: false, reason: `«${cellText(v)}» er ikke en verdi vi kjenner igjen. Bruk en av: ${words.values.join(', ')}.` };
}
