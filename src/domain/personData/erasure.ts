/**
 * Erasure of one person (GDPR art. 17): which cells are blanked or rewritten. Her contact details and every free
 * text about her go (notes, activities, matching wishes; her alias becomes a neutral code), and her names are
 * scrubbed from other people's texts with the import's scrubber. Every date, status, count, ID and category
 * stays, so the monthly reports of past months read the same. Refused while she is in an open match, or still
 * active or waiting (the reminders would go on about her), or when one of her own rows cannot be read.
 */
import { OPEN, WAITING_PARTICIPANT } from '../matchStatus';
import type { Contact, Match, Participant, Volunteer } from '../records';
import { scrubberFor, TEXT_FIELDS, type Footprint, type PersonTables, type TextTable } from './footprint';

/** What her alias becomes: a code that says what happened, never a trace of her. */
export const ERASED_ALIAS = 'Slettet';

/** Fields blanked on her own rows (notes and matching wishes). Categories the report counts (municipality, needs, shelter, birth year) stay. */
export const ERASED_FIELDS = {
  volunteers: ['note', 'languages', 'interests', 'availability', 'area', 'notSuitableFor'],
  participants: ['note', 'languages', 'interests', 'availability', 'area'],
  matches: ['note'],
  contacts: ['activities', 'note'],
  contactInfo: ['volunteerId', 'name', 'phone', 'email', 'preferredChannel'],
  importLog: ['sourceSheet', 'row', 'fingerprint', 'outcome', 'ids', 'importedAt'],
  importDeviations: ['values'],
} as const;
export type ErasedTable = keyof typeof ERASED_FIELDS;

export interface Rewrite { table: TextTable; row: number; field: string; text: string }

export interface ErasurePlan {
  /** Sheet rows to blank the ERASED_FIELDS of, per table (only rows with something left to blank). */
  blank: Record<ErasedTable, number[]>;
  /** Her alias row, when it is not the neutral code yet. */
  alias: { row: number } | null;
  /** Other people's texts with her names replaced by a role word. */
  rewrites: Rewrite[];
}

export type ErasureCheck = { ok: true; plan: ErasurePlan } | { ok: false; reason: string };

const has = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== '';

function refusal(f: Footprint, unreadable: readonly string[]): string | null {
  if (unreadable.length > 0) return `${unreadable.join(' ')} Rett raden først (menyen «Kontroller data»), så kan hun slettes.`;
  const open = f.matches.find((m) => OPEN.has(m.record.status));
  if (open) return `Koblingen ${open.record.id} er åpen (${open.record.status}). Avslutt koblingen først, så kan hun slettes.`;
  const v = f.volunteer?.record;
  if (v && v.status !== 'Sluttet') return `${v.id} står som «${v.status}». Registrer at hun har sluttet (fanen Frivillig) først, så slutter påminnelsene om henne.`;
  const p = f.participant?.record;
  if (p && WAITING_PARTICIPANT.has(p.status)) return `${p.id} står som «${p.status}». Sett status til «Trukket seg» eller «Avsluttet» først, så slutter påminnelsene om henne.`;
  return null;
}

/**
 * The plan for `f`, from the same read. `unreadable` names her rows that failed validation (their cells cannot
 * be told apart safely): then nothing is planned.
 */
export function planErasure(f: Footprint, t: PersonTables, unreadable: readonly string[] = []): ErasureCheck {
  const reason = refusal(f, unreadable);
  if (reason) return { ok: false, reason };
  const rowsWith = <R>(rows: ReadonlyArray<{ row: number; record: R }>, fields: readonly string[]) =>
    rows.filter(({ record }) => fields.some((k) => has((record as Record<string, unknown>)[k]))).map(({ row }) => row);
  const person = f.volunteer ? [f.volunteer] : [];
  const participant = f.participant ? [f.participant] : [];
  const blank: Record<ErasedTable, number[]> = {
    volunteers: rowsWith<Volunteer>(person, ERASED_FIELDS.volunteers),
    participants: rowsWith<Participant>(participant, ERASED_FIELDS.participants),
    matches: rowsWith<Match>(f.matches, ERASED_FIELDS.matches),
    contacts: rowsWith<Contact>(f.contacts, ERASED_FIELDS.contacts),
    contactInfo: f.contactInfo.map((r) => r.row),
    // A participant's name fingerprints: derived from her name, so they go; the row prints keep a re-import from bringing her back.
    importLog: f.importLog.filter((r) => r.record.outcome === 'deltaker').map((r) => r.row),
    importDeviations: rowsWith(f.importDeviations, ERASED_FIELDS.importDeviations),
  };
  const alias = f.volunteer && f.volunteer.record.alias !== ERASED_ALIAS ? { row: f.volunteer.row } : null;
  const rewrites: Rewrite[] = [];
  if (f.names.length > 0) {
    const scrub = scrubberFor(f);
    for (const m of f.mentions) {
      if (!m.byName) continue;
      const record = (t[m.table] as ReadonlyArray<{ row: number; record: Record<string, unknown> }>).find((r) => r.row === m.row)!.record;
      rewrites.push({ table: m.table, row: m.row, field: m.field, text: scrub(String(record[m.field])) });
    }
  }
  return { ok: true, plan: { blank, alias, rewrites } };
}

/** Rows touched per table (counts only: what Kjørelogg records). */
export function erasureCounts(plan: ErasurePlan): Record<ErasedTable | 'mentions', number> {
  const out = { mentions: new Set(plan.rewrites.map((r) => `${r.table}:${r.row}`)).size } as Record<ErasedTable | 'mentions', number>;
  for (const k of Object.keys(plan.blank) as ErasedTable[]) out[k] = plan.blank[k].length + (k === 'volunteers' && plan.alias && !plan.blank.volunteers.includes(plan.alias.row) ? 1 : 0);
  return out;
}

export const TEXT_TABLES = Object.keys(TEXT_FIELDS) as TextTable[];
