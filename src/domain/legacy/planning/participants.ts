/** A participant list row: a new participant under a D- ID; her name is never stored, only fingerprints of it. */
import * as R from '../../records';
import { imported, setAside, type KindPlanner } from './kind';
import { fill, NO_PARTICIPANT, schemaErrors } from './templates';

export const planParticipant: KindPlanner = ({ state, table, v, ids, noteWith }) => {
  const { participants } = state;
  const existingPerson = participants.find(v.participant as string);
  if (existingPerson && (!existingPerson.isNew || existingPerson.full)) {
    ids.participant = existingPerson.id;
    return setAside(existingPerson.isNew ? `Samme person som en rad over (${existingPerson.id}); bare den første importeres.` : `Finnes allerede som ${existingPerson.id}; ikke importert på nytt.`);
  }
  const person = participants.getOrCreate(v.participant as string);
  ids.participant = person.id;
  if (!v.status) state.defaults.add('Status for deltakere uten status: Henvist.');
  const record: R.Participant = { ...fill<Omit<R.Participant, 'id' | 'status' | 'note'>>(NO_PARTICIPANT, v), id: person.id, status: (v.status as R.Participant['status']) ?? 'Henvist', note: noteWith() };
  const problem = schemaErrors(R.ParticipantSchema, record, table.labels);
  if (problem) return setAside(problem);
  person.full = true;
  state.fullParticipants.set(person.id, record);
  return imported(person.id);
};
