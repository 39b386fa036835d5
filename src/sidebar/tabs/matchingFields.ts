/**
 * The optional matching fields in the Frivillig and Deltaker forms: the fixed lists as checkboxes, area and
 * travel, children. Used when registering and when editing; the cells hold the lists as comma-separated text.
 */
import { listedItems, unlistedItems } from '../../domain/matching/profile';
import { AVAILABILITY, INTERESTS, LANGUAGES, TRAVEL } from '../../domain/vocabulary';
import type { ParticipantMatching, VolunteerMatching } from '../../server/sidebar/dto';
import { el } from '../dom';

const LISTS = { languages: LANGUAGES, interests: INTERESTS, availability: AVAILABILITY } as const;

const COMMON = [
  { name: 'languages', label: 'Språk hun kan bruke i møtene', kind: 'checks', options: LANGUAGES },
  { name: 'interests', label: 'Interesser og aktiviteter', kind: 'checks', options: INTERESTS },
  { name: 'availability', label: 'Når hun kan møtes', kind: 'checks', options: AVAILABILITY },
  { name: 'municipality', label: 'Kommune', kind: 'text' },
  { name: 'area', label: 'Bydel/område', kind: 'text', hint: 'Del av kommunen, aldri adresse.' },
  { name: 'travel', label: 'Kan reise', kind: 'select', blank: '–', options: TRAVEL },
] as const;

export const VOLUNTEER_MATCHING = [...COMMON,
  { name: 'canMeetWithChildren', label: 'Kan møte med barn', kind: 'checkbox' },
  { name: 'notSuitableFor', label: 'Ikke aktuell for (deltaker-ID)', kind: 'text', hint: 'F.eks. D-007, D-012: hennes eller deltakerens ønske. Ingen begrunnelse her.' },
] as const;

export const PARTICIPANT_MATCHING = [...COMMON,
  { name: 'childrenJoin', label: 'Barn blir med', kind: 'checkbox' },
] as const;

export const MATCHING_HINT = 'Valgfritt. Bare kategorier, brukt til forslag i «Foreslå kobling» (fanen Kobling).';

/** The checkbox lists as the cell text the server takes. */
export function listsToCells<T extends Record<keyof typeof LISTS, string[]>>(v: T): Omit<T, keyof typeof LISTS> & Record<keyof typeof LISTS, string> {
  return { ...v, languages: v.languages.join(', '), interests: v.interests.join(', '), availability: v.availability.join(', ') };
}

interface Settable { set(name: string, value: unknown): void }

/**
 * Fills the form from her row; returns what the cells hold outside the lists (typed in the sheet), which the
 * checkboxes cannot show and a save would drop, so the page can say so.
 */
export function fillMatching(form: Settable, m: VolunteerMatching | ParticipantMatching): string[] {
  const outside: string[] = [];
  for (const [name, list] of Object.entries(LISTS) as Array<[keyof typeof LISTS, readonly string[]]>) {
    form.set(name, listedItems(m[name], list));
    outside.push(...unlistedItems(m[name], list));
  }
  for (const [name, value] of Object.entries(m)) if (!(name in LISTS)) form.set(name, value);
  return outside;
}


/**
 * A matching editor's person picker and section, for the Frivillig and Deltaker tabs alike: choosing her fills the
 * fields, and a hint below the picker says what the sheet holds outside the lists (a save would drop it).
 */
export function matchingSection(form: Settable & { root: HTMLElement }, pick: HTMLSelectElement,
  matchingOf: (id: string) => VolunteerMatching | ParticipantMatching | undefined): HTMLElement {
  const outside = el('p', { class: 'hint', 'aria-live': 'polite' });
  pick.addEventListener('change', () => {
    const m = matchingOf(pick.value);
    const extra = m ? fillMatching(form, m) : [];
    outside.textContent = extra.length > 0 ? `Står i arket, men ikke på listene (forsvinner når du lagrer): ${extra.join(', ')}.` : '';
  });
  pick.closest('.field')!.after(outside);
  return el('div', {}, el('p', { class: 'hint' }, MATCHING_HINT), form.root);
}
