/** A participant list row: a new participant under a D- ID; her name is never stored, only fingerprints of it. */
import * as R from '../../records';
import { imported, refusal, setAside, type KindPlanner } from './kind';
import { fill, NO_PARTICIPANT } from './templates';

export const planParticipant: KindPlanner = (row) => {
  const { state, v, ids, noteWith, person: personFor } = row;
  const who = state.who('participant', v.participant as string);
  if (!who.ok) return setAside(who.reason);
  const existingPerson = state.participants.find(who.raw);
  if (existingPerson && (!existingPerson.isNew || existingPerson.full)) {
    ids.participant = existingPerson.id;
    return setAside(existingPerson.isNew ? `Samme person som en rad over (${existingPerson.id}); bare den første importeres.` : `Finnes allerede som ${existingPerson.id}; ikke importert på nytt.`);
  }
  const found = personFor('participant', who.raw);
  if (!found.ok) return setAside(found.reason);
  const { person } = found;
  ids.participant = person.id;
  if (!v.status) state.defaults.add('Status for deltakere uten status: Henvist.');
  const record: R.Participant = { ...fill<Omit<R.Participant, 'id' | 'status' | 'note'>>(NO_PARTICIPANT, v), id: person.id, status: (v.status as R.Participant['status']) ?? 'Henvist', note: noteWith() };
  const refused = refusal(row, R.ParticipantSchema, record);
  if (refused) return refused;
  person.full = true;
  state.fullParticipants.set(person.id, record);
  return imported(person.id);
};
