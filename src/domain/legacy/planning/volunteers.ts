/** A volunteer list row: a new volunteer with her Kontaktinfo row, or a placeholder from an earlier import filled in. */
import * as R from '../../records';
import { screeningStatus } from '../../screening';
import { initials } from '../names';
import { imported, refusal, setAside, type KindPlanner } from './kind';
import { fill, fillIn, NO_VOLUNTEER, PLACEHOLDER_NOTE } from './templates';
import { FILLED_IN } from './types';

const SCREENING_DATES = ['courseDate', 'interviewDate', 'policeCertificateDate', 'nksDeclarationDate', 'shelterDeclarationDate'];

export const planVolunteer: KindPlanner = (row) => {
  const { state, v, ids, noteWith, extraNote, person: personFor } = row;
  const { volunteers, defaults } = state;
  const { existing } = state.input;
  const who = state.who('volunteer', v.name as string);
  if (!who.ok) return setAside(who.reason);
  const existingPerson = volunteers.find(who.raw);
  const placeholder = existingPerson && !existingPerson.isNew && !state.filled.has(existingPerson.id) ? existing.placeholders.get(existingPerson.id) : undefined;
  if (existingPerson && (!existingPerson.isNew || existingPerson.full) && !placeholder) {
    ids.volunteer = existingPerson.id;
    return setAside(existingPerson.isNew ? `Samme person som en rad over (${existingPerson.id}); bare den første importeres.` : `Finnes allerede som ${existingPerson.id}, så raden er ikke importert på nytt. Endringer må skrives inn for ${existingPerson.id} for hånd (sidepanelet eller arket Frivillige).`);
  }
  const found = placeholder ? { ok: true as const, person: existingPerson! } : personFor('volunteer', who.raw);
  if (!found.ok) return setAside(found.reason);
  const { person } = found;
  ids.volunteer = person.id;
  let status = v.status as R.Volunteer['status'] | null;
  if (!status) {
    // The one approval rule (screening.ts): all five steps and old enough, as the matching gate decides it.
    const steps = Object.fromEntries(SCREENING_DATES.map((d) => [d, (v[d] as string | undefined) || null])) as Pick<R.Volunteer, 'courseDate' | 'interviewDate' | 'policeCertificateDate' | 'nksDeclarationDate' | 'shelterDeclarationDate'>;
    status = v.quitDate ? 'Sluttet' : screeningStatus({ ...steps, birthYear: (v.birthYear as number | undefined) ?? null }, state.input.today);
    defaults.add('Status for frivillige uten status er utledet av datoene (sluttdato, kurs, samtale, politiattest, erklæringer).');
  }
  const record: R.Volunteer = {
    ...fill<Omit<R.Volunteer, 'id' | 'alias' | 'status' | 'note'>>(NO_VOLUNTEER, v), id: person.id, alias: initials(who.raw), status,
    note: noteWith(extraNote('status', 'Status'), extraNote('quitReason', 'Sluttårsak'), extraNote('recruitmentSource', 'Rekruttert via')),
  };
  const info: R.ContactInfo = { volunteerId: person.id, name: who.raw, phone: (v.phone as string) ?? '', email: (v.email as string) ?? '', preferredChannel: null };
  if (!placeholder) {
    const refused = refusal(row, R.VolunteerSchema, record) ?? refusal(row, R.ContactInfoSchema, info);
    if (refused) return refused;
    person.full = true;
    state.fullVolunteers.set(person.id, { record, info });
    return imported(person.id);
  }
  // Filled in, not replaced: what the leader typed into the placeholder since stays.
  const merged = { volunteer: fillIn(placeholder.volunteer, record), info: fillIn(placeholder.info ?? info, info) };
  if (placeholder.volunteer.status !== 'I kobling') merged.volunteer.status = record.status; // in a match she stays «I kobling»
  if (placeholder.volunteer.note.startsWith(PLACEHOLDER_NOTE)) merged.volunteer.note = record.note;
  // The list writes her name in full; the placeholder has it as the log did («Kari N.»).
  merged.info.name = info.name;
  merged.volunteer.alias = record.alias;
  const refused = refusal(row, R.VolunteerSchema, merged.volunteer) ?? refusal(row, R.ContactInfoSchema, merged.info);
  if (refused) return refused;
  state.filled.add(person.id);
  state.plan.filledIn.push(merged);
  state.plan.log.push({ row: null, fingerprint: `u${person.id}`, outcome: FILLED_IN, ids: person.id });
  defaults.add('Frivillige som en tidligere import opprettet uten opplysninger, er fylt ut fra frivilliglisten (felt som alt var fylt inn, er beholdt).');
  return imported(person.id);
};
