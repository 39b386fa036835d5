/**
 * The optional matching fields as a form sends them (languages, interests and times as comma-separated lists from
 * the fixed lists), checked and written in the lists' own spelling. The sheet itself stays lenient text.
 */
import { listCell, splitList, unlistedItems } from '../../domain/matching/profile';
import { ParticipantSchema, VolunteerSchema } from '../../domain/records';
import { AVAILABILITY, INTERESTS, LANGUAGES } from '../../domain/vocabulary';
import { PARTICIPANTS, VOLUNTEERS } from '../../sheets/tables';
import type { Ports } from '../ports';
import type { ParticipantMatchingInput, Saved, VolunteerMatchingInput } from './dto';
import { Refusal, type FieldErrors, type Ok } from './result';
import { underLock, usable } from './session';
import { asObject, checkFields, checkRecord, refuseIfAny } from './validate';

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

const COMMON = ['languages', 'interests', 'availability', 'municipality', 'area', 'travel'] as const;
export const VOLUNTEER_MATCHING = [...COMMON, 'canMeetWithChildren', 'notSuitableFor'] as const;
export const PARTICIPANT_MATCHING = [...COMMON, 'childrenJoin'] as const;

/** One person's matching fields («Opplysninger for kobling»), saved on their own: nothing else of her row changes. */
function saveMatching(ports: Ports, payload: unknown, volunteer: boolean): Ok<Saved> {
  const [def, schema, fields, key] = volunteer
    ? [VOLUNTEERS, VolunteerSchema, VOLUNTEER_MATCHING, 'volunteerId'] as const
    : [PARTICIPANTS, ParticipantSchema, PARTICIPANT_MATCHING, 'participantId'] as const;
  const errors = {};
  const values = checkLists(checkFields(schema.shape as unknown as Parameters<typeof checkFields<string>>[0], payload, fields, [], errors), errors);
  refuseIfAny(errors);
  const id = asObject(payload)[key];
  return underLock(ports, (s) => {
    const table = usable(s.wb.read(def as typeof VOLUNTEERS));
    const hit = table.records.find((r) => r.record.id === id);
    if (!hit) throw new Refusal(`${String(id)} finnes ikke i ${def.sheetName} (eller raden har feil; se «Kontroller data»).`, { [key]: 'Finnes ikke.' });
    const updated = checkRecord(schema as typeof VolunteerSchema, { ...hit.record, ...values });
    s.wb.update(table, hit.row, updated);
    return { ok: true, id: updated.id, message: `Koblingsopplysningene for ${updated.id} er lagret.` };
  });
}

export const updateVolunteerMatching = (ports: Ports, payload: VolunteerMatchingInput) => saveMatching(ports, payload, true);
export const updateParticipantMatching = (ports: Ports, payload: ParticipantMatchingInput) => saveMatching(ports, payload, false);
