/**
 * Everything the spreadsheet holds about one person (GDPR art. 15 and 17): her own row, her contact details,
 * her matches and their contact log, the courses that list her, what the reminders and the import recorded
 * under her ID, and the free texts elsewhere that name her (by ID, or by her name or alias through the import's
 * known-name scrubber). Pure and linear in the number of rows; the one regular expression is of her names only.
 */
import { isId } from '../ids';
import { makeScrubber, type Scrubber } from '../legacy/scrub';
import type { LedgerEntry } from '../reminders/ledger';
import type { Contact, ContactInfo, Course, Inquiry, Match, Participant, Volunteer } from '../records';

export interface Row<R> { row: number; record: R }
type Rows<R> = ReadonlyArray<Row<R>>;

/** Importlogg and Importavvik rows, as the sheets layer reads them (structurally the same types). */
export interface ImportLogRow { sourceSheet: string; row: number | null; fingerprint: string; outcome: string; ids: string; importedAt: string | null }
export interface ImportDeviationRow { sourceSheet: string; row: number | null; outcome: string; reason: string; id: string; values: string; importedAt: string | null }

export interface PersonTables {
  volunteers: Rows<Volunteer>;
  participants: Rows<Participant>;
  matches: Rows<Match>;
  contacts: Rows<Contact>;
  inquiries: Rows<Inquiry>;
  courses: Rows<Course>;
  contactInfo: Rows<ContactInfo>;
  ledger: Rows<LedgerEntry>;
  importLog: Rows<ImportLogRow>;
  importDeviations: Rows<ImportDeviationRow>;
}

export type PersonKind = 'volunteer' | 'participant';
export type PersonTable = keyof PersonTables;

/** The free-text fields of each table that may name a person, and so are searched and scrubbed. */
export const TEXT_FIELDS = {
  volunteers: ['note'],
  participants: ['note'],
  matches: ['note'],
  contacts: ['activities', 'note'],
  inquiries: ['from', 'note'],
  courses: ['note'],
  importDeviations: ['reason', 'values'],
} as const satisfies Partial<Record<PersonTable, readonly string[]>>;
export type TextTable = keyof typeof TEXT_FIELDS;

/** A free text in a row that is not hers and names her. */
export interface Mention { table: TextTable; row: number; field: string; byName: boolean }

export interface Footprint {
  id: string;
  kind: PersonKind;
  volunteer: Row<Volunteer> | null;
  participant: Row<Participant> | null;
  contactInfo: Array<Row<ContactInfo>>;
  matches: Array<Row<Match>>;
  contacts: Array<Row<Contact>>;
  courses: Array<Row<Course>>;
  ledger: Array<Row<LedgerEntry>>;
  importLog: Array<Row<ImportLogRow>>;
  importDeviations: Array<Row<ImportDeviationRow>>;
  mentions: Mention[];
  /** Her name and alias, the words the scrubber looks for in other people's texts (empty for a participant). */
  names: string[];
}

export function personKind(id: string): PersonKind | null {
  return isId('volunteer', id) ? 'volunteer' : isId('participant', id) ? 'participant' : null;
}

/** Her ID as a whole token («F-008», not «F-0081»). */
function idMatcher(id: string): (text: string) => boolean {
  const re = new RegExp(`(?<![\\p{L}\\p{N}-])${id}(?![\\p{N}])`, 'iu');
  return (text) => re.test(text);
}

const listed = (ids: string, id: string) => ids.split(/[,;\s]+/).some((x) => x.trim().toUpperCase() === id);

/** The scrubber for her names (her full name and her alias, as the import scrubs names). */
export function scrubberFor(footprint: Pick<Footprint, 'names'>): Scrubber {
  return makeScrubber(footprint.names, []);
}

export function findFootprint(id: string, t: PersonTables): Footprint | null {
  const kind = personKind(id);
  if (!kind) return null;
  const volunteer = kind === 'volunteer' ? t.volunteers.find((r) => r.record.id === id) ?? null : null;
  const participant = kind === 'participant' ? t.participants.find((r) => r.record.id === id) ?? null : null;
  const contactInfo = kind === 'volunteer' ? t.contactInfo.filter((r) => r.record.volunteerId === id) : [];
  const matches = t.matches.filter((r) => (kind === 'volunteer' ? r.record.volunteerId : r.record.participantId) === id);
  const matchIds = new Set(matches.map((m) => m.record.id));
  const contacts = t.contacts.filter((r) => (r.record.matchId !== null && matchIds.has(r.record.matchId)) || r.record.volunteerId === id);
  const courses = kind === 'volunteer' ? t.courses.filter((r) => listed(r.record.participantIds, id)) : [];
  const ledger = t.ledger.filter((r) => r.record.recipient === id || r.record.code === id || matchIds.has(r.record.code));
  const importLog = t.importLog.filter((r) => listed(r.record.ids, id));
  const importDeviations = t.importDeviations.filter((r) => r.record.id === id);
  const names = [...contactInfo.map((c) => c.record.name), volunteer?.record.alias ?? ''].filter((n) => n.trim() !== '');

  // Rows that are hers have their texts erased whole; every other text is searched for her.
  const own: Partial<Record<TextTable, Set<number>>> = {
    volunteers: new Set(volunteer ? [volunteer.row] : []),
    participants: new Set(participant ? [participant.row] : []),
    matches: new Set(matches.map((m) => m.row)),
    contacts: new Set(contacts.map((c) => c.row)),
    importDeviations: new Set(importDeviations.map((d) => d.row)),
  };
  const byId = idMatcher(id);
  const scrub = names.length > 0 ? scrubberFor({ names }) : null;
  const mentions: Mention[] = [];
  for (const table of Object.keys(TEXT_FIELDS) as TextTable[]) {
    const fields = TEXT_FIELDS[table] as readonly string[];
    for (const { row, record } of t[table] as Rows<Record<string, unknown>>) {
      if (own[table]?.has(row)) continue;
      for (const field of fields) {
        const text = String(record[field] ?? '');
        if (text === '') continue;
        const byName = scrub !== null && scrub(text) !== text;
        if (byName || byId(text)) mentions.push({ table, row, field, byName });
      }
    }
  }
  if (!volunteer && !participant && matches.length === 0 && contactInfo.length === 0 && contacts.length === 0) {
    if (ledger.length === 0 && importLog.length === 0 && importDeviations.length === 0 && courses.length === 0 && mentions.length === 0) return null;
  }
  return { id, kind, volunteer, participant, contactInfo, matches, contacts, courses, ledger, importLog, importDeviations, mentions, names };
}
