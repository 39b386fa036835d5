/**
 * What «Foreslå kobling» starts from, read on the server with the one approval rule: every volunteer who has not
 * quit with her matching fields and the reasons she is out for everyone (not approved, already in an open match),
 * the waiting participants without an open match, the pairs that declined before, and the weights. The scoring
 * and the assignment (suggest.ts) run in the sidebar on this, so they cost the server bundle nothing.
 */
import { OPEN, WAITING_PARTICIPANT } from '../matchStatus';
import type { Match, Participant, Volunteer } from '../records';
import { eligibility } from '../screening';
import type { Settings } from '../settings';

export type Weights = Pick<Settings, 'weightInterests' | 'weightAvailability' | 'weightArea' | 'weightAge'>;

const FIELDS = ['id', 'birthYear', 'languages', 'interests', 'availability', 'municipality', 'area', 'travel'] as const;
type Fields = (typeof FIELDS)[number];

/** Only the fields matching needs leave the server: no notes, no screening dates. */
function pick<T, K extends keyof T>(o: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = o[k];
  return out;
}
export type VolunteerCandidate = Pick<Volunteer, Fields | 'alias' | 'canMeetWithChildren' | 'notSuitableFor'> & { unavailable: string[] };
export type ParticipantCandidate = Pick<Participant, Fields | 'referralDate' | 'childrenJoin'>;

export interface SuggestInput {
  /** By ID. */
  volunteers: VolunteerCandidate[];
  /** Longest waiting first (no referral date last), then by ID: the order of the lists and of the matrix rows. */
  participants: ParticipantCandidate[];
  /** `participantId|volunteerId` of every pair with a declined («Avslått») match. */
  declined: string[];
  weights: Weights;
}

export const pairKey = (participantId: string, volunteerId: string): string => `${participantId}|${volunteerId}`;

export function weightsOf(s: Settings): Weights {
  return { weightInterests: s.weightInterests, weightAvailability: s.weightAvailability, weightArea: s.weightArea, weightAge: s.weightAge };
}

/** Not approved (the one approval rule, as of today) or already bound by an open match: out for everyone. */
function unavailable(v: Volunteer, openMatch: Match | undefined, today: string): string[] {
  const reasons = eligibility(v, today).missing.map((m) => m.label.charAt(0).toLowerCase() + m.label.slice(1));
  if (reasons.length > 0) reasons.unshift('ikke godkjent');
  if (openMatch) reasons.push(`allerede i kobling ${openMatch.id} (${openMatch.status})`);
  return reasons;
}

function byReferral(a: Participant, b: Participant): number {
  const da = a.referralDate ?? '9999-12-31';
  const db = b.referralDate ?? '9999-12-31';
  return da !== db ? (da < db ? -1 : 1) : a.id < b.id ? -1 : 1;
}

export function suggestInput(r: { volunteers: readonly Volunteer[]; participants: readonly Participant[]; matches: readonly Match[]; weights: Weights; today: string }): SuggestInput {
  const openByVolunteer = new Map<string, Match>();
  const openParticipants = new Set<string>();
  const declined: string[] = [];
  for (const m of r.matches) {
    if (OPEN.has(m.status)) {
      if (!openByVolunteer.has(m.volunteerId)) openByVolunteer.set(m.volunteerId, m);
      openParticipants.add(m.participantId);
    }
    if (m.status === 'Avslått') declined.push(pairKey(m.participantId, m.volunteerId));
  }
  const volunteers = r.volunteers.filter((v) => v.status !== 'Sluttet').sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((v) => ({ ...pick(v, [...FIELDS, 'alias', 'canMeetWithChildren', 'notSuitableFor']), unavailable: unavailable(v, openByVolunteer.get(v.id), r.today) }));
  const participants = r.participants.filter((p) => WAITING_PARTICIPANT.has(p.status) && !openParticipants.has(p.id)).sort(byReferral)
    .map((p) => pick(p, [...FIELDS, 'referralDate', 'childrenJoin']));
  return { volunteers, participants, declined, weights: r.weights };
}
