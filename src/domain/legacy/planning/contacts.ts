/**
 * A contact log row: a contact tied to the pair's match. The match is found by the pair, by the volunteer's one
 * open match (she is written differently than before), or inferred from the log when the pair has none yet.
 */
import type { IsoDate } from '../../calendar';
import { minDate } from '../../calendar';
import { OPEN } from '../../matchStatus';
import * as R from '../../records';
import { imported, refusal, setAside, type KindPlanner } from './kind';
import type { ExistingMatch } from './types';
import { DEFAULT_MONTHS, fill, NO_CONTACT, NO_MATCH } from './templates';

export const planContact: KindPlanner = (row) => {
  const { state, v, ids, shown, noteWith, person, flag } = row;
  const { participants, matches, newMatches, inferred, defaults } = state;
  const { sheetName } = state.input;
  // A cell that names nobody for sure (a place, a legend, a short form for two people) leaves the contact without her: flagged.
  const unclear: string[] = [];
  const volFound = v.volunteer ? person('volunteer', v.volunteer as string) : null;
  if (volFound && !volFound.ok) unclear.push(volFound.reason);
  const vol = volFound?.ok ? volFound.person : null;
  const parWho = v.participant ? state.who('participant', v.participant as string) : null;
  if (parWho && !parWho.ok) unclear.push(parWho.reason);
  let match: ExistingMatch | undefined;
  let par: { id: string } | null = null;
  if (parWho?.ok) {
    const raw = parWho.raw;
    // She is written differently than before («Fatma»): the volunteer's one open match from before this log is hers.
    const open = participants.find(raw) || !vol ? [] : (matches.byVolunteer.get(vol.id) ?? []).filter((m) => !inferred.has(m.id) && OPEN.has(newMatches.get(m.id)?.status ?? m.status));
    if (open.length === 1) { match = open[0]; par = { id: match!.participantId }; }
    else if (open.length > 1) return setAside(`Deltakeren er ikke kjent fra før, og ${vol!.id} har flere åpne koblinger (${open.map((m) => m.id).join(', ')}), så vi vet ikke hvilken kontakten gjelder. Skriv deltakeren slik hun står i koblingslisten, eller før kontakten inn i sidepanelet.`);
    else if (state.ambiguous.has(participants.key(raw))) return setAside('Deltakerens navn passer på flere deltakere som er importert før. Skriv hele navnet, eller før kontakten inn i sidepanelet.');
    else {
      const found = person('participant', raw);
      par = found.ok ? found.person : null;
    }
  }
  if (vol) ids.volunteer = vol.id;
  if (par) ids.participant = par.id;
  if (!vol && !par) return setAside(unclear.length > 0 ? unclear.join(' ') : 'Verken frivillig eller deltaker er oppgitt, så kontakten kan ikke knyttes til noen.');
  for (const u of unclear) flag(`${u} Kontakten er importert uten denne personen.`);
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
  const refused = refusal(row, R.ContactSchema, record);
  if (refused) {
    state.contactIds.giveBack(id);
    if (inferredId) state.matchIds.giveBack(inferredId);
    return refused;
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
