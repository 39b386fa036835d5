/**
 * The fixed word lists of the programme, as the leader sees them in dropdowns. Codes in the sheet are the
 * Norwegian words themselves: the sheet must read naturally when opened without the add-on.
 */

export const VOLUNTEER_STATUSES = ['Påmeldt', 'Under kartlegging', 'Godkjent', 'I kobling', 'Sluttet'] as const;
export type VolunteerStatus = (typeof VOLUNTEER_STATUSES)[number];

export const PARTICIPANT_STATUSES = ['Henvist', 'Venter på kobling', 'I kobling', 'Avsluttet', 'Trukket seg'] as const;
export type ParticipantStatus = (typeof PARTICIPANT_STATUSES)[number];

export const MATCH_STATUSES = ['Foreslått', 'Koblingsmøte avtalt', 'Aktiv', 'Pause', 'Avsluttet', 'Avslått'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

export const RECRUITMENT_SOURCES = [
  'Nettside', 'Sosiale medier', 'Bekjent', 'Lokalforening', 'Frivillighetssentral', 'Arrangement', 'Annet',
] as const;

export const VOLUNTEER_QUIT_REASONS = [
  'Tidsmangel', 'Flyttet', 'Helse', 'Ikke godkjent', 'Ønsket ikke kobling', 'Ingen passende deltaker', 'Annet',
] as const;

export const PARTICIPANT_NEEDS = [
  'Sosialt nettverk', 'Emosjonell støtte', 'Praktisk hjelp', 'Norsk språk', 'Aktiviteter', 'Jobb/utdanning',
  'Bolig/økonomi', 'Barn og familie', 'Helse',
] as const;

export const PAUSE_REASONS = ['Deltaker tilbake til voldsutøver', 'Sykdom', 'Ferie/reise', 'Annet'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const MATCH_END_REASONS = [
  'Fullført periode', 'Deltaker ønsket å avslutte', 'Frivillig ønsket å avslutte', 'Deltaker tilbake til voldsutøver',
  'Flyttet', 'Manglende kjemi', 'Annet',
] as const;

export const MATCH_ENDED_BY = ['Planlagt', 'Deltaker', 'Frivillig', 'Gruppeleder', 'Krisesenter'] as const;

export const CONTACT_WITH = ['Frivillig', 'Deltaker', 'Kontaktperson krisesenter', 'Frivillig og deltaker'] as const;
export type ContactWith = (typeof CONTACT_WITH)[number];

export const CONTACT_CHANNELS = ['Telefon', 'SMS', 'E-post', 'Møte', 'Video'] as const;

export const CONTACT_KINDS = [
  'Første kontakt', 'Etter koblingsmøte', 'Månedlig oppfølging', 'Før avslutning', 'Avkoblingssamtale', 'Annet',
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const HOW_IT_GOES = ['Svært bra', 'Bra', 'Greit', 'Utfordrende', 'Vanskelig'] as const;

export const INQUIRY_KINDS = [
  'Frivillig interessert', 'Deltaker henvist', 'Krisesenter', 'Samarbeidspartner', 'Presse/media', 'Annet',
] as const;

export const INQUIRY_OUTCOMES = ['Registrert', 'Venter', 'Videreformidlet', 'Avslått', 'Ingen oppfølging'] as const;

/**
 * Matching fields (Foreslå kobling): categories only, never a life story. Languages and interests are kept as a
 * comma-separated list in one text cell; the sidebar offers exactly these values.
 */
export const LANGUAGES = [
  'Norsk', 'Engelsk', 'Arabisk', 'Dari', 'Farsi', 'Fransk', 'Kurdisk', 'Litauisk', 'Polsk', 'Russisk', 'Somali',
  'Spansk', 'Swahili', 'Thai', 'Tigrinja', 'Tyrkisk', 'Ukrainsk', 'Urdu',
] as const;

export const INTERESTS = [
  'Tur', 'Kafé', 'Trening', 'Matlaging', 'Kultur', 'Håndarbeid', 'Lesing', 'Musikk', 'Friluftsliv', 'Aktiviteter med barn',
  'Språkpraksis', 'Annet',
] as const;

export const AVAILABILITY = ['Hverdager dagtid', 'Kvelder', 'Helger'] as const;
export type Availability = (typeof AVAILABILITY)[number];

/** How far she can travel to meet, nearest first: the order is the reach. */
export const TRAVEL = ['Nærområdet', 'Hele kommunen', 'Nabokommuner', 'Hele regionen'] as const;
export type Travel = (typeof TRAVEL)[number];
