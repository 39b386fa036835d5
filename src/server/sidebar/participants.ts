/** «Deltaker»: register a referral from a crisis shelter. No name and no contact details, ever. */
import { WAITING_PARTICIPANT as WAITING } from '../../domain/matchStatus';
import { ParticipantSchema, type Participant } from '../../domain/records';
import { loadSettings } from '../../sheets/settingsSheet';
import { PARTICIPANTS } from '../../sheets/tables';
import type { Ports } from '../ports';
import type { ParticipantInput, ParticipantMatching, ParticipantPage, Saved } from './dto';
import { checkLists, PARTICIPANT_MATCHING } from './matchingFields';
import type { Ok } from './result';
import { appendWithNewId, openSession, underLock, usable } from './session';
import { asObject, checkFields, checkPrivacy, checkRecord } from './validate';


export function openParticipants(ports: Ports): Ok<ParticipantPage> {
  const s = openSession(ports);
  const shelters = loadSettings(s.wb).shelters.map((x) => x.name);
  const all = usable(s.wb.read(PARTICIPANTS)).records.map((r) => r.record);
  const waiting = all.filter((p) => WAITING.has(p.status)).map(({ id, shelter, status, referralDate }) => ({ id, shelter, status, referralDate }));
  const current = all.filter((p) => !DONE.has(p.status)).map((p) => ({ id: p.id, shelter: p.shelter, status: p.status, matching: participantMatching(p) }));
  return { ok: true, page: 'participant', today: s.today, shelters, waiting, current };
}

const FIELDS = ['shelter', 'birthYear', 'interpreterNeeded', 'needs', 'referralDate', 'note', ...PARTICIPANT_MATCHING] as const;
/** Her time in the project is over: nothing to match or edit. */
const DONE: ReadonlySet<Participant['status']> = new Set(['Avsluttet', 'Trukket seg']);

function participantMatching(p: Participant): ParticipantMatching {
  const { languages, interests, availability, municipality, area, travel, childrenJoin } = p;
  return { languages, interests, availability, municipality, area, travel, childrenJoin };
}

export function registerParticipant(ports: Ports, payload: ParticipantInput): Ok<Saved> {
  const errors = {};
  const values = checkLists(checkFields(ParticipantSchema.shape, payload, FIELDS, ['shelter', 'referralDate'], errors), errors);
  const draft = checkRecord(ParticipantSchema, { ...values, id: 'D-000', status: 'Henvist' }, errors);
  checkPrivacy({ note: draft.note, needs: draft.needs, interests: draft.interests }, asObject(payload).confirmPrivacy);
  return underLock(ports, (s) => {
    const shelters = loadSettings(s.wb).shelters.map((x) => x.name.trim().toLowerCase());
    if (shelters.length > 0 && !shelters.includes(draft.shelter.trim().toLowerCase())) {
      checkRecord(ParticipantSchema, draft, { shelter: `«${draft.shelter}» står ikke i krisesenterlisten i Innstillinger.` });
    }
    const saved = appendWithNewId(ports, s, usable(s.wb.read(PARTICIPANTS)), (id) => ({ ...draft, id }));
    return { ok: true, id: saved.id, message: `Deltaker ${saved.id} er registrert (henvist fra ${saved.shelter}).` };
  });
}

