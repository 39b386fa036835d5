/**
 * What each due item asks the leader to do, as the form that does it: the «I dag» tab turns this into one
 * button per line. Keyed by rule, so a new reminder rule does not compile until it says where it leads.
 * Pure data about codes only; the sidebar decides how a form is opened and filled.
 */
import type { MatchAction } from '../matchLifecycle';
import type { ContactKind } from '../vocabulary';
import { byUrgency } from './due';
import type { DueItem, RuleKey } from './types';

export type ItemAction =
  /** «Oppfølging» with this match (K-…) or volunteer (F-…) chosen, and the kind of contact set. */
  | { kind: 'follow-up'; target: string; contactKind: ContactKind }
  /** «Kobling» with this match shown, and the step's form opened when one is named. */
  | { kind: 'match'; matchId: string; step: MatchAction | null }
  /** «Kobling» with the proposal form opened for this volunteer or participant. */
  | { kind: 'propose'; volunteerId: string | null; participantId: string | null }
  /** «Rapport» (last month is its default). */
  | { kind: 'report' };

/** Each rule's action and button label; null where no form does it (fix the sheet, read Kjørelogg). */
const ACTIONS: Record<RuleKey, ((d: DueItem) => { action: ItemAction; label: string }) | null> = {
  concern: (d) => ({ action: { kind: 'follow-up', target: d.code, contactKind: 'Månedlig oppfølging' }, label: 'Logg kontakten' }),
  'follow-up-overdue': (d) => followUp(d, 'Månedlig oppfølging', 'Logg oppfølging'),
  'follow-up': (d) => followUp(d, 'Månedlig oppfølging', 'Logg oppfølging'),
  'first-follow-up': (d) => followUp(d, 'Månedlig oppfølging', 'Logg oppfølging'),
  'first-month': (d) => followUp(d, 'Månedlig oppfølging', 'Logg oppfølging'),
  'after-meeting': (d) => followUp(d, 'Etter koblingsmøte', 'Logg samtalen'),
  'ending-soon': (d) => followUp(d, 'Før avslutning', 'Planlegg avslutningen'),
  'new-volunteer': (d) => followUp(d, 'Første kontakt', 'Logg første kontakt'),
  'meeting-tomorrow': (d) => ({ action: { kind: 'match', matchId: d.code, step: null }, label: 'Vis koblingen' }),
  'ending-passed': (d) => ({ action: { kind: 'match', matchId: d.code, step: 'end' }, label: 'Avslutt koblingen' }),
  'outside-frame': (d) => ({ action: { kind: 'match', matchId: d.code, step: 'end' }, label: 'Avslutt koblingen' }),
  closure: (d) => ({ action: { kind: 'match', matchId: d.code, step: 'closure' }, label: 'Registrer avkoblingen' }),
  paused: (d) => ({ action: { kind: 'match', matchId: d.code, step: null }, label: 'Vis koblingen' }),
  'waiting-volunteer': (d) => ({ action: { kind: 'propose', volunteerId: d.code, participantId: null }, label: 'Foreslå kobling' }),
  'waiting-participant': (d) => ({ action: { kind: 'propose', volunteerId: null, participantId: d.code }, label: 'Foreslå kobling' }),
  'monthly-report': () => ({ action: { kind: 'report' }, label: 'Lag rapporten' }),
  'check-row': null,
  'check-sheet': null,
  'run-failed': null,
};

function followUp(d: DueItem, contactKind: ContactKind, label: string): { action: ItemAction; label: string } {
  return { action: { kind: 'follow-up', target: d.code, contactKind }, label };
}

export interface TodayItem {
  urgency: DueItem['urgency'];
  code: string;
  /** What to do, the reminders' own sentence. */
  text: string;
  /** The button's label; null with no action. */
  button: string | null;
  action: ItemAction | null;
}

/**
 * The «I dag» list: the reminders' due items (the same evaluation, not a copy of it), in their order —
 * concerns, overdue, due now, soon, for information — each with the form that deals with it. Items without a
 * code (a setting, a failed run) are kept: they need the leader too.
 */
export function todayItems(due: readonly DueItem[]): TodayItem[] {
  return [...due].sort(byUrgency).map((d) => {
    const a = ACTIONS[d.rule]?.(d) ?? null;
    return { urgency: d.urgency, code: d.code, text: d.text, button: a?.label ?? null, action: a?.action ?? null };
  });
}
