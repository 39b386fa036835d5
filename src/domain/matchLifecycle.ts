/**
 * The life of a match as allowed steps: proposed → meeting scheduled → active ↔ paused → ended, or declined
 * before it starts. Each action names the statuses it may start from; anything else is refused with a reason.
 */
import type { MatchStatus } from './vocabulary';

export const MATCH_ACTIONS = ['schedule', 'activate', 'pause', 'resume', 'end', 'closure', 'decline'] as const;
export type MatchAction = (typeof MATCH_ACTIONS)[number];

interface Step { label: string; from: readonly MatchStatus[]; to: MatchStatus | null }

/** `to: null` keeps the status (recording the closure conversation after the end). */
export const MATCH_STEPS: Record<MatchAction, Step> = {
  schedule: { label: 'Avtal koblingsmøte', from: ['Foreslått', 'Koblingsmøte avtalt'], to: 'Koblingsmøte avtalt' },
  activate: { label: 'Start koblingen', from: ['Koblingsmøte avtalt'], to: 'Aktiv' },
  pause: { label: 'Sett på pause', from: ['Aktiv'], to: 'Pause' },
  resume: { label: 'Gjenoppta', from: ['Pause'], to: 'Aktiv' },
  end: { label: 'Avslutt', from: ['Aktiv', 'Pause'], to: 'Avsluttet' },
  closure: { label: 'Registrer avkobling', from: ['Avsluttet'], to: null },
  decline: { label: 'Avslått (en av dem sa nei)', from: ['Foreslått', 'Koblingsmøte avtalt'], to: 'Avslått' },
};

export function allowedActions(status: MatchStatus): MatchAction[] {
  return MATCH_ACTIONS.filter((a) => MATCH_STEPS[a].from.includes(status));
}

/** Null when allowed, else the Norwegian reason. */
export function refusal(status: MatchStatus, action: MatchAction): string | null {
  const step = MATCH_STEPS[action];
  if (step.from.includes(status)) return null;
  const allowed = allowedActions(status).map((a) => `«${MATCH_STEPS[a].label}»`);
  return `«${step.label}» går bare fra status ${step.from.map((s) => `«${s}»`).join(' eller ')}; koblingen har status «${status}».` +
    (allowed.length > 0 ? ` Mulig nå: ${allowed.join(', ')}.` : ' Den kan ikke endres mer.');
}
