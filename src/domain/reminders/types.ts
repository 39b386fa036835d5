/**
 * What the reminder rules produce. A deadline is one occurrence of a rule for one record (a match, a volunteer,
 * a participant, a follow-up): from `date` on it is due, until `until` (inclusive) when it lapses or another
 * rule takes over. Texts are Norwegian and carry codes and dates only, never names, notes or attributes.
 */
import type { IsoDate } from '../calendar';
import type { Contact, Match, Participant, Volunteer } from '../records';
import type { Settings } from '../settings';

/** Most urgent first: this is the order of the digest's sections. */
export const URGENCIES = ['bekymring', 'forfalt', 'nå', 'snart', 'til orientering'] as const;
export type Urgency = (typeof URGENCIES)[number];

export type RuleKey =
  | 'meeting-tomorrow' | 'after-meeting' | 'first-follow-up' | 'first-month' | 'follow-up' | 'follow-up-overdue'
  | 'ending-soon' | 'ending-passed' | 'outside-frame' | 'closure' | 'new-volunteer' | 'waiting-volunteer'
  | 'waiting-participant' | 'paused' | 'concern' | 'monthly-report' | 'check-row' | 'check-sheet' | 'run-failed';

/** The tables a reminder can link to (keys as in consistency.ts); null links to the spreadsheet itself. */
export type ReminderTable = 'matches' | 'volunteers' | 'participants' | 'contacts';
/** Where an item links: a table, or last month's report sheet (rule 11). */
export type LinkTarget = ReminderTable | 'report';

export interface Deadline {
  rule: RuleKey;
  /** The code the leader looks up: K-012, F-003, D-004, or a word such as «Månedsrapport». */
  code: string;
  /** Stable per occurrence (same key on every run while it is the same thing), e.g. `follow-up:K-012:2026-03-01`. */
  key: string;
  urgency: Urgency;
  /** What to do, in Norwegian. */
  text: string;
  /** Short label for the Koblinger column. */
  label: string;
  table: LinkTarget | null;
  row: number | null;
  /** First day it is due. */
  date: IsoDate;
  /** Last day it applies; null while it stays due until done. */
  until: IsoDate | null;
  /** An explicit repeat: shown again this many days after it was last sent while still due. */
  repeatEveryDays: number | null;
}

/** A due deadline, as the digest shows it. */
export type DueItem = Deadline;

export interface Rows<R> { row: number; record: R }

/** A row the parser could not read: the digest says «sjekk rad N», with the column headers only (no values). */
export interface BadRow { table: ReminderTable; sheet: string; row: number; columns: string[] }

/** A problem with a whole sheet (missing, or a column such as the ID gone): its rows get no reminders at all. */
export interface SheetProblem { table: ReminderTable; sheet: string; message: string }

export interface ReminderInput {
  today: IsoDate;
  settings: Settings;
  volunteers: Rows<Volunteer>[];
  participants: Rows<Participant>[];
  matches: Rows<Match>[];
  contacts: Rows<Contact>[];
}

/** A reminder to a volunteer herself (optional, off by default): nothing about the participant. */
export interface VolunteerNotice { volunteerId: string; key: string; plannedEnd: IsoDate }
