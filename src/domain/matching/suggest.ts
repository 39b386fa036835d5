/**
 * «Foreslå kobling»: help for the leader, never a decision. Hard exclusions come first, each with its reason;
 * every pair that remains gets a score whose terms are shown; and the set of pairs best for the whole group
 * is an optimal assignment over the score matrix (the munkres library), exclusions impossible. It runs in the
 * sidebar on what the server read (candidates.ts), and writes nothing: a suggestion becomes a match only when the
 * leader proposes it.
 */
import munkres from 'munkres';
import type { Availability } from '../vocabulary';
import { pairKey, type SuggestInput, type Weights } from './candidates';
import { participantProfile, reach, volunteerProfile, type ParticipantProfile, type VolunteerProfile } from './profile';

export type { SuggestInput, Weights };
export type Factor = 'interests' | 'availability' | 'area' | 'age';

export interface ScoreTerm { factor: Factor; points: number; text: string }
export interface PairScore { participantId: string; volunteerId: string; points: number; terms: ScoreTerm[] }
/** Why a volunteer cannot be proposed: for everyone (not approved, in a match) or for this participant. */
export interface Exclusion { volunteerId: string; reasons: string[] }

export interface ParticipantSuggestions {
  participantId: string;
  /** Every possible volunteer, best first (ties by ID). */
  ranked: PairScore[];
  /** Volunteers ruled out for her in particular, with the reasons. */
  excluded: Exclusion[];
}

export interface Suggestions {
  /** The pairs best for the group: as many participants matched as possible, then the highest total score. */
  groupBest: PairScore[];
  /** Waiting participants no possible volunteer is left for in the group's best set. */
  unassigned: string[];
  participants: ParticipantSuggestions[];
  /** Volunteers ruled out for everyone, with the reasons (not approved, already in an open match). */
  unavailable: Exclusion[];
}

const AVAILABILITY_WORDS: Record<Availability, string> = { 'Hverdager dagtid': 'på dagtid', Kvelder: 'kvelder', Helger: 'helger' };
const round1 = (n: number) => Math.round(n * 10) / 10;
const both = <T>(a: ReadonlySet<T>, b: ReadonlySet<T>): T[] => [...a].filter((x) => b.has(x));

/** Full points within 5 years, none from 25 years apart («alder» in the handbook: close in age, not equal). */
const AGE_FULL = 5;
const AGE_NONE = 25;

type Term = { fraction: number; text: string };

function interestsTerm(p: ParticipantProfile, v: VolunteerProfile): Term {
  if (p.interests.size === 0 || v.interests.size === 0) return { fraction: 0, text: 'interesser ikke oppgitt' };
  const common = both(p.interests, v.interests).sort();
  return common.length === 0 ? { fraction: 0, text: 'ingen felles interesser' } : { fraction: Math.min(common.length, 3) / 3, text: `felles interesser: ${common.join(', ')}` };
}

/** What she can do is what counts: the share of the participant's times the volunteer can too. */
function availabilityTerm(p: ParticipantProfile, v: VolunteerProfile): Term {
  if (p.availability.size === 0 || v.availability.size === 0) return { fraction: 0, text: 'tid ikke oppgitt' };
  const common = both(p.availability, v.availability);
  return common.length === 0 ? { fraction: 0, text: 'ingen felles tid' } : { fraction: common.length / p.availability.size, text: `begge ${common.map((a) => AVAILABILITY_WORDS[a]).join(' og ')}` };
}

function areaTerm(p: ParticipantProfile, v: VolunteerProfile): Term {
  if (p.municipality === '' || v.municipality === '') return { fraction: 0, text: 'område ikke oppgitt' };
  const farthest = Math.max(reach(p.travel), reach(v.travel));
  if (p.municipality === v.municipality) {
    if (p.area !== '' && p.area === v.area) return { fraction: 1, text: 'samme bydel' };
    if (p.area !== '' && v.area !== '' && farthest === 0) return { fraction: 0.25, text: 'samme kommune, ulik bydel' };
    return { fraction: 0.75, text: 'samme kommune' };
  }
  return farthest >= 2 ? { fraction: 0.4, text: 'ulik kommune – kan reise' } : { fraction: 0, text: 'ulik kommune' };
}

function ageTerm(p: ParticipantProfile, v: VolunteerProfile): Term {
  if (p.birthYear === null || v.birthYear === null) return { fraction: 0, text: 'alder ikke oppgitt' };
  const diff = Math.abs(p.birthYear - v.birthYear);
  const fraction = diff <= AGE_FULL ? 1 : diff >= AGE_NONE ? 0 : (AGE_NONE - diff) / (AGE_NONE - AGE_FULL);
  return { fraction, text: `aldersforskjell ca. ${diff} år` };
}

