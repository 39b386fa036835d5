/**
 * The status sets every rule, check and page asks about, defined once so «open», «running» and «waiting» mean
 * the same in the reminders, the data check, the report and the sidebar.
 */
import type { Match, Participant } from './records';

type MatchSet = ReadonlySet<Match['status']>;

/** Proposed or agreed, not started yet. */
export const BEFORE_START: MatchSet = new Set(['Foreslått', 'Koblingsmøte avtalt']);
/** Started and not ended: active or paused. */
export const RUNNING: MatchSet = new Set(['Aktiv', 'Pause']);
/** Not ended or declined: a person in one of these is taken. */
export const OPEN: MatchSet = new Set([...BEFORE_START, ...RUNNING]);
/** Followed up from the match meeting (the call afterwards) until it ends. */
export const FOLLOWED: MatchSet = new Set(['Koblingsmøte avtalt', ...RUNNING]);
/** Has really started; a start date on a proposed match is only a plan. */
export const STARTED: MatchSet = new Set([...RUNNING, 'Avsluttet']);
/** A participant waiting for a volunteer: referred (e.g. registered in the sidebar) or marked waiting. */
export const WAITING_PARTICIPANT: ReadonlySet<Participant['status']> = new Set(['Henvist', 'Venter på kobling']);
