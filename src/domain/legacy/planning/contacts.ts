/**
 * A contact log row: a contact tied to the pair's match. The match is found by the pair, by the volunteer's one
 * open match (she is written differently than before), or inferred from the log when the pair has none yet.
 */
import type { IsoDate } from '../../calendar';
import { minDate } from '../../calendar';
import { OPEN } from '../../matchStatus';
import * as R from '../../records';
import { imported, setAside, type KindPlanner } from './kind';
import type { ExistingMatch } from './types';
import { DEFAULT_MONTHS, fill, NO_CONTACT, NO_MATCH, schemaErrors } from './templates';

export const planContact: KindPlanner = ({ state, table, v, ids, shown, noteWith }) => {
  const { volunteers, participants, matches, newMatches, inferred, defaults } = state;
  const { sheetName } = state.input;
  const vol = v.volunteer ? volunteers.getOrCreate(v.volunteer as string) : null;
  let match: ExistingMatch | undefined;
  let par: { id: string } | null = null;
  if (v.participant) {
    const raw = v.participant as string;
    // She is written differently than before («Fatma»): the volunteer's one open match from before this log is hers.
    const open = participants.find(raw) || !vol ? [] : (matches.byVolunteer.get(vol.id) ?? []).filter((m) => !inferred.has(m.id) && OPEN.has(newMatches.get(m.id)?.status ?? m.status));
    if (open.length === 1) { match = open[0]; par = { id: match!.participantId }; }
    else if (open.length > 1) return setAside(`Deltakeren er ikke kjent fra før, og ${vol!.id} har flere åpne koblinger (${open.map((m) => m.id).join(', ')}), så vi vet ikke hvilken kontakten gjelder. Skriv deltakeren slik hun står i koblingslisten, eller før kontakten inn i sidepanelet.`);
    else if (state.ambiguous.has(participants.key(raw))) return setAside('Deltakerens navn passer på flere deltakere som er importert før. Skriv hele navnet, eller før kontakten inn i sidepanelet.');
    else par = participants.getOrCreate(raw);
  }
  if (vol) ids.volunteer = vol.id;
  if (par) ids.participant = par.id;
  if (!vol && !par) return setAside('Verken frivillig eller deltaker er oppgitt, så kontakten kan ikke knyttes til noen.');
  const date = v.date as IsoDate;
  let inferredId: string | null = null;
  if (match) { /* linked through the volunteer's one open match */ }
  else if (vol && par) {
    match = matches.pair(vol.id, par.id);
    if (!match) inferredId = state.matchIds.take();
  } else if (vol) {
    const ms = matches.byVolunteer.get(vol.id) ?? [];
    if (ms.length === 1) match = ms[0];
  } else {
    const ms = matches.byParticipant.get(par!.id) ?? [];
    if (ms.length !== 1) return setAside(`Deltakeren (${par!.id}) har ${ms.length === 0 ? 'ingen kobling' : 'flere koblinger'}, og frivillig er ikke oppgitt.`);
    match = ms[0];
  }
  if (!v.channel) defaults.add('Kanal «Telefon» der kanal manglet.');
  if (!v.kind) defaults.add('Type «Månedlig oppfølging» der type manglet.');
  const withWhom = (v.withWhom as R.Contact['withWhom']) ?? (vol ? 'Frivillig' : 'Deltaker');
  const id = state.contactIds.take();
  const matchId = match?.id ?? inferredId;
  const record: R.Contact = {
    ...fill<Pick<R.Contact, 'howItGoes' | 'meetingsSinceLast' | 'activities' | 'concern' | 'nextFollowUp'>>(NO_CONTACT, v), id, date, matchId,
    volunteerId: matchId ? null : vol!.id, withWhom, channel: (v.channel as R.Contact['channel']) ?? 'Telefon',
    kind: (v.kind as R.Contact['kind']) ?? 'Månedlig oppfølging', note: noteWith(), loggedBy: state.input.loggedBy, loggedAt: state.input.loggedAt,
  };
  const problem = schemaErrors(R.ContactSchema, record, table.labels);
  if (problem) {
    state.contactIds.giveBack(id);
    if (inferredId) state.matchIds.giveBack(inferredId);
    return setAside(problem);
  }
  state.plan.contacts.push(record);
  if (inferredId) {
    matches.add({ id: inferredId, volunteerId: vol!.id, participantId: par!.id, status: 'Aktiv' });
    inferred.add(inferredId);
    newMatches.set(inferredId, {
      ...NO_MATCH, id: inferredId, volunteerId: vol!.id, participantId: par!.id, status: 'Aktiv', startDate: date, agreedMonths: DEFAULT_MONTHS,
      note: `Opprettet ved import fra «${sheetName}»: startdato er første loggførte kontakt og lengden ${DEFAULT_MONTHS} måneder er antatt. Kontroller.`,
    });
    defaults.add(`Koblinger som bare finnes i kontaktloggen er opprettet som aktive, med første kontakt som startdato og ${DEFAULT_MONTHS} måneders lengde.`);
  } else if (match && inferred.has(match.id)) {
    const m = newMatches.get(match.id)!;
    m.startDate = minDate(m.startDate, date);
  }
  if (matchId && inferred.has(matchId)) {
    const last = state.lastContact.get(matchId);
    state.lastContact.set(matchId, last !== undefined && last > date ? last : date);
  }
  if (matchId) shown.unshift(['Kobling', matchId]);
  return imported(id);
};
