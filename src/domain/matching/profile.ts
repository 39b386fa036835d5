/**
 * The matching fields of a volunteer or participant, read once into comparable sets. The cells are lenient text
 * (a list typed by hand, an older free-text value), so reading is by normalised item and by keyword; the sidebar
 * offers only the fixed lists, and `unlistedItems` is how the server refuses anything else from a form.
 */
import { splitIds } from '../ids';
import type { Participant, Volunteer } from '../records';
import { TRAVEL, type Availability, type Travel } from '../vocabulary';

export interface Profile {
  id: string;
  birthYear: number | null;
  /** Lower-case, trimmed; empty when not filled in (unknown, never «none»). */
  languages: ReadonlySet<string>;
  /** Lower-case; «annet» is left out (it says nothing two people share). */
  interests: ReadonlySet<string>;
  availability: ReadonlySet<Availability>;
  municipality: string;
  area: string;
  travel: Travel | null;
}

export const splitList = (s: string): string[] => s.split(/[,;/\n]+/).map((x) => x.trim()).filter((x) => x !== '');
const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const set = (s: string) => new Set(splitList(s).map(norm));

/** Older free text («kveld», «helg og dagtid») still counts: each slot is found by its keyword. */
const SLOT_WORDS: ReadonlyArray<[Availability, RegExp]> = [
  ['Hverdager dagtid', /dag(tid)?|hverdag|formiddag|ettermiddag/],
  ['Kvelder', /kveld/],
  ['Helger', /helg|lørdag|søndag/],
];

export function readAvailability(s: string): Set<Availability> {
  const out = new Set<Availability>();
  for (const item of splitList(s).map(norm)) for (const [slot, words] of SLOT_WORDS) if (words.test(item)) out.add(slot);
  return out;
}

function profile(id: string, birthYear: number | null, r: Pick<Volunteer, 'languages' | 'interests' | 'availability' | 'municipality' | 'area' | 'travel'>): Profile {
  const interests = set(r.interests);
  interests.delete('annet');
  return {
    id, birthYear, languages: set(r.languages), interests, availability: readAvailability(r.availability),
    municipality: norm(r.municipality), area: norm(r.area), travel: r.travel,
  };
}

export interface VolunteerProfile extends Profile { canMeetWithChildren: boolean; notSuitableFor: ReadonlySet<string> }
export interface ParticipantProfile extends Profile { childrenJoin: boolean }

type Fields = Pick<Volunteer, 'id' | 'birthYear' | 'languages' | 'interests' | 'availability' | 'municipality' | 'area' | 'travel'>;

export function volunteerProfile(v: Fields & Pick<Volunteer, 'canMeetWithChildren' | 'notSuitableFor'>): VolunteerProfile {
  return { ...profile(v.id, v.birthYear, v), canMeetWithChildren: v.canMeetWithChildren, notSuitableFor: new Set(splitIds(v.notSuitableFor)) };
}

export function participantProfile(p: Fields & Pick<Participant, 'childrenJoin'>): ParticipantProfile {
  return { ...profile(p.id, p.birthYear, p), childrenJoin: p.childrenJoin };
}

/** How far she goes: 0 the neighbourhood … 3 the whole region; unknown counts as her own municipality. */
export const reach = (t: Travel | null): number => (t === null ? 1 : TRAVEL.indexOf(t));

/** Items of a list cell that are not on its fixed list (case-insensitive): what a form may not send. */
export function unlistedItems(s: string, list: readonly string[]): string[] {
  const known = new Set(list.map(norm));
  return splitList(s).filter((x) => !known.has(norm(x)));
}

/** The cell text for the chosen items, in the list's own order and spelling. */
export function listCell(items: readonly string[], list: readonly string[]): string {
  const chosen = new Set(items.map(norm));
  return list.filter((x) => chosen.has(norm(x))).join(', ');
}

/** The sidebar's checkboxes for a cell: the listed values it holds, in the list's spelling. */
export function listedItems(s: string, list: readonly string[]): string[] {
  const held = new Set(splitList(s).map(norm));
  return list.filter((x) => held.has(norm(x)));
}

