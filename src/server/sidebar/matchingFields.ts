/**
 * The optional matching fields as a form sends them (languages, interests and times as comma-separated lists from
 * the fixed lists), checked and written in the lists' own spelling. The sheet itself stays lenient text.
 */
import { listCell, splitList, unlistedItems } from '../../domain/matching/profile';
import { AVAILABILITY, INTERESTS, LANGUAGES } from '../../domain/vocabulary';
import type { FieldErrors } from './result';

const LISTS = { languages: LANGUAGES, interests: INTERESTS, availability: AVAILABILITY } as const;
type ListField = keyof typeof LISTS;

/** Refuses an item that is not on its list (at its field); the accepted ones come back in the list's spelling. */
export function checkLists<T extends Partial<Record<ListField, unknown>>>(values: T, errors: FieldErrors): T {
  const out = { ...values };
  for (const f of Object.keys(LISTS) as ListField[]) {
    const v = values[f];
    if (typeof v !== 'string') continue;
    const unknown = unlistedItems(v, LISTS[f]);
    if (unknown.length > 0) errors[f] = `${unknown.map((x) => `«${x}»`).join(', ')} står ikke på listen. Velg fra listen.`;
    else (out as Record<string, unknown>)[f] = listCell(splitList(v), LISTS[f]);
  }
  return out;
}
