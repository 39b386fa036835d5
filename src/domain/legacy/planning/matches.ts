/** A match list row: a match between the two people it names (created as placeholders when not listed). */
import { addMonths } from '../../calendar';
import * as R from '../../records';
import type { MatchStatus } from '../../vocabulary';
import { imported, refusal, setAside, type KindPlanner } from './kind';
import { DEFAULT_MONTHS, fill, NO_MATCH } from './templates';
import { REPLACED } from './types';

export const planMatch: KindPlanner = (row) => {
  const { state, v, ids, noteWith, extraNote, person } = row;
  const { defaults } = state;
  const volFound = person('volunteer', v.volunteer as string);
  if (!volFound.ok) return setAside(volFound.reason);
  const parFound = person('participant', v.participant as string);
  if (!parFound.ok) return setAside(parFound.reason);
  const vol = volFound.person;
  const par = parFound.person;
  ids.volunteer = vol.id;
  ids.participant = par.id;
  const dup = state.matches.pair(vol.id, par.id);
  // The same match inferred from a contact log imported before this list: one match, the list's values, its ID.
  const replaces = dup && state.input.existing.inferredMatches?.has(dup.id) && !state.replaced.has(dup.id) ? dup : undefined;
  if (dup && !replaces) return setAside(`Koblingen mellom ${vol.id} og ${par.id} finnes allerede (${dup.id}).`);
  let status = v.status as MatchStatus | null;
  if (!status) {
    status = v.endDate ? 'Avsluttet' : v.startDate ? 'Aktiv' : v.meetingDate ? 'Koblingsmøte avtalt' : 'Foreslått';
    defaults.add('Status for koblinger uten status er utledet av datoene (slutt, start, koblingsmøte).');
  }
  let months = (v.agreedMonths as number | null) ?? null;
  if (months === null && (status === 'Aktiv' || status === 'Pause' || (status === 'Avsluttet' && v.startDate))) {
    months = DEFAULT_MONTHS;
    defaults.add(`Avtalt lengde ${DEFAULT_MONTHS} måneder der den manglet.`);
  }
  let endReason = (v.endReason as R.Match['endReason']) ?? null;
  if (status === 'Avsluttet' && !endReason) { endReason = 'Annet'; defaults.add('Sluttårsak «Annet» for avsluttede koblinger uten årsak.'); }
  const start = (v.startDate as string) ?? null;
  const id = replaces?.id ?? state.matchIds.take();
  const record: R.Match = {
    ...fill<Omit<R.Match, 'id' | 'volunteerId' | 'participantId' | 'status' | 'note'>>(NO_MATCH, v), id, volunteerId: vol.id, participantId: par.id, status,
    agreedMonths: months, plannedEnd: start && months ? addMonths(start, months) : null, endReason, note: noteWith(extraNote('endReason', 'Sluttårsak')),
  };
  const refused = refusal(row, R.MatchSchema, record);
  if (refused) {
    if (!replaces) state.matchIds.giveBack(id);
    return refused;
  }
  if (replaces) {
    state.replaced.add(id);
    state.plan.matchUpdates.push(record);
    state.plan.log.push({ row: null, fingerprint: `e${id}`, outcome: REPLACED, ids: id });
    defaults.add('Koblinger som en tidligere import utledet av kontaktloggen, har fått verdiene fra koblingslisten (samme koblings-ID).');
    return imported(id);
  }
  state.newMatches.set(id, record);
  state.matches.add({ id, volunteerId: vol.id, participantId: par.id, status });
  // Only for a row that is imported: a set-aside row gives her new ID back.
  if (typeof v.shelter === 'string' && v.shelter !== '' && par.isNew && !state.shelters.has(par.id)) state.shelters.set(par.id, v.shelter);
  return imported(id);
};
