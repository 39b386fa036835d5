/**
 * What the import planner takes and gives: the tab and its chosen tables, what the spreadsheet already holds,
 * and the plan (new records per table, rows set aside with a reason, the log for the next import).
 */
import type { IsoDate } from '../../calendar';
import type * as R from '../../records';
import type { MatchStatus } from '../../vocabulary';
import type { Mapping, RowRole } from '../detect';
import type { BlockKind } from '../fields';
import type { SourceCell } from '../text';

/** A table to import; `cols` and `roles` when it stands beside another one on the tab (see detect.ts). */
export interface PlanBlock { headerRow: number; end: number; kind: BlockKind; mapping: Mapping; cols?: { first: number; end: number }; roles?: readonly RowRole[] }

export interface ExistingMatch { id: string; volunteerId: string; participantId: string; status: MatchStatus }

export interface ExistingData {
  /** IDs in use per kind (sheet rows and IDs an earlier import created), so none is given twice. */
  ids: Record<'volunteer' | 'participant' | 'match' | 'contact', string[]>;
  /** Names in Kontaktinfo. */
  volunteerNames: Array<{ id: string; name: string }>;
  /** Participant fingerprints from earlier imports → D-ID ('' for a short form that fits several). */
  participantPrints: Map<string, string>;
  matches: ExistingMatch[];
  /** Row fingerprint → what an earlier import did with it. */
  rowLog: Map<string, RowOutcomeKind>;
  /** Volunteers an earlier import created as placeholders (from a match list or log) and nobody filled in yet. */
  placeholders: Map<string, { volunteer: R.Volunteer; info: R.ContactInfo | null }>;
  /** Matches an earlier import inferred from a contact log and no match list has replaced yet. */
  inferredMatches?: ReadonlySet<string>;
}

export type RowOutcomeKind = 'importert' | 'satt til side';

export interface PlanInput {
  sheetName: string;
  grid: ReadonlyArray<readonly SourceCell[]>;
  roles: readonly RowRole[];
  blocks: readonly PlanBlock[];
  existing: ExistingData;
  today: IsoDate;
  /** Salts new participant fingerprints (random per spreadsheet, kept in document properties). */
  salt: string;
  /** Salts of fingerprints made before (the spreadsheet id): still recognised, never written. */
  earlierSalts?: readonly string[];
  loggedBy: string;
  /** `yyyy-MM-ddTHH:mm`, the «Logget» time of imported contacts. */
  loggedAt: string;
  previewLimit?: number;
  /** Names written in the name columns of the spreadsheet's other tabs: scrubbed from notes here too, and short forms resolve against them. */
  otherNames?: { volunteers: readonly string[]; participants: readonly string[] };
  /** The leader has read the notes of a table without a name column and says they may be imported as they are. */
  notesReviewed?: boolean;
}

export const SET_ASIDE = 'Satt til side';
export const NOTE_HELD = 'Merknad holdt tilbake';
/** Imported, with something the leader should look at (a value left empty, a short form linked, a name removed from the note). */
export const FLAGGED = 'Importert med merknad';
/** A table the leader chose not to import, and a tab with no table the import knows: seen, named, not imported. */
export const NOT_IMPORTED = 'Ikke importert';
export const NOT_A_LOG = 'Ikke en logg';

export interface Deviation {
  row: number;
  outcome: typeof SET_ASIDE | typeof NOTE_HELD | typeof FLAGGED | typeof NOT_IMPORTED | typeof NOT_A_LOG;
  reason: string;
  /** The record the row became (for held notes). */
  id: string;
  /** «Header: value · …», names, contact details, birth dates and free text masked. */
  values: string;
  /** The cells a table or tab covers (1-based, inclusive), for «Ikke importert» and «Ikke en logg». */
  area?: { top: number; left: number; bottom: number; right: number };
}

export interface LogEntry { row: number | null; fingerprint: string; outcome: RowOutcomeKind | 'deltaker' | typeof PLACEHOLDER | typeof FILLED_IN | typeof INFERRED | typeof REPLACED; ids: string }

/** Importlogg outcomes for a volunteer created as a placeholder, and for one later filled in from a list row. */
export const PLACEHOLDER = 'plassholder';
export const FILLED_IN = 'utfylt';
/** Importlogg outcomes for a match inferred from a contact log, and for one a match list row later replaced. */
export const INFERRED = 'utledet';
export const REPLACED = 'erstattet';

export interface PreviewRow { row: number; block: number; outcome: 'importeres' | 'settes til side' | 'importert før'; reason: string; values: Array<[string, string]> }

export interface PlanCounts { dataRows: number; imported: number; setAside: number; alreadyImported: number; skipped: number; blank: number; titleRows: number; heldNotes: number; flagged: number;
  /** Rows whose content in columns the import does not map was kept in the note. */
  unmappedKept: number;
  /** Tables left out («Ikke importer») and tabs with no table the import knows, named in Importavvik. */
  unusable: number;
  /** Rows whose notes were held back because their table has no name column (names would be unknown). */
  heldNoNames: number }

export interface ImportPlan {
  volunteers: R.Volunteer[];
  contactInfo: R.ContactInfo[];
  /** Placeholders from an earlier import filled in from this tab's volunteer rows (updates, not new rows). */
  filledIn: Array<{ volunteer: R.Volunteer; info: R.ContactInfo }>;
  participants: R.Participant[];
  matches: R.Match[];
  contacts: R.Contact[];
  deviations: Deviation[];
  log: LogEntry[];
  counts: PlanCounts;
  preview: PreviewRow[];
  /** Values filled in where the tab had none, said once each. */
  defaults: string[];
  /** Matches inferred from a contact log by an earlier import, replaced by this tab's match list rows (same ID). */
  matchUpdates: R.Match[];
  /** Matches that exist only because the contact log has contacts for the pair. */
  inferred: Array<{ id: string; status: MatchStatus }>;
}