const FACTORS: ReadonlyArray<[Factor, keyof Weights, (p: ParticipantProfile, v: VolunteerProfile) => Term]> = [
  ['interests', 'weightInterests', interestsTerm],
  ['availability', 'weightAvailability', availabilityTerm],
  ['area', 'weightArea', areaTerm],
  ['age', 'weightAge', ageTerm],
];

/** The score of a possible pair, term by term; a factor weighted 0 is switched off and not shown. */
export function scorePair(p: ParticipantProfile, v: VolunteerProfile, weights: Weights): PairScore {
  const terms: ScoreTerm[] = [];
  let total = 0;
  for (const [factor, key, term] of FACTORS) {
    if (weights[key] === 0) continue;
    const t = term(p, v);
    total += weights[key] * t.fraction;
    terms.push({ factor, points: round1(weights[key] * t.fraction), text: t.text });
  }
  return { participantId: p.id, volunteerId: v.id, points: round1(total), terms };
}

/** The hard exclusions of one pair, every one that applies (empty: the pair is possible). */
export function pairExclusions(p: ParticipantProfile, v: VolunteerProfile, declined: ReadonlySet<string>): string[] {
  const reasons: string[] = [];
  if (p.languages.size > 0 && v.languages.size > 0 && both(p.languages, v.languages).length === 0) {
    reasons.push(`ingen felles språk (${p.id}: ${[...p.languages].join(', ')}; ${v.id}: ${[...v.languages].join(', ')})`);
  }
  if (p.childrenJoin && !v.canMeetWithChildren) reasons.push(`barn blir med, men ${v.id} kan ikke møte med barn`);
  if (v.notSuitableFor.has(p.id)) reasons.push(`merket «ikke aktuell for ${p.id}»`);
  if (declined.has(pairKey(p.id, v.id))) reasons.push('en av dem har sagt nei til denne koblingen før');
  return reasons;
}


/**
 * The group's best set: an optimal assignment maximising first the number of participants who get a volunteer,
 * then the total score (a possible pair is worth more than the best total of all the others together, so no
 * participant is left out to raise the others' scores). Impossible pairs are worth nothing and dropped after.
 */
export function groupBest(rows: readonly string[], cols: readonly string[], scores: ReadonlyMap<string, PairScore>): PairScore[] {
  if (rows.length === 0 || cols.length === 0) return [];
  const tenths = (s: PairScore) => Math.round(s.points * 10);
  let best = 0;
  for (const s of scores.values()) best = Math.max(best, tenths(s));
  const pairWorth = best * Math.min(rows.length, cols.length) + 1;
  const profit = rows.map((r) => cols.map((c) => {
    const s = scores.get(pairKey(r, c));
    return s ? pairWorth + tenths(s) : 0;
  }));
  const top = pairWorth + best;
  const cost = profit.map((row) => row.map((x) => top - x));
  const order = new Map(rows.map((id, i) => [id, i]));
  return munkres(cost)
    .map(([r, c]) => scores.get(pairKey(rows[r]!, cols[c]!)))
    .filter((s): s is PairScore => s !== undefined)
    .sort((a, b) => order.get(a.participantId)! - order.get(b.participantId)!);
}

/** Suggestions for the waiting participants against the volunteers: one pass per pair, then one assignment. */
export function suggestMatches(input: SuggestInput): Suggestions {
  const declined = new Set(input.declined);
  const unavailable: Exclusion[] = [];
  const free: VolunteerProfile[] = [];
  for (const v of input.volunteers) {
    if (v.unavailable.length > 0) unavailable.push({ volunteerId: v.id, reasons: v.unavailable });
    else free.push(volunteerProfile(v));
  }
  const waiting = input.participants.map(participantProfile);
  const scores = new Map<string, PairScore>();
  const participants: ParticipantSuggestions[] = waiting.map((p) => {
    const ranked: PairScore[] = [];
    const excluded: Exclusion[] = [];
    for (const v of free) {
      const reasons = pairExclusions(p, v, declined);
      if (reasons.length > 0) { excluded.push({ volunteerId: v.id, reasons }); continue; }
      const s = scorePair(p, v, input.weights);
      scores.set(pairKey(p.id, v.id), s);
      ranked.push(s);
    }
    ranked.sort((a, b) => b.points - a.points || (a.volunteerId < b.volunteerId ? -1 : 1));
    return { participantId: p.id, ranked, excluded };
  });
  const rows = waiting.map((p) => p.id);
  const best = groupBest(rows, free.map((v) => v.id), scores);
  const placed = new Set(best.map((s) => s.participantId));
  return { groupBest: best, unassigned: rows.filter((id) => !placed.has(id)), participants, unavailable };
}
