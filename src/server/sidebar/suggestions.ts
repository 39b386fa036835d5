/**
 * «Foreslå kobling» on the Kobling page: the domain's suggestions with each volunteer's alias, each
 * participant's list cut to its best few (the group's set is always shown whole). Read-only: nothing is
 * written, and the reasons go nowhere but the sidebar.
 */
import { suggestMatches, type PairScore, type Weights } from '../../domain/matching/suggest';
import type { Match, Participant, Volunteer } from '../../domain/records';
import type { Settings } from '../../domain/settings';
import type { SuggestionPair, SuggestionView } from './dto';

/** How many of each participant's possible volunteers are shown; the rest are counted. */
export const RANKED_SHOWN = 5;

export function weightsOf(s: Settings): Weights {
  return { weightInterests: s.weightInterests, weightAvailability: s.weightAvailability, weightArea: s.weightArea, weightAge: s.weightAge };
}

export function suggestionView(volunteers: readonly Volunteer[], participants: readonly Participant[], matches: readonly Match[], settings: Settings, today: string): SuggestionView {
  const weights = weightsOf(settings);
  const r = suggestMatches({ volunteers, participants, matches, weights, today });
  const alias = new Map(volunteers.map((v) => [v.id, v.alias]));
  const referral = new Map(participants.map((p) => [p.id, p.referralDate]));
  const chosen = new Set(r.groupBest.map((s) => `${s.participantId}|${s.volunteerId}`));
  const pair = (s: PairScore): SuggestionPair => ({ ...s, alias: alias.get(s.volunteerId) ?? '', inGroupBest: chosen.has(`${s.participantId}|${s.volunteerId}`) });
  const named = (e: { volunteerId: string; reasons: string[] }) => ({ ...e, alias: alias.get(e.volunteerId) ?? '' });
  return {
    weights,
    groupBest: r.groupBest.map(pair),
    unassigned: r.unassigned,
    participants: r.participants.map((p) => ({
      participantId: p.participantId,
      referralDate: referral.get(p.participantId) ?? null,
      ranked: p.ranked.slice(0, RANKED_SHOWN).map(pair),
      more: Math.max(0, p.ranked.length - RANKED_SHOWN),
      excluded: p.excluded.map(named),
    })),
    unavailable: r.unavailable.map(named),
  };
}
